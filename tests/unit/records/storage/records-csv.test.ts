import { describe, expect, it } from 'vitest';
import { csvCell, recordsCsv, toCsv } from '../../../../src/lib/records/storage/records-csv';
import { emptyProgress } from '../../../../src/lib/records/storage/record-schema';
import { signOffOf } from '../../../../src/lib/records/sign-off';
import { editions } from '../fixtures/records';

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
		expect(lines[0]).toMatch(/^"Name","Role","Status","Lessons read"/);
		expect(lines[1]).toMatch(/^"'=cmd\|calc","","In progress","2 of 9","0","0",""/);
		expect(lines[2]).toMatch(/^"مريم","Cook","Not started","0 of 9"/);
		expect(lines[0]).toMatch(/"Policy sign-off","Signed version","Signed on"$/);
		expect(lines[1]).toMatch(/"Needs to sign the new version","1\.12\.2","2026-10-02"$/);
		expect(lines[2]).toMatch(/"Never signed","",""$/);
	});
});
