import type { Page } from '@playwright/test';
import { test, expect, open, expectAccessible } from './fixtures';
import { samplePages } from './sample-pages';

// Each test walks every prerendered page (scenario pages sampled, see samplePages), read from the
// build, so new pages are covered as they are added. Time grows with the number of pages.
const perPage = 6_000;

/**
 * Runs the check on every page (or on every other page, from the first or the second), reporting
 * each failing page rather than stopping at the first.
 */
async function onEveryPage(page: Page, check: (path: string) => Promise<void>, half?: 0 | 1) {
	const pages = samplePages().filter((_, index) => half === undefined || index % 2 === half);
	expect(pages.length).toBeGreaterThan(1);
	test.setTimeout(10_000 + pages.length * perPage);
	for (const path of pages) {
		await test.step(path, () => check(path));
	}
}

const viewports = [
	{ width: 390, height: 844, colorScheme: 'light' },
	{ width: 1920, height: 1080, colorScheme: 'light' },
	// Colours do not change with width, so one width checks the dark scheme's contrast.
	{ width: 390, height: 844, colorScheme: 'dark' }
] as const;

// The slowest check, in two halves that can run side by side, so that no one test holds up the end
// of the run.
for (const { width, height, colorScheme } of viewports) {
	for (const half of [0, 1] as const) {
		test(`axe finds nothing on any page at ${width}×${height}, ${colorScheme} (half ${half + 1} of 2)`, async ({
			page
		}) => {
			await page.setViewportSize({ width, height });
			await page.emulateMedia({ colorScheme });
			await onEveryPage(
				page,
				async (path) => {
					await open(page, path);
					await expectAccessible(page);
				},
				half
			);
		});
	}
}

// 320 CSS pixels is WCAG's reflow width; 640 is a 1280-pixel window at 200% zoom.
for (const width of [320, 640]) {
	test(`no page scrolls sideways at ${width} px wide`, async ({ page }) => {
		await page.setViewportSize({ width, height: 640 });
		await onEveryPage(page, async (path) => {
			await open(page, path);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect.soft(overflow, `${path} is wider than the screen`).toBeLessThanOrEqual(0);
		});
	});
}

test('every page honours prefers-reduced-motion', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await onEveryPage(page, async (path) => {
		await open(page, path);
		const moving = await page.evaluate(() => {
			const seconds = (value: string) =>
				Math.max(
					...value.split(',').map((part) => parseFloat(part) * (part.includes('ms') ? 0.001 : 1))
				);
			const animated = [...document.querySelectorAll('*')].filter((element) => {
				const style = getComputedStyle(element);
				return (
					seconds(style.transitionDuration) > 0.001 || seconds(style.animationDuration) > 0.001
				);
			});
			return {
				elements: animated.map((element) => element.tagName.toLowerCase()),
				smoothScroll: getComputedStyle(document.documentElement).scrollBehavior === 'smooth',
				running: document.getAnimations().length
			};
		});
		expect.soft(moving, `${path} moves`).toEqual({ elements: [], smoothScroll: false, running: 0 });
	});
});

test('every page carries the content security policy and still starts', async ({ page }) => {
	await onEveryPage(page, async (path) => {
		// open() waits for hydration, which the policy would stop if it blocked SvelteKit's start.
		await open(page, path);
		const policy = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		const directives = new Map(
			(policy ?? '').split(';').map((directive) => {
				const [name = '', ...sources] = directive.trim().split(/\s+/);
				return [name, sources] as const;
			})
		);
		expect(directives.get('default-src')).toEqual(["'self'"]);
		expect(
			directives.get('script-src')?.filter((source) => !source.startsWith("'sha256-"))
		).toEqual(["'self'"]);
		expect(directives.get('style-src')).toEqual(["'self'"]);
	});
});

test('the policy blocks an injected inline script and anything from another origin', async ({
	page
}) => {
	await open(page, '/');
	// A page of its own: the blocked attempts log errors there, away from the console checks.
	const attacked = await page.context().newPage();
	await attacked.goto('/');
	// Both attempts must be reported; the test times out if either is let through unreported.
	const blocked = await attacked.evaluate(
		() =>
			new Promise<{ violations: string[]; ran: boolean }>((resolve) => {
				const violations: string[] = [];
				document.addEventListener('securitypolicyviolation', (event) => {
					violations.push(event.effectiveDirective);
					if (violations.length < 2) return;
					resolve({ violations: violations.sort(), ran: 'injected' in document.body.dataset });
				});
				const script = document.createElement('script');
				script.textContent = 'document.body.dataset.injected = ""';
				document.body.append(script);
				const image = document.createElement('img');
				image.src = 'https://example.com/pixel.png';
				document.body.append(image);
			})
	);
	expect(blocked).toEqual({ violations: ['img-src', 'script-src-elem'], ran: false });
});
