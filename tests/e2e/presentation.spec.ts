import { course } from './course-content';
import { expect, open, test } from './fixtures';
import { tabTo } from './keyboard';
import { buildDeck } from '../../src/lib/present/deck';
import { WHOM_IT_BINDS } from '../../src/lib/content/audience';

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
	const shown = deck[2]!;
	const rules = shown.kind === 'points' ? shown.rules : shown.kind === 'vote' ? shown.clauses : [];
	expect(rules.length, 'the third slide rests on rules of the policy').toBeGreaterThan(0);
	for (const { id, rule, who } of rules) {
		const link = notes.getByRole('link', { name: rule, exact: true });
		await expect(link).toHaveAttribute('href', `/policy#${id}`);
		await expect(notes.getByRole('listitem').filter({ has: link })).toHaveText(
			`${WHOM_IT_BINDS[who]}: ${rule}`
		);
	}
	await expect(notes.getByText(/^Policy rule /)).toHaveCount(0);
	await page.keyboard.press('b');
	await expect(notes.getByRole('status')).toContainText('(screen blanked)');
});

for (const viewport of [
	{ width: 1920, height: 1080 },
	{ width: 1024, height: 768 }
]) {
	test(`every slide, and every step of each vote, fits without scrolling at ${viewport.width}×${viewport.height}`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		await open(page, '/present');
		const stage = page.locator('.stage');
		const expectFits = async (what: string) => {
			const overflow = await stage.evaluate(
				(element) => element.scrollHeight - element.clientHeight
			);
			expect(overflow, `${what} overflows by ${overflow}px`).toBeLessThanOrEqual(0);
		};
		for (const slide of deck) {
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(slide.heading);
			await expectFits(slide.id);
			if (viewport.width === 1920) {
				const size = await stage.evaluate((element) =>
					parseFloat(getComputedStyle(element).fontSize)
				);
				expect(size).toBeGreaterThanOrEqual(32);
			}
			if (slide.kind === 'vote') {
				// Follow the last choice at every step, then check the ending it leads to.
				const reveal = page.getByRole('button', { name: 'Reveal what follows' });
				for (let step = 0; (await reveal.count()) > 0; step++) {
					const choices = await page.getByRole('button', { name: /Add a vote for choice/ }).count();
					await page.keyboard.press(String(choices));
					await expectFits(`${slide.id} step ${step} with votes`);
					await page.keyboard.press('Enter');
				}
				await expect(page.getByRole('button', { name: 'Try a different choice' })).toBeVisible();
				await expectFits(`${slide.id} ending`);
			}
			await page.keyboard.press('ArrowRight');
		}
	});
}

test('the room votes on a parent scenario by keys and clicks, and the tallies show', async ({
	page
}) => {
	const voteIndex = deck.findIndex((slide) => slide.kind === 'vote');
	const slide = deck[voteIndex]!;
	if (slide.kind !== 'vote') throw new Error('The deck has no vote');
	const start = slide.scenario.nodes[slide.scenario.start]!;
	await open(page, '/present');
	for (let i = 0; i < voteIndex; i++) await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(slide.heading);

	const choices = page
		.getByRole('list', { name: 'Choices: hands up for each' })
		.getByRole('listitem');
	await expect(choices).toHaveCount(start.choices.length);
	const reveal = page.getByRole('button', { name: 'Reveal what follows' });
	await expect(reveal).toBeDisabled();

	await page.keyboard.press('1');
	await page.keyboard.press('2');
	await expect(page.getByText('Tied: add a vote to break the tie.')).toBeVisible();
	await expect(reveal).toBeDisabled();
	await page.getByRole('button', { name: 'Add a vote for choice 2' }).click();
	await page.keyboard.press('2');
	await expect(choices.nth(0).getByLabel('1 votes')).toBeVisible();
	await expect(choices.nth(1).getByLabel('3 votes')).toBeVisible();
	await expect(choices.nth(2).getByLabel('0 votes')).toBeVisible();

	// After a click on a vote button, which keeps focus, Enter still reveals (and adds no vote).
	await page.getByRole('button', { name: 'Add a vote for choice 2' }).click();
	await expect(choices.nth(1).getByLabel('4 votes')).toBeVisible();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('list', { name: 'What the room chose' })).toHaveText(
		`The room chose: ${start.choices[1]!.label} (4 of 5 hands)`
	);
	const next = start.choices[1]!.next;
	const ending = slide.scenario.endings[next];
	if (ending) {
		await expect(page.getByText(ending.happened)).toBeVisible();
	} else {
		const node = slide.scenario.nodes[next]!;
		await expect(page.getByRole('button', { name: 'Add a vote for choice 1' })).toBeVisible();
		await expect(choices).toHaveCount(node.choices.length);
		await expect(choices.nth(0).getByLabel('0 votes')).toBeVisible();
	}
});

