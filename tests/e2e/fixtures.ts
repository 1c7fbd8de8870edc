import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { pageReady } from './page-ready';

/**
 * Offline, moving to another page first asks for its data (`__data.json`), which the offline
 * copy does not keep; the browser logs that failure, and SvelteKit then loads the page whole.
 */
const OFFLINE_DATA_FETCH =
	/^(Failed to load resource: net::ERR_INTERNET_DISCONNECTED|TypeError: Failed to fetch)/;

/**
 * Every end-to-end test runs with these checks: the page makes no request to another origin
 * (such requests are blocked and reported), and logs no console error. A test that sets
 * `offlineDataFetches` may log the errors of a page's data that cannot be fetched offline, so long
 * as every request that failed was for such data.
 */
export const test = base.extend<{ offlineDataFetches: boolean; siteChecks: void }>({
	offlineDataFetches: [false, { option: true }],
	siteChecks: [
		async ({ page, baseURL, offlineDataFetches }, use) => {
			const origin = new URL(baseURL!).origin;
			const foreign: string[] = [];
			const failed: string[] = [];
			// A request cut short because the page moved on (a full load replacing the page) is not
			// a failure to fetch.
			page.on('requestfailed', (request) => {
				if (request.failure()?.errorText !== 'net::ERR_ABORTED') failed.push(request.url());
			});
			let errors: string[] = [];
			await page.context().route('**/*', (route) => {
				const url = route.request().url();
				if (/^(data|blob):/.test(url) || new URL(url).origin === origin) return route.continue();
				foreign.push(url);
				return route.abort('blockedbyclient');
			});
			page.on('console', (message) => {
				if (message.type() === 'error') errors.push(message.text());
			});
			page.on('pageerror', (error) => errors.push(error.message));
			await use();
			expect(foreign, 'requests to another origin').toEqual([]);
			if (offlineDataFetches) {
				const others = failed.filter((url) => !new URL(url).pathname.endsWith('/__data.json'));
				expect(others, 'failed requests other than a page’s data').toEqual([]);
				errors = errors.filter((error) => !OFFLINE_DATA_FETCH.test(error));
			}
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

/** Scans the page with axe for WCAG 2.x A and AA problems and expects none. */
export async function expectAccessible(page: Page) {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	expect(
		results.violations.map(({ id, help, nodes }) => ({ id, help, nodes: nodes.length }))
	).toEqual([]);
}
