import { test, expect, open } from './fixtures';
import { goOffline, waitUntilCached } from './offline';

test.describe('after one visit, with the network off', () => {
	test.beforeEach(async ({ page, context }) => {
		await open(page, '/');
		await waitUntilCached(page);
		await goOffline(context);
	});

	test('a lesson opens and its citation leads to the policy', async ({ page }) => {
		await page.getByRole('link', { name: 'Start with lesson 1' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Why the policy matters');

		await page.getByRole('link', { name: 'two groups of people' }).click();
		await expect(page).toHaveURL(/\/policy#scope$/);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Social Networking policy');
		await expect(page.locator('#scope')).toHaveClass(/highlighted/);
	});

	test('every page loads afresh from the cache', async ({ page }) => {
		for (const path of ['/lessons/defamation', '/policy', '/help', '/coverage']) {
			await open(page, path);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		}
		await page.reload();
		await expect(page.locator('html[data-hydrated]')).toBeAttached();
	});
});
