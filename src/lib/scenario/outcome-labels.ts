import type { Outcome } from '$lib/content/scenario';

/** How each outcome is named to the learner. */
export const OUTCOME_LABELS: Record<Outcome, string> = {
	follows: 'Follows the policy',
	partly: 'Partly follows the policy',
	breaches: 'Breaches the policy'
};
