import { isPass } from '$lib/course/score';

/** A quiz's best finished attempt: enough for the status and the score, not the answers. */
export interface BestAttempt {
	correct: number;
	total: number;
	passMark: number;
}

/** The same test as the quiz's own scoring, with the attempt's own pass mark. */
export function attemptPassed(attempt: BestAttempt): boolean {
	return isPass(attempt, attempt.passMark);
}

/** The better of two attempts: a pass outranks any fail; among equals, the higher score. */
export function betterAttempt<T extends BestAttempt>(a: T | undefined, b: T): T {
	if (!a) return b;
	if (attemptPassed(a) !== attemptPassed(b)) return attemptPassed(a) ? a : b;
	return b.correct * a.total > a.correct * b.total ? b : a;
}
