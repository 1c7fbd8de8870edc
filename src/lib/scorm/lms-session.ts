import type { Scorm12Api } from './lms-api';
import { sessionTime } from './session-time';
import { scorePercent } from '$lib/course/score';
import { attemptPassed, betterAttempt } from './best-attempt';
import {
	decodeSuspendData,
	encodeSuspendData,
	type DecodedResume,
	type ResumeState
} from './suspend-data';

export type LessonStatus = 'incomplete' | 'passed' | 'failed';

/** What the LMS told the course when it launched. */
export interface LmsLaunch {
	learnerId: string;
	studentName: string;
	resume: DecodedResume;
}

/** The status and score the LMS should hold for this state: the best quiz attempt decides. */
export function lmsResult(state: ResumeState): { status: LessonStatus; score?: number } {
	const attempts = Object.values(state.bestAttempts);
	if (attempts.length === 0) return { status: 'incomplete' };
	const best = attempts.reduce((a, b) => betterAttempt(a, b));
	return { status: attemptPassed(best) ? 'passed' : 'failed', score: scorePercent(best) };
}

/**
 * One launch of the course by an LMS, over the SCORM 1.2 API: it starts the session, reads who
 * the learner is and where they left off, writes the status, score and resume state each time
 * the course reaches a milestone (committing straight away, because a closing window may drop a
 * save left for later), and finishes the session.
 */
export class LmsSession {
	private readonly written = new Map<string, string>();
	private startedAt = 0;
	private open = false;
	private passedBefore = false;

	constructor(
		private readonly api: Scorm12Api,
		private readonly now: () => number = Date.now
	) {}

	/** Initialises the session; undefined when the LMS refuses it. */
	start(): LmsLaunch | undefined {
		if (String(this.api.LMSInitialize('')) !== 'true') return undefined;
		this.open = true;
		this.startedAt = this.now();
		const status = this.api.LMSGetValue('cmi.core.lesson_status');
		this.passedBefore = status === 'passed';
		if (status === 'not attempted' || status === '') {
			this.set('cmi.core.lesson_status', 'incomplete');
			this.set('cmi.core.exit', 'suspend');
			this.commit();
		}
		return {
			learnerId: this.api.LMSGetValue('cmi.core.student_id'),
			studentName: this.api.LMSGetValue('cmi.core.student_name'),
			resume: decodeSuspendData(this.api.LMSGetValue('cmi.suspend_data'))
		};
	}

	/** Writes what changed since the last report, and commits. */
	report(state: ResumeState): void {
		if (!this.open) return;
		const result = lmsResult(state);
		const status = this.passedBefore ? 'passed' : result.status;
		this.set('cmi.core.lesson_status', status);
		if (result.score !== undefined) {
			this.set('cmi.core.score.min', '0');
			this.set('cmi.core.score.max', '100');
			this.set('cmi.core.score.raw', String(result.score));
		}
		this.set('cmi.core.exit', status === 'passed' ? '' : 'suspend');
		this.set('cmi.suspend_data', encodeSuspendData(state));
		this.set('cmi.core.session_time', sessionTime(this.now() - this.startedAt));
		this.commit();
	}

	/** Ends the session: the time spent, a last commit, then LMSFinish. Only the first call counts. */
	finish(): void {
		if (!this.open) return;
		this.set('cmi.core.session_time', sessionTime(this.now() - this.startedAt));
		this.commit();
		this.api.LMSFinish('');
		this.open = false;
	}

	private set(element: string, value: string) {
		if (this.written.get(element) === value) return;
		if (String(this.api.LMSSetValue(element, value)) === 'true') this.written.set(element, value);
	}

	private commit() {
		this.api.LMSCommit('');
	}
}
