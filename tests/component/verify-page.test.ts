import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { addMonths, formatDate, localDate } from '$lib/dates/calendar-date';
import {
	certificateCode,
	type CertificateFields
} from '$lib/records/certificates/certificate-code';
import { scoreText } from '$lib/records/certificates/certificate-link';
import VerifyPage from '../../src/routes/verify/+page.svelte';
import { CourseRecords } from '$lib/records/course-records.svelte';
import { memoryStore } from '$lib/records/key-value-store';
import { renderWithRecords } from './records';
import { course, editions, fields } from '../unit/records/fixtures/records';

const today = localDate(new Date());

async function openVerifyPage() {
	const records = new CourseRecords(() => course);
	await records.connect(async () => memoryStore());
	await renderWithRecords(records, VerifyPage, {
		data: {
			settingName: course.settingName,
			courseTitle: course.courseTitle,
			certificateCourse: course,
			refresher: { scenarios: 4, questions: 10, minutes: 25 },
			policyEdition: editions.current,
			settingGaps: []
		},
		params: {}
	});
}

/** Types a certificate's own details as a manager copies them from paper, then presses Check. */
async function typeCertificate(certificate: CertificateFields, code: string) {
	const own: [string, string][] = [
		['Certificate id', certificate.id],
		['Learner’s name', certificate.learnerName],
		['Completed on', formatDate(certificate.completedOn)],
		['Score', scoreText(certificate)],
		['Valid until', formatDate(certificate.validUntil)],
		['Verification code', code]
	];
	await userEvent.selectOptions(page.getByLabelText('Journey'), 'Induction');
	for (const [label, value] of own) await page.getByLabelText(label).fill(value);
	await page.getByRole('button', { name: 'Check' }).click();
}

async function issued(changes: Partial<CertificateFields>) {
	const certificate = { ...fields, ...changes };
	return { certificate, code: await certificateCode(certificate) };
}

describe('the verify form', () => {
	it('fills in what every certificate of the course shares', async () => {
		await openVerifyPage();
		await expect.element(page.getByLabelText('Setting')).toHaveValue(course.settingName);
		await expect.element(page.getByLabelText('Policy version')).toHaveValue(course.policyVersion);
		await expect.element(page.getByLabelText('Certificate id')).toHaveValue('');
	});

	it('matches a genuine certificate typed with a straight apostrophe, and says it is valid', async () => {
		const validUntil = addMonths(today, 6);
		const { certificate, code } = await issued({ completedOn: today, validUntil });
		await openVerifyPage();
		await page.getByLabelText('Setting').fill(course.settingName.replace('’', "'"));
		await typeCertificate(certificate, code);
		await expect.element(page.getByText('The fields match the code.')).toBeVisible();
		await expect
			.element(page.getByText(`Valid today: it is valid until ${formatDate(validUntil)}.`))
			.toBeVisible();
	});

	it('says when a matching certificate has expired', async () => {
		const { certificate, code } = await issued({ validUntil: addMonths(today, -1) });
		await openVerifyPage();
		await typeCertificate(certificate, code);
		await expect.element(page.getByText('The fields match the code.')).toBeVisible();
		await expect.element(page.getByText(/^Expired: it was valid until/)).toBeVisible();
	});

	it('says a certificate with a changed detail has been altered', async () => {
		const { certificate, code } = await issued({ validUntil: addMonths(today, 6) });
		await openVerifyPage();
		await typeCertificate({ ...certificate, correct: certificate.correct + 1 }, code);
		await expect.element(page.getByText('This certificate has been altered')).toBeVisible();
	});

	it('asks for every field before checking', async () => {
		await openVerifyPage();
		await page.getByLabelText('Setting').fill('');
		await page.getByRole('button', { name: 'Check' }).click();
		await expect
			.element(page.getByText('Please fill in every field: the code covers all of them.'))
			.toBeVisible();
	});
});
