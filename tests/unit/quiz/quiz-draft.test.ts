import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { draftOf, parseDraft, type QuizDraft } from '$lib/quiz/quiz-draft';
import { quizMachine } from '$lib/quiz/quiz-machine';
import { resumeQuiz } from '$lib/quiz/quiz-resume';
import { question } from './small-questions';

const pool = [
	question('single', 'single', [true, false, false]),
	question('all', 'multiple', [true, true, false]),
	question('yes-no', 'true-false', [true, false]),
	question('scene', 'situation', [false, true])
];
const rules = { pool, groupOf: (id: string) => id, size: 3, passMark: 80 };

function attemptWith(seed: number) {
	return createActor(quizMachine, { input: { ...rules, seed } }).start();
}

/** Answers the first questions with option 0, then ticks option 1 of the next. */
function playUntil(actor: ReturnType<typeof attemptWith>, answered: number, stage: string) {
	actor.send({ type: 'quiz.start' });
	for (let i = 0; i < answered; i++) {
		actor.send({ type: 'quiz.select', option: 0 });
		actor.send({ type: 'quiz.answer' });
		if (i < answered - 1 || stage === 'question') actor.send({ type: 'quiz.next' });
	}
	if (stage === 'question') actor.send({ type: 'quiz.select', option: 1 });
}

describe('saving an unfinished attempt', () => {
	it('has nothing to save at the introduction or the result', () => {
		const actor = attemptWith(3);
		expect(draftOf(actor.getSnapshot())).toBeUndefined();
		playUntil(actor, 3, 'feedback');
		actor.send({ type: 'quiz.next' });
		expect(actor.getSnapshot().value).toBe('result');
		expect(draftOf(actor.getSnapshot())).toBeUndefined();
	});

	it('saves the seed, the questions, the answers, the choice and the stage', () => {
		const actor = attemptWith(3);
		playUntil(actor, 1, 'question');
		const { context } = actor.getSnapshot();
		expect(draftOf(actor.getSnapshot())).toEqual({
			version: 1,
			seed: 3,
			questionIds: context.questions.map((drawn) => drawn.question.id),
			answers: [[0]],
			selection: [1],
			stage: 'question'
		});
	});

	it.each([
		[0, 'question'],
		[1, 'question'],
		[1, 'feedback'],
		[2, 'question'],
		[3, 'feedback']
	])('resumes after %i answers at the %s', (answered, stage) => {
		const actor = attemptWith(11);
		playUntil(actor, answered, stage);
		const stored: unknown = JSON.parse(JSON.stringify(draftOf(actor.getSnapshot())));
		const resumed = resumeQuiz(rules, parseDraft(stored)!)!;
		expect(resumed.getSnapshot().value).toBe(stage);
		expect(resumed.getSnapshot().context).toEqual(actor.getSnapshot().context);
	});
});

describe('a draft that no longer fits is not resumed', () => {
	const actor = attemptWith(5);
	playUntil(actor, 2, 'feedback');
	const draft = draftOf(actor.getSnapshot())!;

	it('when the bank has changed since', () => {
		const edited = { ...rules, pool: pool.map((q, i) => (i === 0 ? { ...q, id: 'renamed' } : q)) };
		expect(resumeQuiz(edited, draft)).toBeUndefined();
	});

	it('when an answer names an option the question lacks', () => {
		expect(resumeQuiz(rules, { ...draft, answers: [[0], [9]] })).toBeUndefined();
	});

	it('when an answer has two options for a one-answer question', () => {
		const oneAnswer = actor
			.getSnapshot()
			.context.questions.findIndex((drawn) => drawn.question.kind !== 'multiple');
		const answers = draft.answers.map((answer, i) => (i === oneAnswer ? [0, 1] : answer));
		expect(resumeQuiz(rules, { ...draft, answers })).toBeUndefined();
	});

	it.each<[string, unknown]>([
		['nothing', undefined],
		['text', 'quiz'],
		['another version', { ...draft, version: 2 }],
		['no seed', { ...draft, seed: undefined }],
		['a negative option', { ...draft, selection: [-1] }],
		['feedback with no answers', { ...draft, answers: [], stage: 'feedback' }],
		[
			'a question with every question answered',
			{ ...draft, answers: [[0], [0], [0]], stage: 'question' } satisfies QuizDraft
		]
	])('when the stored value is %s', (_, stored) => {
		expect(parseDraft(stored)).toBeUndefined();
	});
});
