import type { Page } from '@playwright/test';
import { PAGE_LIBRARIES } from '../../tools/bench/budgets';

/** Options for the tests that need the service worker, which playwright.config.ts blocks. */
export const withServiceWorker = { serviceWorkers: 'allow' } as const;

/**
 * Keeps every script the page downloads from now on, and answers whether one of the libraries that
 * only some pages need is among them (recognised as the bench recognises it).
 */
export function watchScripts(page: Page): (library: string) => Promise<boolean> {
	const scripts: Promise<string>[] = [];
	page.on('response', (response) => {
		if (/\.js$/.test(new URL(response.url()).pathname)) {
			scripts.push(response.text().catch(() => ''));
		}
	});
	return async (library) => {
		const entry = PAGE_LIBRARIES.find((candidate) => candidate.library === library);
		if (!entry) throw new Error(`The bench does not know a library called ${library}`);
		return (await Promise.all(scripts)).some((text) => entry.signature.test(text));
	};
}
