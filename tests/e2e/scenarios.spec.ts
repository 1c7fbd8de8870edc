import type { Page } from '@playwright/test';
import type { Audience } from '../../src/lib/content/audience';
import type { Outcome, Scenario } from '../../src/lib/content/scenario';
import { outcomeLabel } from '../../src/lib/scenario/outcome-labels';
import { isForParents, isForStaff } from '../../src/lib/content/audience';
import { scenariosOfLesson } from '../../src/lib/content/course-links';
import { PAGE_LIBRARIES } from '../../tools/bench/budgets';
import { course } from './course-content';
import { watchScripts } from './downloads';
import { expect, expectAccessible, open, test } from './fixtures';
import { tabTo } from './keyboard';
import { storedDraft } from './records-store';

/** The choices on the shortest way to an ending with this outcome, taking at least `steps`. */
function wayTo(scenario: Scenario, outcome: Outcome, steps = 1) {
	const queue = [{ at: scenario.start, labels: [] as string[] }];
	for (let item = queue.shift(); item; item = queue.shift()) {
		const ending = scenario.endings[item.at];
		if (ending?.outcome === outcome && item.labels.length >= steps) {
			return { labels: item.labels, ending };
		}
		for (const choice of scenario.nodes[item.at]?.choices ?? []) {
			queue.push({ at: choice.next, labels: [...item.labels, choice.label] });
		}
	}
	throw new Error(`${scenario.id} has no way of ${steps} steps to an ending that ${outcome}`);
}

const hasSecondDecision = (scenario: Scenario) => Object.keys(scenario.nodes).length > 1;
const staff = course.scenarios.filter((s) => isForStaff(s) && hasSecondDecision(s));
/** Whether a learner can reach an ending that follows, and one that breaches in as many steps. */
function followsAndBreaches(scenario: Scenario): boolean {
	try {
		wayTo(scenario, 'breaches', wayTo(scenario, 'follows').labels.length);
		return true;
	} catch {
		return false;
	}
}
const forParents = course.scenarios.find(
	(s) => isForParents(s) && hasSecondDecision(s) && followsAndBreaches(s)
)!;
const [first, second] = staff as [Scenario, Scenario];

/** The first words of a text, enough to find it on the page. */
const opening = (text: string) => text.slice(0, 40);

/** The part of the page that shows where the learner is, named by its heading. */
function step(page: Page) {
	return page.getByRole('region', {
		name: /^(The situation|What happens next|How it turned out)$/
	});
}

function stepHeading(page: Page) {
	return page.locator('#step-heading');
}

async function choose(page: Page, label: string) {
	await page.getByRole('button', { name: label, exact: true }).click();
}

/** Checks that the ending shows its outcome, what happened, and the policy's words it cites. */
async function expectEnding(
	page: Page,
	ending: Scenario['endings'][string],
	audience: Audience = 'staff'
) {
	await expect(stepHeading(page)).toHaveText('How it turned out');
	await expect(
		step(page).getByText(outcomeLabel(ending.outcome, audience), { exact: true })
	).toBeVisible();
	await expect(step(page)).toContainText(ending.happened);
	await expect(step(page)).toContainText(ending.why);
	const quotes = step(page).getByRole('figure');
	await expect(quotes).toHaveCount(ending.clauses.length);
	for (const [index, id] of ending.clauses.entries()) {
		const clause = course.policy.clauses.find((candidate) => candidate.id === id)!;
		await expect(quotes.nth(index)).toContainText(opening(clause.words));
		await expect(quotes.nth(index).getByRole('link', { name: clause.rule })).toHaveAttribute(
			'href',
			new RegExp(`/policy#${id}$`)
		);
		await expect(quotes.nth(index)).toHaveAccessibleName(clause.rule);
	}
}

