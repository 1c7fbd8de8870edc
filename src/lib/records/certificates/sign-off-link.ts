import { normalForm, normaliseCode, shortHash } from './certificate-code';
import { characterCount } from '$lib/records/learner-name';
import { SIGN_OFF_LIMITS } from '$lib/records/record-limits';

/**
 * A learner's sign-off of the policy, as the link they show their manager carries it beside
 * their certificate. A learner usually signs after the certificate is printed, so the
 * certificate's own code cannot cover the sign-off: it has a code of its own, made as the
 * certificate's is (a checksum, not a signature), over the sign-off and the certificate it goes
 * with, so that it cannot be moved to another certificate unnoticed.
 */
export interface LinkedSignOff {
	policyVersion: string;
	fingerprint: string;
	signedAt: string;
	code: string;
}

/** Short names in the address, as the certificate's own fields have. */
const PARAM = {
	policyVersion: 'sv',
	fingerprint: 'sf',
	signedAt: 'st',
	code: 'sc'
} as const satisfies Record<keyof LinkedSignOff, string>;

const SIGN_OFF_FIELDS = Object.keys(PARAM) as (keyof LinkedSignOff)[];

const VERSION_TAG = 'sign-off-code-v1';

/** The certificate a sign-off is bound to: its id and its code. */
export interface SignedCertificate {
	id: string;
	code: string;
}

/** The exact text hashed for a sign-off's code. */
export function signOffCanonical(
	certificate: SignedCertificate,
	signOff: Omit<LinkedSignOff, 'code'>
): string {
	return JSON.stringify([
		VERSION_TAG,
		normalForm(certificate.id),
		normaliseCode(certificate.code),
		normalForm(signOff.policyVersion),
		signOff.fingerprint,
		signOff.signedAt
	]);
}

export async function signOffCode(
	certificate: SignedCertificate,
	signOff: Omit<LinkedSignOff, 'code'>
): Promise<string> {
	return shortHash(signOffCanonical(certificate, signOff));
}

/** Whether a sign-off read from a link matches its code, for the certificate it came with. */
export async function signOffMatches(
	certificate: SignedCertificate,
	signOff: LinkedSignOff
): Promise<boolean> {
	return normaliseCode(await signOffCode(certificate, signOff)) === normaliseCode(signOff.code);
}

/** Adds a sign-off and its code to a link's parameters. */
export async function writeSignOff(
	params: URLSearchParams,
	certificate: SignedCertificate,
	signOff: Omit<LinkedSignOff, 'code'>
): Promise<void> {
	const linked = { ...signOff, code: await signOffCode(certificate, signOff) };
	for (const field of SIGN_OFF_FIELDS) params.set(PARAM[field], linked[field]);
}

/** What each field of a sign-off in a link must be to be read at all. */
const READABLE: Record<keyof LinkedSignOff, (value: string) => boolean> = {
	policyVersion: (value) =>
		value.trim() !== '' && characterCount(value) <= SIGN_OFF_LIMITS.policyVersion,
	fingerprint: (value) => /^[0-9a-f]{16}$/.test(value),
	signedAt: (value) =>
		/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/.test(value) && !isNaN(Date.parse(value)),
	code: (value) => /^[0-9A-Za-z]{5}-?[0-9A-Za-z]{5}$/.test(value)
};

export type SignOffRead =
	{ kind: 'none' } | { kind: 'damaged' } | { kind: 'present'; signOff: LinkedSignOff };

/**
 * The sign-off a link's parameters carry: none when it has none of its fields (every printed
 * certificate and every link made before sign-offs travelled), damaged when a field is missing
 * or cannot be a sign-off's.
 */
export function readSignOff(params: URLSearchParams): SignOffRead {
	const present = SIGN_OFF_FIELDS.filter((field) => params.has(PARAM[field]));
	if (present.length === 0) return { kind: 'none' };
	const signOff: LinkedSignOff = {
		policyVersion: params.get(PARAM.policyVersion) ?? '',
		fingerprint: params.get(PARAM.fingerprint) ?? '',
		signedAt: params.get(PARAM.signedAt) ?? '',
		code: params.get(PARAM.code) ?? ''
	};
	const readable = SIGN_OFF_FIELDS.every((field) => READABLE[field](signOff[field]));
	return readable ? { kind: 'present', signOff } : { kind: 'damaged' };
}
