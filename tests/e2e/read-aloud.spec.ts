import type { Page } from '@playwright/test';
import { course } from './course-content';
import { watchScripts } from './downloads';
import { expect, expectAccessible, open, test } from './fixtures';
import {
	americanVoice,
	britishVoice,
	finishSentence,
	highlighted,
	installFakeSpeech,
	listenToTheEnd,
	onlineVoice,
	spoken
} from './fake-speech';
import { questionOnScreen } from './quiz-answers';
import { deviceWith, inductionDone, learnerNamed, seedStore } from './records-store';

const lesson = course.lessons[0]!;
const scenario = course.scenarios[0]!;
const NO_VOICE = 'There is no voice on this device for reading aloud.';

function reader(page: Page) {
	return page.getByRole('group', { name: 'Read aloud' });
}

async function listen(page: Page) {
	await page.getByRole('button', { name: 'Listen' }).click();
	await expect(reader(page)).toBeVisible();
}

/** Presses Listen and waits until the voice is reading the first sentence. */
async function startListening(page: Page) {
	await listen(page);
	await expect(reader(page).getByText(/^Reading sentence 1 of \d+$/)).toBeVisible();
}

/** Where in what was read `text` begins (its first sentence, or its first 30 characters), or -1. */
function placeOf(read: string[], text: string) {
	return read.findIndex((said) => said.startsWith(text.slice(0, 30)) || text.startsWith(said));
}

test('a lesson is read from its title, in order, without the page furniture', async ({ page }) => {
	await installFakeSpeech(page);
	await open(page, `/lessons/${lesson.slug}`);
	await startListening(page);
	const read = await listenToTheEnd(page);

	expect(read.slice(0, 2)).toEqual([`Lesson 1 of ${course.lessons.length}`, lesson.title]);
	const places = [lesson.summary, ...lesson.keyPoints, 'The rules this lesson teaches'].map(
		(text) => placeOf(read, text)
	);
	expect(places.every((place) => place > 1)).toBe(true);
	expect(places).toEqual([...places].sort((a, b) => a - b));
	expect(read.some((said) => /About \d+ minutes|What would you do\?|I have read/.test(said))).toBe(
		false
	);
	expect(read.every((said) => said.length <= 160)).toBe(true);
	const voices = (await spoken(page)).map((utterance) => utterance.voice);
	expect(new Set(voices)).toEqual(new Set([britishVoice.name]));
	// At the end, the reader closes and gives the Listen button back.
	await expect(page.getByRole('button', { name: 'Listen' })).toBeVisible();
	expect(await highlighted(page)).toBeUndefined();
});

test('the sentence being read is highlighted, and the highlight follows the voice', async ({
	page
}) => {
	await installFakeSpeech(page);
	await open(page, `/lessons/${lesson.slug}`);
	await listen(page);
	await expect.poll(() => highlighted(page)).toBe(`Lesson 1 of ${course.lessons.length}`);
	await finishSentence(page);
	await expect.poll(() => highlighted(page)).toBe(lesson.title);
	await expect(reader(page).getByText(/^Reading sentence 2 of \d+$/)).toBeVisible();
	await finishSentence(page);
	await expect.poll(() => highlighted(page)).toBe((await spoken(page)).at(-1)?.text);
	await expectAccessible(page);
});

test('pause, resume and stop', async ({ page }) => {
	await installFakeSpeech(page);
	await open(page, `/lessons/${lesson.slug}`);
	await startListening(page);
	// The reader stands in for the Listen button while it reads.
	await expect(page.getByRole('button', { name: 'Listen' })).toBeHidden();
	await finishSentence(page);
	await reader(page).getByRole('button', { name: 'Pause' }).click();
	await expect(reader(page).getByText(/^Paused at sentence 2 of \d+$/)).toBeVisible();
	expect(await page.evaluate(() => window.fakeSpeech.speaking())).toBe(false);

	await reader(page).getByRole('button', { name: 'Resume' }).click();
	await expect(reader(page).getByText(/^Reading sentence 2 of \d+$/)).toBeVisible();
	expect((await spoken(page)).map((utterance) => utterance.text)).toEqual([
		`Lesson 1 of ${course.lessons.length}`,
		lesson.title,
		lesson.title
	]);

	await reader(page).getByRole('button', { name: 'Stop' }).click();
	await expect(reader(page)).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Listen' })).toBeFocused();
	expect(await finishSentence(page)).toBe(false);
	expect(await highlighted(page)).toBeUndefined();
});

