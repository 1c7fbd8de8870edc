/** The two ways through the course that end in a quiz and a certificate. */
export const JOURNEYS = ['induction', 'refresher'] as const;
export type Journey = (typeof JOURNEYS)[number];

export function isJourney(value: string): value is Journey {
	return (JOURNEYS as readonly string[]).includes(value);
}

/** Each journey's name as a heading or label says it, and as a sentence says it. */
export const JOURNEY_NAMES: Record<Journey, { title: string; inSentence: string }> = {
	induction: { title: 'Induction', inSentence: 'induction' },
	refresher: { title: 'Refresher', inSentence: 'annual refresher' }
};
