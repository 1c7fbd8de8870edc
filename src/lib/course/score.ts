/**
 * The one home of a quiz's score: its percentage, its pass and the questions a pass needs. The quiz,
 * the LMS, the certificate, the evidence sheet and the CSV all read them from here, so that one
 * result never shows as two numbers.
 */

/** A result in whole marks. */
export interface Marks {
	correct: number;
	total: number;
}

/**
 * Whole per cent, rounded down, so that a score shown as 80% is never really 79.9%, and so that it
 * agrees with the LMS's mastery score: 13 of 15 is 86%.
 */
export function scorePercent({ correct, total }: Marks): number {
	return total > 0 ? Math.floor((correct * 100) / total) : 0;
}

/** A pass by whole marks, with no rounding: at least `passMark` per cent of the questions right. */
export function isPass({ correct, total }: Marks, passMark: number): boolean {
	return total > 0 && correct * 100 >= passMark * total;
}

/** The fewest right answers out of `total` that pass: the smallest `correct` for which isPass holds. */
export function questionsNeededToPass(total: number, passMark: number): number {
	return Math.ceil((passMark * total) / 100);
}
