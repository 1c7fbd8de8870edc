import { formatDate, parseTypedDate } from '../../dates/calendar-date';
import { isJourney } from '../../journeys/journey';
import { CODE_FIELDS, type CertificateFields } from './certificate-code';
import type { Certificate } from '../storage/record-schema';

export type VerifyField = (typeof CODE_FIELDS)[number] | 'code';

/** Short names in the address keep the QR code small enough to scan easily. */
const PARAM: Record<VerifyField, string> = {
	id: 'id',
	learnerName: 'n',
	settingName: 's',
	courseTitle: 't',
	courseVersion: 'v',
	journey: 'j',
	completedOn: 'd',
	correct: 'c',
	total: 'q',
	passMark: 'p',
	validUntil: 'u',
	policyVersion: 'pv',
	policyReviewed: 'pr',
	code: 'code'
};

export const VERIFY_FIELDS = [...CODE_FIELDS, 'code'] as const satisfies readonly VerifyField[];

export const DATE_FIELDS = ['completedOn', 'validUntil', 'policyReviewed'] as const;

export type TypedFields = Record<VerifyField, string>;

export function blankFields(): TypedFields {
	return Object.fromEntries(VERIFY_FIELDS.map((field) => [field, ''])) as TypedFields;
}

/**
 * The part of the verify page's address after `#` that carries a certificate's fields. It is a
 * fragment so that the fields never reach a web server's logs.
 */
export function verifyFragment(certificate: Certificate): string {
	const params = new URLSearchParams();
	for (const field of VERIFY_FIELDS) params.set(PARAM[field], String(certificate[field]));
	return params.toString();
}

/**
 * The fields carried by a verify address's fragment (with or without its `#`), with dates written
 * as the printed certificate writes them, so the two can be compared by eye.
 */
export function readVerifyFragment(fragment: string): TypedFields {
	const params = new URLSearchParams(fragment.replace(/^#/, ''));
	const fields = blankFields();
	for (const field of VERIFY_FIELDS) fields[field] = params.get(PARAM[field]) ?? '';
	for (const field of DATE_FIELDS) {
		const date = parseTypedDate(fields[field]);
		if (date) fields[field] = formatDate(date);
	}
	return fields;
}

/**
 * Typed fields as a certificate's own, or undefined when one cannot be read: a score that is not
 * a whole number, a date that is not a date, a journey that is neither.
 */
export function certificateFields(typed: TypedFields): CertificateFields | undefined {
	const [correct, total, passMark] = [typed.correct, typed.total, typed.passMark].map((text) =>
		/^\s*\d+\s*$/.test(text) ? Number(text) : undefined
	);
	const [completedOn, validUntil, policyReviewed] = DATE_FIELDS.map((field) =>
		parseTypedDate(typed[field])
	);
	const journey = typed.journey.trim().toLowerCase();
	if (correct === undefined || total === undefined || passMark === undefined) return undefined;
	if (!completedOn || !validUntil || !policyReviewed || !isJourney(journey)) return undefined;
	return {
		id: typed.id.trim().toUpperCase(),
		learnerName: typed.learnerName,
		settingName: typed.settingName,
		courseTitle: typed.courseTitle,
		courseVersion: typed.courseVersion,
		journey,
		completedOn,
		correct,
		total,
		passMark,
		validUntil,
		policyVersion: typed.policyVersion,
		policyReviewed
	};
}
