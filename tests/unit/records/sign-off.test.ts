import { describe, expect, it } from 'vitest';
import {
	changedClauses,
	compareVersions,
	nameConfirms,
	signOffOf,
	signOffStatus
} from '$lib/records/sign-off';
import { emptyProgress } from '$lib/records/storage/record-schema';
import { editions } from './fixtures/records';

const at = '2026-11-26T10:00:00.000Z';

describe('signOffStatus', () => {
	it('is never for a learner with no sign-off', () => {
		expect(signOffStatus(emptyProgress('sam'), editions.current)).toBe('never');
	});

	it('is signed once the learner has signed this edition, whatever they signed before', () => {
		const progress = {
			...emptyProgress('sam'),
			signOffs: [signOffOf(editions.old, 'Sam', '', at), signOffOf(editions.current, 'Sam', '', at)]
		};
		expect(signOffStatus(progress, editions.current)).toBe('signed');
	});

	it('needs the new version when only an older version was signed', () => {
		const progress = {
			...emptyProgress('sam'),
			signOffs: [signOffOf(editions.old, 'Sam', '', at)]
		};
		expect(signOffStatus(progress, editions.current)).toBe('needs-new-version');
	});

	it('needs the new version when the words changed under the same version', () => {
		const edited = { ...editions.current, fingerprint: 'ffffffffffffffff' };
		const progress = {
			...emptyProgress('sam'),
			signOffs: [signOffOf(editions.current, 'Sam', '', at)]
		};
		expect(signOffStatus(progress, edited)).toBe('needs-new-version');
	});
});

describe('changedClauses', () => {
	it('names the clauses added, removed and with changed words', () => {
		expect(changedClauses(editions.old.clauses, editions.current)).toEqual({
			added: ['new'],
			removed: ['old'],
			changed: ['tagging']
		});
	});

	it('finds nothing between an edition and itself', () => {
		expect(changedClauses(editions.current.clauses, editions.current)).toEqual({
			added: [],
			removed: [],
			changed: []
		});
	});
});

describe('nameConfirms', () => {
	it('accepts the learner’s own name with other spacing or case', () => {
		expect(nameConfirms('  amira   KHAN ', 'Amira Khan')).toBe(true);
	});

	it('refuses another name, or nothing', () => {
		expect(nameConfirms('Amira', 'Amira Khan')).toBe(false);
		expect(nameConfirms('   ', '')).toBe(false);
	});
});

describe('compareVersions', () => {
	it('orders versions as people number them', () => {
		expect(compareVersions('1.9', '1.12')).toBeLessThan(0);
		expect(compareVersions('1.12.3 (2026)', '1.12.3 (2026)')).toBe(0);
		expect(compareVersions('2.0', '1.12.3 (2026)')).toBeGreaterThan(0);
	});
});
