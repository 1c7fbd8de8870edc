import type { Page } from '@playwright/test';
import { course } from './course-content';
import { installFakeSpeech, listenToTheEnd } from './fake-speech';
import { expect, expectAccessible, open, test } from './fixtures';
import { buildDeck } from '../../src/lib/present/deck';
import { screenLabel } from '../../src/lib/scenario/screen-words';

// A friend request: the screen the issue names first, on a scenario that opens with one.
const scenario = course.scenarios.find((candidate) => candidate.id === 'parent-friend-request')!;
const opening = scenario.nodes[scenario.start]!;
const label = screenLabel(opening.screen!);

/** Whether the page scrolls sideways. */
const scrollsSideways = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('a scenario opens with its screen, above the situation, and passes axe', async ({
		page
	}) => {
		await open(page, `/scenarios/${scenario.id}`);
		const screen = page.getByRole('figure', { name: label });
		await expect(screen).toBeVisible();
		await expect(screen.getByText('Leah', { exact: true })).toBeVisible();
		// No image of a person, ever: the avatar is initials.
		await expect(screen.locator('img')).toHaveCount(0);
		const situation = page.getByText(opening.situationText.slice(0, 40));
		const [screenBox, situationBox] = [await screen.boundingBox(), await situation.boundingBox()];
		expect(screenBox!.y + screenBox!.height).toBeLessThanOrEqual(situationBox!.y);
		expect(await scrollsSideways(page)).toBe(false);
		await expectAccessible(page);
	});

	test('it reflows at 320 px with no sideways scroll', async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 640 });
		// The longest screen in the course: a post with its photo and three comments.
		await open(page, `/scenarios/${scenario.id}`);
		await page.getByRole('button', { name: opening.choices[0]!.label, exact: true }).click();
		await expect(
			page.getByRole('figure', { name: 'On your phone: your post on Facebook' })
		).toBeVisible();
		expect(await scrollsSideways(page)).toBe(false);
	});

	test('read aloud reads the screen in order: its label, then what is on it, then the situation', async ({
		page
	}) => {
		await installFakeSpeech(page);
		await open(page, `/scenarios/${scenario.id}`);
		await page.getByRole('button', { name: 'Listen' }).click();
		const reader = page.getByRole('group', { name: 'Read aloud' });
		await expect(reader.getByText(/^Reading sentence 1 of \d+$/)).toBeVisible();
		const read = await listenToTheEnd(page);
		const at = (said: string) => read.indexOf(said);
		expect(read[0]).toBe('The situation');
		expect(read.slice(at(label), at(label) + 4)).toEqual([
			label,
			'Friend request',
			'Leah',
			'Saturday evening'
		]);
		const situation = read.findIndex((said) => opening.situationText.startsWith(said));
		expect(at(label)).toBeGreaterThan(0);
		expect(situation).toBeGreaterThan(at('Saturday evening'));
		expect(at('What would you do?')).toBeGreaterThan(situation);
		// The app bar repeats the label's "on Facebook", so it is not read twice.
		expect(read.filter((said) => said === 'Facebook')).toEqual([]);
	});
});

test.describe('on the projector', () => {
	test.use({ viewport: { width: 1920, height: 1080 } });

	const deck = buildDeck(course);
	const voteIndex = deck.findIndex(
		(slide) => slide.kind === 'vote' && slide.scenario.nodes[slide.scenario.start]!.screen
	);
	const slide = deck[voteIndex]!;
	if (slide.kind !== 'vote') throw new Error('No vote slide opens with a screen');
	const voteLabel = screenLabel(slide.scenario.nodes[slide.scenario.start]!.screen!);

	test('a vote slide shows the same screen large, its text at least 28 px, and passes axe', async ({
		page
	}) => {
		await open(page, '/present');
		for (let i = 0; i < voteIndex; i++) await page.keyboard.press('ArrowRight');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(slide.heading);
		const screen = page.getByRole('figure', { name: voteLabel });
		await expect(screen).toBeVisible();
		expect((await screen.boundingBox())!.width).toBeGreaterThan(500);
		const smallest = await screen.evaluate((figure) =>
			Math.min(
				...[...figure.querySelectorAll('*')]
					.filter((element) =>
						[...element.childNodes].some((node) => node.nodeType === 3 && node.textContent!.trim())
					)
					.map((element) => parseFloat(getComputedStyle(element).fontSize))
			)
		);
		expect(smallest).toBeGreaterThanOrEqual(28);
		await expectAccessible(page);
	});
});
