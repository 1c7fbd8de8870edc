import type { LearnerProgress } from './storage/record-schema';
import { learnerStatus, type LearnerStatus } from './learner-status';

// Apart from learner-status.ts, which most pages load: only the records page counts.
/** How many learners stand at each status on `today`: the records page's summary. */
export function statusCounts(
	progresses: readonly LearnerProgress[],
	today: string,
	reminderDays: number
): Record<LearnerStatus['kind'], number> {
	const counts = { 'not-started': 0, 'in-progress': 0, certified: 0, expiring: 0, expired: 0 };
	for (const progress of progresses) counts[learnerStatus(progress, today, reminderDays).kind]++;
	return counts;
}
