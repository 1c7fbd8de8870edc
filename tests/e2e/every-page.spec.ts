import type { Page } from '@playwright/test';
import { test, expect, open, expectAccessible } from './fixtures';
import { samplePages } from './sample-pages';

// Every prerendered page (scenario pages sampled, see samplePages), read from the build, so new
// pages are covered as they are added. Each page is loaded once and then looked at in each way
// below, resizing and switching colour scheme in place: a load costs more than any one check, and
// the page's CSS answers a resize as it answers a load at that size.
const PARTS = 4;
const perPage = 20_000;

/** Checks the content security policy the page carries (open() has seen it start under it). */
async function expectSecurityPolicy(page: Page) {
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
	expect(directives.get('script-src')?.filter((source) => !source.startsWith("'sha256-"))).toEqual([
		"'self'"
	]);
	expect(directives.get('style-src')).toEqual(["'self'"]);
}

/** What still moves on a page that was asked to keep still. */
function moving(page: Page) {
	return page.evaluate(() => {
		const seconds = (value: string) =>
			Math.max(
				...value.split(',').map((part) => parseFloat(part) * (part.includes('ms') ? 0.001 : 1))
			);
		const animated = [...document.querySelectorAll('*')].filter((element) => {
			const style = getComputedStyle(element);
			return seconds(style.transitionDuration) > 0.001 || seconds(style.animationDuration) > 0.001;
		});
		return {
			elements: animated.map((element) => element.tagName.toLowerCase()),
			smoothScroll: getComputedStyle(document.documentElement).scrollBehavior === 'smooth',
			running: document.getAnimations().length
		};
	});
}

function sidewaysScroll(page: Page) {
	return page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
}

for (let part = 0; part < PARTS; part++) {
	test(`every page, part ${part + 1} of ${PARTS}: starts under the content security policy, keeps still when asked, reflows, and axe finds nothing in light and dark`, async ({
		page
	}) => {
		const pages = samplePages().filter((_, index) => index % PARTS === part);
		const templatesSeen = new Set<string>();
		expect(pages.length).toBeGreaterThan(1);
		test.setTimeout(10_000 + pages.length * perPage);
		for (const path of pages) {
			await test.step(path, async () => {
				// Kept still throughout, so that no transition is caught half way when the colour
				// scheme changes under axe.
				await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
				// 320 CSS pixels is WCAG's reflow width; 640 is a 1280-pixel window at 200% zoom.
				await page.setViewportSize({ width: 320, height: 640 });
				// open() waits for hydration, which the policy would stop if it blocked SvelteKit's start.
				await open(page, path);
				await expectSecurityPolicy(page);
				expect
					.soft(await moving(page), `${path} moves`)
					.toEqual({ elements: [], smoothScroll: false, running: 0 });
				expect
					.soft(await sidewaysScroll(page), `${path} is wider than 320 px`)
					.toBeLessThanOrEqual(0);
				await page.setViewportSize({ width: 640, height: 640 });
				expect
					.soft(await sidewaysScroll(page), `${path} is wider than 640 px`)
					.toBeLessThanOrEqual(0);
				// Every rule once; then only what each change can break: the dark scheme changes only
				// colours, and a wide window changes only the layout. Both come from a template's CSS, so
				// the first page of each template (a lesson, a scenario, a top-level page) is enough.
				const template = path.split('/').length > 2 ? path.slice(0, path.lastIndexOf('/')) : path;
				const firstOfTemplate = !templatesSeen.has(template);
				templatesSeen.add(template);
				for (const { width, height, colorScheme, rules } of [
					{ width: 390, height: 844, colorScheme: 'light', rules: undefined },
					{ width: 390, height: 844, colorScheme: 'dark', rules: ['color-contrast'] },
					{
						width: 1920,
						height: 1080,
						colorScheme: 'light',
						rules: ['target-size', 'scrollable-region-focusable']
					}
				] as const) {
					if (rules && !firstOfTemplate) continue;
					await page.setViewportSize({ width, height });
					await page.emulateMedia({ colorScheme });
					await test.step(`axe at ${width}×${height}, ${colorScheme}`, () =>
						expectAccessible(page, rules && [...rules]));
				}
			});
		}
	});
}

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
