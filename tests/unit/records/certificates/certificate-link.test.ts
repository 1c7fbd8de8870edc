import { describe, expect, it } from 'vitest';
import { certificateCode, codeMatches } from '$lib/records/certificates/certificate-code';
import {
	certificateFields,
	parsePercent,
	parseScore,
	readVerifyFragment,
	sharedFields,
	verifyFragment
} from '$lib/records/certificates/certificate-link';
import { course, fields } from '../fixtures/records';

async function issued() {
	return {
		...fields,
		code: await certificateCode(fields),
		issuedAt: '2026-11-26T10:00:00.000Z',
		source: { kind: 'this-device' as const }
	};
}

describe('the verify address', () => {
	it('carries every field and the code, and reads back to a matching certificate', async () => {
		const certificate = await issued();
		const typed = readVerifyFragment(`#${verifyFragment(certificate)}`);
		expect(typed).toMatchObject({
			id: '7K3M-Q9XA-2BFD',
			learnerName: 'Amira Khan',
			completedOn: '26 November 2026',
			validUntil: '26 November 2027',
			policyReviewed: '1 September 2026',
			score: '13 of 15 (86%)',
			passMark: '80%',
			code: certificate.code
		});
		expect(await codeMatches(certificateFields(typed)!, typed.code)).toBe(true);
	});

	it('keeps markup and right-to-left text in a name exactly', async () => {
		for (const learnerName of ['<img src=x onerror=alert(1)>', 'مريم & Jo', '👩🏽‍🍼 Jo']) {
			const certificate = { ...(await issued()), learnerName };
			expect(readVerifyFragment(verifyFragment(certificate)).learnerName).toBe(learnerName);
		}
	});

	it('leaves out nothing, so an empty fragment gives empty fields', () => {
		expect(Object.values(readVerifyFragment('')).every((value) => value === '')).toBe(true);
	});
});

describe('certificateFields', () => {
	it('reads dates and numbers typed from the printed certificate', async () => {
		const certificate = await issued();
		const typed = {
			...readVerifyFragment(verifyFragment(certificate)),
			id: ' 7k3m-q9xa-2bfd ',
			journey: 'Induction',
			completedOn: '26/11/2026',
			validUntil: '26 Nov 2027',
			score: ' 13/15 ',
			passMark: '80'
		};
		expect(certificateFields(typed)).toEqual(fields);
	});

	it.each([
		['a score that is not in whole numbers', { score: '13.5 of 15' }],
		['a score with one number', { score: '13' }],
		['a pass mark that is not a whole number', { passMark: '80.5%' }],
		['a date that is not a date', { validUntil: '31 February 2027' }],
		['an unknown journey', { journey: 'refreshers' }]
	])('cannot read %s', async (_label, change) => {
		const typed = { ...readVerifyFragment(verifyFragment(await issued())), ...change };
		expect(certificateFields(typed)).toBeUndefined();
	});
});

describe('what the verify form fills in and reads', () => {
	it('fills in what every certificate of the course prints, as it prints it', async () => {
		const printed = readVerifyFragment(verifyFragment(await issued()));
		expect(sharedFields(course)).toEqual({
			settingName: printed.settingName,
			courseTitle: printed.courseTitle,
			courseVersion: printed.courseVersion,
			passMark: printed.passMark,
			policyVersion: printed.policyVersion,
			policyReviewed: printed.policyReviewed
		});
	});

	it.each(['14 of 15 (93%)', '14 of 15', '14 out of 15', '14/15', ' 14 OF 15 ( 93 % ) '])(
		'reads the score "%s"',
		(typed) => {
			expect(parseScore(typed)).toEqual({ correct: 14, total: 15 });
		}
	);

	it.each([
		['80%', 80],
		['80 %', 80],
		['80', 80],
		['eighty', undefined]
	])('reads the pass mark "%s"', (typed, percent) => {
		expect(parsePercent(typed)).toBe(percent);
	});
});
