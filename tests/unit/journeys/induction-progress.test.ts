import { describe, expect, it } from 'vitest';
import {
	inductionProgress,
	nextStepAfter,
	type LessonOutline
} from '$lib/journeys/induction-progress';

const outline: LessonOutline[] = [
	{ slug: 'why', title: 'Why it matters', scenarios: [] },
	{
		slug: 'friends',
		title: 'Friend requests',
		scenarios: [
			{ id: 'request', title: 'A request' },
			{ id: 'sister', title: 'A sister' }
		]
	}
];

const finished = {
	endingId: 'e',
	outcome: 'follows' as const,
	path: [],
	finishedAt: '2026-11-26T10:00:00.000Z'
};

describe('inductionProgress', () => {
	it('starts at the first lesson, with the quiz closed, for a new learner', () => {
		const progress = inductionProgress(outline, undefined);
		expect(progress).toMatchObject({ stepsDone: 0, steps: 4, percent: 0, quizOpen: false });
		expect(progress.next).toEqual({ kind: 'lesson', slug: 'why', title: 'Why it matters' });
	});

	it('sends the learner to the next unread lesson, then to its unfinished scenarios in order', () => {
		let progress = inductionProgress(outline, { lessonsRead: ['why'], scenarios: {} });
		expect(progress.next).toEqual({ kind: 'lesson', slug: 'friends', title: 'Friend requests' });
		progress = inductionProgress(outline, {
			lessonsRead: ['why', 'friends'],
			scenarios: { request: finished }
		});
		expect(progress.next).toEqual({
			kind: 'scenario',
			id: 'sister',
			title: 'A sister',
			lessonTitle: 'Friend requests'
		});
		expect(progress).toMatchObject({ stepsDone: 3, percent: 75, quizOpen: false });
	});

	it('counts a lesson done only when it is read and all its scenarios are finished', () => {
		const progress = inductionProgress(outline, {
			lessonsRead: ['friends'],
			scenarios: { request: finished, sister: finished }
		});
		expect(progress.lessons.map((lesson) => lesson.done)).toEqual([false, true]);
		expect(progress.next).toEqual({ kind: 'lesson', slug: 'why', title: 'Why it matters' });
	});

	it('opens the quiz once everything is done', () => {
		const progress = inductionProgress(outline, {
			lessonsRead: ['why', 'friends'],
			scenarios: { request: finished, sister: finished }
		});
		expect(progress).toMatchObject({
			stepsDone: 4,
			percent: 100,
			quizOpen: true,
			next: { kind: 'quiz' }
		});
	});

	it('ignores records of lessons and scenarios the course no longer has', () => {
		const progress = inductionProgress(outline, {
			lessonsRead: ['gone'],
			scenarios: { removed: finished }
		});
		expect(progress.stepsDone).toBe(0);
	});
});

describe('nextStepAfter', () => {
	const why = { kind: 'lesson', slug: 'why', title: 'Why it matters' };
	const request = {
		kind: 'scenario',
		id: 'request',
		title: 'A request',
		lessonTitle: 'Friend requests'
	};
	const sister = {
		kind: 'scenario',
		id: 'sister',
		title: 'A sister',
		lessonTitle: 'Friend requests'
	};

	it('goes from a lesson just read to the next step in course order', () => {
		const induction = inductionProgress(outline, undefined);
		expect(nextStepAfter(induction, { kind: 'lesson', slug: 'why' })).toEqual({
			kind: 'lesson',
			slug: 'friends',
			title: 'Friend requests'
		});
		expect(nextStepAfter(induction, { kind: 'lesson', slug: 'friends' })).toEqual(request);
	});

	it('goes from a scenario to the next one of its lesson, even before its record is saved', () => {
		const induction = inductionProgress(outline, {
			lessonsRead: ['why', 'friends'],
			scenarios: {}
		});
		expect(nextStepAfter(induction, { kind: 'scenario', id: 'request' })).toEqual(sister);
	});

	it('goes back to a step skipped earlier, and to the quiz once every step is done', () => {
		const skipped = inductionProgress(outline, {
			lessonsRead: ['friends'],
			scenarios: { request: finished }
		});
		expect(nextStepAfter(skipped, { kind: 'scenario', id: 'sister' })).toEqual(why);
		const all = inductionProgress(outline, {
			lessonsRead: ['why', 'friends'],
			scenarios: { request: finished }
		});
		expect(nextStepAfter(all, { kind: 'scenario', id: 'sister' })).toEqual({ kind: 'quiz' });
	});

	it('has no next step for a place the induction does not include', () => {
		const induction = inductionProgress(outline, undefined);
		expect(nextStepAfter(induction, { kind: 'scenario', id: 'for-parents' })).toBeUndefined();
	});

	describe('when a lesson comes to name fewer scenarios for the induction', () => {
		const before: LessonOutline[] = [
			{
				slug: 'friends',
				title: 'Friend requests',
				scenarios: [
					{ id: 'request', title: 'A request' },
					{ id: 'sister', title: 'A sister' },
					{ id: 'cousin', title: 'A cousin' }
				]
			}
		];
		const after: LessonOutline[] = [{ ...before[0]!, scenarios: before[0]!.scenarios.slice(0, 2) }];

		it('keeps what a learner part-way through did, and no longer needs the one left out', () => {
			const done = { lessonsRead: ['friends'], scenarios: { request: finished, cousin: finished } };
			expect(inductionProgress(before, done)).toMatchObject({ stepsDone: 3, steps: 4 });
			const now = inductionProgress(after, done);
			expect(now).toMatchObject({ stepsDone: 2, steps: 3, quizOpen: false });
			expect(now.next).toMatchObject({ kind: 'scenario', id: 'sister' });
		});

		it('keeps a completed lesson completed', () => {
			const done = {
				lessonsRead: ['friends'],
				scenarios: { request: finished, sister: finished, cousin: finished }
			};
			expect(inductionProgress(before, done).lessons[0]!.done).toBe(true);
			expect(inductionProgress(after, done)).toMatchObject({ percent: 100, quizOpen: true });
			expect(inductionProgress(after, done).lessons[0]!.done).toBe(true);
		});
	});
});