test('a scenario played to an ending that follows the policy shows why, in its words', async ({
	page
}) => {
	const { labels, ending } = wayTo(first, 'follows');
	await open(page, `/scenarios/${first.id}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.title);
	await expect(stepHeading(page)).toHaveText('The situation');
	await expect(step(page)).toContainText(opening(first.nodes[first.start]!.situationText));
	await expect(
		step(page).getByRole('list', { name: 'What would you do?' }).getByRole('button')
	).toHaveCount(3);
	await expectAccessible(page);

	for (const label of labels) await choose(page, label);

	await expectEnding(page, ending);
	await expect(stepHeading(page)).toBeFocused();
	await expect(page.getByRole('status')).toContainText(`You chose: ${labels.at(-1)}.`);
	await expect(page.getByRole('status')).toContainText(`Follows the policy. ${ending.happened}`);
	await expectAccessible(page);

	const id = ending.clauses[0]!;
	await step(page).getByRole('figure').first().getByRole('link').click();
	await expect(page).toHaveURL(new RegExp(`/policy#${id}$`));
});

test('a scenario played to a breach through a second decision, then tried again', async ({
	page
}) => {
	const { labels, ending } = wayTo(second, 'breaches', 2);
	await open(page, `/scenarios/${second.id}`);

	await choose(page, labels[0]!);
	await expect(stepHeading(page)).toHaveText('What happens next');
	await expect(stepHeading(page)).toBeFocused();
	await expect(step(page)).toContainText(`You chose: ${labels[0]}`);
	for (const label of labels.slice(1)) await choose(page, label);
	await expectEnding(page, ending);
	await expectAccessible(page);

	await page.getByRole('button', { name: 'Try a different choice' }).click();
	await expect(stepHeading(page)).toHaveText('What happens next');
	await expect(stepHeading(page)).toBeFocused();
	await expect(page.getByRole('button', { name: labels.at(-1), exact: true })).toBeVisible();

	await page.getByRole('button', { name: 'Start again' }).click();
	await expect(stepHeading(page)).toHaveText('The situation');
	await expect(stepHeading(page)).toBeFocused();
	await expect(page.getByRole('button', { name: 'Start again' })).toHaveCount(0);
});

test('a reload in the middle resumes at the same node, and so does a closed tab', async ({
	page,
	context
}) => {
	const scenario = first;
	const choice = scenario.nodes[scenario.start]!.choices.find(({ next }) => scenario.nodes[next])!;
	const middle = scenario.nodes[choice.next]!;
	await open(page, `/scenarios/${scenario.id}`);
	await choose(page, choice.label);
	await expect(step(page)).toContainText(opening(middle.situationText));
	await expect.poll(() => storedDraft(page, `scenario:${scenario.id}`)).toBeTruthy();

	await page.reload();
	await expect(page.locator('html[data-hydrated]')).toBeAttached();
	await expect(page.getByText('You are carrying on where you left off.')).toBeVisible();
	await expect(stepHeading(page)).toHaveText('What happens next');
	await expect(step(page)).toContainText(opening(middle.situationText));

	await page.close();
	const again = await context.newPage();
	await open(again, `/scenarios/${scenario.id}`);
	await expect(step(again)).toContainText(opening(middle.situationText));
	const last = middle.choices.find(({ next }) => scenario.endings[next])!;
	await choose(again, last.label);
	const ending = scenario.endings[last.next]!;
	await expectEnding(again, ending);
	await expect
		.poll(() => storedDraft(again, `scenario:${scenario.id}`))
		.toMatchObject({ value: last.next });

	await again.reload();
	await expect(
		step(again).getByText(outcomeLabel(ending.outcome, 'staff'), { exact: true })
	).toBeVisible();
	await again.getByRole('button', { name: 'Start again' }).click();
	await expect(stepHeading(again)).toHaveText('The situation');
	await expect.poll(() => storedDraft(again, `scenario:${scenario.id}`)).toBeUndefined();
	await again.reload();
	await expect(again.locator('html[data-hydrated]')).toBeAttached();
	await expect(stepHeading(again)).toHaveText('The situation');
	await expect(again.getByText('You are carrying on where you left off.')).toHaveCount(0);
});

test.describe('what a scenario page downloads', () => {
	test('the situation shows without XState, which comes with the first choice', async ({
		page
	}) => {
		const hasDownloaded = watchScripts(page);
		await open(page, `/scenarios/${first.id}`);
		await page.waitForLoadState('networkidle');
		expect(await hasDownloaded('XState')).toBe(false);

		const { labels, ending } = wayTo(first, 'follows');
		await choose(page, labels[0]!);
		await expect(stepHeading(page)).not.toHaveText('The situation');
		expect(await hasDownloaded('XState')).toBe(true);
		for (const label of labels.slice(1)) await choose(page, label);
		await expectEnding(page, ending);
	});

	test('the choices work before the storage library arrives, and the place is kept after', async ({
		page
	}) => {
		const storage = PAGE_LIBRARIES.find(({ library }) => library === 'localforage')!.signature;
		let release = () => {};
		const arrived = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/*.js', async (route) => {
			const response = await route.fetch();
			if (storage.test(await response.text())) await arrived;
			await route.fulfill({ response });
		});
		await open(page, `/scenarios/${first.id}`);
		const choice = first.nodes[first.start]!.choices.find(({ next }) => first.nodes[next])!;
		await choose(page, choice.label);
		await expect(stepHeading(page)).toHaveText('What happens next');
		expect(await page.evaluate(() => indexedDB.databases())).toEqual([]);

		release();
		// Read the store only once the site has made it, so that this test never makes it first.
		await expect
			.poll(async () => (await page.evaluate(() => indexedDB.databases())).length)
			.toBe(1);
		await expect.poll(() => storedDraft(page, `scenario:${first.id}`)).toBeDefined();
		await page.reload();
		await expect(page.getByText('You are carrying on where you left off.')).toBeVisible();
	});

	test('a double click while XState downloads chooses once', async ({ page }) => {
		const choice = first.nodes[first.start]!.choices.find(({ next }) => first.nodes[next])!;
		const middle = first.nodes[choice.next]!;
		await open(page, `/scenarios/${first.id}`);
		// XState arrives only after both clicks, so the second lands while it is still on its way.
		let release = () => {};
		const clickedTwice = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/*.js', async (route) => {
			await clickedTwice;
			await route.continue();
		});
		await page.getByRole('button', { name: choice.label, exact: true }).dblclick();
		release();
		await expect(stepHeading(page)).toHaveText('What happens next');
		await expect(step(page)).toContainText(opening(middle.situationText));
		await page.getByRole('button', { name: 'Try a different choice' }).click();
		await expect(stepHeading(page)).toHaveText('The situation');
	});
});

test('a scenario for parents played with the keyboard alone', async ({ page }) => {
	const follows = wayTo(forParents, 'follows');
	const breaches = wayTo(forParents, 'breaches', follows.labels.length);
	await open(page, `/scenarios/${forParents.id}`);
	await expect(page.getByRole('button', { name: follows.labels[0], exact: true })).toBeEnabled();

	for (const label of follows.labels) {
		await tabTo(page, page.getByRole('button', { name: label, exact: true }));
		await page.keyboard.press('Enter');
		await expect(stepHeading(page)).toBeFocused();
		await expect(page.getByRole('status')).toContainText(`You chose: ${label}.`);
	}
	await expectEnding(page, follows.ending, forParents.audience);

	await tabTo(page, page.getByRole('button', { name: 'Start again' }));
	await page.keyboard.press('Space');
	await expect(stepHeading(page)).toHaveText('The situation');
	await expect(stepHeading(page)).toBeFocused();

	for (const label of breaches.labels) {
		await tabTo(page, page.getByRole('button', { name: label, exact: true }));
		await page.keyboard.press('Space');
	}
	await expectEnding(page, breaches.ending, forParents.audience);

	await tabTo(page, page.getByRole('button', { name: 'Try a different choice' }));
	await page.keyboard.press('Enter');
	await expect(stepHeading(page)).toBeFocused();
	await expect(
		page.getByRole('button', { name: breaches.labels.at(-1), exact: true })
	).toBeVisible();
});

test('a lesson offers its scenarios after the reading, each on its own page', async ({ page }) => {
	const lesson = course.lessons.find((candidate) => candidate.slug === first.lesson)!;
	const theirs = scenariosOfLesson(course, lesson.slug);
	await open(page, `/lessons/${lesson.slug}`);
	const section = page.getByRole('region', { name: 'What would you do?' });
	await expect(section.getByRole('listitem')).toHaveCount(theirs.length);
	// Each rule in words, linked to the policy; its id is for authors, not learners.
	const rules = page.getByRole('region', { name: 'The rules this lesson teaches' });
	const taught = lesson.clauses.map((id) =>
		course.policy.clauses.find((candidate) => candidate.id === id)!
	);
	await expect(rules.getByRole('listitem')).toHaveText(taught.map(({ rule }) => rule));
	for (const { id, rule } of taught) {
		await expect(rules.getByRole('link', { name: rule, exact: true })).toHaveAttribute(
			'href',
			`/policy#${id}`
		);
	}
	await expectAccessible(page);

	await section.getByRole('link', { name: first.title, exact: true }).click();
	await expect(page).toHaveURL(new RegExp(`/scenarios/${first.id}$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.title);
});

test('a lesson with no scenarios offers none', async ({ page }) => {
	const lesson = course.lessons.find(
		(candidate) => scenariosOfLesson(course, candidate.slug).length === 0
	);
	test.skip(!lesson, 'every lesson has a scenario');
	await open(page, `/lessons/${lesson!.slug}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson!.title);
	await expect(page.getByRole('region', { name: 'What would you do?' })).toHaveCount(0);
});

test('every scenario is listed by lesson', async ({ page }) => {
	await open(page, '/scenarios');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('What would you do?');
	for (const scenario of course.scenarios) {
		await expect(
			page.getByRole('link', { name: scenario.title, exact: true }),
			scenario.id
		).toHaveAttribute('href', new RegExp(`/scenarios/${scenario.id}$`));
	}
	await expectAccessible(page);
});

test('the coverage page lists the scenarios under each clause they cite', async ({ page }) => {
	const { ending } = wayTo(first, 'follows');
	const id = ending.clauses[0]!;
	await open(page, '/coverage');
	const row = page
		.getByRole('row')
		.filter({ has: page.getByRole('link', { name: id, exact: true }) });
	await expect(row.getByRole('link', { name: first.title, exact: true })).toBeVisible();
	await expectAccessible(page);
});

for (const viewport of [
	{ width: 390, height: 844 },
	{ width: 1920, height: 1080 }
]) {
	test(`a scenario fits a ${viewport.width} px wide screen from start to ending`, async ({
		page
	}) => {
		const { labels, ending } = wayTo(forParents, 'breaches');
		await page.setViewportSize(viewport);
		await open(page, `/scenarios/${forParents.id}`);
		for (const label of labels) await choose(page, label);
		await expectEnding(page, ending, forParents.audience);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBe(0);
	});
}
