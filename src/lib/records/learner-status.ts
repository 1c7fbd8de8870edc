import { daysBetween, formatDate } from '$lib/dates/calendar-date';
import type { Certificate, LearnerProgress } from './storage/record-schema';

export type LearnerStatus =
	| { kind: 'not-started' }
	| { kind: 'in-progress' }
	| { kind: 'certified'; until: string }
	| { kind: 'expiring'; until: string; daysLeft: number }
	| { kind: 'expired'; until: string };

/** The certificate that lasts longest, which is the one that decides the learner's status. */
export function latestCertificate(progress: LearnerProgress): Certificate | undefined {
	return progress.certificates.reduce<Certificate | undefined>(
		(best, certificate) => (!best || certificate.validUntil > best.validUntil ? certificate : best),
		undefined
	);
}

export type Validity = Extract<LearnerStatus, { until: string }>;

/**
 * Whether a certificate valid until `until` is good on `today`: it is good through that date,
 * and expiring within `reminderDays` of it.
 */
export function validityOn(until: string, today: string, reminderDays: number): Validity {
	const daysLeft = daysBetween(today, until);
	if (daysLeft < 0) return { kind: 'expired', until };
	if (daysLeft <= reminderDays) return { kind: 'expiring', until, daysLeft };
	return { kind: 'certified', until };
}

/** "today", "tomorrow" or "in 12 days": how soon a day comes, as a sentence says it. */
export function inDays(days: number): string {
	if (days === 0) return 'today';
	if (days === 1) return 'tomorrow';
	return `in ${days} days`;
}

/**
 * Where a learner stands on `today`: a certificate is good through its valid-until date, and
 * counts as expiring within `reminderDays` of it.
 */
export function learnerStatus(
	progress: LearnerProgress,
	today: string,
	reminderDays: number
): LearnerStatus {
	const certificate = latestCertificate(progress);
	if (certificate) return validityOn(certificate.validUntil, today, reminderDays);
	const started =
		progress.lessonsRead.length > 0 ||
		Object.keys(progress.scenarios).length > 0 ||
		progress.quizAttempts.length > 0;
	return { kind: started ? 'in-progress' : 'not-started' };
}

/** Each kind of status in a word or two, for a table whose other columns give the dates. */
export const STATUS_NAMES: Record<LearnerStatus['kind'], string> = {
	'not-started': 'Not started',
	'in-progress': 'In progress',
	certified: 'Certified',
	expiring: 'Expiring soon',
	expired: 'Expired'
};

/** The status in words, as the records page and the CSV export show it. */
export function statusLabel(status: LearnerStatus, reminderDays: number): string {
	switch (status.kind) {
		case 'not-started':
			return 'Not started';
		case 'in-progress':
			return 'In progress';
		case 'certified':
			return `Certified until ${formatDate(status.until)}`;
		case 'expiring':
			return `Expires within ${reminderDays} days, on ${formatDate(status.until)}`;
		case 'expired':
			return `Expired on ${formatDate(status.until)}`;
	}
}
