import { describe, expect, it } from 'vitest';
import { evidenceRow, evidenceRows } from '$lib/records/evidence-rows';
import { signOffOf } from '$lib/records/sign-off';
import type { LearnerProgress } from '$lib/records/storage/record-schema';
import { emptyProgress } from '$lib/records/storage/empty-progress';
import { editions, sampleCertificate } from './fixtures/records';

const context = { today: '2026-11-26', reminderDays: 30, edition: editions.current };

function learner(name: string, progress: Partial<LearnerProgress> = {}) {
	const id = name.toLowerCase();
	return {
		learner: { id, name, role: 'Practitioner', createdAt: '2025-01-01T00:00:00Z' },
		progress: { ...emptyProgress(id), ...progress }
	};
}

describe('evidenceRow', () => {
	it('gives the first induction, the latest refresher and the longest validity', () => {
		const row = evidenceRow(
			learner('Amira', {
				certificates: [
					sampleCertificate({
						id: 'C',
						journey: 'refresher',
						completedOn: '2026-11-01',
						validUntil: '2027-11-01'
					}),
					sampleCertificate({
						id: 'B',
						completedOn: '2025-06-01',
						validUntil: '2026-06-01',
						correct: 12
					}),
					sampleCertificate({
						id: 'D',
						journey: 'refresher',
						completedOn: '2025-12-01',
						validUntil: '2026-12-01'
					}),
					sampleCertificate({ id: 'A', completedOn: '2025-09-01', validUntil: '2026-09-01' })
				]
			}),
			context
		);
		expect(row.induction).toEqual({ completedOn: '2025-06-01', scorePercent: 80 });
		expect(row.lastRefresher).toEqual({ completedOn: '2026-11-01', scorePercent: 86 });
		expect(row.validUntil).toBe('2027-11-01');
		expect(row.status).toBe('Certified until 1 November 2027');
		expect(row.statusKind).toBe('certified');
	});

	it('gives the latest sign-off and whether it is for the policy as built', () => {
		const signedOld = learner('Ben', {
			signOffs: [
				signOffOf(editions.old, 'Ben', '', '2026-01-02T09:00:00.000Z'),
				signOffOf(editions.old, 'Ben', '', '2025-01-02T09:00:00.000Z')
			]
		});
		expect(evidenceRow(signedOld, context)).toMatchObject({
			signOffStatus: 'needs-new-version',
			signOffLabel: 'Needs to sign the new version',
			signed: { version: '1.12.2', on: '2026-01-02' }
		});
		const signed = learner('Cara', {
			signOffs: [signOffOf(editions.current, 'Cara', '', '2026-11-20T09:00:00.000Z')]
		});
		expect(evidenceRow(signed, context)).toMatchObject({
			signOffStatus: 'signed',
			signOffLabel: 'Signed'
		});
		expect(evidenceRow(learner('Dee'), context)).toMatchObject({
			signOffStatus: 'never',
			status: 'Not started',
			induction: undefined,
			lastRefresher: undefined,
			signed: undefined
		});
	});
});

describe('evidenceRows', () => {
	it('lists everyone by name, as a person sorts names', () => {
		const rows = evidenceRows(
			[learner('zoë'), learner('Émile'), learner('adam'), learner('Zara')],
			context
		);
		expect(rows.map((row) => row.name)).toEqual(['adam', 'Émile', 'Zara', 'zoë']);
	});
});
