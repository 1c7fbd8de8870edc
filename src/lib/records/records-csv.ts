import { scorePercent } from '$lib/course/score';
import { evidenceRow, type EvidenceContext } from './evidence-rows';
import type { LearnerRecords } from './storage/records-merge';

/** Excel reads a CSV file as UTF-8 only when it starts with this byte order mark. */
const BOM = '\uFEFF';

/**
 * One cell, safe to open in a spreadsheet: text that a spreadsheet would run as a formula (it
 * starts with =, +, -, @, a tab or a carriage return) gets a leading apostrophe, and every cell is
 * quoted so that commas, quotes and line breaks stay inside it.
 */
export function csvCell(value: string | number): string {
	let text = String(value);
	if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return `"${text.replace(/"/g, '""')}"`;
}

export function toCsv(rows: (string | number)[][]): string {
	return BOM + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export interface CsvOptions extends EvidenceContext {
	lessonCount: number;
}

/**
 * Every learner on the device, one row each: the evidence sheet's columns, then their progress
 * and the details of the certificate that decides their status, to look it up on the verify page.
 */
export function recordsCsv(everyone: LearnerRecords[], options: CsvOptions): string {
	const header = [
		'Name',
		'Role',
		'Status',
		'Induction completed on',
		'Induction score (%)',
		'Last refresher on',
		'Refresher score (%)',
		'Valid until',
		'Certificate from',
		'Policy sign-off',
		'Signed version',
		'Signed on',
		'Sign-off from',
		'Lessons read',
		'Scenarios finished',
		'Quiz attempts',
		'Certificate id',
		'Journey',
		'Completed on',
		'Score (%)',
		'Pass mark (%)',
		'Verification code'
	];
	const rows = everyone.map((records) => {
		const row = evidenceRow(records, options);
		const certificate = row.latestCertificate;
		return [
			row.name,
			row.role,
			row.status,
			row.induction?.completedOn ?? '',
			row.induction?.scorePercent ?? '',
			row.lastRefresher?.completedOn ?? '',
			row.lastRefresher?.scorePercent ?? '',
			certificate?.validUntil ?? '',
			row.certificateFrom ?? '',
			row.signOffLabel,
			row.signed?.version ?? '',
			row.signed?.on ?? '',
			row.signed?.from ?? '',
			`${row.lessonsRead} of ${options.lessonCount}`,
			row.scenariosFinished,
			row.quizAttempts,
			certificate?.id ?? '',
			certificate?.journey ?? '',
			certificate?.completedOn ?? '',
			certificate ? scorePercent(certificate) : '',
			certificate?.passMark ?? '',
			certificate?.code ?? ''
		];
	});
	return toCsv([header, ...rows]);
}
