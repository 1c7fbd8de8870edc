import type { Locator, Page } from '@playwright/test';
import { test, expect, open } from './fixtures';
import { course } from './course-content';
import { highlightedBlocks } from './policy-highlight';
import { tabTo } from './keyboard';

async function follow(page: Page, target: Locator) {
	await expect(target).toBeVisible();
	await tabTo(page, target, 150);
	await page.keyboard.press('Enter');
}

test('the skip link takes the keyboard to the main content', async ({ page }) => {
	await open(page, '/');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('main')).toBeFocused();
});

test('the keyboard alone reads every lesson in order and returns to the course map', async ({
	page
}) => {
	// Tab by Tab through every lesson's links: a long walk on a busy machine.
	test.setTimeout(120_000);
	await open(page, '/');
	const courseMap = page.getByRole('region', { name: 'Course map' });
	await follow(page, courseMap.getByRole('link', { name: course.lessons[0]!.title, exact: true }));
	await expect(page.getByText(/^Lesson 1 of \d+$/)).toBeVisible();

	const lastLesson = page.getByRole('link', { name: /^You have read every lesson/ });
	for (let lesson = 2; !(await lastLesson.isVisible()); lesson += 1) {
		await follow(page, page.getByRole('link', { name: /^Next lesson/ }));
		await expect(page.getByText(new RegExp(`^Lesson ${lesson} of \\d+$`))).toBeVisible();
	}
	await follow(page, lastLesson);
	await expect(page.getByRole('heading', { level: 2, name: 'Course map' })).toBeVisible();
});

test('the keyboard alone follows a citation to the rule in the policy', async ({ page }) => {
	await open(page, '/lessons/why-it-matters');
	await follow(page, page.getByRole('link', { name: 'two groups of people' }));
	await expect(page).toHaveURL(/\/policy#scope$/);
	await expect.poll(() => highlightedBlocks(page)).toEqual(['scope']);
});

test('the keyboard alone reaches help from any page', async ({ page }) => {
	await open(page, '/lessons/defamation');
	await follow(
		page,
		page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Help' })
	);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page).toHaveURL(/\/help$/);
});