test('after a click on a vote button, Space moves on to the next slide', async ({ page }) => {
	const voteIndex = deck.findIndex((slide) => slide.kind === 'vote');
	await open(page, '/present');
	for (let i = 0; i < voteIndex; i++) await page.keyboard.press('ArrowRight');
	const count = page.getByText(`Slide ${voteIndex + 1} of ${deck.length}`);
	await expect(count).toBeVisible();
	await page.getByRole('button', { name: 'Add a vote for choice 1' }).click();
	await page.keyboard.press(' ');
	await expect(page.getByText(`Slide ${voteIndex + 2} of ${deck.length}`)).toBeVisible();

	// A keyboard user who tabs to a button still presses it with Space.
	await page.keyboard.press('ArrowLeft');
	await expect(count).toBeVisible();
	await tabTo(page, page.getByRole('button', { name: 'Add a vote for choice 1' }));
	await page.keyboard.press(' ');
	await expect(page.getByLabel('2 votes')).toBeVisible();
	await expect(count).toBeVisible();
});

test('in full screen the room sees only the slide: the control bar shows when the mouse moves', async ({
	page
}) => {
	await open(page, '/present');
	const bar = page.getByRole('navigation', { name: 'Presentation' });
	await expect(bar).toBeVisible();
	await page.keyboard.press('f');
	await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
	await expect(bar).toBeHidden();

	await page.mouse.move(200, 200);
	await page.mouse.move(240, 260);
	await expect(bar).toBeVisible();
	await expect(bar).toBeHidden({ timeout: 6000 });

	await page.keyboard.press('f');
	await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
	await expect(bar).toBeVisible();
});

test('in full screen, the Tab that brings back the control bar lands on it, and it stays while used', async ({
	page
}) => {
	// The page's own clock, so that the bar's hide timer can be run past without waiting for it.
	await page.clock.install();
	await open(page, '/present');
	const bar = page.getByRole('navigation', { name: 'Presentation' });
	await page.keyboard.press('f');
	await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
	await expect(bar).toBeHidden();

	await page.keyboard.press('Tab');
	await expect(bar.getByRole('button', { name: 'Next' })).toBeFocused();
	await expect(bar).toBeVisible();
	await page.clock.runFor(3500);
	await expect(bar).toBeVisible();

	await page.reload();
	await expect(bar).toBeVisible();
	await page.keyboard.press('f');
	await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
	await page.keyboard.press('Shift+Tab');
	await expect(bar.getByRole('button', { name: 'Leave' })).toBeFocused();
});

test('the title slide fills a projector screen', async ({ page }) => {
	await page.setViewportSize({ width: 1920, height: 1080 });
	await open(page, '/present');
	const heading = page.getByRole('heading', { level: 1 });
	await expect(heading).toBeVisible();
	const { fontSize, textLeft, textRight } = await heading.evaluate((element) => {
		const text = document.createRange();
		text.selectNodeContents(element);
		const { left, right } = text.getBoundingClientRect();
		return {
			fontSize: parseFloat(getComputedStyle(element).fontSize),
			textLeft: left,
			textRight: right
		};
	});
	expect(fontSize).toBeGreaterThanOrEqual(0.09 * 1080);
	// The words themselves sit in the middle, not only the box that holds them.
	expect(Math.abs((textLeft + textRight) / 2 - 960)).toBeLessThan(20);
});

test("the evening plays every vote's openings to an ending, and shows families only their rules, labelled", async ({
	page
}) => {
	test.setTimeout(120_000);
	await open(page, '/present');
	const slide = page.locator('.stage');
	const heading = page.getByRole('heading', { level: 1 });
	let endingsSeen = 0;
	for (const shown of deck) {
		await expect(heading).toHaveText(shown.heading);
		if (shown.kind === 'vote') {
			const { scenario, clauses } = shown;
			const openings = scenario.nodes[scenario.start]!.choices;
			for (const [first] of openings.entries()) {
				// The opening's choice number `first`, then the first choice at every later step.
				let at = openings[first]!.next;
				await page.keyboard.press(String(first + 1));
				await page.keyboard.press('Enter');
				while (scenario.nodes[at]) {
					await page.keyboard.press('1');
					await page.keyboard.press('Enter');
					at = scenario.nodes[at]!.choices[0]!.next;
				}
				const ending = scenario.endings[at]!;
				await expect(slide.getByText(ending.happened)).toBeVisible();
				const cited = ending.clauses.flatMap((id) => clauses.filter((clause) => clause.id === id));
				const families = cited.filter(({ who }) => who !== 'staff');
				const rules = slide.getByRole('list', { name: "The policy's rules behind this" });
				await expect(rules.getByRole('listitem')).toHaveText(
					families.map(({ who, rule }) => `${WHOM_IT_BINDS[who]}: ${rule}`)
				);
				for (const { rule } of cited.filter(({ who }) => who === 'staff')) {
					await expect(slide.getByText(rule)).toHaveCount(0);
				}
				const staffOnly = cited.length - families.length;
				await expect(slide.getByText(/behind this ending binds? staff only/)).toHaveCount(
					staffOnly > 0 ? 1 : 0
				);
				endingsSeen++;
				await page.getByRole('button', { name: 'Start again' }).click();
			}
		}
		await page.keyboard.press('ArrowRight');
	}
	expect(endingsSeen).toBeGreaterThan(0);
});
