import { describe, expect, it } from 'vitest';
import { certificateCode } from '$lib/records/certificates/certificate-code';
import type { Certificate, LearnerProgress, SignOff } from '$lib/records/storage/record-schema';
import { emptyProgress } from '$lib/records/storage/empty-progress';
import {
	checkRecordsAgainst,
	type CheckedLearnerRecords,
	type LearnerRecords
} from '$lib/records/records-transfer';
import { contents, fields } from './fixtures/records';

const amira = {
	id: 'amira-1',
	name: fields.learnerName,
	role: '',
	createdAt: '2026-11-01T09:00:00.000Z'
};

async function genuine(): Promise<Certificate> {
	return {
		...fields,
		code: await certificateCode(fields),
		issuedAt: '2026-11-26T10:00:00.000Z',
		source: { kind: 'this-device' as const }
	};
}

function holding(changes: Partial<LearnerProgress>, learner = amira): LearnerRecords {
	return { learner, progress: { ...emptyProgress(learner.id), ...changes } };
}

async function problemWith(learners: LearnerRecords[]) {
	const result = await checkRecordsAgainst(learners, contents);
	return result.ok ? undefined : result.problem;
}

/** Why the check took Amira's one sign-off out of her progress to be kept aside, if it did. */
async function whyTakenOut(one: SignOff) {
	const result = await checkRecordsAgainst([holding({ signOffs: [one] })], contents);
	if (!result.ok) return result.problem;
	const [{ progress, unusable }] = result.learners as [CheckedLearnerRecords];
	const aside =
		unusable.length === 1 && JSON.stringify(unusable[0]!.signOff) === JSON.stringify(one);
	return progress.signOffs.length === 0 && aside ? unusable[0]!.reason : 'it was not taken out';
}

describe('checkRecordsAgainst', () => {
	it('lets through a learner with a genuine certificate and progress in this course', async () => {
		const records = holding({
			lessonsRead: ['tagging'],
			scenarios: {
				'tagged-by-cousin': {
					endingId: 'asked',
					outcome: 'follows',
					path: ['start', 'asked'],
					finishedAt: '2026-11-02T09:00:00.000Z'
				}
			},
			certificates: [await genuine()]
		});
		expect(await checkRecordsAgainst([records], contents)).toEqual({
			ok: true,
			learners: [{ ...records, unusable: [] }]
		});
	});

	it('refuses a certificate whose expiry date was edited', async () => {
		const edited = { ...(await genuine()), validUntil: '2099-12-31' };
		expect(await problemWith([holding({ certificates: [edited] })])).toMatch(
			/does not match its verification code.*Nothing has been changed/
		);
	});

	it('refuses a certificate with a made-up code', async () => {
		const madeUp = { ...(await genuine()), code: 'AAAAA-AAAAA' };
		expect(await problemWith([holding({ certificates: [madeUp] })])).toMatch(
			/does not match its verification code/
		);
	});

	it("refuses a certificate in someone else's name", async () => {
		const theirs = holding({ certificates: [await genuine()] }, { ...amira, name: 'Sam Lee' });
		expect(await problemWith([theirs])).toMatch(/another person's name/);
	});

	it('refuses one learner listed twice', async () => {
		expect(await problemWith([holding({}), holding({})])).toMatch(/one learner twice/);
	});

	it('refuses progress in lessons or scenarios this course does not have', async () => {
		const lessons = Array.from({ length: 500 }, (_, index) => `lesson-${index}`);
		expect(await problemWith([holding({ lessonsRead: lessons })])).toMatch(
			/a lesson this course does not have/
		);
		const scenario = {
			endingId: 'x',
			outcome: 'follows' as const,
			path: ['x'],
			finishedAt: '2026-11-02T09:00:00.000Z'
		};
		expect(await problemWith([holding({ scenarios: { invented: scenario } })])).toMatch(
			/a scenario this course does not have/
		);
	});

	it('takes out a sign-off for a policy version newer than the course, says why, and lets the rest through', async () => {
		const good = signOff('1.12.3');
		const future = signOff('1.12.10');
		const records = holding({ lessonsRead: ['tagging'], signOffs: [good, future] });
		expect(await checkRecordsAgainst([records], contents)).toEqual({
			ok: true,
			learners: [
				{
					learner: amira,
					progress: { ...records.progress, signOffs: [good] },
					unusable: [
						{
							signOff: future,
							where: 'learners.0.progress.signOffs.1',
							reason:
								'a sign-off in an imported file for policy version 1.12.10, newer than this course’s version 1.12.3'
						}
					]
				}
			]
		});
	});

	it('takes out a sign-off that claims this version but not the words this course was built with', async () => {
		const otherWords = { ...signOff('1.12.3'), fingerprint: 'ffffffffffffffff' };
		expect(await whyTakenOut(otherWords)).toBe(
			'a sign-off in an imported file for policy version 1.12.3 with other words than this course’s version 1.12.3'
		);
	});

	it('keeps a sign-off of an older version, whatever its words', async () => {
		const older = { ...signOff('1.9'), fingerprint: 'ffffffffffffffff' };
		const records = holding({ signOffs: [older] });
		expect(await checkRecordsAgainst([records], contents)).toEqual({
			ok: true,
			learners: [{ ...records, unusable: [] }]
		});
	});

	it("takes out a sign-off in another name than its learner's", async () => {
		const theirs = { ...signOff('1.12.3'), name: 'Someone Else' };
		expect(await whyTakenOut(theirs)).toBe(
			'a sign-off in an imported file in another person’s name than its learner’s'
		);
	});

	it('still refuses the whole file for an altered certificate beside a sign-off it cannot use', async () => {
		const edited = { ...(await genuine()), validUntil: '2099-12-31' };
		const records = holding({ certificates: [edited], signOffs: [signOff('2.0')] });
		expect(await problemWith([records])).toMatch(/does not match its verification code/);
	});
});

/** A sign-off by Amira, typed in capitals, of the version given with this course's words. */
function signOff(policyVersion: string) {
	return {
		policyVersion,
		fingerprint: contents.policy.fingerprint,
		clauseFingerprints: {},
		name: fields.learnerName.toUpperCase(),
		role: 'Room leader',
		signedAt: '2026-11-26T10:00:00.000Z',
		source: { kind: 'this-device' as const }
	};
}
