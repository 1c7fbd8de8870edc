import { formatDate, parseTypedDate } from '$lib/dates/calendar-date';
import { isJourney } from '$lib/journeys/journey';
import { scorePercent } from '$lib/course/score';
import type { CertificateCourse } from './certificate';
import { CODE_FIELDS, type CertificateFields } from './certificate-code';
import { characterCount } from '$lib/records/learner-name';
import { CERTIFICATE_LIMITS, SIGN_OFF_LIMITS } from '$lib/records/record-limits';
import type { Certificate, SignOff } from '$lib/records/storage/record-schema';
import { readSignOff, writeSignOff, type SignOffRead } from './sign-off-link';

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
	return certificateParams(certificate).toString();
}

function certificateParams(certificate: Certificate): URLSearchParams {
	const params = new URLSearchParams();
	for (const field of LINK_FIELDS) params.set(PARAM[field], String(certificate[field]));
	return params;
}

/**
 * The fragment of the link a learner shows their manager: the certificate's fields and, when
 * they have signed the policy version it was earned on, that sign-off with its own code.
 */
export async function learnerLinkFragment(
	certificate: Certificate,
	signOff: Pick<SignOff, 'policyVersion' | 'fingerprint' | 'signedAt'> | undefined
): Promise<string> {
	const params = certificateParams(certificate);
	if (signOff) {
		const { policyVersion, fingerprint, signedAt } = signOff;
		await writeSignOff(params, certificate, { policyVersion, fingerprint, signedAt });
	}
	return params.toString();
}

/** The longest any character can be in an address: four bytes, each written as %XX. */
const LONGEST_ESCAPE = 12;

/**
 * The longest a link's fragment can be when it carries a real certificate and sign-off: every
 * text field at its stored limit, each character at its longest escape, and room for the
 * parameter names, ids, dates, numbers and codes. Anything longer is refused unread.
 */
export const MAX_LINK_LENGTH =
	(Object.values(CERTIFICATE_LIMITS).reduce((sum, limit) => sum + limit, 0) +
		SIGN_OFF_LIMITS.policyVersion) *
		LONGEST_ESCAPE +
	1_000;

const TEXT_FIELD_NAMES: Record<keyof typeof CERTIFICATE_LIMITS, string> = {
	learnerName: 'learner’s name',
	settingName: 'setting',
	courseTitle: 'course title',
	courseVersion: 'course version',
	policyVersion: 'policy version',
	code: 'verification code'
};

export type CertificateLinkRead =
	{ ok: true; fields: TypedFields; signOff: SignOffRead } | { ok: false; reason: string };

/**
 * Reads a link's fragment, refusing one far longer than any certificate's before it is read,
 * and one with a text field longer than a certificate holds, with the reason.
 */
export function readCertificateLink(fragment: string): CertificateLinkRead {
	if (fragment.length > MAX_LINK_LENGTH) {
		return {
			ok: false,
			reason: `This link is far longer than any certificate’s (${fragment.length} characters), so it was not read.`
		};
	}
	const params = new URLSearchParams(fragment.replace(/^#/, ''));
	for (const [field, limit] of Object.entries(CERTIFICATE_LIMITS)) {
		const value = params.get(PARAM[field as keyof typeof CERTIFICATE_LIMITS]) ?? '';
		if (characterCount(value) > limit) {
			const name = TEXT_FIELD_NAMES[field as keyof typeof CERTIFICATE_LIMITS];
			return {
				ok: false,
				reason: `The ${name} in this link is longer than any certificate’s (at most ${limit} characters), so it was not read.`
			};
		}
	}
	return { ok: true, fields: typedFieldsOf(params), signOff: readSignOff(params) };
}

const WHOLE = /^\s*(\d+)\s*$/;

/**
 * The fields carried by a verify address's fragment (with or without its `#`), written as the
 * printed certificate writes them, so the two can be compared by eye.
 */
export function readVerifyFragment(fragment: string): TypedFields {
	return typedFieldsOf(new URLSearchParams(fragment.replace(/^#/, '')));
}

function typedFieldsOf(params: URLSearchParams): TypedFields {
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
