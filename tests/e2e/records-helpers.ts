import type { Page } from '@playwright/test';
import decodeQR from 'qr/decode.js';
import { modulesFromPath } from '../../src/lib/records/certificates/qr-path';
import { expect } from './fixtures';

export function addDays(date: string, days: number): string {
	const moment = new Date(`${date}T00:00:00Z`);
	moment.setUTCDate(moment.getUTCDate() + days);
	return moment.toISOString().slice(0, 10);
}

export const HOSTILE_NAMES = ['<img src=x onerror=alert(1)>', 'مريم', '👩🏽‍🍼 Jo'];

/** Fails the test if anything on the page opens an alert: a name run as markup would. */
export function refuseDialogs(page: Page) {
	const dialogs: string[] = [];
	page.on('dialog', async (dialog) => {
		dialogs.push(dialog.message());
		await dialog.dismiss();
	});
	return dialogs;
}

export async function switchLearner(page: Page) {
	await page.getByRole('button', { name: 'Switch learner' }).click();
	await expect(page.getByRole('heading', { name: 'Who is learning?' })).toBeVisible();
}

/** Draws the certificate's QR code as pixels, as a phone's camera would see it, and reads it. */
export async function readQrCode(page: Page): Promise<string> {
	const qr = page.getByRole('img', { name: /QR code/ });
	const size = Number((await qr.getAttribute('viewBox'))!.split(' ')[2]);
	const modules = modulesFromPath((await qr.locator('path').getAttribute('d'))!, size);
	const scale = 4;
	const width = size * scale;
	const data = new Uint8Array(width * width * 4);
	for (let y = 0; y < width; y++) {
		for (let x = 0; x < width; x++) {
			const dark = modules[Math.floor(y / scale)]![Math.floor(x / scale)];
			data.set(dark ? [0, 0, 0, 255] : [255, 255, 255, 255], (y * width + x) * 4);
		}
	}
	return decodeQR({ width, height: width, data });
}
