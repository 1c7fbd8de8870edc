import type { Locator, Page } from '@playwright/test';
import { inductionOutline } from '../../src/lib/journeys/induction-outline';
import { course } from './course-content';
import { expect, open } from './fixtures';
import { passQuiz, type Hands } from './quiz-answers';

export const outline = inductionOutline(course);
/** The induction's steps: each lesson and each of its staff scenarios. */
export const steps = outline.reduce((total, lesson) => total + 1 + lesson.scenarios.length, 0);

/** Plays the scenario on screen to an ending, taking the first choice each time. */
export async function playToAnEnding(page: Page, hands: Hands) {
	const turnedOut = page.getByRole('heading', { name: 'How it turned out' });
	const firstChoice = page
		.getByRole('list', { name: 'What would you do?' })
		.getByRole('button')
		.first();
	for (let step = 0; step < 10 && !(await turnedOut.isVisible()); step++) {
		await expect(firstChoice).toBeEnabled();
		const label = await firstChoice.innerText();
		await hands.activate(firstChoice);
		await expect(turnedOut.or(firstChoice.filter({ hasNotText: label }))).toBeVisible();
	}
	await expect(page.getByText(/^(Follows|Partly follows|Breaches) the policy$/)).toBeVisible();
}

/** The same hands, counting each click or key press that activates or ticks something. */
function counting(hands: Hands): Hands & { presses: number } {
	const counted = {
		presses: 0,
		activate: (target: Locator) => (counted.presses++, hands.activate(target)),
		tick: (target: Locator) => (counted.presses++, hands.tick(target)),
		type: (target: Locator, text: string) => hands.type(target, text)
	};
	return counted;
}

/**
 * From the home page: a name, each step the home page sends the learner to, the quiz, a
 * certificate. Gives the number of clicks it took, which the issue on journeys asks to keep low.
 */
export async function completeInduction(
	page: Page,
	plainHands: Hands,
	name: string
): Promise<number> {
	const hands = counting(plainHands);
	await open(page, '/');
	await hands.type(page.getByLabel('Your name'), name);
	await hands.activate(page.getByRole('button', { name: 'Start', exact: true }));
	await expect(page.getByRole('heading', { name: `Welcome, ${name}` })).toBeVisible();
	await expect(page.getByText(`0 of ${steps} steps (0%)`)).toBeVisible();

	// From the home page's Continue to the first lesson, each step leads to the next.
	await hands.activate(page.getByRole('link', { name: `Continue: ${outline[0]!.title}` }));
	const order = outline.flatMap((lesson) => [
		{ kind: 'lesson', title: lesson.title, lessonTitle: lesson.title },
		...lesson.scenarios.map(({ title }) => ({
			kind: 'scenario',
			title,
			lessonTitle: lesson.title
		}))
	]);
	for (const [index, step] of order.entries()) {
		await expect(page.getByRole('heading', { level: 1, name: step.title })).toBeVisible();
		if (step.kind === 'lesson') {
			await hands.activate(page.getByRole('button', { name: 'I have read this lesson' }));
			await expect(page.getByText('You have read this lesson.')).toBeVisible();
		} else {
			await playToAnEnding(page, hands);
		}
		const following = order[index + 1];
		const name = !following
			? 'Take the induction quiz'
			: following.kind === 'lesson'
				? `Next lesson: ${following.title}`
				: `Next scenario: ${following.title}`;
		if (step.kind === 'scenario') {
			await expect(page.getByRole('button', { name: 'Try a different choice' })).toHaveClass(
				/secondary/
			);
		}
		await hands.activate(page.getByRole('link', { name, exact: true }));
	}

	await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeVisible();
	await passQuiz(page, hands, course.setting.course.quizQuestions.induction);
	await hands.activate(page.getByRole('link', { name: 'See and print your certificate' }));
	await expect(page.getByRole('heading', { name: 'Certificate of completion' })).toBeVisible();
	await expect(page.getByText(name, { exact: true })).toBeVisible();
	await expect(page.getByText('has completed the induction course')).toBeVisible();
	return hands.presses;
}
