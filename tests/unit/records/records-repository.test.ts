import { describe, expect, it } from 'vitest';
import { memoryStore } from '../../../src/lib/records/key-value-store';
import { RecordsRepository } from '../../../src/lib/records/records-repository';
import { SCHEMA_VERSION } from '../../../src/lib/records/record-schema';

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
