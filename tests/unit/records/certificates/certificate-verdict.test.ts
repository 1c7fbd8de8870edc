import { describe, expect, it } from 'vitest';
import { certificateCode } from '$lib/records/certificates/certificate-code';
import {
	learnerLinkFragment,
	readCertificateLink,
	type TypedFields
} from '$lib/records/certificates/certificate-link';
import { certificateVerdict, daysAgo } from '$lib/records/certificates/certificate-verdict';
import type { SignOffRead } from '$lib/records/certificates/sign-off-link';
import { editions, fields } from '../fixtures/records';

const signed = {
	policyVersion: fields.policyVersion,
	fingerprint: editions.current.fingerprint,
	signedAt: '2026-12-01T09:30:00.000Z'
};

/** A certificate valid until 26 November 2027, read from its link as the verify page reads it. */
async function link(withSignOff = false): Promise<{ typed: TypedFields; signOff: SignOffRead }> {
	const certificate = {
		...fields,
		code: await certificateCode(fields),
		issuedAt: '2026-11-26T10:00:00.000Z',
		source: { kind: 'this-device' as const }
	};
	const read = readCertificateLink(
		await learnerLinkFragment(certificate, withSignOff ? signed : undefined)
	);
	if (!read.ok) throw new Error(read.reason);
	return { typed: read.fields, signOff: read.signOff };
}

function verdictOn(
	day: Date,
	typed: TypedFields,
	signOff: SignOffRead = { kind: 'none' }
): ReturnType<typeof certificateVerdict> {
	return certificateVerdict(typed, {
		signOff,
		edition: editions.current,
		reminderDays: 30,
		now: day
	});
}

const december2026 = new Date(2026, 11, 7, 10);

describe('certificateVerdict', () => {
	it('asks for every field when one is empty or only spaces', async () => {
		const { typed } = await link();
		expect(await verdictOn(december2026, { ...typed, settingName: '  ' })).toEqual({
			kind: 'incomplete'
		});
		expect(await verdictOn(december2026, { ...typed, code: '' })).toEqual({ kind: 'incomplete' });
	});

	it.each([
		['a date that is not a date', { completedOn: '31 February 2026' }],
		['a score in words', { score: 'thirteen of fifteen' }],
		['a journey that is neither', { journey: 'holiday' }]
	])('cannot read %s', async (_label, change) => {
		const { typed } = await link();
		expect(await verdictOn(december2026, { ...typed, ...change })).toEqual({
			kind: 'unreadable'
		});
	});

	it('finds an edited field altered', async () => {
		const { typed } = await link();
		expect(await verdictOn(december2026, { ...typed, learnerName: 'Amira Kahn' })).toEqual({
			kind: 'altered'
		});
		expect(await verdictOn(december2026, { ...typed, score: '15 of 15' })).toEqual({
			kind: 'altered'
		});
	});

	it('matches the fields as typed, and says the certificate is valid today', async () => {
		const { typed } = await link();
		const verdict = await verdictOn(december2026, typed);
		expect(verdict).toMatchObject({
			kind: 'match',
			validity: { kind: 'certified', until: '2027-11-26' },
			linked: { ok: true, records: { learnerName: 'Amira Khan', signOff: undefined } }
		});
	});

	it('says a certificate is expiring within the reminder days, and how soon', async () => {
		const { typed } = await link();
		expect(await verdictOn(new Date(2027, 10, 16, 10), typed)).toMatchObject({
			kind: 'match',
			validity: { kind: 'expiring', until: '2027-11-26', daysLeft: 10 }
		});
	});

	it('says an expired certificate still matches, and how long ago it ran out', async () => {
		const { typed } = await link();
		expect(await verdictOn(new Date(2027, 11, 6, 10), typed)).toMatchObject({
			kind: 'match',
			validity: { kind: 'expired', until: '2027-11-26', daysSince: 10 }
		});
	});

	it('checks the sign-off a link carries, and refuses one that was altered', async () => {
		const { typed, signOff } = await link(true);
		expect(await verdictOn(december2026, typed, signOff)).toMatchObject({
			kind: 'match',
			linked: { ok: true, records: { signOff: { ...signed, name: 'Amira Khan' } } }
		});
		if (signOff.kind !== 'present') throw new Error(`The link’s sign-off is ${signOff.kind}`);
		const altered = {
			kind: 'present' as const,
			signOff: { ...signOff.signOff, signedAt: '2026-12-02T09:30:00.000Z' }
		};
		const verdict = await verdictOn(december2026, typed, altered);
		expect(verdict.kind).toBe('match');
		expect(verdict.kind === 'match' && !verdict.linked.ok && verdict.linked.reason).toContain(
			'does not match its code'
		);
	});
});

describe('daysAgo', () => {
	it('says yesterday, not "1 days ago"', () => {
		expect([1, 2, 40].map(daysAgo)).toEqual(['yesterday', '2 days ago', '40 days ago']);
	});
});
