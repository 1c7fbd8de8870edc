import type { Page } from '@playwright/test';
import { expect, open, test } from './fixtures';

/** Marks the current document, so that a test can tell a full page load from a client-side one. */
async function markDocument(page: Page) {
	await page.evaluate(() => ((window as { oldDocument?: boolean }).oldDocument = true));
}

const sameDocument = (page: Page) =>
	page.evaluate(() => (window as { oldDocument?: boolean }).oldDocument === true);

async function comeBackToTheTab(page: Page) {
	await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
}

test('with no new version, the next page opens within the same document', async ({ page }) => {
	await open(page, '/');
	await markDocument(page);
	await comeBackToTheTab(page);
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Progress' })
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/progress/i);
	expect(await sameDocument(page)).toBe(true);
});

test('once a new version is out, a tab on the old one loads its next page afresh', async ({
	page
}) => {
	await open(page, '/');
	await page.route('**/_app/version.json', (route) =>
		route.fulfill({ contentType: 'application/json', body: '{"version":"a-newer-build"}' })
	);
	await markDocument(page);
	const asked = page.waitForRequest('**/_app/version.json');
	await comeBackToTheTab(page);
	await asked;
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Progress' })
		.click();
	await expect(page).toHaveURL(/\/learners$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/progress/i);
	expect(await sameDocument(page)).toBe(false);
});
