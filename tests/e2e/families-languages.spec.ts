import type { Page } from '@playwright/test';
import { localiseCourse } from '../../src/lib/content/translation/localise';
import { familiesView } from '../../src/lib/families/families-view';
import { buildDeck } from '../../src/lib/present/deck';
import { familyOutcome } from '../../src/lib/scenario/player-words';
import {
	readLessonsFolder,
	readTranslationFiles
} from '../../src/lib/server/content/lessons-folder';
import { LANGUAGE_CHOICE_KEY } from '../../src/lib/records/language-choice';
import { course } from './course-content';
import { britishVoice, installFakeSpeech } from './fake-speech';
import { expect, expectAccessible, open, test } from './fixtures';
import { pdfPages } from './pdf-text';

const files = { ...readLessonsFolder(process.cwd()), ...readTranslationFiles(process.cwd()) };
const inLanguage = (code: string) => localiseCourse(course, files, code);
const urdu = inLanguage('ur');
const polish = inLanguage('pl');
const englishDeck = buildDeck(course);
const firstVote = englishDeck.findIndex((slide) => slide.kind === 'vote');

const picked = (page: Page) =>
	page.evaluate((key) => localStorage.getItem(key), LANGUAGE_CHOICE_KEY);

async function expectDocument(page: Page, lang: string, dir: string) {
	await expect(page.locator('html')).toHaveAttribute('lang', lang);
	await expect(page.locator('html')).toHaveAttribute('dir', dir);
}

/** Prints the page as the setting would, and expects one A4 page without a localhost address. */
async function expectOneA4Page(page: Page) {
	await page.emulateMedia({ media: 'print' });
	const pages = await pdfPages(await page.pdf({ format: 'A4' }));
	expect(pages).toHaveLength(1);
	expect(pages[0]!.letters).not.toContain('localhost');
	await page.emulateMedia({ media: 'screen' });
}

test('a family reads in Urdu, plays a scenario to its end, and the switch keeps its place', async ({
	page
}) => {
	const text = urdu.text.families;
	const view = familiesView(urdu.course);
	const scenario = urdu.course.scenarios.find(({ id }) => id === view.scenarios[0]!.id)!;
	await installFakeSpeech(page, [britishVoice]);

	// Reading stores nothing; picking a language does.
	await open(page, '/families');
	expect(await picked(page)).toBeNull();
	await page.getByRole('link', { name: 'اردو' }).click();
	await expect(page).toHaveURL(/\/ur\/families$/);
	await expectDocument(page, 'ur', 'rtl');
	await expect(page.getByText(urdu.text.translation.draft)).toBeVisible();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.title);
	await expect(page.getByText(urdu.text.policy.englishCounts)).toBeVisible();
	expect(await picked(page)).toBe('ur');
	const nastaliq = await page.evaluate(async () => {
		await document.fonts.ready;
		return document.fonts.check('20px "Noto Nastaliq Urdu"', 'خاندان');
	});
	expect(nastaliq, 'the Urdu font has loaded').toBe(true);
	await expectAccessible(page);

	await page.getByRole('link', { name: text.startScenarios }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(scenario.title);
	// Listen looks for an Urdu voice on the device, and says in Urdu that there is none.
	await page.getByRole('button', { name: text.listen }).click();
	await expect(page.getByRole('alert')).toHaveText(text.noVoice);
	let at = scenario.start;
	while (scenario.nodes[at]) {
		const choice = scenario.nodes[at]!.choices[0]!;
		await page.getByRole('button', { name: choice.label, exact: true }).click();
		at = choice.next;
	}
	await expect(page.locator('#step-heading')).toHaveText(text.playerTurnedOut);
	const ending = scenario.endings[at]!;
	await expect(page.getByText(familyOutcome(text, ending.outcome), { exact: true })).toBeVisible();
	await expectAccessible(page);

	// English is one tap away, on the same scenario; the pick goes with it.
	await page.getByRole('link', { name: 'English', exact: true }).click();
	await expect(page).toHaveURL(new RegExp(`/families/scenarios/${scenario.id}$`));
	await expectDocument(page, 'en-GB', 'ltr');
	expect(await picked(page)).toBe('en');
	await page.getByRole('link', { name: 'اردو' }).click();
	await expect(page).toHaveURL(new RegExp(`/ur/families/scenarios/${scenario.id}$`));
	// Back at the families' home, the family is taken to the language it picked.
	await open(page, '/families');
	await expect(page).toHaveURL(/\/ur\/families$/);
});

