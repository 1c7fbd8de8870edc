import { describe, expect, it } from 'vitest';
import { certificateCode } from '$lib/records/certificates/certificate-code';
import {
	certificateFields,
	learnerLinkFragment,
	readCertificateLink
} from '$lib/records/certificates/certificate-link';
import {
	addLinkedRecords,
	checkLinkedRecords,
	type LinkedRecords
} from '$lib/records/certificates/certificate-from-link';
import { memoryStore } from '$lib/records/key-value-store';
import { RecordsRepository } from '$lib/records/storage/records-repository';
import { editions, fields } from '../fixtures/records';

const now = new Date(2026, 11, 7, 10);
const signed = {
	policyVersion: fields.policyVersion,
	fingerprint: editions.current.fingerprint,
	signedAt: '2026-12-01T09:30:00.000Z'
};

async function issued(changes: Partial<typeof fields> = {}) {
	const certificate = { ...fields, ...changes };
	return {
		...certificate,
		code: await certificateCode(certificate),
		issuedAt: '2026-11-26T10:00:00.000Z',
		source: { kind: 'this-device' as const }
	};
}

/** Checks a link's fragment as the check page does, after a manager changes a parameter. */
async function checkLink(fragment: string, change: Record<string, string> = {}) {
	const params = new URLSearchParams(fragment);
	for (const [param, value] of Object.entries(change)) params.set(param, value);
	const link = readCertificateLink(params.toString());
	if (!link.ok) throw new Error(link.reason);
	const certificate = certificateFields(link.fields)!;
	return checkLinkedRecords(certificate, link.fields.code, link.signOff, editions.current, now);
}

async function linked(): Promise<LinkedRecords> {
	const check = await checkLink(await learnerLinkFragment(await issued(), signed));
	if (!check.ok) throw new Error(check.reason);
	return check.records;
}

describe('checking a certificate’s link before adding it', () => {
	it('keeps the certificate and sign-off, marked as added from the link today', async () => {
		const { certificate, signOff, learnerName } = await linked();
		const source = { kind: 'certificate-link', on: '2026-12-07' };
		expect(learnerName).toBe('Amira Khan');
		expect(certificate).toMatchObject({ id: fields.id, learnerName: 'Amira Khan', source });
		expect(signOff).toMatchObject({ ...signed, name: 'Amira Khan', source });
		expect(signOff?.clauseFingerprints).toEqual(editions.current.clauses);
	});

	it('tidies the name as the learner form does, and the code still matches', async () => {
		const certificate = await issued({ learnerName: '  Amira \u200B  Khan ' });
		const check = await checkLink(await learnerLinkFragment(certificate, undefined));
		expect(check.ok && check.records.certificate.learnerName).toBe('Amira Khan');
	});

	it.each([
		['an altered score', { c: '15' }, 'do not match its verification code'],
		[
			'an altered sign-off date',
			{ st: '2026-12-02T09:30:00.000Z' },
			'sign-off in this link does not match'
		],
		['a sign-off for another version', { sv: '9.9' }, 'not the certificate’s version'],
		['a damaged sign-off', { sf: 'nonsense' }, 'sign-off in this link is damaged'],
		['a name nobody could have typed', { n: '\u200B' }, 'name cannot be kept']
	])('refuses a link with %s, with the reason', async (_label, change, reason) => {
		const check = await checkLink(await learnerLinkFragment(await issued(), signed), change);
		expect(check.ok).toBe(false);
		expect(check.ok || check.reason).toContain(reason);
		expect(check.ok || check.reason).toContain('Nothing has been added.');
	});
});

describe('adding a checked certificate to the records', () => {
	function repository() {
		let next = 0;
		return new RecordsRepository(
			memoryStore(),
			() => now,
			() => `learner-${++next}`
		);
	}

	it('adds a learner by name with the certificate and sign-off, and adds nothing the second time', async () => {
		const records = repository();
		const first = await addLinkedRecords(records, await linked(), { kind: 'new' });
		expect(first).toMatchObject({ learnerAdded: true, certificateAdded: true, signOffAdded: true });
		const again = await addLinkedRecords(records, await linked(), { kind: 'new' });
		expect(again).toMatchObject({
			learner: first.learner,
			learnerAdded: false,
			certificateAdded: false,
			signOffAdded: false
		});
		expect(await records.listLearners()).toHaveLength(1);
		const progress = await records.progress(first.learner.id);
		expect(progress.certificates).toHaveLength(1);
		expect(progress.signOffs).toHaveLength(1);
	});

	it('adds to a learner of the same name when the manager says it is the same person', async () => {
		const records = repository();
		const amira = await records.addLearner('AMIRA KHAN');
		const added = await addLinkedRecords(records, await linked(), {
			kind: 'existing',
			learnerId: amira.id
		});
		expect(added).toMatchObject({ learner: amira, learnerAdded: false, certificateAdded: true });
		expect(await records.listLearners()).toHaveLength(1);
	});

	it('adds a second learner of the same name when the manager says it is someone else', async () => {
		const records = repository();
		const other = await records.addLearner('Amira Khan');
		const added = await addLinkedRecords(records, await linked(), { kind: 'new' });
		expect(added.learner.id).not.toBe(other.id);
		expect((await records.listLearners()).map((learner) => learner.name)).toEqual([
			'Amira Khan',
			'Amira Khan'
		]);
		expect((await records.progress(other.id)).certificates).toEqual([]);
	});
});
