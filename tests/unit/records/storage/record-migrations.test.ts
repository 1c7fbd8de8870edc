import { describe, expect, it } from 'vitest';
import { memoryStore } from '$lib/records/key-value-store';
import {
	learnerIndexKind,
	progressKind,
	upgradeRecord
} from '$lib/records/storage/record-migrations';
import { SCHEMA_VERSION } from '$lib/records/storage/schema-version';
import { RecordsRepository } from '$lib/records/storage/records-repository';
import v1Store from '../fixtures/v1-store.json';

const AMIRA = '5f1c2d9e-0a4b-4c8e-9a51-3f0e7d2b6c11';

describe('schema version 4', () => {
	it('is the version this code writes', () => {
		expect(SCHEMA_VERSION).toBe(4);
	});
});

describe('migrating a version 1 store', () => {
	it('turns v1 progress into v4 with empty lists of certificates and sign-offs, keeping everything else', () => {
		const v1 = v1Store[`progress:${AMIRA}`];
		const result = upgradeRecord(progressKind, v1);
		expect(result).toEqual({
			ok: true,
			migrated: true,
			value: { ...v1, schemaVersion: 4, certificates: [], signOffs: [] }
		});
	});

	it('turns the v1 list of learners into v4 unchanged but for its version', () => {
		const result = upgradeRecord(learnerIndexKind, v1Store.learners);
		expect(result).toEqual({
			ok: true,
			migrated: true,
			value: { ...v1Store.learners, schemaVersion: 4 }
		});
	});

	it('reads a whole v1 store, writes the migrated records back, and sets nothing aside', async () => {
		const store = memoryStore(v1Store);
		const records = new RecordsRepository(store);
		expect((await records.listLearners()).map((learner) => learner.name)).toEqual([
			'Amira Khan',
			'مريم'
		]);
		const progress = await records.progress(AMIRA);
		expect(progress.lessonsRead).toEqual(['why-it-matters', 'friend-requests']);
		expect(progress.quizAttempts).toHaveLength(1);
		expect(progress.certificates).toEqual([]);
		expect(records.setAside).toEqual([]);
		expect(await store.getItem('learners')).toMatchObject({ schemaVersion: 4 });
		expect(await store.getItem(`progress:${AMIRA}`)).toMatchObject({
			schemaVersion: 4,
			certificates: [],
			signOffs: []
		});
		expect(await records.loadDraft(AMIRA, 'quiz:refresher')).toEqual({ step: 3 });
	});

	it('leaves a current record alone', () => {
		const current = { schemaVersion: 4, learners: [] };
		expect(upgradeRecord(learnerIndexKind, current)).toEqual({
			ok: true,
			migrated: false,
			value: current
		});
	});
});

describe('migrating version 2 records', () => {
	const v2Progress = {
		...v1Store[`progress:${AMIRA}`],
		schemaVersion: 2,
		certificates: []
	};

	it('turns v2 progress into v4 with no sign-offs, keeping everything else', () => {
		expect(upgradeRecord(progressKind, v2Progress)).toEqual({
			ok: true,
			migrated: true,
			value: { ...v2Progress, schemaVersion: 4, signOffs: [] }
		});
	});

	it('refuses v2 progress that is damaged, before it is migrated', () => {
		const result = upgradeRecord(progressKind, { ...v2Progress, certificates: 'none' });
		expect(result).toMatchObject({ ok: false, problem: 'damaged' });
		expect(result.ok || result.detail).toMatch(/^certificates/);
	});

	it('refuses a v3 sign-off with a fingerprint that is not one the course makes', () => {
		const signOff = {
			policyVersion: '1',
			fingerprint: 'not hex',
			clauseFingerprints: {},
			name: 'Amira Khan',
			role: '',
			signedAt: '2026-01-01T10:00:00.000Z'
		};
		const result = upgradeRecord(progressKind, {
			...v2Progress,
			schemaVersion: 3,
			signOffs: [signOff]
		});
		expect(result).toMatchObject({ ok: false, problem: 'damaged' });
		expect(result.ok || result.detail).toMatch(/^signOffs\.0\.fingerprint/);
	});
});

