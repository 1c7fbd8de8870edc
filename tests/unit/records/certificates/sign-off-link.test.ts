import { describe, expect, it } from 'vitest';
import { certificateCode, codeMatches } from '$lib/records/certificates/certificate-code';
import {
	MAX_LINK_LENGTH,
	certificateFields,
	learnerLinkFragment,
	readCertificateLink,
	verifyFragment
} from '$lib/records/certificates/certificate-link';
import { signOffMatches, type LinkedSignOff } from '$lib/records/certificates/sign-off-link';
import { fields } from '../fixtures/records';

async function issued() {
	return {
		...fields,
		code: await certificateCode(fields),
		issuedAt: '2026-11-26T10:00:00.000Z',
		source: { kind: 'this-device' as const }
	};
}

const signed = {
	policyVersion: '1.12.3 (2026)',
	fingerprint: '0123456789abcdef',
	signedAt: '2026-12-01T09:30:00.000Z'
};

/** Reads a link that must be read, with the certificate and sign-off it carries. */
function read(fragment: string) {
	const link = readCertificateLink(fragment);
	if (!link.ok) throw new Error(link.reason);
	return link;
}

function presentSignOff(fragment: string): LinkedSignOff {
	const { signOff } = read(fragment);
	if (signOff.kind !== 'present') throw new Error(`sign-off ${signOff.kind}`);
	return signOff.signOff;
}

describe('the link a learner shows their manager', () => {
	it('carries the certificate and the sign-off, each matching its own code', async () => {
		const certificate = await issued();
		const fragment = await learnerLinkFragment(certificate, signed);
		const link = read(`#${fragment}`);
		expect(await codeMatches(certificateFields(link.fields)!, link.fields.code)).toBe(true);
		const signOff = presentSignOff(fragment);
		expect(signOff).toMatchObject(signed);
		expect(await signOffMatches(certificate, signOff)).toBe(true);
	});

	it('without a sign-off is the printed certificate’s link, carrying none', async () => {
		const certificate = await issued();
		const fragment = await learnerLinkFragment(certificate, undefined);
		expect(fragment).toBe(verifyFragment(certificate));
		expect(read(fragment).signOff).toEqual({ kind: 'none' });
	});

	it.each([
		['a later signing date', 'st', '2026-12-02T09:30:00.000Z'],
		['another policy version', 'sv', '1.12.4 (2026)'],
		['other policy words', 'sf', 'fedcba9876543210']
	])('finds a sign-off altered to %s', async (_label, param, value) => {
		const certificate = await issued();
		const params = new URLSearchParams(await learnerLinkFragment(certificate, signed));
		params.set(param, value);
		expect(await signOffMatches(certificate, presentSignOff(params.toString()))).toBe(false);
	});

	it('finds a sign-off moved to another certificate', async () => {
		const certificate = await issued();
		const signOff = presentSignOff(await learnerLinkFragment(certificate, signed));
		const other = { ...fields, id: '9ZZZ-Q9XA-2BFD' };
		const otherCode = await certificateCode(other);
		expect(await signOffMatches({ id: other.id, code: otherCode }, signOff)).toBe(false);
	});

	it.each([
		['without its code', (params: URLSearchParams) => params.delete('sc')],
		['with a fingerprint that is not one', (params: URLSearchParams) => params.set('sf', 'x')],
		['with a date that is not a time', (params: URLSearchParams) => params.set('st', 'Monday')],
		['with an empty version', (params: URLSearchParams) => params.set('sv', ' ')]
	])('calls a sign-off %s damaged', async (_label, damage) => {
		const params = new URLSearchParams(await learnerLinkFragment(await issued(), signed));
		damage(params);
		expect(read(params.toString()).signOff).toEqual({ kind: 'damaged' });
	});
});

describe('links made before sign-offs travelled', () => {
	// Printed on a certificate by an earlier version of the course, with a first-version code.
	const printed =
		'id=7K3M-Q9XA-2BFD&n=Amira+Khan&s=St+Joseph%E2%80%99s+Pre-school&t=Social+networking+and+you&v=1.0&j=induction&d=2026-11-26&c=13&q=15&p=80&u=2027-11-26&pv=1.12.3+%282026%29&pr=2026-09-01&code=9EAHQ-WZA2D';

	it('still check, and carry no sign-off', async () => {
		const link = read(`#${printed}`);
		expect(link.signOff).toEqual({ kind: 'none' });
		expect(await codeMatches(certificateFields(link.fields)!, link.fields.code)).toBe(true);
	});
});

describe('the limits on a link', () => {
	it('refuses a link far longer than any certificate’s before reading it', () => {
		const long = `n=${'A'.repeat(MAX_LINK_LENGTH)}`;
		const link = readCertificateLink(long);
		expect(link.ok).toBe(false);
		if (!link.ok) expect(link.reason).toContain('far longer');
	});

	it('refuses a name longer than a certificate holds, saying which field', async () => {
		const params = new URLSearchParams(verifyFragment(await issued()));
		params.set('n', 'A'.repeat(81));
		const link = readCertificateLink(params.toString());
		expect(link.ok).toBe(false);
		if (!link.ok) expect(link.reason).toContain('learner’s name');
	});

	it('reads the longest real certificate, every field full of four-byte characters', async () => {
		const full = (count: number) => '𝒜'.repeat(count);
		const certificate = {
			...(await issued()),
			learnerName: full(80),
			settingName: full(200),
			courseTitle: full(200),
			courseVersion: full(40),
			policyVersion: full(80)
		};
		const fragment = await learnerLinkFragment(certificate, {
			...signed,
			policyVersion: full(80)
		});
		expect(fragment.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
		expect(read(fragment).fields.learnerName).toBe(full(80));
		expect(presentSignOff(fragment).policyVersion).toBe(full(80));
	});
});
