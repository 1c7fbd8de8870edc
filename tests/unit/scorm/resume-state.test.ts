import { describe, expect, it } from 'vitest';
import type { LearnerProgress } from '$lib/records/storage/record-schema';
import { emptyProgress } from '$lib/records/storage/empty-progress';
import { mergeResume, resumeStateOf } from '$lib/scorm/resume-state';
import { emptyResumeState } from '$lib/scorm/suspend-data';

const at = '2026-12-03T10:00:00.000Z';
const later = '2026-12-04T09:00:00.000Z';

function attempt(correct: number, passed: boolean) {
	return {
		journey: 'induction' as const,
		seed: 7,
		questionIds: ['q1'],
		correct,
		total: 15,
		passMark: 80,
		passed,
		finishedAt: at
	};
}

function progress(): LearnerProgress {
	return {
		...emptyProgress('ada'),
		lessonsRead: ['why-it-matters'],
		scenarios: {
			'old-post-argument': { endingId: 'delete', outcome: 'follows', path: ['a'], finishedAt: at }
		},
		quizAttempts: [attempt(9, false), attempt(13, true), attempt(10, false)]
	};
}

describe('what the LMS keeps of progress', () => {
	it('keeps lessons, scenario endings and the best quiz attempt', () => {
		const draft = {
			version: 1 as const,
			seed: 1,
			questionIds: ['q1'],
			answers: [],
			selection: [],
			stage: 'question' as const
		};
		expect(resumeStateOf(progress(), { induction: draft })).toEqual({
			lessonsRead: ['why-it-matters'],
			scenarios: { 'old-post-argument': { endingId: 'delete', outcome: 'follows' } },
			quizDrafts: { induction: draft },
			bestAttempts: { induction: { correct: 13, total: 15, passMark: 80 } }
		});
	});
});

describe('resuming from the LMS', () => {
	it('brings back everything on a device that holds nothing', () => {
		const state = resumeStateOf(progress(), {});
		const merged = mergeResume(emptyProgress('ada'), state, later);
		expect(merged.lessonsRead).toEqual(['why-it-matters']);
		expect(merged.scenarios['old-post-argument']).toEqual({
			endingId: 'delete',
			outcome: 'follows',
			path: [],
			finishedAt: later
		});
		expect(merged.quizAttempts).toEqual([
			{ ...attempt(13, true), seed: 0, questionIds: [], finishedAt: later }
		]);
	});

	it('changes nothing this device already holds', () => {
		const held = progress();
		const merged = mergeResume(
			held,
			{
				...emptyResumeState(),
				lessonsRead: ['why-it-matters', 'your-profile'],
				scenarios: { 'old-post-argument': { endingId: 'argue', outcome: 'breaches' } },
				bestAttempts: { induction: { correct: 12, total: 15, passMark: 80 } }
			},
			later
		);
		expect(merged).toEqual({ ...held, lessonsRead: ['why-it-matters', 'your-profile'] });
		expect(held.lessonsRead).toEqual(['why-it-matters']);
	});
});
