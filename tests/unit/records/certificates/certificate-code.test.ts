import { describe, expect, it } from 'vitest';
import {
	CODE_FIELDS,
	canonicalString,
	certificateCode,
	certificateIdFrom,
	codeMatches,
	normalForm,
	normaliseCode,
	type CertificateFields
} from '$lib/records/certificates/certificate-code';
import { fields } from '../fixtures/records';
import { CERTIFICATE_ID } from '$lib/records/storage/record-schema';

/** A plausible edit of each field, as someone altering a printed certificate might make. */
const alterations: { [K in keyof CertificateFields]: CertificateFields[K] } = {
	id: '7K3M-Q9XA-2BFE',
	learnerName: 'Amira Khan-Smith',
	settingName: 'St John’s Pre-school',
	courseTitle: 'Social networking and me',
	courseVersion: '1.1',
	journey: 'refresher',
	completedOn: '2026-11-27',
	correct: 14,
	total: 14,
	passMark: 70,
	validUntil: '2028-11-26',
	policyVersion: '1.12.4 (2026)',
	policyReviewed: '2026-09-02'
};

describe('certificateCode', () => {
	it('is ten Crockford base-32 characters in two groups', async () => {
		expect(await certificateCode(fields)).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
	});

	it('is the same every time for the same fields', async () => {
		expect(await certificateCode({ ...fields })).toBe(await certificateCode(fields));
	});

	it('covers every field printed on a certificate', () => {
		expect([...CODE_FIELDS].sort()).toEqual(Object.keys(fields).sort());
	});

	it.each(CODE_FIELDS)('catches an altered %s', async (field) => {
		const original = await certificateCode(fields);
		const altered = { ...fields, [field]: alterations[field] };
		expect(await certificateCode(altered)).not.toBe(original);
		expect(await codeMatches(altered, original)).toBe(false);
	});

	it('catches text moved from one field to the next', async () => {
		const moved = { ...fields, learnerName: 'Amira', settingName: 'Khan St Joseph’s Pre-school' };
		expect(await certificateCode(moved)).not.toBe(await certificateCode(fields));
	});

	it('ignores spacing and Unicode form, which change when a field is typed back in', async () => {
		const retyped = {
			...fields,
			learnerName: '  Amira   Khan ',
			settingName: fields.settingName.normalize('NFD')
		};
		expect(await codeMatches(retyped, await certificateCode(fields))).toBe(true);
	});

	it('accepts the code typed in any case, with or without its hyphen', async () => {
		const code = await certificateCode(fields);
		expect(await codeMatches(fields, code.toLowerCase().replace('-', ' '))).toBe(true);
	});

	it('hashes a fixed canonical string: a version tag and the fields in order, in normal form', () => {
		expect(canonicalString(fields)).toBe(
			'["certificate-code-v2","7k3m-q9xa-2bfd","amira khan","st joseph\'s pre-school",' +
				'"social networking and you","1.0","induction","2026-11-26","13","15","80",' +
				'"2027-11-26","1.12.3 (2026)","2026-09-01"]'
		);
	});

	it('accepts what a manager types by hand from the printed certificate', async () => {
		const typed = {
			...fields,
			learnerName: 'AMIRA  KHAN',
			settingName: "St Joseph's Pre\u2010school",
			courseTitle: 'Social Networking and You',
			policyVersion: '1.12.3\u00A0(2026)'
		};
		expect(await codeMatches(typed, await certificateCode(fields))).toBe(true);
	});

	it('still verifies a code made before the normal form, typed exactly as printed', async () => {
		// The code the course printed for `fields` before version 2 of the code.
		const firstCode = '9EAHQ-WZA2D';
		expect(await certificateCode(fields, 'certificate-code-v1')).toBe(firstCode);
		expect(await certificateCode(fields)).not.toBe(firstCode);
		expect(await codeMatches(fields, firstCode)).toBe(true);
		expect(await codeMatches({ ...fields, correct: 14 }, firstCode)).toBe(false);
	});
});

describe('normalForm', () => {
	it.each([
		['curly and straight apostrophes', 'St Joseph’s', "St Joseph's"],
		['curly and straight quotation marks', '“Safe” online', '"Safe" online'],
		['dashes and hyphens', 'Khan–Smith — 2026', 'Khan-Smith - 2026'],
		['runs and kinds of space', '  Amira\u00A0\t Khan ', 'Amira Khan'],
		['letter case', 'AMIRA khan', 'Amira Khan'],
		['Unicode forms', 'Zoe\u0301 ﬁnch', 'Zoé finch'],
		['full-width letters', 'Ａｍｉｒａ', 'Amira']
	])('makes %s the same', (_label, printed, typed) => {
		expect(normalForm(printed)).toBe(normalForm(typed));
	});

	it.each([
		['different letters', 'Amira Khan', 'Amira Kahn'],
		['a hyphen and a space', 'Khan-Smith', 'Khan Smith'],
		['a missing apostrophe', 'St Joseph’s', 'St Josephs'],
		['different digits', '1.12.3', '1.12.8']
	])('keeps %s apart', (_label, one, other) => {
		expect(normalForm(one)).not.toBe(normalForm(other));
	});
});

describe('normaliseCode', () => {
	it('reads O as zero and I or L as one, as Crockford base 32 does', () => {
		expect(normaliseCode('oil0-1')).toBe('01101');
	});
});

describe('certificateIdFrom', () => {
	it('makes an id of three groups of four readable characters', () => {
		const id = certificateIdFrom(new Uint8Array([255, 0, 17, 34, 51, 68, 85, 102]));
		expect(id).toMatch(CERTIFICATE_ID);
		expect(id).toBe('ZW01-28HK-8HAP');
	});
});
