import type { Page } from '@playwright/test';

/**
 * Waits until a page can be used: until Svelte has hydrated it, so that clicks are not lost, or at
 * once for a text-only page (`csr = false`), which ships no JavaScript and never hydrates.
 */
export async function pageReady(page: Page) {
	const hydrates = (await page.locator('link[rel="modulepreload"]').count()) > 0;
	if (hydrates) await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}
