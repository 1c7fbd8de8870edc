/** A quiz's best finished attempt: enough for the status and the score, not the answers. */
export interface BestAttempt {
	correct: number;
	total: number;
	passMark: number;
}

/** The same test as the quiz's own scoring: whole marks, no rounding. */
export function attemptPassed({ correct, total, passMark }: BestAttempt): boolean {
	return total > 0 && correct * 100 >= passMark * total;
}

/** Whole per cent, rounded down like the quiz's, so that it agrees with the LMS's mastery score. */
export function attemptPercent({ correct, total }: BestAttempt): number {
	return total === 0 ? 0 : Math.floor((correct * 100) / total);
}

/** The better of two attempts: a pass outranks any fail; among equals, the higher score. */
export function betterAttempt<T extends BestAttempt>(a: T | undefined, b: T): T {
	if (!a) return b;
	if (attemptPassed(a) !== attemptPassed(b)) return attemptPassed(a) ? a : b;
	return b.correct * a.total > a.correct * b.total ? b : a;
}
