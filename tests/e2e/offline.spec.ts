import type { Scenario } from '../../src/lib/content/scenario';
import { buildDeck } from '../../src/lib/present/deck';
import { course } from './course-content';
import { highlightedBlocks } from './policy-highlight';
import { test, expect, open } from './fixtures';
import { goOffline, waitUntilCached } from './offline';
import { sitePages } from './site-pages';

/** The choices that take a scenario from its start to an ending, always picking the first. */
function firstChoices(scenario: Scenario) {
	const labels: string[] = [];
	let at = scenario.start;
	for (let node = scenario.nodes[at]; node; node = scenario.nodes[at]) {
		const choice = node.choices[0]!;
		labels.push(choice.label);
		at = choice.next;
	}
	return { labels, ending: scenario.endings[at]! };
}

test.describe('after one visit, with the network off', () => {
	test.use({ offlineDataFetches: true });

	test.beforeEach(async ({ page, context }) => {
		await open(page, '/');
		await waitUntilCached(page);
		await goOffline(context);
	});

	test('a lesson opens and its citation leads to the policy', async ({ page }) => {
		const first = course.lessons[0]!;
		const courseMap = page.getByRole('region', { name: 'Course map' });
		await courseMap.getByRole('link', { name: first.title, exact: true }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.title);

		await page.getByRole('link', { name: 'two groups of people' }).click();
		await expect(page).toHaveURL(/\/policy#scope$/);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Social Networking policy');
		await expect.poll(() => highlightedBlocks(page)).toEqual(['scope']);
	});

	test('a lesson leads to its scenario, which plays to its end', async ({ page }) => {
		const scenario = course.scenarios[0]!;
		const { labels, ending } = firstChoices(scenario);
		await open(page, `/lessons/${scenario.lesson}`);
		await page.getByRole('link', { name: scenario.title, exact: true }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(scenario.title);

		for (const label of labels) {
			await page.getByRole('button', { name: label, exact: true }).click();
		}
		await expect(page.locator('#step-heading')).toHaveText('How it turned out');
		await expect(page.getByRole('region', { name: 'How it turned out' })).toContainText(
			ending.happened
		);
	});

	test("a parents' evening runs through every slide", async ({ page }) => {
		const deck = buildDeck(course);
		await open(page, '/present');
		const heading = page.getByRole('heading', { level: 1 });
		for (const slide of deck) {
			await expect(heading).toHaveText(slide.heading);
			await page.keyboard.press('ArrowRight');
		}
		await page.keyboard.press('Home');
		await page.keyboard.press('End');
		await expect(heading).toHaveText(deck.at(-1)!.heading);
		await expect(page.getByRole('alert')).toHaveCount(0);
	});

	test('every page opens afresh from the cache and starts', async ({ page }) => {
		const pages = sitePages();
		test.setTimeout(10_000 + pages.length * 3_000);
		for (const path of pages) {
			await test.step(path, async () => {
				await open(page, path);
				await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			});
		}
	});
});
