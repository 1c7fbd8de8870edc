import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import decodeQR from 'qr/decode.js';
import { formatDate, localDate } from '../../src/lib/dates/calendar-date';
import { learnerLinkFragment } from '../../src/lib/records/certificates/certificate-link';
import { qrModules } from '../../src/lib/records/certificates/qr-code';
import { signOffOf } from '../../src/lib/records/sign-off';
import { policyEdition } from '../../src/lib/server/content/policy-fingerprint';
import { course } from './course-content';
import { expect, open, test } from './fixtures';
import { deviceWith, learnerNamed, passedCertificate, readStore, seedStore } from './records-store';

const edition = policyEdition(course.policy, course.setting.policy.version);
const fromLink = (on: Date) =>
	`Added from the certificate’s code on ${formatDate(localDate(on))}: checked by code, not seen being earned`;

/** Decodes the QR code in a screenshot of the page, reading its pixels through a canvas. */
async function decodeScreenshot(page: Page): Promise<string> {
	const png = (await page.screenshot()).toString('base64');
	const { width, height, pixels } = await page.evaluate(async (base64) => {
		const image = new Image();
		image.src = `data:image/png;base64,${base64}`;
		await image.decode();
		const canvas = document.createElement('canvas');
		[canvas.width, canvas.height] = [image.naturalWidth, image.naturalHeight];
		const context = canvas.getContext('2d')!;
		context.drawImage(image, 0, 0);
		const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
		return { width: canvas.width, height: canvas.height, pixels: Array.from(data) };
	}, png);
	return decodeQR({ width, height, data: new Uint8Array(pixels) });
}

/** The number of modules across the QR code on screen, quiet zone included. */
async function qrSize(page: Page): Promise<number> {
	const box = await page
		.getByRole('img', { name: /QR code: the link that adds/ })
		.getAttribute('viewBox');
	return Number(box!.split(' ')[2]);
}

async function csvOf(page: Page): Promise<string> {
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export as CSV (Excel)' }).click();
	return readFile(await (await download).path(), 'utf8');
}

