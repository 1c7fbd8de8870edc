import { describe, expect, it } from 'vitest';
import { memoryStore } from '../../../../src/lib/records/key-value-store';
import { RecordsRepository } from '../../../../src/lib/records/storage/records-repository';
import { describeSetAside } from '../../../../src/lib/records/set-aside';
import { sampleCertificate } from '../fixtures/records';
import { SCHEMA_VERSION, emptyProgress } from '../../../../src/lib/records/storage/record-schema';

const clock = () => new Date('2026-11-26T10:00:00.000Z');

function repositoryOver(store = memoryStore()) {
	let next = 0;
	return new RecordsRepository(store, clock, () => `learner-${++next}`);
}

describe('RecordsRepository learners', () => {
	it('adds learners with a tidy name and lists them', async () => {
		const records = repositoryOver();
		await records.addLearner('  Sam  Jones ', ' Room leader ');
		expect(await records.listLearners()).toEqual([
			{
				id: 'learner-1',
				name: 'Sam Jones',
				role: 'Room leader',
				createdAt: '2026-11-26T10:00:00.000Z'
			}
		]);
	});

	it('returns the learner already on the device for the same name, in any case', async () => {
		const records = repositoryOver();
		const first = await records.addLearner('Sam Jones');
		expect(await records.addLearner('sam jones')).toEqual(first);
		expect(await records.listLearners()).toHaveLength(1);
	});

	it('refuses a name that is too long, and stores nothing', async () => {
		const records = repositoryOver();
		await expect(records.addLearner('x'.repeat(10_000))).rejects.toThrow('at most 80 characters');
		expect(await records.listLearners()).toEqual([]);
	});

	it('remembers who is using the device now', async () => {
		const records = repositoryOver();
		const learner = await records.addLearner('Sam');
		await records.setCurrentLearner(learner.id);
		expect(await records.currentLearnerId()).toBe(learner.id);
		await records.setCurrentLearner(undefined);
		expect(await records.currentLearnerId()).toBeUndefined();
	});
});

describe('RecordsRepository progress and drafts', () => {
	it('starts a learner with empty progress and keeps changes', async () => {
		const records = repositoryOver();
		await records.updateProgress('learner-1', (progress) => progress.lessonsRead.push('tagging'));
		expect(await records.progress('learner-1')).toMatchObject({
			schemaVersion: SCHEMA_VERSION,
			lessonsRead: ['tagging']
		});
	});

	it('keeps drafts apart for each learner', async () => {
		const records = repositoryOver();
		await records.saveDraft('learner-1', 'scenario:x', { node: 'a' });
		await records.saveDraft('guest', 'scenario:x', { node: 'b' });
		expect(await records.loadDraft('learner-1', 'scenario:x')).toEqual({ node: 'a' });
		await records.clearDraft('learner-1', 'scenario:x');
		expect(await records.loadDraft('learner-1', 'scenario:x')).toBeUndefined();
		expect(await records.loadDraft('guest', 'scenario:x')).toEqual({ node: 'b' });
	});

	it('loses no write when two tabs change the same learner one after the other', async () => {
		const store = memoryStore();
		const tabA = repositoryOver(store);
		const tabB = repositoryOver(store);
		await tabA.updateProgress('learner-1', (progress) => progress.lessonsRead.push('tagging'));
		await tabB.updateProgress('learner-1', (progress) => progress.lessonsRead.push('photographs'));
		expect((await tabA.progress('learner-1')).lessonsRead).toEqual(['tagging', 'photographs']);
	});
});

describe('RecordsRepository with bad stored data', () => {
	it('sets aside a record that is not an object, and carries on', async () => {
		const store = memoryStore({ learners: 'not json {', 'progress:learner-1': 42 });
		const records = repositoryOver(store);
		expect(await records.listLearners()).toEqual([]);
		expect(await records.progress('learner-1')).toMatchObject({ lessonsRead: [] });
		expect(records.setAside).toEqual([
			{ key: 'learners', reason: 'it is not a record the course can read' },
			{ key: 'progress:learner-1', reason: 'it is not a record the course can read' }
		]);
		expect(await store.getItem('set-aside:learners:2026-11-26T10:00:00.000Z')).toMatchObject({
			raw: 'not json {'
		});
	});

	it('sets aside a record of the wrong shape', async () => {
		const records = repositoryOver(
			memoryStore({ learners: { schemaVersion: SCHEMA_VERSION, learners: [{ name: 7 }] } })
		);
		expect(await records.listLearners()).toEqual([]);
		expect(records.setAside[0]?.reason).toBe('it is damaged or in an unknown format');
	});

	it('sets aside a record from a newer version of the course, and says so', async () => {
		const records = repositoryOver(
			memoryStore({ learners: { schemaVersion: SCHEMA_VERSION + 1, learners: [] } })
		);
		expect(await records.listLearners()).toEqual([]);
		expect(records.setAside[0]?.reason).toBe('it was saved by a newer version of the course');
	});

	it('keeps a good learner list when only one learner’s progress is damaged', async () => {
		const store = memoryStore();
		const records = repositoryOver(store);
		await records.addLearner('Sam');
		await store.setItem('progress:learner-1', { schemaVersion: SCHEMA_VERSION, lessonsRead: 'x' });
		expect(await records.progress('learner-1')).toMatchObject({ lessonsRead: [] });
		expect((await records.listLearners()).map((learner) => learner.name)).toEqual(['Sam']);
	});
});

