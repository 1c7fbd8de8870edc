import { course } from './course-content';
import { expect, open, test } from './fixtures';
import { buildDeck } from '../../src/lib/present/deck';

const deck = buildDeck(course);

test('a presenter moves through the whole deck with the keys a clicker sends', async ({ page }) => {
	await open(page, '/present');
	const heading = page.getByRole('heading', { level: 1 });
	await expect(heading).toHaveText(deck[0]!.heading);
	for (const [index, slide] of deck.entries()) {
		await expect(heading).toHaveText(slide.heading);
		await expect(page.getByText(`Slide ${index + 1} of ${deck.length}`)).toBeVisible();
		await page.keyboard.press(index % 2 ? 'PageDown' : 'ArrowRight');
	}
	await expect(heading).toHaveText(deck.at(-1)!.heading);
	await page.keyboard.press('PageUp');
	await expect(heading).toHaveText(deck.at(-2)!.heading);
	await page.keyboard.press('Home');
	await expect(heading).toHaveText(deck[0]!.heading);
	await page.keyboard.press('End');
	await expect(heading).toHaveText(deck.at(-1)!.heading);
	await page.keyboard.press('ArrowLeft');
	await expect(heading).toHaveText(deck.at(-2)!.heading);
	await page.keyboard.press(' ');
	await expect(heading).toHaveText(deck.at(-1)!.heading);
});

test('B blanks the screen and shows it again', async ({ page }) => {
	await open(page, '/present');
	await page.keyboard.press('b');
	await expect(page.getByRole('img', { name: /The screen is blanked/ })).toBeVisible();
	await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0);
	await page.keyboard.press('b');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(deck[0]!.heading);
});

test('Esc leaves the presentation for the home page', async ({ page }) => {
	await open(page, '/present');
	await page.keyboard.press('Escape');
	await expect(page).toHaveURL(/\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(course.setting.course.title);
});

test('N opens speaker notes in a second window that follows the slides', async ({
	page,
	context
}) => {
	await open(page, '/present');
	const notesOpened = context.waitForEvent('page');
	await page.keyboard.press('n');
	const notes = await notesOpened;
	await expect(notes.getByRole('status')).toHaveText(
		`Following the presentation: slide 1 of ${deck.length}`
	);
	await expect(notes.getByRole('heading', { level: 1 })).toHaveText(deck[0]!.heading);
	for (const note of deck[0]!.notes) await expect(notes.getByText(note)).toBeVisible();

	await page.bringToFront();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect(notes.getByRole('heading', { level: 1 })).toHaveText(deck[2]!.heading);
	await expect(notes.getByText(`Next: ${deck[3]!.heading}`)).toBeVisible();
	await page.keyboard.press('b');
	await expect(notes.getByRole('status')).toContainText('(screen blanked)');
});

for (const viewport of [
	{ width: 1920, height: 1080 },
	{ width: 1024, height: 768 }
]) {
	test(`every slide fits without scrolling at ${viewport.width}×${viewport.height}`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		await open(page, '/present');
		for (const slide of deck) {
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(slide.heading);
			const stage = page.locator('.stage');
			const overflow = await stage.evaluate(
				(element) => element.scrollHeight - element.clientHeight
			);
			expect(overflow, `slide ${slide.id} overflows by ${overflow}px`).toBeLessThanOrEqual(0);
			if (viewport.width === 1920) {
				const size = await stage.evaluate((element) =>
					parseFloat(getComputedStyle(element).fontSize)
				);
				expect(size).toBeGreaterThanOrEqual(32);
			}
			await page.keyboard.press('ArrowRight');
		}
	});
}