test.describe('a certificate earned on a phone reaches the tablet’s records by its code', () => {
	test.setTimeout(240_000);

	test('the tablet adds the certificate and sign-off once, and an altered link adds nothing', async ({
		page: tablet,
		browser
	}) => {
		// The whole induction on a phone is the journeys' test; here the phone has just passed it.
		const phoneContext = await browser.newContext({
			viewport: { width: 390, height: 844 },
			serviceWorkers: 'block'
		});
		const phone = await phoneContext.newPage();
		const amira = learnerNamed('Amira Khan');
		const certificate = await passedCertificate(amira);
		await seedStore(
			phone,
			deviceWith([{ learner: amira, progress: { certificates: [certificate] } }])
		);
		const certificatePage = `/certificate#${certificate.id}`;
		await open(phone, certificatePage);

		// Before signing, the code carries the certificate alone.
		await phone.getByRole('button', { name: 'Show to my manager' }).click();
		const unsigned = await qrSize(phone);
		await phone.getByRole('button', { name: 'Close' }).click();

		await phone.getByRole('link', { name: 'Sign the policy' }).click();
		await phone.getByLabel('Your name').fill('Amira Khan');
		await phone.getByRole('button', { name: 'Sign' }).click();
		await expect(phone.getByRole('status')).toContainText('signed version');
		await open(phone, certificatePage);
		await phone.getByRole('button', { name: 'Show to my manager' }).click();
		const dialog = phone.getByRole('dialog', { name: 'Show this to your manager' });
		await expect(dialog).toBeVisible();
		const signed = await qrSize(phone);
		const link = await dialog
			.getByRole('link', { name: 'The link in the code' })
			.getAttribute('href');
		await phone.screenshot({ path: test.info().outputPath('show-to-manager-390.png') });
		const scanned = await decodeScreenshot(phone);
		console.log(
			`QR modules (quiet zone included): ${unsigned} without a sign-off, ${signed} with one`
		);
		console.log(`Decoded from a screenshot of the full-screen code: ${scanned}`);
		expect(scanned).toBe(new URL(link!, phone.url()).href);
		expect(new URL(scanned).searchParams.size).toBe(0);
		expect(new URLSearchParams(new URL(scanned).hash.slice(1)).get('sv')).toBe(edition.version);
		await phoneContext.close();

		// The tablet opens the link the camera read.
		await tablet.setViewportSize({ width: 820, height: 1180 });
		await open(tablet, new URL(scanned).pathname + new URL(scanned).hash);
		await expect(tablet.getByText('The fields match the code.')).toBeVisible();
		await expect(tablet.getByRole('main').getByRole('status').first()).toContainText(
			`sign-off of policy version ${edition.version}, on ${formatDate(localDate(new Date()))}; it matches its own code`
		);
		const add = tablet.getByRole('button', { name: 'Add to the records on this device' });
		await add.click();
		const result = tablet.getByText(/^Added to the records of/);
		await expect(result).toContainText('Amira Khan (a new learner)');
		await expect(result).toContainText('and their policy sign-off');
		await add.click();
		await expect(
			tablet.getByText('Nothing added: this certificate and sign-off are already')
		).toBeVisible();

		await open(tablet, '/records');
		await expect(tablet.getByRole('rowheader')).toHaveText(['Amira Khan']);
		const row = tablet.getByRole('row', { name: /Amira Khan/ });
		await expect(row).toContainText('Certified until');
		await expect(row).toContainText('Signed');
		await expect(row.getByText(fromLink(new Date()))).toHaveCount(2);
		const csv = await csvOf(tablet);
		expect(csv).toContain(`"Signed","${edition.version}"`);
		expect(csv.split(fromLink(new Date())).length - 1).toBe(2);

		await open(tablet, '/records/evidence');
		const evidence = tablet.getByRole('row', { name: /Amira Khan/ });
		await expect(evidence).toContainText(`Version ${edition.version} on`);
		await expect(evidence.getByText(fromLink(new Date()))).toHaveCount(2);

		// A link with a field changed, or its sign-off moved to another day, adds nothing.
		const before = await readStore(tablet);
		const fragment = new URL(scanned).hash.slice(1);
		for (const [param, value, reason] of [
			['n', 'Amina Khan', 'This certificate has been altered'],
			['st', '2020-01-01T09:00:00.000Z', 'The policy sign-off in this link does not match its code']
		]) {
			const altered = new URLSearchParams(fragment);
			altered.set(param!, value!);
			await open(tablet, '/');
			await open(tablet, `/verify#${altered.toString()}`);
			await expect(tablet.getByText(reason!)).toBeVisible();
			await expect(add).toHaveCount(0);
		}
		expect(await readStore(tablet)).toEqual(before);
	});

	test('a learner of the same name makes the manager choose', async ({ page }) => {
		const here = learnerNamed('Amira Khan');
		const visitor = learnerNamed('Amira Khan');
		const certificate = await passedCertificate(visitor);
		const signOff = signOffOf(edition, 'Amira Khan', '', new Date().toISOString());
		await seedStore(page, deviceWith([{ learner: here }]));
		await open(page, `/verify#${await learnerLinkFragment(certificate, signOff)}`);
		const question = page.getByRole('group', { name: /A learner called Amira Khan is already/ });
		await expect(question).toBeVisible();
		const add = page.getByRole('button', { name: 'Add to the records on this device' });
		await add.click();
		await expect(page.getByText('Choose whether this is the same person, first.')).toBeVisible();
		await question.getByLabel('No, a different person with the same name').check();
		await add.click();
		await expect(page.getByText('Amira Khan (a new learner)')).toBeVisible();
		await open(page, '/records');
		await expect(page.getByRole('rowheader')).toHaveText(['Amira Khan', 'Amira Khan']);
	});

	test('“Scan a certificate” reads the code from the camera and opens it inside the course', async ({
		page,
		baseURL
	}) => {
		const amira = learnerNamed('Amira Khan');
		const certificate = await passedCertificate(amira);
		const signOff = signOffOf(edition, 'Amira Khan', '', new Date().toISOString());
		const link = `${baseURL}/verify#${await learnerLinkFragment(certificate, signOff)}`;
		// A fake camera: a stream of a canvas showing the code, as a phone held up to the tablet.
		// Without BarcodeDetector (as in Firefox and Chromium on Linux) the course reads it itself.
		await page.addInitScript((modules: boolean[][]) => {
			const scale = 6;
			Reflect.deleteProperty(window, 'BarcodeDetector');
			navigator.mediaDevices.getUserMedia = async () => {
				const canvas = document.createElement('canvas');
				canvas.width = canvas.height = modules.length * scale + 80;
				const context = canvas.getContext('2d')!;
				const draw = () => {
					context.fillStyle = '#888';
					context.fillRect(0, 0, canvas.width, canvas.height);
					modules.forEach((row, y) =>
						row.forEach((dark, x) => {
							context.fillStyle = dark ? '#000' : '#fff';
							context.fillRect(40 + x * scale, 40 + y * scale, scale, scale);
						})
					);
				};
				draw();
				setInterval(draw, 100);
				return canvas.captureStream(10);
			};
		}, qrModules(link));
		await open(page, '/records');
		await page.getByRole('button', { name: 'Scan a certificate' }).click();
		await expect(page.getByRole('heading', { name: 'Check a certificate' })).toBeVisible();
		await expect(page.getByText('The fields match the code.')).toBeVisible();
		await page.getByRole('button', { name: 'Add to the records on this device' }).click();
		await expect(page.getByText('Amira Khan (a new learner)')).toBeVisible();
		await open(page, '/records');
		await expect(page.getByRole('rowheader')).toHaveText(['Amira Khan']);
	});

	test('a link far longer than any certificate’s is refused unread', async ({ page }) => {
		await open(page, `/verify#id=${'A'.repeat(20_000)}`);
		await expect(page.getByText(/far longer than any certificate’s/)).toBeVisible();
		await expect(
			page.getByRole('button', { name: 'Add to the records on this device' })
		).toHaveCount(0);
		await expect(page.getByLabel('Certificate id')).toHaveValue('');
	});
});
