import { describe, expect, it } from 'vitest';
import { lastPassOf, quizEntry, type QuizEntryFacts } from '$lib/quiz/quiz-entry';
import type { LearnerProgress } from '$lib/records/storage/record-schema';

const outline = [{ slug: '01-why', title: 'Why', scenarios: [{ id: 'terms', title: 'Terms' }] }];
const nothingDone = { lessonsRead: [], scenarios: {} };
const allDone = {
	lessonsRead: ['01-why'],
	scenarios: {
		terms: {
			endingId: 'asked',
			outcome: 'follows' as const,
			path: ['start'],
			finishedAt: '2026-12-01T10:00:00.000Z'
		}
	}
};

/** A learner on the induction with the outline arrived and no attempt begun. */
function facts(change: Partial<QuizEntryFacts> = {}): QuizEntryFacts {
	return {
		journey: 'induction',
		storage: 'available',
		learner: { progress: allDone },
		outline: { outline, failed: false },
		unfinished: false,
		begun: false,
		...change
	};
}

describe('the quiz page', () => {
	it('offers Start once every lesson and scenario of the induction is done', () => {
		expect(quizEntry(facts())).toEqual({ kind: 'start' });
	});

	it('shows the quiz once Start is pressed, or at once when an attempt is unfinished', () => {
		expect(quizEntry(facts({ begun: true }))).toEqual({ kind: 'quiz' });
		expect(quizEntry(facts({ unfinished: true, learner: { progress: nothingDone } }))).toEqual({
			kind: 'quiz'
		});
	});

	it('keeps the induction quiz closed, with what is left, until the lessons are done', () => {
		const entry = quizEntry(facts({ learner: { progress: nothingDone } }));
		expect(entry.kind).toBe('locked');
		expect(entry.kind === 'locked' && entry.induction.next).toEqual({
			kind: 'lesson',
			slug: '01-why',
			title: 'Why'
		});
	});

	it('opens the refresher without the induction outline', () => {
		const refresher = facts({
			journey: 'refresher',
			learner: { progress: nothingDone },
			outline: { outline: undefined, failed: true }
		});
		expect(quizEntry(refresher)).toEqual({ kind: 'start' });
	});

	it('asks who is taking the quiz when nobody is chosen', () => {
		expect(quizEntry(facts({ learner: undefined, unfinished: undefined }))).toEqual({
			kind: 'choose-learner'
		});
	});

	it('waits while storage, the outline, the progress or the unfinished attempt is still unknown', () => {
		for (const waiting of [
			facts({ storage: 'loading', learner: undefined }),
			facts({ outline: { outline: undefined, failed: false } }),
			facts({ learner: { progress: undefined } }),
			facts({ unfinished: undefined })
		]) {
			expect(quizEntry(waiting)).toEqual({ kind: 'getting-ready' });
		}
	});

	it('says the quiz could not load when the induction outline failed to arrive', () => {
		expect(quizEntry(facts({ outline: { outline: undefined, failed: true } }))).toEqual({
			kind: 'not-loaded'
		});
	});
});

describe("the learner's last pass", () => {
	const attempt = (journey: 'induction' | 'refresher', passed: boolean, finishedAt: string) => ({
		journey,
		passed,
		correct: passed ? 13 : 9,
		total: 15,
		finishedAt
	});

	it('is the latest passed attempt of this journey only', () => {
		const progress = {
			quizAttempts: [
				attempt('induction', true, '2026-01-05T10:00:00.000Z'),
				attempt('induction', false, '2026-02-05T10:00:00.000Z'),
				attempt('refresher', true, '2026-03-05T10:00:00.000Z')
			]
		} as unknown as LearnerProgress;
		expect(lastPassOf(progress, 'induction')?.finishedAt).toBe('2026-01-05T10:00:00.000Z');
		expect(lastPassOf(progress, 'refresher')?.finishedAt).toBe('2026-03-05T10:00:00.000Z');
		expect(lastPassOf(undefined, 'induction')).toBeUndefined();
	});
});
