import { daysBetween, localDate } from '$lib/dates/calendar-date';
import { validityOn, type Validity } from '$lib/records/learner-status';
import type { PolicyEdition } from '$lib/records/sign-off';
import { codeMatches } from './certificate-code';
import { checkLinkedRecords, type LinkedCheck } from './certificate-from-link';
import { VERIFY_FIELDS, certificateFields, type TypedFields } from './certificate-link';
import type { SignOffRead } from './sign-off-link';

/** A matching certificate's standing on the day it is checked; an expired one says how long ago. */
export type CheckedValidity =
	| Exclude<Validity, { kind: 'expired' }>
	| (Extract<Validity, { kind: 'expired' }> & { daysSince: number });

/**
 * What the verify page says about the fields it was given. Only a certificate that matches its
 * code has a validity worth showing, and only it can be added to the records, so only it carries
 * the check of what its link brought (the sign-off included).
 */
export type CertificateVerdict =
	| { kind: 'incomplete' }
	| { kind: 'unreadable' }
	| { kind: 'altered' }
	| { kind: 'match'; validity: CheckedValidity; linked: LinkedCheck };

export interface VerdictContext {
	/** The sign-off the link carried; a certificate typed by hand carries none. */
	signOff: SignOffRead;
	edition: PolicyEdition;
	reminderDays: number;
	now: Date;
}

/**
 * Checks a certificate's fields as typed or read from its link: every field must be filled in
 * (the code covers all of them), its dates, score and journey must be readable, and then they
 * match their code or they do not.
 */
export async function certificateVerdict(
	fields: TypedFields,
	{ signOff, edition, reminderDays, now }: VerdictContext
): Promise<CertificateVerdict> {
	if (VERIFY_FIELDS.some((field) => fields[field].trim() === '')) return { kind: 'incomplete' };
	const certificate = certificateFields(fields);
	if (!certificate) return { kind: 'unreadable' };
	if (!(await codeMatches(certificate, fields.code))) return { kind: 'altered' };
	return {
		kind: 'match',
		validity: checkedValidity(certificate.validUntil, localDate(now), reminderDays),
		linked: await checkLinkedRecords(certificate, fields.code, signOff, edition, now)
	};
}

/**
 * "yesterday" or "12 days ago": how long ago an expired certificate ran out. Here rather than
 * beside inDays in learner-status.ts, which every page loads, because only the verify page says it.
 */
export function daysAgo(days: number): string {
	return days === 1 ? 'yesterday' : `${days} days ago`;
}

function checkedValidity(until: string, today: string, reminderDays: number): CheckedValidity {
	const validity = validityOn(until, today, reminderDays);
	return validity.kind === 'expired'
		? { ...validity, daysSince: daysBetween(until, today) }
		: validity;
}
