import { describe, expect, it, vi } from 'vitest';
import { isPass } from '$lib/course/score';
import type { Certificate, FinishedQuiz } from '$lib/records/course-records.svelte';
import { QuizSession } from '$lib/quiz/quiz-session.svelte';
import { question } from './small-questions';

const pool = [
	question('one', 'single', [true, false]),
	question('two', 'true-false', [true, false])
];
const rules = { pool, groupOf: (id: string) => id, size: 2, passMark: 50 };

const certificate = { id: 'AAAA-BBBB-CCCC' } as Certificate;

/** Records kept in memory, as the records API keeps them for the current learner. */
function fakeRecords() {
	const drafts = new Map<string, unknown>();
	const attempts: FinishedQuiz[] = [];
	return {
		drafts,
		attempts,
		loadDraft: async (key: string) => drafts.get(key),
		saveDraft: async (key: string, value: unknown) => void drafts.set(key, value),
		clearDraft: async (key: string) => void drafts.delete(key),
		recordQuizAttempt: vi.fn(async (attempt: FinishedQuiz) => {
			attempts.push(attempt);
			return isPass(attempt, attempt.passMark) ? certificate : undefined;
		})
	};
}

function answerRightly(session: QuizSession) {
	session.send({ type: 'quiz.select', option: 0 });
	session.send({ type: 'quiz.answer' });
	session.send({ type: 'quiz.next' });
}

describe('a quiz session', () => {
	it('saves a draft at each step, then clears it and records the finished attempt', async () => {
		const records = fakeRecords();
		const session = await QuizSession.open(records, 'refresher', rules);
		expect(session.resumed).toBe(false);
		expect(session.snapshot.value).toBe('introduction');

		session.send({ type: 'quiz.start' });
		await vi.waitFor(() =>
			expect(records.drafts.get('quiz:refresher')).toMatchObject({ stage: 'question' })
		);
		answerRightly(session);
		await vi.waitFor(() =>
			expect(records.drafts.get('quiz:refresher')).toMatchObject({ answers: [[0]] })
		);
		answerRightly(session);
		expect(session.snapshot.value).toBe('result');
		await vi.waitFor(() => expect(session.recording).toBe('saved'));
		expect(session.certificate).toBe(certificate);
		expect(records.drafts.has('quiz:refresher')).toBe(false);
		expect(records.attempts).toEqual([
			{
				journey: 'refresher',
				seed: session.snapshot.context.seed,
				questionIds: session.snapshot.context.questions.map((drawn) => drawn.question.id),
				correct: 2,
				total: 2,
				passMark: 50
			}
		]);
	});

	it('resumes the saved attempt when it is opened again', async () => {
		const records = fakeRecords();
		const first = await QuizSession.open(records, 'induction', rules);
		first.send({ type: 'quiz.start' });
		answerRightly(first);
		await vi.waitFor(() =>
			expect(records.drafts.get('quiz:induction')).toMatchObject({ answers: [[0]] })
		);
		first.stop();

		const again = await QuizSession.open(records, 'induction', rules);
		expect(again.resumed).toBe(true);
		expect(again.snapshot.value).toBe('question');
		expect(again.snapshot.context).toEqual(first.snapshot.context);
	});

	it('starts afresh, with a new seed, when the saved draft is unreadable', async () => {
		const records = fakeRecords();
		records.drafts.set('quiz:induction', { version: 1, seed: 'x' });
		const session = await QuizSession.open(records, 'induction', rules);
		expect(session.resumed).toBe(false);
		expect(session.snapshot.value).toBe('introduction');
	});

	it('says so when the finished attempt cannot be recorded, and a retake draws afresh', async () => {
		const records = fakeRecords();
		records.recordQuizAttempt.mockRejectedValueOnce(new Error('storage is full'));
		const session = await QuizSession.open(records, 'refresher', rules);
		session.send({ type: 'quiz.start' });
		answerRightly(session);
		answerRightly(session);
		await vi.waitFor(() => expect(session.recording).toBe('failed'));

		const seed = session.snapshot.context.seed;
		session.retake();
		expect(session.recording).toBe('idle');
		expect(session.snapshot.value).toBe('question');
		expect(session.snapshot.context.seed).not.toBe(seed);
	});
});