test('Alt+Shift+L starts reading, then pauses and resumes', async ({ page }) => {
	await installFakeSpeech(page);
	await open(page, `/lessons/${lesson.slug}`);
	await page.keyboard.press('Alt+Shift+L');
	await expect(reader(page).getByText(/^Reading sentence 1 of/)).toBeVisible();
	await page.keyboard.press('Alt+Shift+L');
	await expect(reader(page).getByText(/^Paused at sentence 1 of/)).toBeVisible();
	await page.keyboard.press('Alt+Shift+L');
	await expect(reader(page).getByText(/^Reading sentence 1 of/)).toBeVisible();
});

test('the speed and the voice a learner picks are kept for next time', async ({ page }) => {
	await installFakeSpeech(page);
	await seedStore(page, deviceWith([{ learner: learnerNamed('Amira Khan') }]));
	await open(page, `/lessons/${lesson.slug}`);
	await listen(page);
	await reader(page).getByLabel('Speed').selectOption('Slower');
	await reader(page).getByLabel('Voice').selectOption(americanVoice.name);
	await expect
		.poll(async () => (await spoken(page)).at(-1))
		.toMatchObject({ voice: americanVoice.name, rate: 0.8 });

	await open(page, `/lessons/${lesson.slug}`);
	await listen(page);
	await expect(reader(page).getByLabel('Speed')).toHaveValue('slower');
	await expect
		.poll(async () => (await spoken(page)).at(-1))
		.toEqual({
			text: `Lesson 1 of ${course.lessons.length}`,
			voice: americanVoice.name,
			rate: 0.8
		});
});

test('voices that arrive late are waited for', async ({ page }) => {
	await installFakeSpeech(page, [britishVoice], 500);
	await open(page, `/lessons/${lesson.slug}`);
	await listen(page);
	await expect(reader(page).getByText(/^Reading sentence 1 of/)).toBeVisible();
	expect((await spoken(page))[0]?.voice).toBe(britishVoice.name);
});

test('Stop pressed while the voices are loading means nothing is read', async ({ page }) => {
	await installFakeSpeech(page, [britishVoice], 1000);
	await open(page, `/lessons/${lesson.slug}`);
	await listen(page);
	await expect(reader(page).getByText('Looking for a voice on this device…')).toBeVisible();
	await reader(page).getByRole('button', { name: 'Stop' }).click();
	await expect(reader(page)).toHaveCount(0);
	// Once the voices have arrived, the reader that was stopped still says nothing.
	await expect.poll(() => page.evaluate(() => speechSynthesis.getVoices().length)).toBe(1);
	expect(await spoken(page)).toEqual([]);
});

test('with only online voices, nothing is read and the reader says there is no voice on this device', async ({
	page
}) => {
	await installFakeSpeech(page, [onlineVoice, { ...onlineVoice, voiceURI: 'x', lang: 'en-US' }]);
	await open(page, `/lessons/${lesson.slug}`);
	await listen(page);
	await expect(reader(page).getByRole('alert')).toContainText(NO_VOICE);
	await expect(reader(page).getByRole('alert')).toContainText('only online voices');
	expect(await spoken(page)).toEqual([]);
	await reader(page).getByRole('button', { name: 'Close' }).click();
	await expect(page.getByRole('button', { name: 'Listen' })).toBeVisible();
});

