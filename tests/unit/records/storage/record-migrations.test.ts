import { describe, expect, it } from 'vitest';
import { memoryStore } from '$lib/records/key-value-store';
import {
	learnerIndexKind,
	progressKind,
	upgradeRecord
} from '$lib/records/storage/record-migrations';
import { SCHEMA_VERSION } from '$lib/records/storage/record-schema';
import { RecordsRepository } from '$lib/records/storage/records-repository';
import v1Store from '../fixtures/v1-store.json';

const AMIRA = '5f1c2d9e-0a4b-4c8e-9a51-3f0e7d2b6c11';

describe('schema version 3', () => {
	it('is the version this code writes', () => {
		expect(SCHEMA_VERSION).toBe(3);
	});
});

describe('migrating a version 1 store', () => {
	it('turns v1 progress into v3 with empty lists of certificates and sign-offs, keeping everything else', () => {
		const v1 = v1Store[`progress:${AMIRA}`];
		const result = upgradeRecord(progressKind, v1);
		expect(result).toEqual({
			ok: true,
			migrated: true,
			value: { ...v1, schemaVersion: 3, certificates: [], signOffs: [] }
		});
	});

	it('turns the v1 list of learners into v3 unchanged but for its version', () => {
		const result = upgradeRecord(learnerIndexKind, v1Store.learners);
		expect(result).toEqual({
			ok: true,
			migrated: true,
			value: { ...v1Store.learners, schemaVersion: 3 }
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
		expect(await store.getItem('learners')).toMatchObject({ schemaVersion: 3 });
		expect(await store.getItem(`progress:${AMIRA}`)).toMatchObject({
			schemaVersion: 3,
			certificates: [],
			signOffs: []
		});
		expect(await records.loadDraft(AMIRA, 'quiz:refresher')).toEqual({ step: 3 });
	});

	it('leaves a current record alone', () => {
		const current = { schemaVersion: 3, learners: [] };
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

	it('turns v2 progress into v3 with no sign-offs, keeping everything else', () => {
		expect(upgradeRecord(progressKind, v2Progress)).toEqual({
			ok: true,
			migrated: true,
			value: { ...v2Progress, schemaVersion: 3, signOffs: [] }
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
		expect(upgradeRecord(learnerIndexKind, { schemaVersion: 4, learners: [] })).toMatchObject({
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
