import { describe, expect, it } from 'vitest';
import { memoryStore, type KeyValueStore } from '$lib/records/key-value-store';
import { RecordsRepository } from '$lib/records/storage/records-repository';
import { LearnerErased } from '$lib/records/learner-erased';
import { describeSetAside } from '$lib/records/set-aside';
import { pass, sampleCertificate } from '../fixtures/records';
import { SCHEMA_VERSION } from '$lib/records/storage/schema-version';
import { emptyProgress } from '$lib/records/storage/empty-progress';

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
		await records.addLearner('Sam');
		await records.updateProgress('learner-1', (progress) => progress.lessonsRead.push('tagging'));
		expect(await records.progress('learner-1')).toMatchObject({
			schemaVersion: SCHEMA_VERSION,
			lessonsRead: ['tagging']
		});
	});

	it('keeps drafts apart for each learner', async () => {
		const records = repositoryOver();
		await records.addLearner('Sam');
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
		await tabA.addLearner('Sam');
		await tabA.updateProgress('learner-1', (progress) => progress.lessonsRead.push('tagging'));
		await tabB.updateProgress('learner-1', (progress) => progress.lessonsRead.push('photographs'));
		expect((await tabA.progress('learner-1')).lessonsRead).toEqual(['tagging', 'photographs']);
	});

	it('refuses a write for a learner erased meanwhile in another tab, and stores nothing', async () => {
		const store = memoryStore();
		const tabA = repositoryOver(store);
		const tabB = repositoryOver(store);
		const sam = await tabA.addLearner('Sam');
		await tabA.eraseLearner(sam.id);

		await expect(
			tabB.updateProgress(sam.id, (progress) => progress.lessonsRead.push('tagging'))
		).rejects.toThrow(LearnerErased);
		await expect(tabB.saveDraft(sam.id, 'quiz:induction', { step: 2 })).rejects.toThrow(
			LearnerErased
		);
		expect(await store.keys()).toEqual(['learners']);
	});

	it("still keeps a guest's drafts, who is never on the list", async () => {
		const records = repositoryOver();
		await records.saveDraft('guest', 'refresher:round', { drawn: 3 });
		expect(await records.loadDraft('guest', 'refresher:round')).toEqual({ drawn: 3 });
	});
});

