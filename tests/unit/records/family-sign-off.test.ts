import { describe, expect, it } from 'vitest';
import { CourseRecords } from '$lib/records/course-records.svelte';
import {
	FAMILY_ROLE,
	familySignOffRows,
	signAsFamily,
	staffAndFamilies
} from '$lib/records/family-sign-off';
import { memoryStore } from '$lib/records/key-value-store';
import { course, editions } from './fixtures/records';

async function connected() {
	const records = new CourseRecords(() => course);
	await records.connect(async () => memoryStore());
	return records;
}

describe('a family signs what the policy asks of families', () => {
	it('is kept apart from staff, and whoever was learning stays the learner', async () => {
		const records = await connected();
		await records.addLearner('Amira Khan', 'Nursery assistant');
		expect(await signAsFamily(records, editions.current, '  Jo   Parent ')).toBe(true);

		expect(records.learner?.name).toBe('Amira Khan');
		const { staff, families } = staffAndFamilies(await records.everyone());
		expect(staff.map(({ learner }) => learner.name)).toEqual(['Amira Khan']);
		expect(families.map(({ learner }) => [learner.name, learner.role])).toEqual([
			['Jo Parent', FAMILY_ROLE]
		]);
		const rows = familySignOffRows(families, editions.current);
		expect(rows).toMatchObject([
			{ name: 'Jo Parent', current: true, signOff: { policyVersion: editions.current.version } }
		]);
	});

	it('leaves nobody learning when nobody was', async () => {
		const records = await connected();
		expect(await signAsFamily(records, editions.current, 'Jo Parent')).toBe(true);
		expect(records.learner).toBeUndefined();
	});

	it('keeps nothing for a name of spaces', async () => {
		const records = await connected();
		expect(await signAsFamily(records, editions.current, '   ')).toBe(false);
		expect(await records.everyone()).toEqual([]);
	});

	it('shows a sign-off of an older edition as older', async () => {
		const records = await connected();
		await signAsFamily(records, editions.current, 'Jo Parent');
		const { families } = staffAndFamilies(await records.everyone());
		expect(familySignOffRows(families, editions.old)).toMatchObject([
			{ name: 'Jo Parent', current: false }
		]);
	});
});