test('a family reads in Polish, and the handouts print on one A4 page; reading stores nothing', async ({
	page
}) => {
	const text = polish.text.families;
	await open(page, '/pl/families');
	await expectDocument(page, 'pl', 'ltr');
	await expect(page.getByText(polish.text.translation.draft)).toBeVisible();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.title);
	await expectAccessible(page);
	await page.getByRole('link', { name: text.handoutLink }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.handoutTitle);
	const requests = familiesView(polish.course).lessons.flatMap(({ points }) => points);
	expect(requests.some((point) => point.includes('[request:'))).toBe(false);
	await expectOneA4Page(page);

	await open(page, '/ur/families/handout');
	await expectDocument(page, 'ur', 'rtl');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(urdu.text.families.handoutTitle);
	// The course has no public address yet: a line to write it on, never localhost.
	await expect(page.getByText(urdu.text.families.handoutWriteAddress)).toBeVisible();
	await expectAccessible(page);
	await expectOneA4Page(page);
	expect(await picked(page)).toBeNull();
});

test('the presenter picks a draft language, is told it is a draft, and the room votes', async ({
	page
}) => {
	await page.setViewportSize({ width: 1024, height: 768 });
	const stage = page.locator('.stage');
	const expectFits = async (what: string) => {
		const overflow = await stage.evaluate((element) => element.scrollHeight - element.clientHeight);
		expect(overflow, `${what} overflows by ${overflow}px`).toBeLessThanOrEqual(0);
	};

	for (const [code, translation] of [
		['pl', polish],
		['ur', urdu]
	] as const) {
		const deck = buildDeck(translation.course, translation.text);
		const vote = deck[firstVote]!;
		if (vote.kind !== 'vote') throw new Error('The translated deck has no vote where English has');

		await open(page, '/present');
		await page.getByRole('button', { name: 'Language: English only' }).click();
		await page.getByRole('button', { name: translation.language.name }).click();
		await expect(page.getByRole('alert')).toContainText('is a draft');
		await page
			.getByRole('button', { name: `Show the draft in ${translation.language.english}` })
			.click();
		await expect(page).toHaveURL(new RegExp(`/${code}/present$`));
		await expectDocument(page, code, translation.language.dir);
		await expect(page.getByText(translation.text.translation.draft)).toBeVisible();
		await expect(page.getByRole('heading', { level: 1 })).toContainText(deck[0]!.heading);
		await expectFits(`${code} title`);

		for (let index = 0; index < firstVote; index++) await page.keyboard.press('ArrowRight');
		await expect(page.getByRole('heading', { level: 1 })).toContainText(vote.heading);
		const start = vote.scenario.nodes[vote.scenario.start]!;
		await expect(page.locator('.choices .translation').first()).toHaveText(start.choices[0]!.label);
		const reveal = page.getByRole('button', { name: 'Reveal what follows' });
		for (let step = 0; (await reveal.count()) > 0; step++) {
			await page.keyboard.press('1');
			await expectFits(`${code} vote, step ${step}`);
			await page.keyboard.press('Enter');
		}
		await expectFits(`${code} vote's ending`);
		const outcomes = ['follows', 'partly', 'breaches'] as const;
		// In the language where the label is translated; English stays where it is not yet.
		const verdict = page.locator('.verdict');
		await expect(verdict).toHaveText(
			new RegExp(
				outcomes.map((outcome) => familyOutcome(translation.text.families, outcome)).join('|')
			)
		);
		await expectAccessible(page);
	}
});
