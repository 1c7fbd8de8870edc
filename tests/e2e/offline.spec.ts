import type { Scenario } from '../../src/lib/content/scenario';
import { buildDeck } from '../../src/lib/present/deck';
import { course } from './course-content';
import { highlightedBlocks } from './policy-highlight';
import { test, expect, open } from './fixtures';
import { completeInduction, outline } from './induction';
import { keyboard } from './keyboard';
import { goOffline, waitUntilCached } from './offline';
import { storedDraft } from './records-store';
import { samplePages } from './sample-pages';
import { withServiceWorker } from './downloads';

test.use(withServiceWorker);

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

	// With the keyboard alone, too: the one whole induction that proves both.
	test('a new member of staff does the whole induction by the links they follow, with the keyboard alone', async ({
		page
	}) => {
		test.setTimeout(240_000);
		await completeInduction(page, keyboard(page), 'Nadia Offline');
	});

	test('a tab closed in the middle of a scenario resumes there when reopened', async ({
		page,
		context
	}) => {
		const lesson = outline.find(({ scenarios }) => scenarios.length > 0)!;
		const scenario = course.scenarios.find(({ id }) => id === lesson.scenarios[0]!.id)!;
		const choice = scenario.nodes[scenario.start]!.choices.find(
			({ next }) => scenario.nodes[next]
		)!;
		const middle = scenario.nodes[choice.next]!.situationText.slice(0, 40);
		const nextStep = (tab: typeof page) => tab.getByRole('region', { name: 'What happens next' });
		const followLinks = async (tab: typeof page) => {
			await tab
				.getByRole('region', { name: 'Course map' })
				.getByRole('link', { name: lesson.title, exact: true })
				.click();
			await tab.getByRole('link', { name: scenario.title, exact: true }).click();
			await expect(tab.getByRole('heading', { level: 1 })).toHaveText(scenario.title);
		};

		await followLinks(page);
		await page.getByRole('button', { name: choice.label, exact: true }).click();
		await expect(nextStep(page)).toContainText(middle);
		await expect.poll(() => storedDraft(page, `scenario:${scenario.id}`)).toBeTruthy();
		await page.close();

		const again = await context.newPage();
		await open(again, '/');
		await followLinks(again);
		await expect(again.getByText('You are carrying on where you left off.')).toBeVisible();
		await expect(nextStep(again)).toContainText(middle);
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
		const pages = samplePages();
		test.setTimeout(10_000 + pages.length * 3_000);
		for (const path of pages) {
			await test.step(path, async () => {
				await open(page, path);
				await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			});
		}
	});
});
