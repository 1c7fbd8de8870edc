import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import {
	currentQuestion,
	quizMachine,
	type QuizEvent,
	type QuizFinished
} from '$lib/quiz/quiz-machine';
import { question } from './small-questions';

// One question of each way of answering: one right option, or all that apply.
const pool = [
	question('single', 'single', [true, false, false]),
	question('all', 'multiple', [true, true, false]),
	question('yes-no', 'true-false', [true, false])
];
const input = { pool, groupOf: (id: string) => id, size: 3, passMark: 60, seed: 7 };

function start() {
	const actor = createActor(quizMachine, { input }).start();
	const finished: QuizFinished[] = [];
	actor.on('quiz.finished', (event) => finished.push(event));
	return { actor, finished };
}

function optionsThatAre(correct: boolean, actor: ReturnType<typeof start>['actor']) {
	const drawn = currentQuestion(actor.getSnapshot().context)!;
	return drawn.question.options.flatMap((option, index) =>
		option.correct === correct ? [index] : []
	);
}

function answer(actor: ReturnType<typeof start>['actor'], options: number[]) {
	for (const option of options) actor.send({ type: 'quiz.select', option });
	actor.send({ type: 'quiz.answer' });
}

const allEvents: QuizEvent[] = [
	{ type: 'quiz.start' },
	{ type: 'quiz.select', option: 0 },
	{ type: 'quiz.answer' },
	{ type: 'quiz.next' },
	{ type: 'quiz.retake', seed: 8 }
];
const allowed = (actor: ReturnType<typeof start>['actor']) =>
	allEvents.filter((event) => actor.getSnapshot().can(event)).map((event) => event.type);

describe('the quiz machine', () => {
	it('starts at the introduction with the attempt already drawn', () => {
		const { actor } = start();
		const snapshot = actor.getSnapshot();
		expect(snapshot.value).toBe('introduction');
		expect(snapshot.context.questions.map((drawn) => drawn.question.id).sort()).toEqual([
			'all',
			'single',
			'yes-no'
		]);
		expect(allowed(actor)).toEqual(['quiz.start']);
	});

	it('introduction → question on quiz.start', () => {
		const { actor } = start();
		actor.send({ type: 'quiz.start' });
		expect(actor.getSnapshot().value).toBe('question');
		expect(actor.getSnapshot().context.index).toBe(0);
	});

	it('in a question, accepts only options it offers, and an answer only once one is chosen', () => {
		const { actor } = start();
		actor.send({ type: 'quiz.start' });
		expect(allowed(actor)).toEqual(['quiz.select']);
		const count = currentQuestion(actor.getSnapshot().context)!.question.options.length;
		for (const option of [-1, count, 0.5]) {
			expect(actor.getSnapshot().can({ type: 'quiz.select', option })).toBe(false);
		}
		actor.send({ type: 'quiz.select', option: 0 });
		expect(allowed(actor)).toEqual(['quiz.select', 'quiz.answer']);
	});

	it('keeps one choice for a one-answer question, and toggles choices for all that apply', () => {
		const { actor } = start();
		actor.send({ type: 'quiz.start' });
		const seen = new Set<string>();
		for (let i = 0; i < 3; i++) {
			const kind = currentQuestion(actor.getSnapshot().context)!.question.kind;
			seen.add(kind);
			actor.send({ type: 'quiz.select', option: 1 });
			actor.send({ type: 'quiz.select', option: 0 });
			if (kind === 'multiple') {
				expect(actor.getSnapshot().context.selection).toEqual([0, 1]);
				actor.send({ type: 'quiz.select', option: 1 });
				expect(actor.getSnapshot().context.selection).toEqual([0]);
			} else {
				expect(actor.getSnapshot().context.selection).toEqual([0]);
			}
			actor.send({ type: 'quiz.answer' });
			actor.send({ type: 'quiz.next' });
		}
		expect(seen).toEqual(new Set(['single', 'multiple', 'true-false']));
	});

	it('question → feedback on quiz.answer, keeping the answer and clearing the choice', () => {
		const { actor } = start();
		actor.send({ type: 'quiz.start' });
		answer(actor, [0]);
		const snapshot = actor.getSnapshot();
		expect(snapshot.value).toBe('feedback');
		expect(snapshot.context.answers).toEqual([[0]]);
		expect(snapshot.context.selection).toEqual([]);
		expect(allowed(actor)).toEqual(['quiz.next']);
	});

	it('feedback → the next question on quiz.next', () => {
		const { actor } = start();
		actor.send({ type: 'quiz.start' });
		answer(actor, [0]);
		actor.send({ type: 'quiz.next' });
		expect(actor.getSnapshot().value).toBe('question');
		expect(actor.getSnapshot().context.index).toBe(1);
	});

	it('feedback on the last question → result, announcing the score once', () => {
		const { actor, finished } = start();
		actor.send({ type: 'quiz.start' });
		for (let i = 0; i < 3; i++) {
			expect(finished).toEqual([]);
			answer(
				actor,
				i === 0 ? optionsThatAre(false, actor).slice(0, 1) : optionsThatAre(true, actor)
			);
			actor.send({ type: 'quiz.next' });
		}
		expect(actor.getSnapshot().value).toBe('result');
		expect(allowed(actor)).toEqual(['quiz.retake']);
		const questionIds = actor.getSnapshot().context.questions.map((drawn) => drawn.question.id);
		expect(finished).toEqual([
			{
				type: 'quiz.finished',
				seed: 7,
				questionIds,
				score: { correct: 2, total: 3, percent: 66, passMark: 60, passed: true }
			}
		]);
	});

	it('result → a fresh attempt on quiz.retake, drawn from the new seed', () => {
		const { actor, finished } = start();
		actor.send({ type: 'quiz.start' });
		for (let i = 0; i < 3; i++) {
			answer(actor, [0]);
			actor.send({ type: 'quiz.next' });
		}
		const first = actor.getSnapshot().context.questions;
		actor.send({ type: 'quiz.retake', seed: 99 });
		const snapshot = actor.getSnapshot();
		expect(snapshot.value).toBe('question');
		expect(snapshot.context).toMatchObject({ seed: 99, index: 0, answers: [], selection: [] });
		const again = createActor(quizMachine, { input: { ...input, seed: 99 } }).start();
		expect(snapshot.context.questions).toEqual(again.getSnapshot().context.questions);
		expect(snapshot.context.questions).not.toEqual(first);
		expect(finished).toHaveLength(1);
	});

	it('reaches the result from every state, along paths made of the five events', () => {
		const paths = getShortestPaths(quizMachine, {
			input,
			events: (snapshot) => {
				const drawn = currentQuestion(snapshot.context);
				const options = drawn?.question.options.map((_, option) => option) ?? [];
				return [
					...allEvents.filter((event) => event.type !== 'quiz.select'),
					...options.map((option) => ({ type: 'quiz.select' as const, option }))
				];
			},
			serializeState: (snapshot) =>
				JSON.stringify([
					snapshot.value,
					snapshot.context.seed,
					snapshot.context.index,
					snapshot.context.answers,
					snapshot.context.selection
				])
		});
		const values = new Set(paths.map((path) => String(path.state.value)));
		expect(values).toEqual(new Set(['introduction', 'question', 'feedback', 'result']));
		const results = paths.filter(
			(path) => path.state.matches('result') && path.state.context.seed === input.seed
		);
		// Every combination of answers to the three questions ends in a result: 3 × 7 × 2.
		expect(new Set(results.map((path) => JSON.stringify(path.state.context.answers))).size).toBe(
			42
		);
	});
});
