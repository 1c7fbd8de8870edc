import type { Audience } from '$lib/content/audience';
import { PLAYER_WORDS } from '$lib/content/families-words';
import type { Outcome } from '$lib/content/scenario';

/** How each outcome is named to the learner. */
export const OUTCOME_LABELS: Record<Outcome, string> = {
	follows: 'Follows the policy',
	partly: 'Partly follows the policy',
	breaches: 'Breaches the policy'
};

// Most of the policy's rules are written for employees, so a family's choice is measured against
// what the setting asks of families, never scored as a breach of a rule that may not bind them.
// The words are the player's, which are translated with the families' pages.
export const FAMILY_OUTCOME_LABELS: Record<Outcome, string> = {
	follows: PLAYER_WORDS.familiesFollows,
	partly: PLAYER_WORDS.familiesPartly,
	breaches: PLAYER_WORDS.familiesBreaches
};

/** The outcome's name for a scenario's audience: families' scenarios speak to families. */
export function outcomeLabel(outcome: Outcome, audience: Audience): string {
	return (audience === 'parents' ? FAMILY_OUTCOME_LABELS : OUTCOME_LABELS)[outcome];
}
