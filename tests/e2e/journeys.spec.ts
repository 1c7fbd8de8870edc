import type { Locator, Page } from '@playwright/test';
import { inductionOutline } from '../../src/lib/journeys/induction-outline';
import { addMonths, localDate } from '../../src/lib/dates/calendar-date';
import { course } from './course-content';
import { expect, expectAccessible, open, test } from './fixtures';
import { tabTo } from './keyboard';
import { mouse, passQuiz, type Hands } from './quiz-answers';
import {
	deviceWith,
	learnerNamed,
	passedCertificate,
	seedStore,
	storedDraft
} from './records-store';

const outline = inductionOutline(course);
const steps = outline.reduce((total, lesson) => total + 1 + lesson.scenarios.length, 0);

function keyboard(page: Page): Hands {
	return {
		async activate(target) {
			// A control that took focus as it appeared (the next step, say) needs no Tab.
			if (!(await target.evaluate((element) => element === document.activeElement))) {
				await tabTo(page, target, 150);
			}
			await page.keyboard.press('Enter');
		},
		async tick(target) {
			const radioGroup = await target.evaluate((element) =>
				element instanceof HTMLInputElement && element.type === 'radio' ? element.name : undefined
			);
			if (!radioGroup) {
				await tabTo(page, target, 150);
				await page.keyboard.press('Space');
				return;
			}
			// A radio group is one Tab stop; the arrow keys move through it, choosing as they go.
			const inGroup = () =>
				page.evaluate(
					(name) => (document.activeElement as HTMLInputElement | null)?.name === name,
					radioGroup
				);
			for (let presses = 0; presses < 150 && !(await inGroup()); presses++) {
				await page.keyboard.press('Tab');
			}
			for (let presses = 0; presses < 8; presses++) {
				if (await target.evaluate((element) => element === document.activeElement)) break;
				await page.keyboard.press('ArrowDown');
			}
			if (!(await target.isChecked())) await page.keyboard.press('Space');
			await expect(target).toBeChecked();
		},
		async type(target, text) {
			await tabTo(page, target, 150);
			await page.keyboard.type(text);
		}
	};
}

/** Plays the scenario on screen to an ending, taking the first choice each time. */
async function playToAnEnding(page: Page, hands: Hands) {
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
async function completeInduction(page: Page, plainHands: Hands, name: string): Promise<number> {
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

test.describe('induction', () => {
	test.setTimeout(240_000);

	test('a new member of staff completes the induction from the home page to a certificate', async ({
		page
	}) => {
		const clicks = await completeInduction(page, mouse, 'Aisha Khan');
		test.info().annotations.push({ type: 'clicks', description: String(clicks) });
		console.log(`A whole induction took ${clicks} clicks.`);
		await page.reload();
		await expect(page.getByText('has completed the induction course')).toBeVisible();
	});

	test('the whole induction works with the keyboard alone', async ({ page }) => {
		await completeInduction(page, keyboard(page), 'Tom Reid');
	});
});

test('the home page resumes where a learner left off, and ticks what is done', async ({ page }) => {
	const [first, second] = course.lessons;
	await seedStore(
		page,
		deviceWith([{ learner: learnerNamed('Jo Baker'), progress: { lessonsRead: [first!.slug] } }])
	);
	await open(page, '/');
	await expect(page.getByRole('heading', { name: 'Welcome, Jo Baker' })).toBeVisible();
	const firstScenario = outline[0]!.scenarios[0];
	const expected = firstScenario
		? `Continue: ${firstScenario.title}`
		: `Continue: ${second!.title}`;
	await expect(page.getByRole('link', { name: expected })).toBeVisible();
	await expect(page.getByRole('progressbar', { name: 'Induction progress' })).toHaveAttribute(
		'value',
		'1'
	);
	await expect(page.getByText('The button under your name above always leads')).toBeVisible();
	await expect(page.getByText('Enter your name above')).toHaveCount(0);
	await expectAccessible(page);
});

test('a learner whose certificate expires in 10 days is reminded, and completes the refresher', async ({
	page
}) => {
	test.setTimeout(120_000);
	const learner = learnerNamed('Grace Obi');
	const today = localDate(new Date());
	const expiresIn10Days = new Date(Date.now() + 10 * 86_400_000);
	const completed = new Date(
		`${addMonths(localDate(expiresIn10Days), -course.setting.course.certificateMonths)}T12:00:00`
	);
	const certificate = await passedCertificate(learner, completed);
	await seedStore(page, deviceWith([{ learner, progress: { certificates: [certificate] } }]));

	await open(page, '/');
	const reminder = page.getByRole('status').filter({ hasText: 'Your certificate expires on' });
	await expect(reminder).toContainText('(in 10 days)');
	await reminder.getByRole('link', { name: 'Start the refresher' }).click();

	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Annual refresher');
	for (const lesson of course.lessons) {
		await expect(page.getByRole('heading', { name: lesson.title, level: 3 })).toBeVisible();
	}
	const drawn = page
		.getByRole('region', { name: '2. Situations to think through' })
		.getByRole('listitem');
	await expect(drawn).toHaveCount(course.setting.course.refresherScenarios);
	const titles = await drawn.getByRole('link').allInnerTexts();
	for (const title of titles) {
		await page.getByRole('link', { name: title, exact: true }).click();
		await playToAnEnding(page, mouse);
		await page.goBack();
		// By the exact link: one title can begin another ("…from a parent" and "…parent's sister").
		const item = drawn.filter({ has: page.getByRole('link', { name: title, exact: true }) });
		await expect(item).toContainText('Finished');
	}
	await expect(page.getByText(`${titles.length} of ${titles.length} finished`)).toBeVisible();
	await expectAccessible(page);

	await page.getByRole('link', { name: 'Take the refresher quiz' }).click();
	await passQuiz(page, mouse, course.setting.course.quizQuestions.refresher);
	await page.getByRole('link', { name: 'See and print your certificate' }).click();
	await expect(page.getByText('has completed the annual refresher course')).toBeVisible();

	await open(page, '/');
	await expect(
		page.getByRole('status').filter({ hasText: 'Your certificate expires on' })
	).toHaveCount(0);
	expect(today).toBe(localDate(new Date()));
});

test("a guest's refresher round is kept from the first situation they open", async ({ page }) => {
	await open(page, '/refresher');
	const drawn = page
		.getByRole('region', { name: '2. Situations to think through' })
		.getByRole('listitem')
		.getByRole('link');
	await expect(drawn).toHaveCount(course.setting.course.refresherScenarios);
	const titles = await drawn.allInnerTexts();
	expect(await storedDraft(page, 'refresher:round')).toBeUndefined();

	await page.getByRole('link', { name: titles[0], exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(titles[0] ?? '');
	await expect.poll(() => storedDraft(page, 'refresher:round')).toBeTruthy();
	await open(page, '/refresher');
	await expect(drawn).toHaveCount(titles.length);
	expect(await drawn.allInnerTexts()).toEqual(titles);
});

test('an expired certificate shows an expired notice that offers the refresher', async ({
	page
}) => {
	const learner = learnerNamed('Sam Lee');
	const certificate = await passedCertificate(learner, new Date(Date.now() - 400 * 86_400_000));
	await seedStore(page, deviceWith([{ learner, progress: { certificates: [certificate] } }]));
	await open(page, '/learners');
	const notice = page.getByRole('status').filter({ hasText: 'Your certificate expired on' });
	await expect(notice.getByRole('link', { name: 'Start the refresher' })).toBeVisible();
});
