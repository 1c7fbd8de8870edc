import { describe, expect, it } from 'vitest';
import { isAnswerRight, scoreQuiz } from '$lib/quiz/quiz-scoring';
import { question } from './small-questions';

describe('marking one answer', () => {
	const single = question('single', 'single', [false, true, false]);
	const all = question('all', 'multiple', [true, false, true, false]);

	it('marks a single answer right only when it is the correct option', () => {
		expect(isAnswerRight(single, [1])).toBe(true);
		expect(isAnswerRight(single, [0])).toBe(false);
		expect(isAnswerRight(single, [])).toBe(false);
	});

	it('marks "all that apply" all or nothing', () => {
		expect(isAnswerRight(all, [0, 2])).toBe(true);
		expect(isAnswerRight(all, [2, 0])).toBe(true);
		expect(isAnswerRight(all, [0]), 'one right option missed').toBe(false);
		expect(isAnswerRight(all, [0, 1, 2]), 'one wrong option ticked').toBe(false);
		expect(isAnswerRight(all, [0, 1, 2, 3]), 'everything ticked').toBe(false);
		expect(isAnswerRight(all, []), 'nothing ticked').toBe(false);
	});
});

describe('scoring an attempt', () => {
	const questions = Array.from({ length: 10 }, (_, i) =>
		question(`q${i}`, 'true-false', [true, false])
	);
	const answers = (right: number) => questions.map((_, i) => (i < right ? [0] : [1]));

	it('passes at exactly the pass mark', () => {
		expect(scoreQuiz(questions, answers(8), 80)).toEqual({
			correct: 8,
			total: 10,
			percent: 80,
			passMark: 80,
			passed: true
		});
	});

	it('fails one below the pass mark', () => {
		expect(scoreQuiz(questions, answers(7), 80)).toMatchObject({ correct: 7, passed: false });
	});

	it('needs 12 of 15 for 80%, and rounds the shown per cent down', () => {
		const fifteen = Array.from({ length: 15 }, (_, i) =>
			question(`q${i}`, 'single', [true, false])
		);
		const right = (n: number) => fifteen.map((_, i) => (i < n ? [0] : [1]));
		expect(scoreQuiz(fifteen, right(12), 80)).toMatchObject({ percent: 80, passed: true });
		expect(scoreQuiz(fifteen, right(11), 80)).toMatchObject({ percent: 73, passed: false });
		expect(scoreQuiz(fifteen, right(13), 80)).toMatchObject({ percent: 86, passed: true });
	});

	it('counts a question with no answer as wrong', () => {
		expect(scoreQuiz(questions, [[0]], 10)).toMatchObject({ correct: 1, total: 10, passed: true });
		expect(scoreQuiz(questions, [], 10)).toMatchObject({ correct: 0, passed: false });
	});

	it('never passes an empty quiz', () => {
		expect(scoreQuiz([], [], 80)).toMatchObject({ percent: 0, passed: false });
	});
});
