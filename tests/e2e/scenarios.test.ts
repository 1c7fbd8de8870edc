import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, open, test } from './fixtures';

const FRIEND_REQUEST = '/scenarios/parent-friend-request';
const ANGRY_POST = '/scenarios/angry-post-after-incident';

function stepHeading(page: Page) {
	return page.locator('#step-heading');
}

/** The part of the page that shows where the learner is, named by its heading. */
function step(page: Page) {
	return page.getByRole('region', {
		name: /^(The situation|What happens next|How it turned out)$/
	});
}

function choose(page: Page, label: RegExp) {
	return page.getByRole('button', { name: label }).click();
}

/** Presses Tab until `target` has focus, as a keyboard user moves through the page. */
async function tabTo(page: Page, target: Locator) {
	for (let presses = 0; presses < 40; presses++) {
		await page.keyboard.press('Tab');
		if (await target.evaluate((element) => element === document.activeElement)) return;
	}
	throw new Error(`Tab never reached ${target}`);
}

test('a scenario played to an ending that follows the policy shows why, in its words', async ({
	page
}) => {
	await open(page, FRIEND_REQUEST);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'A friend request from a parent'
	);
	await expect(stepHeading(page)).toHaveText('The situation');
	await expectAccessible(page);

	await choose(page, /^Decline it, and next time you see her/);

	await expect(stepHeading(page)).toHaveText('How it turned out');
	await expect(stepHeading(page)).toBeFocused();
	await expect(page.getByText('Follows the policy', { exact: true })).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: 'You chose: Decline it' })).toHaveText(
		/Follows the policy\. You decline the request\./
	);
	await expect(page.getByRole('heading', { name: 'Why' })).toBeVisible();

	const words = page
		.locator('figure')
		.filter({ hasText: 'Polite refusal is perhaps embarrassing' });
	await expect(words.getByRole('link')).toHaveAttribute('href', /\/policy#refuse-politely$/);
	await expectAccessible(page);

	await words.getByRole('link').click();
	await expect(page).toHaveURL(/\/policy#refuse-politely$/);
});

