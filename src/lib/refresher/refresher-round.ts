/** One go at the refresher: which scenarios were drawn (by seed), and since when they count. */
export interface RefresherRound {
	seed: number;
	startedAt: string;
}

export const REFRESHER_DRAFT = 'refresher:round';

/** A round begun now, drawn with this seed. */
export function newRound(seed: number, now = new Date()): RefresherRound {
	return { seed, startedAt: now.toISOString() };
}

/** A stored round, if it is one; anything else (missing, damaged) means drawing a new round. */
export function parseRound(stored: unknown): RefresherRound | undefined {
	if (typeof stored !== 'object' || stored === null) return undefined;
	const { seed, startedAt } = stored as Record<string, unknown>;
	if (
		!Number.isInteger(seed) ||
		typeof startedAt !== 'string' ||
		Number.isNaN(Date.parse(startedAt))
	) {
		return undefined;
	}
	return { seed: seed as number, startedAt };
}

/** Whether a scenario was finished during this round, rather than in an earlier year. */
export function finishedInRound(finishedAt: string | undefined, round: RefresherRound): boolean {
	return finishedAt !== undefined && Date.parse(finishedAt) >= Date.parse(round.startedAt);
}
