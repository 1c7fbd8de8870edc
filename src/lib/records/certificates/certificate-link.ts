import { formatDate, parseTypedDate } from '$lib/dates/calendar-date';
import { isJourney } from '$lib/journeys/journey';
import { scorePercent } from '$lib/course/score';
import type { CertificateCourse } from './certificate';
import { CODE_FIELDS, type CertificateFields } from './certificate-code';
import type { Certificate } from '$lib/records/storage/record-schema';

type LinkField = (typeof CODE_FIELDS)[number] | 'code';

/** Short names in the address keep the QR code small enough to scan easily. */
const PARAM: Record<LinkField, string> = {
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

const LINK_FIELDS = [...CODE_FIELDS, 'code'] as const satisfies readonly LinkField[];

/** What the verify form asks for: the fields as the certificate prints them, the score as one. */
export type VerifyField = Exclude<LinkField, 'correct' | 'total'> | 'score';

/** Printed the same on every certificate of this course, so the verify form fills them in. */
export const SHARED_FIELDS = [
	'settingName',
	'courseTitle',
	'courseVersion',
	'passMark',
	'policyVersion',
	'policyReviewed'
] as const satisfies readonly VerifyField[];

/** What differs from one certificate to the next: what a manager types. */
export const OWN_FIELDS = [
	'learnerName',
	'id',
	'journey',
	'completedOn',
	'validUntil',
	'score',
	'code'
] as const satisfies readonly VerifyField[];

export const VERIFY_FIELDS = [...OWN_FIELDS, ...SHARED_FIELDS] as const;

export const DATE_FIELDS = ['completedOn', 'validUntil', 'policyReviewed'] as const;

export type TypedFields = Record<VerifyField, string>;

export function blankFields(): TypedFields {
	return Object.fromEntries(VERIFY_FIELDS.map((field) => [field, ''])) as TypedFields;
}

/** The score as the certificate prints it: "13 of 15 (86%)". */
export function scoreText(score: { correct: number; total: number }): string {
	return `${score.correct} of ${score.total} (${scorePercent(score)}%)`;
}

/** The fields every certificate of this course prints, as it prints them. */
export function sharedFields(
	course: CertificateCourse
): Pick<TypedFields, (typeof SHARED_FIELDS)[number]> {
	return {
		settingName: course.settingName,
		courseTitle: course.courseTitle,
		courseVersion: course.courseVersion,
		passMark: `${course.passMark}%`,
		policyVersion: course.policyVersion,
		policyReviewed: formatDate(course.policyReviewed)
	};
}

/**
 * The part of the verify page's address after `#` that carries a certificate's fields. It is a
 * fragment so that the fields never reach a web server's logs.
 */
export function verifyFragment(certificate: Certificate): string {
	const params = new URLSearchParams();
	for (const field of LINK_FIELDS) params.set(PARAM[field], String(certificate[field]));
	return params.toString();
}

const WHOLE = /^\s*(\d+)\s*$/;

/**
 * The fields carried by a verify address's fragment (with or without its `#`), written as the
 * printed certificate writes them, so the two can be compared by eye.
 */
export function readVerifyFragment(fragment: string): TypedFields {
	const params = new URLSearchParams(fragment.replace(/^#/, ''));
	const read = (field: LinkField) => params.get(PARAM[field]) ?? '';
	const fields = blankFields();
	for (const field of LINK_FIELDS)
		if (field !== 'correct' && field !== 'total') fields[field] = read(field);
	const [correct, total] = [read('correct'), read('total')];
	if (WHOLE.test(correct) && WHOLE.test(total))
		fields.score = scoreText({ correct: Number(correct), total: Number(total) });
	if (WHOLE.test(fields.passMark)) fields.passMark = `${fields.passMark.trim()}%`;
	for (const field of DATE_FIELDS) {
		const date = parseTypedDate(fields[field]);
		if (date) fields[field] = formatDate(date);
	}
	return fields;
}

/**
 * A score as typed from a certificate: "14 of 15 (93%)", "14 of 15", "14 out of 15" or "14/15".
 * The percentage is worked out from the two numbers, which are what the code covers.
 */
export function parseScore(typed: string): { correct: number; total: number } | undefined {
	const match = /^\s*(\d+)\s*(?:of|out of|\/)\s*(\d+)\s*(?:\(\s*\d+\s*%\s*\))?\s*$/i.exec(typed);
	return match ? { correct: Number(match[1]), total: Number(match[2]) } : undefined;
}

/** A pass mark as typed: "80%", "80 %" or "80". */
export function parsePercent(typed: string): number | undefined {
	const match = /^\s*(\d+)\s*%?\s*$/.exec(typed);
	return match ? Number(match[1]) : undefined;
}

/**
 * Typed fields as a certificate's own, or undefined when one cannot be read: a score or pass mark
 * that is not in whole numbers, a date that is not a date, a journey that is neither.
 */
export function certificateFields(typed: TypedFields): CertificateFields | undefined {
	const score = parseScore(typed.score);
	const passMark = parsePercent(typed.passMark);
	const [completedOn, validUntil, policyReviewed] = DATE_FIELDS.map((field) =>
		parseTypedDate(typed[field])
	);
	const journey = typed.journey.trim().toLowerCase();
	if (!score || passMark === undefined) return undefined;
	if (!completedOn || !validUntil || !policyReviewed || !isJourney(journey)) return undefined;
	return {
		id: typed.id.trim().toUpperCase(),
		learnerName: typed.learnerName,
		settingName: typed.settingName,
		courseTitle: typed.courseTitle,
		courseVersion: typed.courseVersion,
		journey,
		completedOn,
		correct: score.correct,
		total: score.total,
		passMark,
		validUntil,
		policyVersion: typed.policyVersion,
		policyReviewed
	};
}
