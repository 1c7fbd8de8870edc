import { describe, expect, it } from 'vitest';
import {
	changedClauses,
	compareVersions,
	nameConfirms,
	signOffFor,
	signOffOfEdition,
	signOffOf,
	signOffRequest,
	signOffStatus
} from '$lib/records/sign-off';
import { emptyProgress } from '$lib/records/storage/empty-progress';
import { editions, sampleCertificate } from './fixtures/records';

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

describe('signOffRequest', () => {
	const certified = { ...emptyProgress('sam'), certificates: [sampleCertificate()] };

	it('asks for the new version from a learner who signed only an older one', () => {
		const progress = {
			...emptyProgress('sam'),
			signOffs: [signOffOf(editions.old, 'Sam', '', at)]
		};
		expect(signOffRequest(progress, editions.current)).toBe('new-version');
	});

	it('asks a learner with a certificate who has never signed to sign', () => {
		expect(signOffRequest(certified, editions.current)).toBe('first-time');
	});

	it('asks nothing of a learner still on the course who has never signed', () => {
		expect(signOffRequest(emptyProgress('sam'), editions.current)).toBeUndefined();
	});

	it('asks nothing once this edition is signed', () => {
		const progress = { ...certified, signOffs: [signOffOf(editions.current, 'Sam', '', at)] };
		expect(signOffRequest(progress, editions.current)).toBeUndefined();
	});
});

describe('signOffFor', () => {
	it('finds the first sign-off of the version, whatever its words', () => {
		const edited = { ...editions.current, fingerprint: 'ffffffffffffffff' };
		const first = signOffOf(editions.current, 'Sam', '', '2026-11-20T09:00:00.000Z');
		const progress = {
			...emptyProgress('sam'),
			signOffs: [
				signOffOf(editions.old, 'Sam', '', '2026-11-01T09:00:00.000Z'),
				signOffOf(edited, 'Sam', '', '2026-12-01T09:00:00.000Z'),
				first
			]
		};
		expect(signOffFor(progress, editions.current.version)).toEqual(first);
	});

	it('finds nothing when only other versions were signed', () => {
		const progress = {
			...emptyProgress('sam'),
			signOffs: [signOffOf(editions.old, 'Sam', '', at)]
		};
		expect(signOffFor(progress, editions.current.version)).toBeUndefined();
	});
});

describe('signOffOfEdition', () => {
	it('finds the sign-off of this version in these words, and no other', () => {
		const old = signOffOf(editions.old, 'Amira', '', '2026-01-02T09:00:00.000Z');
		const current = signOffOf(editions.current, 'Amira', '', '2026-11-02T09:00:00.000Z');
		const reworded = { ...current, fingerprint: 'ffffffffffffffff' };
		const progress = (signOffs: (typeof old)[]) => ({ ...emptyProgress('a'), signOffs });
		expect(signOffOfEdition(progress([old, current]), editions.current)).toBe(current);
		expect(signOffOfEdition(progress([old, reworded]), editions.current)).toBeUndefined();
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