describe('migrating version 3 records', () => {
	const certificate = {
		id: '7K3M-Q9XA-2BFD',
		learnerName: 'Amira Khan',
		settingName: 'St Joseph’s Pre-school',
		courseTitle: 'Social networking and you',
		courseVersion: '1.0',
		journey: 'induction',
		completedOn: '2026-11-26',
		correct: 13,
		total: 15,
		passMark: 80,
		validUntil: '2027-11-26',
		policyVersion: '1.12.3',
		policyReviewed: '2026-09-01',
		code: 'ABCDE-12345',
		issuedAt: '2026-11-26T10:00:00.000Z'
	};
	const signOff = {
		policyVersion: '1.12.3',
		fingerprint: '0123456789abcdef',
		clauseFingerprints: { tagging: '0123456789abcdef' },
		name: 'Amira Khan',
		role: '',
		signedAt: '2026-11-27T10:00:00.000Z'
	};
	const v3Progress = {
		...v1Store[`progress:${AMIRA}`],
		schemaVersion: 3,
		certificates: [certificate],
		signOffs: [signOff]
	};

	it('marks every stored certificate and sign-off as made on this device', () => {
		expect(upgradeRecord(progressKind, v3Progress)).toEqual({
			ok: true,
			migrated: true,
			value: {
				...v3Progress,
				schemaVersion: 4,
				certificates: [{ ...certificate, source: { kind: 'this-device' } }],
				signOffs: [{ ...signOff, source: { kind: 'this-device' } }]
			}
		});
	});

	it('writes the marked records back to the store', async () => {
		const store = memoryStore({
			learners: { ...v1Store.learners, schemaVersion: 3 },
			[`progress:${AMIRA}`]: v3Progress
		});
		const progress = await new RecordsRepository(store).progress(AMIRA);
		expect(progress.certificates[0]?.source).toEqual({ kind: 'this-device' });
		expect(await store.getItem(`progress:${AMIRA}`)).toMatchObject({
			schemaVersion: 4,
			signOffs: [{ source: { kind: 'this-device' } }]
		});
	});

	it('ignores a source a version 3 record claims, as version 3 never wrote one', () => {
		const claimed = {
			...v3Progress,
			certificates: [{ ...certificate, source: { kind: 'certificate-link', on: '2026-12-07' } }]
		};
		const result = upgradeRecord(progressKind, claimed);
		expect(result.ok && result.value.certificates[0]?.source).toEqual({ kind: 'this-device' });
	});
});

describe('records that cannot be migrated', () => {
	it('refuses a v1 record that is damaged, naming what is wrong', () => {
		const damaged = { ...v1Store[`progress:${AMIRA}`], lessonsRead: 'all of them' };
		expect(upgradeRecord(progressKind, damaged)).toMatchObject({
			ok: false,
			problem: 'damaged',
			detail: expect.stringContaining('lessonsRead') as unknown
		});
	});

	it('refuses a record from a newer version', () => {
		expect(upgradeRecord(learnerIndexKind, { schemaVersion: 5, learners: [] })).toMatchObject({
			ok: false,
			problem: 'newer',
			reason: 'it was saved by a newer version of the course'
		});
	});

	it.each([
		['text that is not JSON', 'not json {'],
		['a number', 42],
		['a list', []],
		['nothing at all', null]
	])('refuses %s', (_label, raw) => {
		expect(upgradeRecord(progressKind, raw)).toMatchObject({ ok: false, problem: 'not-a-record' });
	});

	it.each([
		['no version', { learners: [] }],
		['a version 0', { schemaVersion: 0, learners: [] }],
		['a version that is text', { schemaVersion: '2', learners: [] }]
	])('refuses a record with %s', (_label, raw) => {
		expect(upgradeRecord(learnerIndexKind, raw)).toMatchObject({ ok: false, problem: 'damaged' });
	});
});
