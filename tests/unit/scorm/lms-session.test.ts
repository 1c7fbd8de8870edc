import { describe, expect, it } from 'vitest';
import { LmsSession, lmsResult } from '$lib/scorm/lms-session';
import { emptyResumeState, type ResumeState } from '$lib/scorm/suspend-data';
import { fakeLms } from './fake-lms';

const withAttempt = (correct: number, total = 15): ResumeState => ({
	...emptyResumeState(),
	lessonsRead: ['why-it-matters'],
	bestAttempts: { induction: { correct, total, passMark: 80 } }
});

describe('an LMS session', () => {
	it('initialises, marks a first launch incomplete and commits at once', () => {
		const lms = fakeLms();
		const launch = new LmsSession(lms.api).start();
		expect(launch).toEqual({
			learnerId: 'u42',
			studentName: 'Okafor, Ada',
			resume: { ok: true, state: emptyResumeState() }
		});
		expect(lms.calls).toEqual([
			'initialise',
			'cmi.core.lesson_status=incomplete',
			'cmi.core.exit=suspend',
			'commit'
		]);
	});

	it('hands back what the LMS kept, and leaves a status it already holds', () => {
		const lms = fakeLms({
			'cmi.core.lesson_status': 'incomplete',
			'cmi.suspend_data': '{"v":1,"l":["why-it-matters"]}'
		});
		const launch = new LmsSession(lms.api).start();
		expect(launch?.resume).toEqual({
			ok: true,
			state: { ...emptyResumeState(), lessonsRead: ['why-it-matters'] }
		});
		expect(lms.calls).toEqual(['initialise']);
	});

	it('gives up when the LMS refuses to initialise', () => {
		const lms = fakeLms({}, false);
		const session = new LmsSession(lms.api);
		expect(session.start()).toBeUndefined();
		session.report(withAttempt(15));
		session.finish();
		expect(lms.calls).toEqual(['initialise']);
	});

	it('reports progress, the time so far and a commit at each milestone', () => {
		const lms = fakeLms();
		let now = 1_000;
		const session = new LmsSession(lms.api, () => now);
		session.start();
		lms.calls.length = 0;
		now += 65_000;
		session.report({ ...emptyResumeState(), lessonsRead: ['why-it-matters'] });
		expect(lms.calls).toEqual([
			'cmi.suspend_data={"v":1,"l":["why-it-matters"]}',
			'cmi.core.session_time=00:01:05',
			'commit'
		]);
		expect(lms.data['cmi.core.lesson_status']).toBe('incomplete');
	});

	it('reports a pass with its score out of 100, and a normal exit', () => {
		const lms = fakeLms();
		const session = new LmsSession(lms.api);
		session.start();
		session.report(withAttempt(12));
		expect(lms.data).toMatchObject({
			'cmi.core.lesson_status': 'passed',
			'cmi.core.score.raw': '80',
			'cmi.core.score.min': '0',
			'cmi.core.score.max': '100',
			'cmi.core.exit': ''
		});
		expect(lms.calls.at(-1)).toBe('commit');
	});

	it('reports a fail below the pass mark, and suspends so that the learner can come back', () => {
		const lms = fakeLms();
		const session = new LmsSession(lms.api);
		session.start();
		session.report(withAttempt(11));
		expect(lms.data).toMatchObject({
			'cmi.core.lesson_status': 'failed',
			'cmi.core.score.raw': '73',
			'cmi.core.exit': 'suspend'
		});
	});

	it('keeps a pass the LMS already holds', () => {
		const lms = fakeLms({ 'cmi.core.lesson_status': 'passed' });
		const session = new LmsSession(lms.api);
		session.start();
		session.report(emptyResumeState());
		expect(lms.data['cmi.core.lesson_status']).toBe('passed');
	});

	it('finishes once, with the session time and a last commit', () => {
		const lms = fakeLms();
		let now = 0;
		const session = new LmsSession(lms.api, () => now);
		session.start();
		lms.calls.length = 0;
		now = 3_723_000;
		session.finish();
		session.finish();
		expect(lms.calls).toEqual(['cmi.core.session_time=01:02:03', 'commit', 'finish']);
	});
});

describe('the result the LMS records', () => {
	it('is incomplete until a quiz is finished', () => {
		expect(lmsResult(emptyResumeState())).toEqual({ status: 'incomplete' });
	});

	it('takes the pass when one quiz passed and another did not', () => {
		const state: ResumeState = {
			...emptyResumeState(),
			bestAttempts: {
				induction: { correct: 8, total: 10, passMark: 80 },
				refresher: { correct: 9, total: 15, passMark: 80 }
			}
		};
		expect(lmsResult(state)).toEqual({ status: 'passed', score: 80 });
	});

	it('rounds the score down, as the quiz does, so it never passes the mastery score by rounding', () => {
		expect(lmsResult(withAttempt(239, 300))).toEqual({ status: 'failed', score: 79 });
	});
});
