import type { Certificate } from '../storage/record-schema';

/**
 * The verification code on a certificate: SHA-256 (the browser's own, through crypto.subtle) of
 * the certificate's fields in a fixed order, cut to its first 50 bits and written as ten
 * characters in Crockford's base 32 (no I, L, O or U, so it reads aloud and types back well).
 *
 * It is a checksum, not a signature: it catches a field changed by hand or by mistake, but anyone
 * who knows this method can make a matching code for fields they invented.
 */

/** The fields a code covers: everything printed on the certificate except the code itself. */
export type CertificateFields = Omit<Certificate, 'code' | 'issuedAt'>;

export const CODE_FIELDS = [
	'id',
	'learnerName',
	'settingName',
	'courseTitle',
	'courseVersion',
	'journey',
	'completedOn',
	'correct',
	'total',
	'passMark',
	'validUntil',
	'policyVersion',
	'policyReviewed'
] as const satisfies readonly (keyof CertificateFields)[];

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_LENGTH = 10;

/** Spacing and Unicode form may differ when a field is typed back in; the words may not. */
function canonicalText(value: string | number): string {
	return String(value).normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** The exact text that is hashed: a version tag and the fields, as a JSON list so no two meet. */
export function canonicalString(fields: CertificateFields): string {
	return JSON.stringify([
		'certificate-code-v1',
		...CODE_FIELDS.map((field) => canonicalText(fields[field]))
	]);
}

function toCrockford(bytes: Uint8Array, length: number): string {
	let bits = 0;
	let value = 0;
	let out = '';
	for (const byte of bytes) {
		value = (value << 8) | byte;
		bits += 8;
		while (bits >= 5 && out.length < length) {
			out += CROCKFORD[(value >>> (bits - 5)) & 31];
			bits -= 5;
		}
		value &= (1 << bits) - 1;
		if (out.length === length) break;
	}
	return out;
}

function group(text: string, size: number): string {
	return (text.match(new RegExp(`.{1,${size}}`, 'g')) ?? []).join('-');
}

export async function certificateCode(fields: CertificateFields): Promise<string> {
	const digest = await crypto.subtle.digest(
		'SHA-256',
		new TextEncoder().encode(canonicalString(fields))
	);
	return group(toCrockford(new Uint8Array(digest), CODE_LENGTH), 5);
}

/** A typed code, read as Crockford base 32 reads it: any case, spaces and hyphens ignored. */
export function normaliseCode(typed: string): string {
	return typed.toUpperCase().replace(/[\s-]/gu, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

export async function codeMatches(fields: CertificateFields, typedCode: string): Promise<boolean> {
	return normaliseCode(await certificateCode(fields)) === normaliseCode(typedCode);
}

/** A certificate id such as 7K3M-Q9XA-2BFD, from 8 random bytes: 60 bits, easy to read out. */
export function certificateIdFrom(randomBytes: Uint8Array): string {
	return group(toCrockford(randomBytes, 12), 4);
}
