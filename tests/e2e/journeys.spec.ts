import type { Locator, Page } from '@playwright/test';
import { inductionOutline } from '../../src/lib/journeys/induction-outline';
import { addMonths, localDate } from '../../src/lib/dates/calendar-date';
import { course } from './course-content';
import { expect, expectAccessible, open, test } from './fixtures';
import { tabTo } from './keyboard';
import { choicesFor, questionOnScreen } from './quiz-answers';
import { deviceWith, learnerNamed, passedCertificate, seedStore } from './records-store';

const outline = inductionOutline(course);
const steps = outline.reduce((total, lesson) => total + 1 + lesson.scenarios.length, 0);

/** How a person works the page: with a mouse (or finger), or with the keyboard alone. */
interface Hands {
	activate(target: Locator): Promise<void>;
	tick(target: Locator): Promise<void>;
	type(target: Locator, text: string): Promise<void>;
}

const mouse: Hands = {
	activate: (target) => target.click(),
	tick: (target) => target.check(),
	type: (target, text) => target.fill(text)
};

function keyboard(page: Page): Hands {
	return {
		async activate(target) {
			await tabTo(page, target, 150);
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

/** Answers every question of the quiz on screen rightly, then shows the result. */
async function passQuiz(page: Page, hands: Hands, total: number) {
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

/** From the home page: a name, each step the home page sends the learner to, the quiz, a certificate. */
async function completeInduction(page: Page, hands: Hands, name: string) {
	await open(page, '/');
	await hands.type(page.getByLabel('Your name'), name);
	await hands.activate(page.getByRole('button', { name: 'Start', exact: true }));
	await expect(page.getByRole('heading', { name: `Welcome, ${name}` })).toBeVisible();
	await expect(page.getByText(`0 of ${steps} steps (0%)`)).toBeVisible();

	for (let done = 0; done < steps; done++) {
		const next = page.getByRole('link', { name: /^Continue: / });
		await hands.activate(next);
		await page.waitForURL(/\/(lessons|scenarios)\//);
		if (page.url().includes('/lessons/')) {
			await hands.activate(page.getByRole('button', { name: 'I have read this lesson' }));
			await expect(page.getByText('You have read this lesson.')).toBeVisible();
		} else {
			await playToAnEnding(page, hands);
		}
		await hands.activate(
			page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Course' })
		);
		await expect(page.getByText(`${done + 1} of ${steps} steps`)).toBeVisible();
	}

	const map = page.getByRole('heading', { name: 'Course map' }).locator('..');
	await expect(map.getByText('Done')).toHaveCount(course.lessons.length);
	await hands.activate(page.getByRole('link', { name: 'Take the induction quiz' }));
	await passQuiz(page, hands, course.setting.course.quizQuestions.induction);
	await hands.activate(page.getByRole('link', { name: 'See and print your certificate' }));
	await expect(page.getByRole('heading', { name: 'Certificate of completion' })).toBeVisible();
	await expect(page.getByText(name, { exact: true })).toBeVisible();
	await expect(page.getByText('has completed the induction course')).toBeVisible();
}

test.describe('induction', () => {
	test.setTimeout(240_000);

	test('a new member of staff completes the induction from the home page to a certificate', async ({
		page
	}) => {
		await completeInduction(page, mouse, 'Aisha Khan');
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
