import { keys } from './record-keys';
import type { Learner } from './storage/record-schema';

/** Something stored that could not be used, and was kept aside instead of being lost. */
export interface SetAsideRecord {
	key: string;
	reason: string;
}

/**
 * Which record was set aside, in words a learner knows: "Sam" and "’s progress", apart so that a
 * name written right to left can be isolated when shown.
 */
export function describeSetAside(
	{ key }: SetAsideRecord,
	learners: Learner[]
): { name?: string; what: string } {
	if (key === keys.learners) return { what: 'The list of learners on this device' };
	const owner = keys.progressOwner(key);
	if (owner === undefined) return { what: 'A saved record' };
	const learner = learners.find((known) => known.id === owner);
	return learner ? { name: learner.name, what: '’s progress' } : { what: 'One learner’s progress' };
}
