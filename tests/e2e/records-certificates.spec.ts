import { addMonths, formatDate } from '../../src/lib/dates/calendar-date';
import { isForStaff } from '../../src/lib/content/audience';
import { course } from './course-content';
import { expect, expectAccessible, open, test } from './fixtures';
import { deviceWith, learnerNamed, passedCertificate, seedStore } from './records-store';
import { readQrCode } from './records-helpers';

test.describe('certificates', () => {
	// quiz.spec.ts earns a certificate through the quiz itself; here one is stored as the site
	// stores it, so that this test is about the learner's page and a restart, not the quiz.
	test('a certificate is listed on the learner’s page and survives a reload and a browser restart', async ({
		page,
		browser
	}) => {
		const amira = learnerNamed('Amira Khan');
		const certificate = await passedCertificate(amira);
		const scenario = course.scenarios.find(isForStaff)!;
		const lesson = course.lessons.find((each) => each.slug === scenario.lesson);
		const finished = {
			endingId: Object.keys(scenario.endings)[0]!,
			outcome: 'partly' as const,
			path: [],
			finishedAt: new Date().toISOString()
		};
		await seedStore(
			page,
			deviceWith([
				{
					learner: amira,
					progress: {
						lessonsRead: [lesson!.slug],
						scenarios: { [scenario.id]: finished },
						certificates: [certificate]
					}
				}
			])
		);
		await page.reload();
		const lessonItem = page.getByRole('listitem').filter({
			has: page.getByRole('link', { name: lesson!.title, exact: true })
		});
		await expect(lessonItem).toContainText('Read');
		await expect(
			lessonItem.getByRole('listitem').filter({ hasText: scenario.title })
		).toContainText('partly follows the policy');

		const link = page.getByRole('link', { name: /^Induction certificate/ });
		await expect(link).toBeVisible();
		await link.click();
		await expect(page).toHaveURL(new RegExp(`/certificate#${certificate.id}$`));
		const shown = page.getByRole('article', { name: 'Certificate of completion' });
		await expect(shown).toContainText('Amira Khan');
		await expect(shown).toContainText(certificate.code);
		await expectAccessible(page);

		await page.reload();
		await expect(shown).toContainText(certificate.id);

		const saved = await page.context().storageState({ indexedDB: true });
		const restarted = await browser.newContext({ storageState: saved });
		const again = await restarted.newPage();
		await open(again, `/certificate#${certificate.id}`);
		await expect(again.getByRole('article', { name: 'Certificate of completion' })).toContainText(
			'Amira Khan'
		);
		await restarted.close();
	});

	test('the QR code opens the verify page, which says the fields match; an altered field is caught', async ({
		page
	}) => {
		const learner = learnerNamed('مريم');
		const certificate = await passedCertificate(learner);
		await seedStore(page, deviceWith([{ learner, progress: { certificates: [certificate] } }]));
		await open(page, `/certificate#${certificate.id}`);

		// For someone with the paper and no QR reader, the check page's address is printed.
		const printed = new URL('/verify', page.url());
		await expect(page.getByRole('article', { name: 'Certificate of completion' })).toContainText(
			`enter these details at ${printed.host}/verify`
		);
		const address = await readQrCode(page);
		const link = await page
			.getByRole('link', { name: 'Check this certificate' })
			.getAttribute('href');
		expect(address).toBe(new URL(link!, page.url()).href);
		expect(new URL(address).pathname).toBe('/verify');

		await open(page, address);
		await expect(page.getByRole('status')).toContainText('The fields match the code.');
		await expect(page.getByRole('status')).toContainText(
			`Valid today: it is valid until ${formatDate(certificate.validUntil)}.`
		);
		await expect(page.getByLabel('Learner’s name')).toHaveValue('مريم');
		await expect(page.getByLabel('Score', { exact: true })).toHaveValue('14 of 15 (93%)');
		await expectAccessible(page);

		await page.getByLabel('Score', { exact: true }).fill('15 of 15 (100%)');
		await page.getByRole('button', { name: 'Check' }).click();
		await expect(page.getByRole('status')).toContainText('This certificate has been altered');
		await expect(page.getByText('not a signature')).toBeVisible();
	});

	test('a verify address whose fields were edited says the certificate has been altered', async ({
		page
	}) => {
		const learner = learnerNamed('Sam');
		const certificate = await passedCertificate(learner);
		await seedStore(page, deviceWith([{ learner, progress: { certificates: [certificate] } }]));
		await open(page, `/certificate#${certificate.id}`);
		const address = await page
			.getByRole('link', { name: 'Check this certificate' })
			.getAttribute('href');
		const validUntil = addMonths(certificate.validUntil, 12);
		await open(page, address!.replace(`u=${certificate.validUntil}`, `u=${validUntil}`));
		await expect(page.getByLabel('Valid until')).toHaveValue(formatDate(validUntil));
		await expect(page.getByRole('status')).toContainText('This certificate has been altered');
	});

	test('a manager types only what differs, as printed, with a straight apostrophe, and sees that it matches', async ({
		page
	}) => {
		const learner = learnerNamed('Amira Khan');
		const certificate = await passedCertificate(learner);
		await open(page, '/verify');
		const shared = page.getByRole('group', {
			name: 'The same on every certificate of this course'
		});
		await expect(shared.getByLabel('Setting')).toHaveValue(certificate.settingName);
		await expect(shared.getByLabel('Pass mark')).toHaveValue(`${certificate.passMark}%`);
		await expect(shared.getByLabel('Policy reviewed on')).toHaveValue(
			formatDate(certificate.policyReviewed)
		);
		// The certificate prints a curly apostrophe; a keyboard types a straight one.
		expect(certificate.settingName).toContain('’');
		await shared.getByLabel('Setting').fill(certificate.settingName.replaceAll('’', "'"));
		const typed: [string, string][] = [
			['Certificate id', certificate.id.toLowerCase()],
			['Learner’s name', certificate.learnerName.toUpperCase()],
			['Completed on', formatDate(certificate.completedOn)],
			['Score', '14 of 15 (93%)'],
			['Valid until', formatDate(certificate.validUntil)],
			['Verification code', certificate.code.replace('-', ' ')]
		];
		for (const [label, value] of typed) await page.getByLabel(label, { exact: true }).fill(value);
		await page.getByLabel('Journey').selectOption('Induction');
		await page.getByRole('button', { name: 'Check' }).click();
		await expect(page.getByRole('status')).toContainText('The fields match the code.');
		await expect(page.getByRole('status')).toBeFocused();

		await page.getByLabel('Valid until').fill('31 February 2027');
		await page.getByRole('button', { name: 'Check' }).click();
		await expect(page.getByRole('status')).toContainText(
			'A date, score or journey could not be read'
		);
	});

	test('the verify page says when a genuine certificate has expired, and since when', async ({
		page
	}) => {
		const learner = learnerNamed('Sam');
		const completed = new Date();
		completed.setMonth(completed.getMonth() - 13);
		const certificate = await passedCertificate(learner, completed);
		await seedStore(page, deviceWith([{ learner, progress: { certificates: [certificate] } }]));
		await open(page, `/certificate#${certificate.id}`);
		const address = await page
			.getByRole('link', { name: 'Check this certificate' })
			.getAttribute('href');
		await open(page, address!);
		await expect(page.getByRole('status')).toContainText('The fields match the code.');
		await expect(page.getByRole('status')).toContainText(
			`Expired: it was valid until ${formatDate(certificate.validUntil)}`
		);
	});

	test('an unknown certificate id says where certificates are kept', async ({ page }) => {
		await open(page, '/certificate#ZZZZ-ZZZZ-ZZZZ');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Certificate not found');
		await expect(
			page.getByText('No certificate ZZZZ-ZZZZ-ZZZZ is kept on this device.')
		).toBeVisible();
		await expectAccessible(page);
	});

	test('printed, the certificate fits exactly one A4 page, even with an 80-character name', async ({
		page
	}) => {
		const learner = learnerNamed('W'.repeat(80));
		const certificate = await passedCertificate(learner);
		await seedStore(page, deviceWith([{ learner, progress: { certificates: [certificate] } }]));
		await open(page, `/certificate#${certificate.id}`);
		await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
		await expect(page.getByRole('banner')).toBeHidden();
		const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
		expect(pdf.match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(1);
	});
});
