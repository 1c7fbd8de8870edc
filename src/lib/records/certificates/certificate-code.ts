import type { Certificate } from '$lib/records/storage/record-schema';

/**
 * The verification code on a certificate: SHA-256 (the browser's own, through crypto.subtle) of
 * the certificate's fields in a fixed order, each in its normal form (see `normalForm`), cut to
 * its first 50 bits and written as ten characters in Crockford's base 32 (no I, L, O or U, so it
 * reads aloud and types back well).
 *
 * It is a checksum, not a signature: it catches a field changed by hand or by mistake, but anyone
 * who knows this method can make a matching code for fields they invented.
 *
 * Which differences count: a code compares what a person can tell apart on paper. The letters,
 * digits and words of each field count, and so do hyphens between words and punctuation other
 * than the kinds below. These do not count, because a printed certificate does not show them or a
 * keyboard cannot type them back: Unicode forms and compatibility characters (NFKC: "ﬁ" is "fi",
 * a full-width "Ａ" is "A"), curly or straight apostrophes and quotation marks, the kind of dash
 * or hyphen (‐ ‑ ‒ – — ― − are all "-"), how many spaces or what kind, spaces at either end, and
 * letter case, which never changes whom or what a field names.
 *
 * Codes carry no version mark of their own, so a code is checked against each way codes have
 * been made (`CODE_VERSIONS`): a certificate printed before a change still verifies.
 */

/** The fields a code covers: everything printed on the certificate except the code itself. */
export type CertificateFields = Omit<Certificate, 'code' | 'issuedAt' | 'source'>;

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

/**
 * A field as the code sees it, the same whether it was printed or typed back in: the differences
 * that do not count (listed above) are made the same on both sides.
 */
export function normalForm(value: string | number): string {
	return (
		String(value)
			.normalize('NFKC')
			.replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/gu, "'")
			.replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/gu, '"')
			.replace(/[\u2010-\u2015\u2212]/gu, '-')
			// Invisible characters a copy and paste can carry; not the joiner inside an emoji.
			.replace(/[\u200B\u2060\uFEFF]/gu, '')
			.replace(/\s+/gu, ' ')
			.trim()
			.toLowerCase()
	);
}

/** The first codes (until course 1.0) told apart everything but spacing and Unicode form. */
function firstForm(value: string | number): string {
	return String(value).normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** Every way codes have been made, newest first; new certificates get the first. */
export const CODE_VERSIONS = {
	'certificate-code-v2': normalForm,
	'certificate-code-v1': firstForm
} as const;

export type CodeVersion = keyof typeof CODE_VERSIONS;

const CURRENT_VERSION: CodeVersion = 'certificate-code-v2';

/** The exact text that is hashed: a version tag and the fields, as a JSON list so no two meet. */
export function canonicalString(
	fields: CertificateFields,
	version: CodeVersion = CURRENT_VERSION
): string {
	const form = CODE_VERSIONS[version];
	return JSON.stringify([version, ...CODE_FIELDS.map((field) => form(fields[field]))]);
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

/** SHA-256 of text cut to 50 bits, as ten Crockford characters in two groups of five. */
export async function shortHash(text: string): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
	return group(toCrockford(new Uint8Array(digest), CODE_LENGTH), 5);
}

export async function certificateCode(
	fields: CertificateFields,
	version: CodeVersion = CURRENT_VERSION
): Promise<string> {
	return shortHash(canonicalString(fields, version));
}

/** A typed code, read as Crockford base 32 reads it: any case, spaces and hyphens ignored. */
export function normaliseCode(typed: string): string {
	return typed.toUpperCase().replace(/[\s-]/gu, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

/** Whether the fields match the code, as any version of the course made it. */
export async function codeMatches(fields: CertificateFields, typedCode: string): Promise<boolean> {
	const typed = normaliseCode(typedCode);
	for (const version of Object.keys(CODE_VERSIONS) as CodeVersion[]) {
		if (normaliseCode(await certificateCode(fields, version)) === typed) return true;
	}
	return false;
}

/** A certificate id such as 7K3M-Q9XA-2BFD, from 8 random bytes: 60 bits, easy to read out. */
export function certificateIdFrom(randomBytes: Uint8Array): string {
	return group(toCrockford(randomBytes, 12), 4);
}
