import { describe, expect, it } from 'vitest';
import {
	addMonths,
	daysBetween,
	formatDate,
	localDate,
	parseTypedDate
} from '$lib/dates/calendar-date';
import { issueCertificate } from '$lib/records/certificates/certificate';
import { codeMatches } from '$lib/records/certificates/certificate-code';
import { certificateSchema } from '$lib/records/storage/record-schema';
import { course, fields, pass } from '../fixtures/records';
import * as v from 'valibot';

describe('issueCertificate', () => {
	it('carries everything a certificate must show, with a code that matches its fields', async () => {
		const now = new Date(2026, 10, 26, 14, 30);
		const certificate = await issueCertificate(course, 'Amira Khan', pass, now, '7K3M-Q9XA-2BFD');
		expect(certificate).toEqual({
			...fields,
			code: expect.stringMatching(/^\w{5}-\w{5}$/) as unknown,
			issuedAt: now.toISOString(),
			source: { kind: 'this-device' }
		});
		expect(v.is(certificateSchema, certificate)).toBe(true);
		expect(await codeMatches(certificate, certificate.code)).toBe(true);
	});

	it('is valid for as many months as the configuration says', async () => {
		const now = new Date(2026, 0, 31, 9);
		const short = await issueCertificate(
			{ ...course, certificateMonths: 1 },
			'Sam',
			pass,
			now,
			'AAAA-BBBB-CCCC'
		);
		expect(short.validUntil).toBe('2026-02-28');
	});
});

describe('calendar dates', () => {
	it('adds months, keeping the day or using the last day of a shorter month', () => {
		expect(addMonths('2026-11-26', 12)).toBe('2027-11-26');
		expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
		expect(addMonths('2026-08-31', 1)).toBe('2026-09-30');
		expect(addMonths('2026-12-15', 3)).toBe('2027-03-15');
	});

	it('counts days between dates across a clock change', () => {
		expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
		expect(daysBetween('2026-11-26', '2026-11-20')).toBe(-6);
	});

	it('takes the date from the device’s own calendar, not UTC', () => {
		const zone = process.env.TZ;
		process.env.TZ = 'Pacific/Auckland';
		try {
			const justAfterMidnight = new Date(2027, 0, 1, 0, 30);
			expect(justAfterMidnight.toISOString().slice(0, 10)).toBe('2026-12-31');
			expect(localDate(justAfterMidnight)).toBe('2027-01-01');
		} finally {
			process.env.TZ = zone;
		}
	});

	it('writes a date out in full, in British order', () => {
		expect(formatDate('2027-11-26')).toBe('26 November 2027');
	});

	it.each([
		['26 November 2026', '2026-11-26'],
		['  26  nov 2026 ', '2026-11-26'],
		['1st September 2026', '2026-09-01'],
		['26/11/2026', '2026-11-26'],
		['2026-11-26', '2026-11-26'],
		['2026-2-3', '2026-02-03']
	])('reads a typed date %j', (typed, date) => {
		expect(parseTypedDate(typed)).toBe(date);
	});

	it.each(['31 February 2026', '11/26/2026', 'Nov 26 2026', '26 Novembre 2026', '', 'soon'])(
		'refuses %j, which is not a date it can be sure of',
		(typed) => {
			expect(parseTypedDate(typed)).toBeUndefined();
		}
	);
});
