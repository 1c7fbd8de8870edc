import { describe, expect, it } from 'vitest';
import { certificateCode } from '../../../../src/lib/records/certificates/certificate-code';
import {
	emptyProgress,
	type Certificate,
	type LearnerProgress
} from '../../../../src/lib/records/storage/record-schema';
import {
	checkRecordsAgainst,
	type LearnerRecords
} from '../../../../src/lib/records/storage/records-transfer';
import { contents, fields } from '../fixtures/records';

const amira = {
	id: 'amira-1',
	name: fields.learnerName,
	role: '',
	createdAt: '2026-11-01T09:00:00.000Z'
};

async function genuine(): Promise<Certificate> {
	return { ...fields, code: await certificateCode(fields), issuedAt: '2026-11-26T10:00:00.000Z' };
}

function holding(changes: Partial<LearnerProgress>, learner = amira): LearnerRecords {
	return { learner, progress: { ...emptyProgress(learner.id), ...changes } };
}

async function problemWith(learners: LearnerRecords[]) {
	const result = await checkRecordsAgainst(learners, contents);
	return result.ok ? undefined : result.problem;
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
			learners: [records]
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

	it('refuses a sign-off for a policy version newer than the one this course was built with', async () => {
		const records = holding({ signOffs: [signOff('1.12.10')] });
		expect(await problemWith([records])).toBe(
			"This file is damaged: learners.0 signed policy version 1.12.10, which is newer than this course's 1.12.3. Nothing has been changed."
		);
		expect(await problemWith([holding({ signOffs: [signOff('1.9')] })])).toBeUndefined();
	});

	it("refuses a sign-off in another name than its learner's", async () => {
		const records = holding({ signOffs: [{ ...signOff('1.12.3'), name: 'Someone Else' }] });
		expect(await problemWith([records])).toMatch(/sign-off in another person's name/);
	});
});

function signOff(policyVersion: string) {
	return {
		policyVersion,
		fingerprint: '0123456789abcdef',
		clauseFingerprints: {},
		name: fields.learnerName.toUpperCase(),
		role: 'Room leader',
		signedAt: '2026-11-26T10:00:00.000Z'
	};
}
