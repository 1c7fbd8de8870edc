import { describe, expect, it } from 'vitest';
import { csvCell, recordsCsv, toCsv } from '$lib/records/records-csv';
import { emptyProgress } from '$lib/records/storage/empty-progress';
import { signOffOf } from '$lib/records/sign-off';
import { editions, sampleCertificate } from './fixtures/records';

describe('csvCell', () => {
	it('quotes every cell and doubles the quotes inside it', () => {
		expect(csvCell('Sam "Sammy" Jones')).toBe('"Sam ""Sammy"" Jones"');
		expect(csvCell('Jones, Sam')).toBe('"Jones, Sam"');
		expect(csvCell('two\nlines')).toBe('"two\nlines"');
	});

	it.each(['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])(
		'neutralises %j so a spreadsheet cannot run it as a formula',
		(text) => {
			expect(csvCell(text)).toBe(`"'${text.replace(/"/g, '""')}"`);
		}
	);

	it('leaves markup, right-to-left text and emoji exactly as typed', () => {
		expect(csvCell('<img src=x onerror=alert(1)>')).toBe('"<img src=x onerror=alert(1)>"');
		expect(csvCell('مريم')).toBe('"مريم"');
		expect(csvCell('👩🏽‍🍼 Jo')).toBe('"👩🏽‍🍼 Jo"');
	});

	it('writes numbers as they are, even negative ones', () => {
		expect(csvCell(-3)).toBe('"-3"');
	});
});

describe('toCsv', () => {
	it('starts with a UTF-8 byte order mark and ends rows with CRLF, as Excel expects', () => {
		const csv = toCsv([
			['a', 'b'],
			['c', 'd']
		]);
		expect(csv).toBe('\uFEFF"a","b"\r\n"c","d"\r\n');
		expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
	});
});

describe('recordsCsv', () => {
	it('lists every learner with their status and progress', () => {
		const csv = recordsCsv(
			[
				{
					learner: { id: '1', name: '=cmd|calc', role: '', createdAt: '2026-11-01T00:00:00Z' },
					progress: {
						...emptyProgress('1'),
						lessonsRead: ['a', 'b'],
						signOffs: [signOffOf(editions.old, 'x', '', '2026-10-02T09:00:00.000Z')]
					}
				},
				{
					learner: { id: '2', name: 'مريم', role: 'Cook', createdAt: '2026-11-01T00:00:00Z' },
					progress: emptyProgress('2')
				}
			],
			{ today: '2026-11-26', reminderDays: 30, lessonCount: 9, edition: editions.current }
		);
		const lines = csv.slice(1).trimEnd().split('\r\n');
		expect(lines).toHaveLength(3);
		expect(lines[0]).toBe(
			[
				'"Name","Role","Status","Induction completed on","Induction score (%)"',
				'"Last refresher on","Refresher score (%)","Valid until","Certificate from"',
				'"Policy sign-off","Signed version","Signed on","Sign-off from"',
				'"Lessons read","Scenarios finished","Quiz attempts","Certificate id","Journey"',
				'"Completed on","Score (%)","Pass mark (%)","Verification code"'
			].join(',')
		);
		expect(lines[1]).toMatch(
			/^"'=cmd\|calc","","In progress","","","","","","","Needs to sign the new version","1\.12\.2","2026-10-02","Made on this device","2 of 9","0","0",""/
		);
		expect(lines[2]).toMatch(
			/^"مريم","Cook","Not started","","","","","","","Never signed","","","","0 of 9"/
		);
	});

	it('carries the first induction, the last refresher and the certificate that decides the status, with where it came from', () => {
		const induction = sampleCertificate({
			id: 'AAAA-AAAA-AAAA',
			completedOn: '2025-11-20',
			validUntil: '2026-11-20'
		});
		const refresher = sampleCertificate({
			id: 'BBBB-BBBB-BBBB',
			journey: 'refresher',
			completedOn: '2026-11-18',
			validUntil: '2027-11-18',
			correct: 9,
			total: 10,
			code: 'R-CODE',
			source: { kind: 'certificate-link', on: '2026-11-19' }
		});
		const csv = recordsCsv(
			[
				{
					learner: {
						id: '1',
						name: 'Amira Khan',
						role: 'Room leader',
						createdAt: '2025-11-01T00:00:00Z'
					},
					progress: { ...emptyProgress('1'), certificates: [refresher, induction] }
				}
			],
			{ today: '2026-11-26', reminderDays: 30, lessonCount: 9, edition: editions.current }
		);
		const row = csv.slice(1).trimEnd().split('\r\n')[1];
		expect(row).toBe(
			[
				'"Amira Khan","Room leader","Certified until 18 November 2027","2025-11-20","86"',
				'"2026-11-18","90","2027-11-18"',
				'"Added from the certificate’s code on 19 November 2026: checked by code, not seen being earned"',
				'"Never signed","","",""',
				'"0 of 9","0","0","BBBB-BBBB-BBBB","refresher","2026-11-18","90","80","R-CODE"'
			].join(',')
		);
	});
});
