import { scorePercent } from '../certificates/certificate';
import { learnerStatus, latestCertificate, statusLabel } from '../learner-status';
import { SIGN_OFF_LABELS, lastSignOff, signOffStatus, type PolicyEdition } from '../sign-off';
import type { LearnerRecords } from './records-transfer';

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

export interface CsvOptions {
	today: string;
	reminderDays: number;
	lessonCount: number;
	edition: PolicyEdition;
}

/** Every learner on the device, one row each, with their status and latest certificate. */
export function recordsCsv(
	everyone: LearnerRecords[],
	{ today, reminderDays, lessonCount, edition }: CsvOptions
): string {
	const header = [
		'Name',
		'Role',
		'Status',
		'Lessons read',
		'Scenarios finished',
		'Quiz attempts',
		'Certificate id',
		'Journey',
		'Completed on',
		'Score (%)',
		'Pass mark (%)',
		'Valid until',
		'Verification code',
		'Policy sign-off',
		'Signed version',
		'Signed on'
	];
	const rows = everyone.map(({ learner, progress }) => {
		const certificate = latestCertificate(progress);
		const signOff = lastSignOff(progress);
		return [
			learner.name,
			learner.role,
			statusLabel(learnerStatus(progress, today, reminderDays), reminderDays),
			`${progress.lessonsRead.length} of ${lessonCount}`,
			Object.keys(progress.scenarios).length,
			progress.quizAttempts.length,
			certificate?.id ?? '',
			certificate?.journey ?? '',
			certificate?.completedOn ?? '',
			certificate ? scorePercent(certificate) : '',
			certificate?.passMark ?? '',
			certificate?.validUntil ?? '',
			certificate?.code ?? '',
			SIGN_OFF_LABELS[signOffStatus(progress, edition)],
			signOff?.policyVersion ?? '',
			signOff?.signedAt.slice(0, 10) ?? ''
		];
	});
	return toCsv([header, ...rows]);
}
