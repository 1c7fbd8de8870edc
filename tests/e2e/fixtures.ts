import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { pageReady } from '../../tools/page-ready';

/**
 * Every end-to-end test runs with these checks: the page makes no request to another origin (the
 * browser cannot reach one: playwright.config.ts resolves no other host), no request of its own
 * fails (offline too: the offline copy must hold all that the course fetches), and it logs no
 * console error. Requests are watched, not intercepted: intercepting each one cost every page load
 * a round trip to the test's process.
 */
export const test = base.extend<{ siteChecks: void }>({
	siteChecks: [
		async ({ page, baseURL }, use) => {
			const origin = new URL(baseURL!).origin;
			const ours = (url: string) => /^(data|blob):/.test(url) || new URL(url).origin === origin;
			const foreign: string[] = [];
			const failed: string[] = [];
			// Asked for, not stopped by the page's own content security policy (which the policy's
			// own test provokes), whether or not it arrived.
			const context = page.context();
			context.on('requestfinished', (request) => {
				if (!ours(request.url())) foreign.push(request.url());
			});
			context.on('requestfailed', (request) => {
				const blockedByPolicy = request.failure()?.errorText === 'csp';
				if (!ours(request.url()) && !blockedByPolicy) foreign.push(request.url());
			});
			// A request cut short because the page moved on (a full load replacing the page) is not
			// a failure to fetch.
			page.on('requestfailed', (request) => {
				const url = request.url();
				if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
				if (ours(url)) failed.push(url);
			});
			const errors: string[] = [];
			page.on('console', (message) => {
				if (message.type() === 'error') errors.push(message.text());
			});
			page.on('pageerror', (error) => errors.push(error.message));
			await use();
			expect(foreign, 'requests to another origin').toEqual([]);
			expect(failed, 'failed requests').toEqual([]);
			expect(errors, 'console errors').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** Opens a page and waits until it can be used (see pageReady). */
export async function open(page: Page, path: string) {
	await page.goto(path);
	await pageReady(page);
}

/** Scans the page with axe for WCAG 2.x A and AA problems (or only the rules named) and expects none. */
export async function expectAccessible(page: Page, onlyRules?: string[]) {
	const axe = new AxeBuilder({ page }).withTags([
		'wcag2a',
		'wcag2aa',
		'wcag21a',
		'wcag21aa',
		'wcag22aa'
	]);
	const results = await (onlyRules ? axe.withRules(onlyRules) : axe).analyze();
	expect(
		results.violations.map(({ id, help, nodes }) => ({ id, help, nodes: nodes.length }))
	).toEqual([]);
}
