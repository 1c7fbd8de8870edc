import { learnerStatus } from './learner-status';
import { signOffStatus, type PolicyEdition } from './sign-off';
import type { LearnerProgress } from './storage/record-schema';

/** What a manager may look for on the records page: who still has something to do. */
export const NEEDS = {
	everyone: 'Everyone',
	'not-started': 'Not started',
	'in-progress': 'In progress',
	expiring: 'Certificate expiring soon',
	expired: 'Certificate expired',
	'needs-to-sign': 'Needs to sign the policy'
} as const;

export type Need = keyof typeof NEEDS;

export interface NeedContext {
	today: string;
	reminderDays: number;
	edition: PolicyEdition;
}

/** Whether a learner's progress shows this need on `today`. */
export function hasNeed(need: Need, progress: LearnerProgress, context: NeedContext): boolean {
	if (need === 'everyone') return true;
	if (need === 'needs-to-sign') return signOffStatus(progress, context.edition) !== 'signed';
	return learnerStatus(progress, context.today, context.reminderDays).kind === need;
}
