import { readFile } from 'node:fs/promises';
import { course } from './course-content';
import { expect, expectAccessible, open, test } from './fixtures';

test('a missing address gets the course’s own page, styled, with the way home and every lesson', async ({
	page
}) => {
	// What a static host does with 404.html: serve it, as it is, for an address deep in the site.
	// (Hosts send it with status 404, which Chromium logs as a console error that the site checks
	// would count; the status changes nothing the page needs, so the simulation sends 200.)
	const notFound = await readFile('build/404.html', 'utf8');
	await page.route('**/lessons/no-such/lesson', (route) =>
		route.fulfill({ contentType: 'text/html', body: notFound })
	);
	await page.goto('/lessons/no-such/lesson');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
	// The stylesheet is found from this depth too: the page is laid out, not bare HTML.
	const heading = page.getByRole('heading', { level: 1 });
	expect(await heading.evaluate((element) => getComputedStyle(element).fontFamily)).not.toMatch(
		/^"?Times/
	);
	const lessons = page.getByRole('list').filter({ hasText: course.lessons[0]!.title });
	await expect(lessons.getByRole('link')).toHaveCount(course.lessons.length);
	await lessons.getByRole('link', { name: course.lessons[1]!.title }).click();
	await expect(page).toHaveURL(new RegExp(`/lessons/${course.lessons[1]!.slug}$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(course.lessons[1]!.title);
});

test('the not-found page passes an accessibility scan', async ({ page }) => {
	await open(page, '/404');
	await page.getByRole('link', { name: 'Go to the start of the course' }).click();
	await expect(page).toHaveURL(/\/$/);
	await open(page, '/404');
	await expectAccessible(page);
});
