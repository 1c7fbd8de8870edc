import { describe, expect, it } from 'vitest';
import { inDays, learnerStatus, statusLabel, validityOn } from '$lib/records/learner-status';
import { statusCounts } from '$lib/records/status-counts';
import type { Certificate } from '$lib/records/storage/record-schema';
import { emptyProgress } from '$lib/records/storage/empty-progress';
import { sampleCertificate } from './fixtures/records';

function certificateUntil(validUntil: string, id = 'AAAA-BBBB-CCCC'): Certificate {
	return sampleCertificate({ id, validUntil });
}

const today = '2026-11-26';

describe('learnerStatus', () => {
	it('is not started with nothing recorded', () => {
		expect(learnerStatus(emptyProgress('x'), today, 30)).toEqual({ kind: 'not-started' });
	});

	it('is in progress once a lesson is read', () => {
		const progress = { ...emptyProgress('x'), lessonsRead: ['tagging'] };
		expect(learnerStatus(progress, today, 30)).toEqual({ kind: 'in-progress' });
	});

	it('is certified while the latest certificate has more than the reminder days left', () => {
		const progress = { ...emptyProgress('x'), certificates: [certificateUntil('2026-12-27')] };
		expect(learnerStatus(progress, today, 30)).toEqual({ kind: 'certified', until: '2026-12-27' });
	});

	it('is expiring within the reminder days, up to and including the last valid day', () => {
		const inThirty = { ...emptyProgress('x'), certificates: [certificateUntil('2026-12-26')] };
		expect(learnerStatus(inThirty, today, 30)).toMatchObject({ kind: 'expiring', daysLeft: 30 });
		const lastDay = { ...emptyProgress('x'), certificates: [certificateUntil(today)] };
		expect(learnerStatus(lastDay, today, 30)).toMatchObject({ kind: 'expiring', daysLeft: 0 });
	});

	it('is expired the day after the valid-until date', () => {
		const progress = { ...emptyProgress('x'), certificates: [certificateUntil('2026-11-25')] };
		expect(learnerStatus(progress, today, 30)).toEqual({ kind: 'expired', until: '2026-11-25' });
	});

	it('goes by the certificate that lasts longest', () => {
		const progress = {
			...emptyProgress('x'),
			certificates: [
				certificateUntil('2027-11-01', 'NEWW-NEWW-NEWW'),
				certificateUntil('2026-01-01')
			]
		};
		expect(learnerStatus(progress, today, 30)).toEqual({ kind: 'certified', until: '2027-11-01' });
	});
});

describe('statusCounts', () => {
	it('counts each learner once, at the status they stand at today', () => {
		const learners = [
			emptyProgress('a'),
			{ ...emptyProgress('b'), lessonsRead: ['tagging'] },
			{ ...emptyProgress('c'), certificates: [certificateUntil('2027-06-01')] },
			{ ...emptyProgress('d'), certificates: [certificateUntil('2026-12-01')] },
			{ ...emptyProgress('e'), certificates: [certificateUntil('2026-11-25')] },
			{ ...emptyProgress('f'), certificates: [certificateUntil('2026-11-25')] }
		];
		expect(statusCounts(learners, today, 30)).toEqual({
			'not-started': 1,
			'in-progress': 1,
			certified: 1,
			expiring: 1,
			expired: 2
		});
	});
});

describe('statusLabel', () => {
	it('says each status in words', () => {
		expect(statusLabel({ kind: 'not-started' }, 30)).toBe('Not started');
		expect(statusLabel({ kind: 'in-progress' }, 30)).toBe('In progress');
		expect(statusLabel({ kind: 'certified', until: '2027-11-26' }, 30)).toBe(
			'Certified until 26 November 2027'
		);
		expect(statusLabel({ kind: 'expiring', until: '2026-12-01', daysLeft: 5 }, 30)).toBe(
			'Expires within 30 days, on 1 December 2026'
		);
		expect(statusLabel({ kind: 'expired', until: '2026-11-01' }, 30)).toBe(
			'Expired on 1 November 2026'
		);
	});
});

describe('validityOn', () => {
	it('says valid, expiring soon or expired, as a verify page reads a certificate today', () => {
		expect(validityOn('2027-11-26', today, 30)).toEqual({ kind: 'certified', until: '2027-11-26' });
		expect(validityOn('2026-12-06', today, 30)).toEqual({
			kind: 'expiring',
			until: '2026-12-06',
			daysLeft: 10
		});
		expect(validityOn('2026-11-01', today, 30)).toEqual({ kind: 'expired', until: '2026-11-01' });
	});
});

describe('inDays', () => {
	it('says today and tomorrow, not "in 0 days" or "in 1 days"', () => {
		expect([0, 1, 2, 30].map(inDays)).toEqual(['today', 'tomorrow', 'in 2 days', 'in 30 days']);
	});
});
