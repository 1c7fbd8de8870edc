import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { CourseRecords } from '$lib/records/course-records.svelte';
import { codeMatches } from '$lib/records/certificates/certificate-code';
import { memoryStore } from '$lib/records/key-value-store';
import { contents, course, editions, pass } from './fixtures/records';

async function connected(store = memoryStore()) {
	const records = new CourseRecords(() => course);
	await records.connect(async () => store);
	return records;
}

describe('CourseRecords.recordQuizAttempt', () => {
	it('issues a certificate for a pass, keeps it with the attempt, and returns it', async () => {
		const store = memoryStore();
		const records = await connected(store);
		await records.addLearner('  Amira   Khan ');
		const certificate = await records.recordQuizAttempt(pass);

		expect(certificate).toMatchObject({
			learnerName: 'Amira Khan',
			settingName: course.settingName,
			journey: 'induction',
			correct: 13,
			total: 15,
			passMark: 80
		});
		expect(await codeMatches(certificate!, certificate!.code)).toBe(true);
		expect(records.progress?.quizAttempts).toHaveLength(1);
		expect(records.progress?.certificates).toEqual([certificate]);

		const afterReload = await connected(store);
		expect(afterReload.learner?.name).toBe('Amira Khan');
		expect((await afterReload.findCertificate(certificate!.id))?.certificate).toEqual(certificate);
	});

	it('records a fail with no certificate', async () => {
		const records = await connected();
		await records.addLearner('Sam');
		expect(await records.recordQuizAttempt({ ...pass, correct: 5 })).toBeUndefined();
		expect(records.progress).toMatchObject({ quizAttempts: [{ passed: false }], certificates: [] });
	});

	it('records nothing when nobody has said who they are', async () => {
		const records = await connected();
		expect(await records.recordQuizAttempt(pass)).toBeUndefined();
		expect(await records.everyone()).toEqual([]);
	});

	it('issues a new certificate for each pass, so a refresher adds to the induction', async () => {
		const records = await connected();
		await records.addLearner('Sam');
		const first = await records.recordQuizAttempt(pass);
		const second = await records.recordQuizAttempt({ ...pass, journey: 'refresher' });
		expect(first?.id).not.toBe(second?.id);
		expect(records.progress?.certificates.map((held) => held.journey)).toEqual([
			'induction',
			'refresher'
		]);
	});
});

describe('CourseRecords when the learner is erased in another tab', () => {
	it('keeps nothing of what other tabs do next, and each says whose records were erased', async () => {
		// As in the browser before the erasing tab's message arrives: the other tabs still show Sam.
		vi.stubGlobal('BroadcastChannel', undefined);
		onTestFinished(() => void vi.unstubAllGlobals());
		const store = memoryStore();
		const eraser = await connected(store);
		const sam = (await eraser.addLearner('Sam Jones'))!;
		const marking = await connected(store);
		const drafting = await connected(store);
		const finishing = await connected(store);
		await eraser.eraseLearner(sam.id);

		expect(await marking.markLessonRead('tagging')).toBe(false);
		await expect(drafting.saveDraft('quiz:induction', { step: 2 })).rejects.toThrow();
		await expect(finishing.recordQuizAttempt(pass)).rejects.toThrow();
		for (const tab of [marking, drafting, finishing]) {
			expect(tab.erasedMeanwhile).toBe('Sam Jones');
			expect(tab.notSaved).toBeUndefined();
			expect(tab.learner).toBeUndefined();
		}
		expect(await store.keys()).toEqual(['learners']);

		await marking.addLearner('Ann');
		expect(marking.erasedMeanwhile).toBeUndefined();
	});

	it('keeps a quiz for the learner who took it, not for whoever is chosen when it ends', async () => {
		const store = memoryStore();
		const tab = await connected(store);
		const sam = (await tab.addLearner('Sam'))!;
		const finishing = tab.recordQuizAttempt(pass);
		await tab.addLearner('Ann');
		const certificate = await finishing;
		expect(certificate?.learnerName).toBe('Sam');
		expect(tab.learner?.name).toBe('Ann');
		expect(tab.progress?.quizAttempts).toEqual([]);
		expect((await tab.findCertificate(certificate!.id))?.holder.learner.id).toBe(sam.id);
	});
});

describe('CourseRecords when storage is unavailable', () => {
	it('says so, and still records progress for this visit', async () => {
		const records = new CourseRecords(() => course);
		await records.connect(() => Promise.reject(new Error('No available storage method found')));
		expect(records.storage).toBe('unavailable');
		await records.addLearner('Sam');
		expect(await records.recordQuizAttempt(pass)).toBeDefined();
		expect(records.progress?.certificates).toHaveLength(1);
	});
});

describe('CourseRecords import', () => {
	it('changes nothing when the file is malformed, and says what is wrong', async () => {
		const store = memoryStore();
		const records = await connected(store);
		await records.addLearner('Sam');
		const before = await records.everyone();
		expect(await records.importRecords('{"format":"something-else"}', contents)).toEqual({
			ok: false,
			problem: expect.stringContaining('not a records file from this course') as unknown
		});
		expect(await records.everyone()).toEqual(before);
	});

	it('round-trips an export into another device', async () => {
		const here = await connected();
		await here.addLearner('Sam');
		await here.recordQuizAttempt(pass);
		const there = await connected();
		expect(await there.importRecords(await here.exportRecords(), contents)).toEqual({
			ok: true,
			summary: { learnersAdded: 1, learnersMatched: 0, certificatesAdded: 1, signOffsSetAside: 0 }
		});
		expect((await there.everyone())[0]?.progress.certificates).toHaveLength(1);
	});

	it('imports a learner whose sign-off is for a later policy, and lists that sign-off as set aside', async () => {
		const here = await connected();
		await here.addLearner('Amira Khan');
		await here.signPolicy({ ...editions.current, version: '2.0' }, 'Amira Khan', '');
		const there = await connected();
		expect(await there.importRecords(await here.exportRecords(), contents)).toEqual({
			ok: true,
			summary: { learnersAdded: 1, learnersMatched: 0, certificatesAdded: 0, signOffsSetAside: 1 }
		});
		const [amira] = await there.everyone();
		expect(amira?.progress.signOffs).toEqual([]);
		expect(there.keptAside).toMatchObject([
			{
				key: `progress:${amira?.learner.id}`,
				entry: true,
				reason:
					'a sign-off in an imported file for policy version 2.0, newer than this course’s version 1.12.3'
			}
		]);
		expect(there.setAside).toEqual([]);
	});
});

describe('CourseRecords.signPolicy', () => {
	it('signs for the learner who types their own name, and refuses another name', async () => {
		const records = await connected();
		await records.addLearner('Amira Khan', 'Room leader');
		expect(await records.signPolicy(editions.current, 'Sam Jones', '')).toBe(false);
		expect(records.progress?.signOffs).toEqual([]);
		expect(await records.signPolicy(editions.current, 'amira khan', 'Room leader')).toBe(true);
		expect(records.progress?.signOffs).toMatchObject([
			{ policyVersion: '1.12.3', fingerprint: editions.current.fingerprint, name: 'amira khan' }
		]);
	});

	it('keeps one sign-off when two tabs sign the same edition at once', async () => {
		const store = memoryStore();
		const first = await connected(store);
		await first.addLearner('Amira Khan');
		const second = await connected(store);
		await Promise.all([
			first.signPolicy(editions.current, 'Amira Khan', ''),
			second.signPolicy(editions.current, 'Amira Khan', '')
		]);
		const reread = await connected(store);
		expect(reread.progress?.signOffs).toHaveLength(1);
	});
});