test('a scenario played to a breach, then tried again one step back', async ({ page }) => {
	await open(page, FRIEND_REQUEST);
	await choose(page, /^Accept it\. It's the weekend/);
	await expect(stepHeading(page)).toHaveText('What happens next');
	await expect(step(page)).toContainText("You chose: Accept it. It's the weekend");
	await expect(step(page).getByText('Leah comments underneath')).toBeVisible();

	await choose(page, /^Reply 'He's been a little angel!'/);
	await expect(page.getByText('Breaches the policy', { exact: true })).toBeVisible();
	await expect(page.locator('figure').getByRole('link')).toHaveCount(4);
	await expect(page.locator('figure a[href$="/policy#no-refer-children-parents"]')).toBeVisible();
	await expectAccessible(page);

	await page.getByRole('button', { name: 'Try a different choice' }).click();
	await expect(stepHeading(page)).toHaveText('What happens next');
	await expect(stepHeading(page)).toBeFocused();
	await choose(page, /^Delete the comment, unfriend Leah/);
	await expect(page.getByText('Partly follows the policy', { exact: true })).toBeVisible();

	await page.getByRole('button', { name: 'Start again' }).click();
	await expect(stepHeading(page)).toHaveText('The situation');
	await expect(page.getByRole('button', { name: 'Start again' })).toHaveCount(0);
});

test('a reload in the middle resumes at the same node, and so does a closed tab', async ({
	page,
	context
}) => {
	await open(page, FRIEND_REQUEST);
	await choose(page, /^Ignore it for now/);
	await expect(step(page).getByText('Leah smiles and asks')).toBeVisible();

	await page.reload();
	await expect(page.locator('html[data-hydrated]')).toBeAttached();
	await expect(page.getByText('You are carrying on where you left off.')).toBeVisible();
	await expect(stepHeading(page)).toHaveText('What happens next');
	await expect(step(page).getByText('Leah smiles and asks')).toBeVisible();

	await page.close();
	const again = await context.newPage();
	await open(again, FRIEND_REQUEST);
	await expect(step(again).getByText('Leah smiles and asks')).toBeVisible();
	await choose(again, /^Explain kindly that it's the pre-school's policy/);
	await expect(again.getByText('Follows the policy', { exact: true })).toBeVisible();

	await again.reload();
	await expect(again.getByText('Follows the policy', { exact: true })).toBeVisible();
	await again.getByRole('button', { name: 'Start again' }).click();
	await expect(stepHeading(again)).toHaveText('The situation');
	await again.reload();
	await expect(again.locator('html[data-hydrated]')).toBeAttached();
	await expect(stepHeading(again)).toHaveText('The situation');
	await expect(again.getByText('You are carrying on where you left off.')).toHaveCount(0);
});

test('a scenario for parents played with the keyboard alone', async ({ page }) => {
	await open(page, ANGRY_POST);
	const talk = page.getByRole('button', { name: /^Don't post\. Ask to speak/ });
	await expect(talk).toBeEnabled();

	await tabTo(page, talk);
	await page.keyboard.press('Enter');
	await expect(stepHeading(page)).toBeFocused();
	await expect(page.getByRole('status')).toContainText('You chose: Don');

	await tabTo(page, page.getByRole('button', { name: /^Thank her, and say you'd rather not/ }));
	await page.keyboard.press('Space');
	await expect(stepHeading(page)).toBeFocused();
	await expect(page.getByText('Follows the policy', { exact: true })).toBeVisible();

	await tabTo(page, page.getByRole('button', { name: 'Try a different choice' }));
	await page.keyboard.press('Enter');
	await expect(stepHeading(page)).toBeFocused();
	await tabTo(page, page.getByRole('button', { name: /^Tell her the child's name/ }));
	await page.keyboard.press('Enter');
	await expect(page.getByText('Breaches the policy', { exact: true })).toBeVisible();

	await tabTo(page, page.getByRole('button', { name: 'Start again' }));
	await page.keyboard.press('Enter');
	await expect(stepHeading(page)).toHaveText('The situation');
	await expect(stepHeading(page)).toBeFocused();
});

test('a lesson offers its scenarios after the reading, each on its own page', async ({ page }) => {
	await open(page, '/lessons/friend-requests');
	const section = page.getByRole('region', { name: 'What would you do?' });
	await expect(
		section.getByRole('link', { name: 'A friend request from a parent', exact: true })
	).toBeVisible();
	await expectAccessible(page);

	await section.getByRole('link', { name: 'A friend request from a parent', exact: true }).click();
	await expect(page).toHaveURL(new RegExp(`${FRIEND_REQUEST}$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'A friend request from a parent'
	);
});

test('every scenario is listed by lesson', async ({ page }) => {
	await open(page, '/scenarios');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('What would you do?');
	await expect(page.locator('main li a')).toHaveCount(14);
	await expectAccessible(page);
});

test('the coverage page lists the scenarios under each clause they cite', async ({ page }) => {
	await open(page, '/coverage');
	const row = page
		.getByRole('row')
		.filter({ has: page.getByRole('link', { name: 'refuse-politely' }) });
	await expect(
		row.getByRole('link', { name: 'A friend request from a parent', exact: true })
	).toBeVisible();
	await expectAccessible(page);
});

for (const viewport of [
	{ width: 390, height: 844 },
	{ width: 1920, height: 1080 }
]) {
	test(`a scenario fits a ${viewport.width} px wide screen from start to ending`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		await open(page, ANGRY_POST);
		await choose(page, /^Post it\. Other parents deserve to know/);
		await expect(page.getByText('Breaches the policy', { exact: true })).toBeVisible();
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBe(0);
	});
}