describe('RecordsRepository names at the limit', () => {
	it('keeps a learner whose name is 80 emoji, which is 160 UTF-16 units, after a re-read', async () => {
		const store = memoryStore();
		const name = '👩🏽'.repeat(40);
		await repositoryOver(store).addLearner(name);
		const again = repositoryOver(store);
		expect((await again.listLearners()).map((learner) => learner.name)).toEqual([name]);
		expect(again.setAside).toEqual([]);
	});

	it('cuts a long role to 80 characters without splitting an emoji', async () => {
		const records = repositoryOver();
		const learner = await records.addLearner('Sam', '🍼'.repeat(100));
		expect([...learner.role]).toHaveLength(80);
		expect(learner.role).toBe('🍼'.repeat(80));
	});
});

describe('RecordsRepository certificates, erasing and importing', () => {
	const certificate = sampleCertificate({ id: 'AAAA-BBBB-CCCC' });

	it('finds a certificate held by any learner', async () => {
		const records = repositoryOver();
		await records.addLearner('Amira');
		const sam = await records.addLearner('Sam');
		await records.updateProgress(sam.id, (progress) => progress.certificates.push(certificate));
		expect(await records.findCertificate('AAAA-BBBB-CCCC')).toEqual(certificate);
		expect(await records.findCertificate('ZZZZ-ZZZZ-ZZZZ')).toBeUndefined();
	});

	it('erases one learner and everything kept for them, and no one else', async () => {
		const store = memoryStore();
		const records = repositoryOver(store);
		const amira = await records.addLearner('Amira');
		const sam = await records.addLearner('Sam');
		await records.setCurrentLearner(sam.id);
		for (const learner of [amira, sam]) {
			await records.updateProgress(learner.id, (progress) => progress.lessonsRead.push('x'));
			await records.saveDraft(learner.id, 'quiz:induction', { step: 1 });
		}
		await store.setItem(`progress:${sam.id}`, 'damaged');
		await records.progress(sam.id);

		await records.eraseLearner(sam.id);

		expect(await records.listLearners()).toEqual([amira]);
		expect(await records.currentLearnerId()).toBeUndefined();
		expect((await store.keys()).sort()).toEqual([
			`draft:${amira.id}:quiz:induction`,
			'learners',
			`progress:${amira.id}`
		]);
	});

	it('imports learners, matching those already here by id or by name, and adds nothing twice', async () => {
		const records = repositoryOver();
		const sam = await records.addLearner('Sam');
		await records.updateProgress(sam.id, (progress) => progress.lessonsRead.push('tagging'));
		const incoming = [
			{
				learner: { ...sam, id: 'other-device-sam', name: 'SAM' },
				progress: {
					...emptyProgress('other-device-sam'),
					lessonsRead: ['photographs'],
					certificates: [certificate]
				}
			},
			{
				learner: { id: 'jo-1', name: 'Jo', role: '', createdAt: '2026-11-01T09:00:00.000Z' },
				progress: emptyProgress('jo-1')
			}
		];
		expect(await records.importRecords(incoming)).toEqual({
			learnersAdded: 1,
			learnersMatched: 1,
			certificatesAdded: 1
		});
		expect(await records.importRecords(incoming)).toEqual({
			learnersAdded: 0,
			learnersMatched: 2,
			certificatesAdded: 0
		});
		expect((await records.listLearners()).map((learner) => learner.name)).toEqual(['Sam', 'Jo']);
		expect(await records.progress(sam.id)).toMatchObject({
			learnerId: sam.id,
			lessonsRead: ['tagging', 'photographs'],
			certificates: [certificate]
		});
	});
});

describe('describeSetAside', () => {
	const sam = { id: 'learner-1', name: 'Sam', role: '', createdAt: '2026-11-26T10:00:00.000Z' };

	it('names a record in words a learner knows', () => {
		const reason = 'it is damaged or in an unknown format';
		expect(describeSetAside({ key: 'learners', reason }, [sam])).toEqual({
			what: 'The list of learners on this device'
		});
		expect(describeSetAside({ key: 'progress:learner-1', reason }, [sam])).toEqual({
			name: 'Sam',
			what: '’s progress'
		});
		expect(describeSetAside({ key: 'progress:gone', reason }, [sam])).toEqual({
			what: 'One learner’s progress'
		});
	});
});
