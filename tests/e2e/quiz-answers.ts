import type { FrameLocator, Locator, Page } from '@playwright/test';
import type { Question } from '../../src/lib/content/quiz';
import { course } from './course-content';
import { expect } from './fixtures';

/**
 * The bank's question now on screen (on a page, or in a frame of one), found by its prompt and its
 * options, in screen order.
 */
export async function questionOnScreen(page: Page | FrameLocator) {
	const group = page.getByRole('group');
	const prompt = (await group.locator('legend').innerText()).trim();
	const texts = (await group.locator('label').allInnerTexts()).map((text) => text.trim());
	const matches = course.questions.filter(
		(question) =>
			question.prompt === prompt &&
			question.options.length === texts.length &&
			question.options.every((option) => texts.includes(option.text))
	);
	expect(matches, `one question in the bank matches "${prompt}"`).toHaveLength(1);
	const question = matches[0]!;
	const options = texts.map((text) => question.options.find((option) => option.text === text)!);
	return { question, options, group };
}

/** The options to choose to answer rightly, or one wrong option to answer wrongly. */
export function choicesFor(question: Question, rightly: boolean): string[] {
	const correct = question.options.filter((option) => option.correct === rightly);
	return (rightly ? correct : correct.slice(0, 1)).map((option) => option.text);
}

/** How a person works the page: with a mouse (or finger), or with the keyboard alone. */
export interface Hands {
	activate(target: Locator): Promise<void>;
	tick(target: Locator): Promise<void>;
	type(target: Locator, text: string): Promise<void>;
}

export const mouse: Hands = {
	activate: (target) => target.click(),
	tick: (target) => target.check(),
	type: (target, text) => target.fill(text)
};

/** Answers every question of the quiz on screen rightly, then shows the result. */
export async function passQuiz(page: Page, hands: Hands, total: number) {
	await hands.activate(page.getByRole('button', { name: 'Start the quiz' }));
	for (let number = 1; number <= total; number++) {
		await expect(
			page.getByRole('heading', { name: `Question ${number} of ${total}` })
		).toBeVisible();
		const { question, group } = await questionOnScreen(page);
		for (const text of choicesFor(question, true)) {
			await hands.tick(group.getByLabel(text, { exact: true }));
		}
		await hands.activate(page.getByRole('button', { name: 'Check my answer' }));
		await hands.activate(page.getByRole('button', { name: /Next question|See your result/ }));
	}
	await expect(page.getByText(/you passed/i).first()).toBeVisible();
}
