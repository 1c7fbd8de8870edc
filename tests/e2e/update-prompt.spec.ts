import type { Page } from '@playwright/test';
import { test, expect, expectAccessible, open } from './fixtures';
import { waitUntilCached } from './offline';
import { simulateServiceWorkers } from './simulated-update';
import { withServiceWorker } from './downloads';

test.use(withServiceWorker);

const prompt = (page: Page) => page.getByText('An update to the course is ready');

/** Leaves a mark on the page that only a reload removes. */
async function markPage(page: Page) {
	await page.evaluate(() => document.body.setAttribute('data-before-update', ''));
}

test('the first visit installs the worker and offers no update', async ({ page }) => {
	await open(page, '/lessons/tagging');
	await waitUntilCached(page);
	await expect(prompt(page)).toBeHidden();
});

test.describe('when a new version arrives', () => {
	test.beforeEach(async ({ page }) => {
		await simulateServiceWorkers(page);
		await open(page, '/lessons/tagging');
		await markPage(page);
		await page.evaluate(() => window.publishNewVersion());
		await expect(prompt(page)).toBeVisible();
	});

	test('the page waits until the learner agrees, then reloads', async ({ page }) => {
		await expect(page.locator('body[data-before-update]')).toBeAttached();
		expect(await page.evaluate(() => window.workerMessages)).toEqual([]);
		await expectAccessible(page);

		await page.getByRole('button', { name: 'Reload now' }).focus();
		await page.keyboard.press('Enter');

		await expect(page.locator('body[data-before-update]')).not.toBeAttached();
		await expect(page.locator('html[data-hydrated]')).toBeAttached();
		await expect(page).toHaveURL(/\/lessons\/tagging$/);
		await expect(prompt(page)).toBeHidden();
	});

	test('"Later" keeps the page as it is', async ({ page }) => {
		await page.getByRole('button', { name: 'Later' }).click();
		await expect(prompt(page)).toBeHidden();
		await expect(page.locator('body[data-before-update]')).toBeAttached();
		expect(await page.evaluate(() => window.workerMessages)).toEqual([]);
	});
});