test('with no voice at all, the reader says so too', async ({ page }) => {
	await installFakeSpeech(page, []);
	await open(page, `/lessons/${lesson.slug}`);
	await listen(page);
	await expect(reader(page).getByRole('alert')).toHaveText(new RegExp(`^${NO_VOICE}`));
	expect(await spoken(page)).toEqual([]);
});

test('a scenario step is read with its situation, then its choices with their numbers; choosing stops it', async ({
	page
}) => {
	await installFakeSpeech(page);
	await open(page, `/scenarios/${scenario.id}`);
	const node = scenario.nodes[scenario.start]!;
	await startListening(page);
	const read = await listenToTheEnd(page);
	expect(read[0]).toBe('The situation');
	const situation = placeOf(read, node.situationText);
	const choicesHeading = read.indexOf('What would you do?');
	expect(situation).toBeGreaterThan(0);
	expect(choicesHeading).toBeGreaterThan(situation);
	// A choice of two sentences is read as two, the first with the choice's number.
	const choices = read.slice(choicesHeading + 1);
	expect(choices.join(' ')).toBe(
		node.choices.map((choice, index) => `Choice ${index + 1}. ${choice.label}`).join(' ')
	);
	expect(choices.filter((said) => /^Choice \d\. /.test(said))).toHaveLength(node.choices.length);

	await startListening(page);
	expect(await page.evaluate(() => window.fakeSpeech.speaking())).toBe(true);
	await page.getByRole('button', { name: node.choices[0]!.label, exact: true }).click();
	await expect(page.locator('#step-heading')).not.toHaveText('The situation');
	expect(await page.evaluate(() => window.fakeSpeech.speaking())).toBe(false);
	await expect(reader(page)).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Listen' })).toBeVisible();
});

test('a quiz question is read with its numbered options, and the feedback after checking', async ({
	page
}) => {
	await installFakeSpeech(page);
	await seedStore(
		page,
		deviceWith([{ learner: learnerNamed('Sam Lee'), progress: inductionDone() }])
	);
	await open(page, '/quiz/induction');
	await page.getByRole('button', { name: 'Start the quiz' }).click();
	const { question, options, group } = await questionOnScreen(page);
	await startListening(page);
	const read = await listenToTheEnd(page);
	expect(read[0]).toBe(`Question 1 of ${course.setting.course.quizQuestions.induction}`);
	const prompt = placeOf(read, question.prompt);
	const numbered = options.map((option, index) => `Option ${index + 1}. ${option.text}`);
	const firstOption = read.findIndex((said) => said.startsWith('Option 1. '));
	expect(prompt).toBeGreaterThan(0);
	expect(firstOption).toBeGreaterThan(prompt);
	expect(read.slice(firstOption).join(' ')).toBe(numbered.join(' '));

	await group.getByLabel(options[0]!.text, { exact: true }).check();
	await page.getByRole('button', { name: 'Check my answer' }).click();
	await expect(page.getByRole('button', { name: 'Listen' })).toBeVisible();
	const before = read.length;
	await startListening(page);
	const feedback = (await listenToTheEnd(page)).slice(before);
	expect(feedback[0]).toMatch(/^(Right|Not quite)/);
	expect(placeOf(feedback, 'Option 1. ')).toBeGreaterThan(0);
	for (const option of options) {
		expect(placeOf(feedback, option.feedback), option.feedback).toBeGreaterThan(0);
	}
});

test('the presentation does not read aloud', async ({ page }) => {
	await installFakeSpeech(page);
	await open(page, '/present');
	await expect(page.getByRole('button', { name: 'Listen' })).toHaveCount(0);
});

test.describe('what a first visit downloads', () => {
	test('the reader is downloaded only when the learner presses Listen', async ({ page }) => {
		const loads = watchScripts(page);
		await installFakeSpeech(page);
		await open(page, `/lessons/${lesson.slug}`);
		await page.waitForLoadState('networkidle');
		expect(await loads('the reader')).toBe(false);
		await startListening(page);
		expect(await loads('the reader')).toBe(true);
	});
});