describe('RecordsRepository with bad stored data', () => {
	it('sets aside a record that is not an object, and carries on', async () => {
		const store = memoryStore({ learners: 'not json {', 'progress:learner-1': 42 });
		const records = repositoryOver(store);
		expect(await records.listLearners()).toEqual([]);
		expect(await records.progress('learner-1')).toMatchObject({ lessonsRead: [] });
		expect(records.setAside).toEqual([
			{
				id: 'set-aside:learners:2026-11-26T10:00:00.000Z#0',
				key: 'learners',
				reason: 'it is not a record the course can read',
				at: '2026-11-26T10:00:00.000Z'
			},
			{
				id: 'set-aside:progress:learner-1:2026-11-26T10:00:00.000Z#1',
				key: 'progress:learner-1',
				reason: 'it is not a record the course can read',
				at: '2026-11-26T10:00:00.000Z'
			}
		]);
		expect(await store.getItem(records.setAside[0]!.id)).toMatchObject({ raw: 'not json {' });
	});

	it('keeps a faithful copy of a record that is not plain JSON (a BigInt, a cycle)', async () => {
		const cyclic: Record<string, unknown> = { schemaVersion: SCHEMA_VERSION, seed: 10n };
		cyclic.self = cyclic;
		const store = memoryStore({ 'progress:sam': cyclic });
		const records = repositoryOver(store);
		await records.progress('sam');
		const copy = (await store.getItem(records.setAside[0]!.id)) as { raw: typeof cyclic };
		expect(copy.raw.seed).toBe(10n);
		expect(copy.raw.self).toBe(copy.raw);
		expect(await store.getItem('progress:sam')).toBeNull();
	});

	it('copies as the nearest JSON where the store holds only JSON', async () => {
		const store = memoryStore({ 'progress:sam': { seed: 10n } });
		const jsonOnly: KeyValueStore = {
			...store,
			setItem: (key, value) => store.setItem(key, JSON.parse(JSON.stringify(value)))
		};
		const records = repositoryOver(jsonOnly);
		await records.progress('sam');
		expect(await store.getItem(records.setAside[0]!.id)).toMatchObject({ raw: { seed: '10n' } });
	});

	it('leaves a record in place, and says so, when no copy of it can be stored', async () => {
		const store = memoryStore({ 'progress:sam': 'damaged' });
		const full: KeyValueStore = {
			...store,
			setItem: () => Promise.reject(new DOMException('Full', 'QuotaExceededError'))
		};
		const records = repositoryOver(full);
		expect(await records.progress('sam')).toMatchObject({ lessonsRead: [] });
		expect(records.setAside[0]?.reason).toMatch(/could not be copied, so it was left in place/);
		expect(await store.getItem('progress:sam')).toBe('damaged');
	});

	it('lists what was set aside on earlier visits, exports it whole, and discards one on request', async () => {
		const store = memoryStore({ 'progress:sam': 'damaged', 'progress:jo': 7 });
		await repositoryOver(store).progress('sam');
		await repositoryOver(store).progress('jo');

		const later = repositoryOver(store);
		const kept = await later.listSetAside();
		expect(kept.map(({ key }) => key)).toEqual(['progress:sam', 'progress:jo']);
		expect(JSON.parse(await later.exportSetAside([kept[0]!.id]))).toMatchObject({
			setAside: [{ key: 'progress:sam', raw: 'damaged' }]
		});

		await later.discardSetAside(kept[0]!.id);
		await later.discardSetAside('progress:jo');
		expect((await later.listSetAside()).map(({ key }) => key)).toEqual(['progress:jo']);
		expect(await store.getItem('progress:jo')).toBeNull();
	});

	it('sets aside a record of the wrong shape', async () => {
		const records = repositoryOver(
			memoryStore({ learners: { schemaVersion: SCHEMA_VERSION, learners: [{ name: 7 }] } })
		);
		expect(await records.listLearners()).toEqual([]);
		expect(records.setAside[0]?.reason).toBe('it is damaged or in an unknown format');
	});

	it('sets aside one truncated learner and keeps the others, and the copy holds the entry', async () => {
		const sam = { id: 'sam', name: 'Sam', role: '', createdAt: '2026-11-01T09:00:00.000Z' };
		const jo = { id: 'jo', name: 'Jo', role: '', createdAt: '2026-11-02T09:00:00.000Z' };
		const store = memoryStore({
			learners: { schemaVersion: SCHEMA_VERSION, learners: [sam, { id: 'cut', na: 'Ki' }, jo] }
		});
		const records = repositoryOver(store);
		expect(await records.listLearners()).toEqual([sam, jo]);
		expect(records.setAside).toMatchObject([{ key: 'learners', entry: true }]);
		expect(await store.getItem(records.setAside[0]!.id)).toMatchObject({
			raw: { id: 'cut', na: 'Ki' },
			detail: expect.stringContaining('learners.1') as unknown
		});
		expect(await repositoryOver(store).listLearners()).toEqual([sam, jo]);
	});

	it('keeps the first of two learners with one id, and sets the second aside', async () => {
		const sam = { id: 'same', name: 'Sam', role: '', createdAt: '2026-11-01T09:00:00.000Z' };
		const records = repositoryOver(
			memoryStore({
				learners: { schemaVersion: SCHEMA_VERSION, learners: [sam, { ...sam, name: 'Jo' }] }
			})
		);
		expect(await records.listLearners()).toEqual([sam]);
		expect(records.setAside).toMatchObject([
			{
				key: 'learners',
				entry: true,
				reason: 'it repeats the id of another learner on this device'
			}
		]);
	});

	it('reads a certificate stored twice, or two identical attempts, once', async () => {
		const certificate = sampleCertificate();
		const attempt = { ...pass, finishedAt: '2026-11-26T10:00:00.000Z' };
		const records = repositoryOver(
			memoryStore({
				'progress:sam': {
					...emptyProgress('sam'),
					lessonsRead: ['tagging', 'tagging'],
					quizAttempts: [attempt, attempt],
					certificates: [certificate, certificate]
				}
			})
		);
		expect(await records.progress('sam')).toMatchObject({
			lessonsRead: ['tagging'],
			quizAttempts: [attempt],
			certificates: [certificate]
		});
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

	it('finds a certificate held by any learner, with whose it is', async () => {
		const records = repositoryOver();
		await records.addLearner('Amira');
		const sam = await records.addLearner('Sam');
		await records.updateProgress(sam.id, (progress) => progress.certificates.push(certificate));
		expect(await records.findCertificate('AAAA-BBBB-CCCC')).toMatchObject({
			certificate,
			holder: { learner: sam, progress: { certificates: [certificate] } }
		});
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

	it('erases a learner when the store also holds keys that are not strings', async () => {
		const store = memoryStore();
		const foreign: KeyValueStore = {
			...store,
			keys: async () => [...(await store.keys()), 42, null] as string[]
		};
		const records = repositoryOver(foreign);
		const sam = await records.addLearner('Sam');
		await records.updateProgress(sam.id, (progress) => progress.lessonsRead.push('tagging'));
		await records.eraseLearner(sam.id);
		expect(await records.listLearners()).toEqual([]);
		expect(await store.keys()).toEqual(['learners']);
	});

	it('keeps the learner listed when erasing fails part-way, so that erasing again finishes', async () => {
		const store = memoryStore();
		let failures = 1;
		const failing: KeyValueStore = {
			...store,
			removeItem: async (key) => {
				if (failures-- > 0) throw new Error('AbortError');
				await store.removeItem(key);
			}
		};
		const records = repositoryOver(failing);
		const sam = await records.addLearner('Sam');
		await records.updateProgress(sam.id, (progress) => progress.lessonsRead.push('tagging'));
		await expect(records.eraseLearner(sam.id)).rejects.toThrow('AbortError');
		expect(await records.listLearners()).toEqual([sam]);
		await records.eraseLearner(sam.id);
		expect(await records.listLearners()).toEqual([]);
		expect(await store.keys()).toEqual(['learners']);
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
				},
				unusable: []
			},
			{
				learner: { id: 'jo-1', name: 'Jo', role: '', createdAt: '2026-11-01T09:00:00.000Z' },
				progress: emptyProgress('jo-1'),
				unusable: []
			}
		];
		expect(await records.importRecords(incoming)).toEqual({
			learnersAdded: 1,
			learnersMatched: 1,
			certificatesAdded: 1,
			signOffsSetAside: 0
		});
		expect(await records.importRecords(incoming)).toEqual({
			learnersAdded: 0,
			learnersMatched: 2,
			certificatesAdded: 0,
			signOffsSetAside: 0
		});
		expect((await records.listLearners()).map((learner) => learner.name)).toEqual(['Sam', 'Jo']);
		// Made on the other device, it arrived here in a file: the day of the first import.
		expect(await records.progress(sam.id)).toMatchObject({
			learnerId: sam.id,
			lessonsRead: ['tagging', 'photographs'],
			certificates: [{ ...certificate, source: { kind: 'imported-file', on: '2026-11-26' } }]
		});
	});
});

describe('RecordsRepository importing sign-offs', () => {
	function signedBy(name: string, policyVersion: string, signedAt: string) {
		return {
			policyVersion,
			fingerprint: '0000000000000002',
			clauseFingerprints: {},
			name,
			role: '',
			signedAt,
			source: { kind: 'this-device' as const }
		};
	}

	it('keeps each sign-off once, whether it is already here or arrives twice', async () => {
		const records = repositoryOver();
		const sam = await records.addLearner('Sam');
		const older = signedBy('Sam', '1.12.2', '2026-10-01T09:00:00.000Z');
		const current = signedBy('Sam', '1.12.3', '2026-11-01T09:00:00.000Z');
		await records.updateProgress(sam.id, (progress) => progress.signOffs.push(older));
		const incoming = [
			{
				learner: { ...sam, id: 'other-device-sam' },
				progress: { ...emptyProgress('other-device-sam'), signOffs: [current, older, current] },
				unusable: []
			}
		];
		await records.importRecords(incoming);
		await records.importRecords(incoming);
		expect((await records.progress(sam.id)).signOffs).toEqual([
			older,
			{ ...current, source: { kind: 'imported-file', on: '2026-11-26' } }
		]);
	});

	it('keeps the mark of a sign-off that reached the other device from a certificate’s link', async () => {
		const records = repositoryOver();
		const sam = await records.addLearner('Sam');
		const linked = {
			...signedBy('Sam', '1.12.3', '2026-11-01T09:00:00.000Z'),
			source: { kind: 'certificate-link' as const, on: '2026-11-02' }
		};
		await records.importRecords([
			{
				learner: { ...sam, id: 'other-device-sam' },
				progress: { ...emptyProgress('other-device-sam'), signOffs: [linked] },
				unusable: []
			}
		]);
		expect((await records.progress(sam.id)).signOffs).toEqual([linked]);
	});

	it('keeps aside, once, a sign-off it cannot use, under the learner it matched, until they are erased', async () => {
		const store = memoryStore();
		const records = repositoryOver(store);
		const sam = await records.addLearner('Sam');
		const future = signedBy('Sam', '9', '2026-11-01T09:00:00.000Z');
		const reason =
			'a sign-off in an imported file for policy version 9, newer than this course’s version 1.12.3';
		const incoming = [
			{
				learner: { ...sam, id: 'other-device-sam' },
				progress: emptyProgress('other-device-sam'),
				unusable: [{ signOff: future, where: 'learners.0.progress.signOffs.0', reason }]
			}
		];
		expect(await records.importRecords(incoming)).toEqual({
			learnersAdded: 0,
			learnersMatched: 1,
			certificatesAdded: 0,
			signOffsSetAside: 1
		});
		expect(await records.importRecords(incoming)).toMatchObject({ signOffsSetAside: 1 });

		expect(await records.listSetAside()).toEqual([
			{
				id: expect.stringMatching(/^set-aside:progress:learner-1:/) as unknown,
				key: 'progress:learner-1',
				reason,
				at: '2026-11-26T10:00:00.000Z',
				entry: true
			}
		]);
		// Nothing stored failed to read, so the notice that says so stays away.
		expect(records.setAside).toEqual([]);
		expect(JSON.parse(await records.exportSetAside())).toEqual({
			setAside: [
				{
					key: 'progress:learner-1',
					reason,
					detail: 'learners.0.progress.signOffs.0',
					at: '2026-11-26T10:00:00.000Z',
					entry: true,
					raw: future
				}
			]
		});
		expect((await records.progress(sam.id)).signOffs).toEqual([]);

		await records.eraseLearner(sam.id);
		expect(await records.listSetAside()).toEqual([]);
		expect(await store.keys()).toEqual(['learners']);
	});
});

describe('describeSetAside', () => {
	const sam = { id: 'learner-1', name: 'Sam', role: '', createdAt: '2026-11-26T10:00:00.000Z' };

	it('names a record in words a learner knows', () => {
		expect(describeSetAside({ key: 'learners' }, [sam])).toEqual({
			what: 'The list of learners on this device'
		});
		expect(describeSetAside({ key: 'learners', entry: true }, [sam])).toEqual({
			what: 'One learner in the list of learners'
		});
		expect(describeSetAside({ key: 'progress:learner-1' }, [sam])).toEqual({
			name: 'Sam',
			what: '’s progress'
		});
		expect(describeSetAside({ key: 'progress:gone' }, [sam])).toEqual({
			what: 'One learner’s progress'
		});
	});
});
