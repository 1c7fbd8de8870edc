import { readFile } from 'node:fs/promises';
import { formatDate, localDate } from '../../src/lib/dates/calendar-date';
import { SCHEMA_VERSION } from '../../src/lib/records/storage/schema-version';
import { expect, expectAccessible, open, test } from './fixtures';
import { deviceWith, learnerNamed, passedCertificate, readStore, seedStore } from './records-store';
import { addDays } from './records-helpers';

test.describe('the manager’s records', () => {
	test('each learner shows their status; the CSV neutralises formulas', async ({ page }) => {
		const today = localDate(new Date());
		const certified = learnerNamed('Certified Cat');
		const expiring = learnerNamed('Expiring Eve');
		const expired = learnerNamed('Expired Ed');
		const formula = learnerNamed('=HYPERLINK("http://x")');
		const good = await passedCertificate(certified);
		const soon = { ...(await passedCertificate(expiring)), validUntil: addDays(today, 10) };
		const old = { ...(await passedCertificate(expired)), validUntil: '2020-01-31' };
		await seedStore(
			page,
			deviceWith([
				{ learner: certified, progress: { certificates: [good] } },
				{ learner: expiring, progress: { certificates: [soon] } },
				{ learner: expired, progress: { certificates: [old] } },
				{ learner: learnerNamed('Reading Rob'), progress: { lessonsRead: ['tagging'] } },
				{ learner: learnerNamed('New Nia') },
				{ learner: formula }
			])
		);
		await open(page, '/records');
		await expect(page.getByText('Anyone who can use this device can see this page.')).toBeVisible();
		const status = (name: string) =>
			page
				.getByRole('row')
				.filter({ has: page.getByRole('rowheader', { name }) })
				.getByRole('cell')
				.first();
		await expect(status('Certified Cat')).toHaveText(/^Certified until /);
		await expect(status('Expiring Eve')).toHaveText(/^Expires within 30 days, on /);
		await expect(status('Expired Ed')).toHaveText('Expired on 31 January 2020');
		await expect(status('Reading Rob')).toHaveText('In progress');
		await expect(status('New Nia')).toHaveText('Not started');
		await expectAccessible(page);

		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Export as CSV (Excel)' }).click();
		const bytes = await readFile(await (await download).path());
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(bytes.toString('utf8')).toContain('\r\n"\'=HYPERLINK(""http://x"")",');
	});

	test('on a phone, each learner is a card that fits, and the file chooser looks like the other buttons', async ({
		page
	}) => {
		const learner = learnerNamed('Amira Khan');
		const certificate = await passedCertificate(learner);
		await seedStore(
			page,
			deviceWith([
				{ learner, progress: { certificates: [certificate] } },
				{ learner: learnerNamed('New Nia') }
			])
		);
		await page.setViewportSize({ width: 390, height: 844 });
		await open(page, '/records');
		const cards = page.getByRole('list', {
			name: 'Learners on this device and where each one stands'
		});
		await expect(cards.getByRole('listitem')).toHaveCount(2);
		const card = cards.getByRole('listitem').filter({
			has: page.getByRole('heading', { name: 'Amira Khan' })
		});
		await expect(card).toContainText(`Certified until ${formatDate(certificate.validUntil)}`);
		await expect(card.getByRole('link', { name: certificate.id })).toBeVisible();
		await expect(page.getByRole('table')).toBeHidden();
		expect(
			await page.evaluate(() => document.documentElement.scrollWidth),
			'nothing scrolls sideways'
		).toBeLessThanOrEqual(390);

		const chooser = await page.getByLabel('Records file (JSON)').evaluate((input) => {
			const style = getComputedStyle(input, '::file-selector-button');
			return { border: style.borderTopColor, radius: style.borderTopLeftRadius };
		});
		const button = await page.getByRole('button', { name: 'Import' }).evaluate((element) => {
			const style = getComputedStyle(element);
			return { border: style.borderTopColor, radius: style.borderTopLeftRadius };
		});
		expect(chooser).toEqual(button);
		await expectAccessible(page);

		await page.setViewportSize({ width: 820, height: 1180 });
		await expect(page.getByRole('table')).toBeVisible();
		await expect(cards).toBeHidden();
	});

	test('a malformed, foreign or newer import changes nothing and says what is wrong', async ({
		page
	}) => {
		const sam = learnerNamed('Sam');
		await seedStore(page, deviceWith([{ learner: sam, progress: { lessonsRead: ['tagging'] } }]));
		await open(page, '/records');
		await expect(page.getByRole('rowheader', { name: 'Sam' })).toBeVisible();
		const before = await readStore(page);

		const files = [
			['not-json.json', 'name,role\nEve,', 'This file is not JSON'],
			['foreign.json', '{"users":[{"name":"Eve"}]}', 'not a records file from this course'],
			[
				'newer.json',
				JSON.stringify({
					format: 'social-networking-course-records',
					schemaVersion: SCHEMA_VERSION + 1,
					exportedAt: new Date().toISOString(),
					learners: []
				}),
				'made by a newer version of the course'
			],
			[
				'damaged.json',
				JSON.stringify({
					format: 'social-networking-course-records',
					schemaVersion: SCHEMA_VERSION,
					exportedAt: new Date().toISOString(),
					learners: [{ learner: learnerNamed('Eve'), progress: { lessonsRead: 'all' } }]
				}),
				'This file is damaged'
			]
		] as const;
		for (const [name, text, problem] of files) {
			await page.getByLabel('Records file (JSON)').setInputFiles({
				name,
				mimeType: 'application/json',
				buffer: Buffer.from(text)
			});
			await page.getByRole('button', { name: 'Import' }).click();
			await expect(page.getByRole('status')).toContainText(problem);
			await expect(page.getByRole('status')).toContainText('Nothing has been changed.');
		}
		await expect(page.getByRole('rowheader')).toHaveCount(1);
		expect(await readStore(page)).toEqual(before);
	});

	test('an export from one device imports into another without duplicates', async ({
		page,
		browser
	}) => {
		const amira = learnerNamed('Amira');
		const certificate = await passedCertificate(amira);
		await seedStore(
			page,
			deviceWith([{ learner: amira, progress: { certificates: [certificate] } }])
		);
		await open(page, '/records');
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Export as JSON' }).click();
		const exported = await (await download).path();

		const otherDevice = await browser.newContext();
		const other = await otherDevice.newPage();
		await seedStore(other, deviceWith([{ learner: learnerNamed('Sam') }]));
		await open(other, '/records');
		for (const expected of [
			'1 new learner, 0 already here, 1 new certificate',
			'0 new learners, 1 already here, 0 new certificates'
		]) {
			await other.getByLabel('Records file (JSON)').setInputFiles(exported);
			await other.getByRole('button', { name: 'Import' }).click();
			await expect(other.getByRole('status')).toContainText(expected);
		}
		await expect(other.getByRole('rowheader')).toHaveText(['Sam', 'Amira']);
		await expect(other.getByRole('link', { name: certificate.id })).toBeVisible();
		await otherDevice.close();
	});
});
