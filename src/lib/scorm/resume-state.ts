import { JOURNEYS } from '$lib/journeys/journey';
import type { LearnerProgress, QuizAttemptRecord } from '$lib/records/storage/record-schema';
import { attemptPassed, betterAttempt, type BestAttempt } from './best-attempt';
import type { ResumeState } from './suspend-data';

/** What the LMS should keep of a learner's progress and unfinished quizzes. */
export function resumeStateOf(
	progress: LearnerProgress,
	quizDrafts: ResumeState['quizDrafts']
): ResumeState {
	const bestAttempts: ResumeState['bestAttempts'] = {};
	for (const attempt of progress.quizAttempts) {
		const { correct, total, passMark } = betterAttempt(bestAttempts[attempt.journey], attempt);
		bestAttempts[attempt.journey] = { correct, total, passMark };
	}
	return {
		lessonsRead: [...progress.lessonsRead],
		scenarios: Object.fromEntries(
			Object.entries(progress.scenarios).map(([id, { endingId, outcome }]) => [
				id,
				{ endingId, outcome }
			])
		),
		quizDrafts,
		bestAttempts
	};
}

/**
 * Adds what the LMS kept to the progress this browser holds, which may be empty (another
 * device) or behind (a save lost as a window closed). Nothing already held is changed. A
 * scenario or quiz result comes back without the path or the questions, which the LMS does not
 * keep; it is dated `now`.
 */
export function mergeResume(
	progress: LearnerProgress,
	state: ResumeState,
	now: string
): LearnerProgress {
	const merged = structuredClone(progress);
	for (const slug of state.lessonsRead) {
		if (!merged.lessonsRead.includes(slug)) merged.lessonsRead.push(slug);
	}
	for (const [id, { endingId, outcome }] of Object.entries(state.scenarios)) {
		merged.scenarios[id] ??= { endingId, outcome, path: [], finishedAt: now };
	}
	for (const journey of JOURNEYS) {
		const best = state.bestAttempts[journey];
		if (!best) continue;
		const held = merged.quizAttempts.filter((attempt) => attempt.journey === journey);
		const heldBest = held.reduce<BestAttempt | undefined>((a, b) => betterAttempt(a, b), undefined);
		if (heldBest && betterAttempt(heldBest, best) === heldBest) continue;
		const attempt: QuizAttemptRecord = {
			journey,
			seed: 0,
			questionIds: [],
			...best,
			passed: attemptPassed(best)
		};
		merged.quizAttempts.push({ ...attempt, finishedAt: now });
	}
	return merged;
}
