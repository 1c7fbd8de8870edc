import { expect, type BrowserContext, type Page } from '@playwright/test';

/** Waits until the service worker has cached the course and controls the page. */
export async function waitUntilCached(page: Page) {
	// `ready` resolves once the worker is active, which it becomes only after caching everything.
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await expect
		.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
		.toBe(true);
}

/**
 * Turns the network off, and proves it is off: a path the worker has not cached must fail to
 * load. The probe runs in a page of its own, whose failed load the console checks do not see.
 */
export async function goOffline(context: BrowserContext) {
	await context.setOffline(true);
	const probe = await context.newPage();
	await expect(probe.goto(`/offline-probe-${Date.now()}`)).rejects.toThrow(/INTERNET_DISCONNECTED/);
	await probe.close();
}
