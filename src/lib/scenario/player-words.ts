import type { Outcome } from '$lib/content/scenario';
import type { PlayerWords } from '$lib/content/families-words';

/** A family's outcome named in the player's language. */
export function familyOutcome(words: PlayerWords, outcome: Outcome): string {
	return {
		follows: words.familiesFollows,
		partly: words.familiesPartly,
		breaches: words.familiesBreaches
	}[outcome];
}
