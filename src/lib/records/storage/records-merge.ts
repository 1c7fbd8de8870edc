import type { Learner, LearnerProgress } from './record-schema';

/** One learner and everything recorded for them. */
export interface LearnerRecords {
	learner: Learner;
	progress: LearnerProgress;
}

/**
 * Joins progress from another device into this one's, keeping everything from both and nothing
 * twice: lessons, the later finish of each scenario, attempts by when they finished, certificates
 * by id, sign-offs by the edition signed.
 */
export function mergeProgress(here: LearnerProgress, incoming: LearnerProgress): LearnerProgress {
	const scenarios = { ...here.scenarios };
	for (const [id, result] of Object.entries(incoming.scenarios)) {
		const mine = scenarios[id];
		if (!mine || result.finishedAt > mine.finishedAt) scenarios[id] = result;
	}
	const attemptKey = (attempt: LearnerProgress['quizAttempts'][number]) =>
		`${attempt.finishedAt}|${attempt.journey}|${attempt.seed}`;
	return {
		...here,
		lessonsRead: [...new Set([...here.lessonsRead, ...incoming.lessonsRead])],
		scenarios,
		quizAttempts: unique([...here.quizAttempts, ...incoming.quizAttempts], attemptKey).sort(
			(a, b) => a.finishedAt.localeCompare(b.finishedAt)
		),
		certificates: unique([...here.certificates, ...incoming.certificates], (c) => c.id),
		signOffs: unique([...here.signOffs, ...incoming.signOffs], signOffKey).sort((a, b) =>
			a.signedAt.localeCompare(b.signedAt)
		)
	};
}

/** Progress with each lesson, attempt, certificate and sign-off once, as a merge with nothing leaves it. */
export function withoutRepeats(progress: LearnerProgress): LearnerProgress {
	const nothing = {
		...progress,
		lessonsRead: [],
		scenarios: {},
		quizAttempts: [],
		certificates: [],
		signOffs: []
	};
	return mergeProgress(nothing, progress);
}

/**
 * One sign-off per edition of the policy: two tabs signing at once, or the same sign-off
 * imported from two devices, keep the first.
 */
export function signOffKey(signOff: LearnerProgress['signOffs'][number]): string {
	return `${signOff.policyVersion}|${signOff.fingerprint}`;
}

function unique<T>(items: T[], key: (item: T) => string): T[] {
	const seen = new Map<string, T>();
	for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
	return [...seen.values()];
}
