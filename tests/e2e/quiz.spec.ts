import { questionsNeededToPass } from '../../src/lib/course/score';
import type { Page } from '@playwright/test';
import { isForStaff } from '../../src/lib/content/audience';
import { scoredQuestions } from '../../src/lib/content/scored-questions';
import { lessonsTeaching } from '../../src/lib/content/course-links';
import { keys } from '../../src/lib/records/record-keys';
import { course } from './course-content';
import { expect, expectAccessible, open, test } from './fixtures';
import { watchScripts } from './downloads';
import { tabTo } from './keyboard';
import { addLearner } from './learners';
import { choicesFor, questionOnScreen } from './quiz-answers';
import { deviceWith, inductionDone, learnerNamed, seedStore, storedDraft } from './records-store';

const { passMark, quizQuestions } = course.setting.course;

/** Answers the question on screen, checks the feedback, and moves on; returns the question's id. */
async function answerQuestion(page: Page, rightly: boolean): Promise<string> {
	const { question, group } = await questionOnScreen(page);
	for (const text of choicesFor(question, rightly)) {
		await group.getByLabel(text, { exact: true }).check();
	}
	await page.getByRole('button', { name: 'Check my answer' }).click();
	await expect(page.getByRole('heading', { level: 2 })).toContainText(
		rightly ? 'Right' : 'Not quite'
	);
	for (const text of question.options.map((o) => o.feedback)) {
		await expect(page.getByText(text, { exact: true })).toBeVisible();
	}
	await page.getByRole('button', { name: /Next question|See your result/ }).click();
	return question.id;
}

async function chooseLearner(page: Page, name: string) {
	await addLearner(page, name);
	await expect(page.getByText(`Taking the quiz as ${name}`)).toBeVisible();
}

/** Opens a quiz as a new learner; the induction quiz as one who has done the lessons it follows. */
async function startQuiz(page: Page, path: string, name: string) {
	if (path.endsWith('/induction')) {
		await seedStore(page, deviceWith([{ learner: learnerNamed(name), progress: inductionDone() }]));
		await open(page, path);
		await expect(page.getByText(`Taking the quiz as ${name}`)).toBeVisible();
	} else {
		await open(page, path);
		await chooseLearner(page, name);
	}
	await page.getByRole('button', { name: 'Start the quiz' }).click();
}

function questionHeading(page: Page, number: number, total: number) {
	return page.getByRole('heading', { name: `Question ${number} of ${total}`, exact: true });
}

test('the introduction gives the number of questions, the pass mark and the scoring rule', async ({
	page
}) => {
	await open(page, '/quiz/induction');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Induction quiz');
	const intro = page.getByRole('region', { name: 'Before you start' });
	await expect(intro).toContainText(`${quizQuestions.induction} questions`);
	await expect(intro).toContainText(`${passMark}%`);
	await expect(intro).toContainText('why each option is right or wrong');
	await expect(intro).toContainText('select every right option and none of the wrong ones');
	await expect(page.getByRole('heading', { name: 'Who is learning?' })).toBeVisible();
	await expectAccessible(page);
});

test('the induction quiz waits until every lesson is read and its scenarios finished, and says why', async ({
	page
}) => {
	const [first, ...rest] = course.lessons;
	const progress = inductionDone();
	progress.lessonsRead = rest.map((lesson) => lesson.slug);
	await seedStore(page, deviceWith([{ learner: learnerNamed('Ola Bello'), progress }]));
	await open(page, '/quiz/induction');
	const gate = page.getByRole('region', { name: 'The quiz opens when the lessons are done' });
	await expect(gate).toContainText('read every lesson and finished its scenarios');
	await expect(gate.getByRole('link')).toHaveCount(1);
	await expect(page.getByRole('button', { name: 'Start the quiz' })).toHaveCount(0);
	await gate.getByRole('link', { name: `Read “${first!.title}”` }).click();
	await page.getByRole('button', { name: 'I have read this lesson' }).click();
	await expect(page.getByText('You have read this lesson.')).toBeVisible();
	await open(page, '/quiz/induction');
	await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeVisible();
	await expectAccessible(page);
});

test('a staff member passes the induction quiz, and the pass is recorded', async ({ page }) => {
	test.setTimeout(60_000);
	await startQuiz(page, '/quiz/induction', 'Priya Shah');
	const total = quizQuestions.induction;
	const seen = new Set<string>();
	for (let number = 1; number <= total; number++) {
		await expect(questionHeading(page, number, total)).toBeFocused();
		const { question } = await questionOnScreen(page);
		expect(isForStaff(question), 'staff get no question meant only for parents').toBe(true);
		if (number === 1) await expectAccessible(page);
		seen.add(await answerQuestion(page, true));
	}
	expect(seen.size, 'no question twice').toBe(total);
	await expect(page.getByRole('heading', { name: 'You passed' })).toBeFocused();
	await expect(page.getByText(`${total} of ${total}`)).toBeVisible();
	await expect(
		page.getByText('Your pass is recorded for Priya Shah on this device.')
	).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Lessons to read again' })).toHaveCount(0);
	// A pass leads on to the certificate, not to a retake as if it had failed.
	await expect(page.getByRole('link', { name: 'See and print your certificate' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Take the quiz again' })).toHaveCount(0);
	await expectAccessible(page);

	await page.reload();
	await expect(page.locator('html[data-hydrated]')).toBeAttached();
	await expect(page.getByText('You passed this quiz on')).toHaveText(
		new RegExp(`^You passed this quiz on .+, with\\s+${total}\\s+of\\s+${total}\\.$`)
	);
	await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeVisible();
});

test('a fail shows what to read again; a retake draws afresh and can pass', async ({ page }) => {
	test.setTimeout(60_000);
	await startQuiz(page, '/quiz/refresher', 'Sam Okafor');
	const total = quizQuestions.refresher;
	const wrong = total - questionsNeededToPass(total, passMark) + 1;
	const first: string[] = [];
	const missed: string[] = [];
	for (let number = 1; number <= total; number++) {
		const rightly = number > wrong;
		const id = await answerQuestion(page, rightly);
		first.push(id);
		if (!rightly) missed.push(id);
		if (number === 1) await expectAccessible(page);
	}
	await expect(page.getByRole('heading', { name: 'Not a pass this time' })).toBeVisible();
	await expect(page.getByText(`${total - wrong} of ${total}`)).toBeVisible();
	await expect(
		page.getByText('This attempt is recorded for Sam Okafor on this device.')
	).toBeVisible();
	const lessons = page.getByRole('heading', { name: 'Lessons to read again' }).locator('+ ul');
	const toRead = page.locator('ol.missed > li');
	await expect(toRead).toHaveCount(wrong);
	await page.emulateMedia({ colorScheme: 'dark' });
	await expectAccessible(page);
	await page.emulateMedia({ colorScheme: 'light' });
	for (const [index, id] of missed.entries()) {
		const question = course.questions.find((candidate) => candidate.id === id)!;
		const item = toRead.nth(index);
		await expect(item).toContainText(question.prompt);
		for (const clauseId of question.clauses) {
			// The rule in words, linked to the policy; its id is for authors, not learners.
			const rule = course.policy.clauses.find((clause) => clause.id === clauseId)!.rule;
			await expect(item.getByRole('link', { name: rule, exact: true })).toHaveAttribute(
				'href',
				`/policy#${clauseId}`
			);
			await expect(item.locator('code')).toHaveCount(0);
			const lesson = lessonsTeaching(course, clauseId)[0]!;
			await expect(
				item.getByRole('link', { name: lesson.title, exact: true }).first()
			).toHaveAttribute('href', `/lessons/${lesson.slug}`);
			await expect(lessons.getByRole('link', { name: lesson.title, exact: true })).toBeVisible();
		}
	}
	await expectAccessible(page);

	await page.getByRole('button', { name: 'Take the quiz again' }).click();
	const second: string[] = [];
	for (let number = 1; number <= total; number++) {
		await expect(questionHeading(page, number, total)).toBeVisible();
		second.push(await answerQuestion(page, true));
	}
	expect(second, 'the retake is a fresh draw').not.toEqual(first);
	await expect(page.getByRole('heading', { name: 'You passed' })).toBeVisible();
	await expect(
		page.getByText('Your pass is recorded for Sam Okafor on this device.')
	).toBeVisible();
});

test('a reload in the middle resumes the same attempt with the answers so far', async ({
	page
}) => {
	await startQuiz(page, '/quiz/induction', 'Alex Brown');
	const total = quizQuestions.induction;
	const asked = [await answerQuestion(page, false), await answerQuestion(page, true)];

	// Mid-question, with an option ticked but not yet checked.
	const third = await questionOnScreen(page);
	const tick = choicesFor(third.question, true)[0]!;
	await third.group.getByLabel(tick, { exact: true }).check();
	await expect
		.poll(() => storedDraft(page, 'quiz:induction'))
		.toMatchObject({ stage: 'question', selection: [expect.any(Number)] });
	await page.reload();
	await expect(page.locator('html[data-hydrated]')).toBeAttached();
	await expect(page.getByText('Welcome back, Alex Brown.')).toBeVisible();
	await expect(questionHeading(page, 3, total)).toBeVisible();
	const resumed = await questionOnScreen(page);
	expect(resumed.question.id).toBe(third.question.id);
	expect(resumed.options.map((o) => o.text)).toEqual(third.options.map((o) => o.text));
	await expect(resumed.group.getByLabel(tick, { exact: true })).toBeChecked();

	// At the feedback, after checking the answer.
	for (const text of choicesFor(third.question, true).slice(1)) {
		await resumed.group.getByLabel(text, { exact: true }).check();
	}
	await page.getByRole('button', { name: 'Check my answer' }).click();
	await expect(page.getByRole('heading', { name: /Right/ })).toBeVisible();
	await expect.poll(() => storedDraft(page, 'quiz:induction')).toMatchObject({ stage: 'feedback' });
	await page.reload();
	await expect(page.locator('html[data-hydrated]')).toBeAttached();
	await expect(page.getByRole('heading', { name: /Right/ })).toBeVisible();
	await expect(page.getByText(`Question 3 of ${total}`)).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Next question' }).click();
	asked.push(third.question.id);

	for (let number = 4; number <= total; number++) asked.push(await answerQuestion(page, true));
	expect(new Set(asked).size).toBe(total);
	await expect(page.getByText(`${total - 1} of ${total}`)).toBeVisible();
	const firstQuestion = course.questions.find((question) => question.id === asked[0])!;
	await expect(page.locator('ol.missed > li')).toHaveCount(1);
	await expect(page.locator('ol.missed > li')).toContainText(firstQuestion.prompt);
});

test('an unfinished attempt whose questions have since changed gives way to a new one, and says so', async ({
	page
}) => {
	const learner = learnerNamed('Sam Patel');
	await seedStore(page, {
		...deviceWith([{ learner, progress: inductionDone() }]),
		[keys.draft(learner.id, 'quiz:induction')]: {
			version: 1,
			seed: 7,
			questionIds: ['a-question-since-removed', 'another-one'],
			answers: [[0]],
			selection: [],
			stage: 'question'
		}
	});
	await open(page, '/quiz/induction');
	await expect(page.getByText('Your unfinished attempt could not be carried on')).toBeVisible();
	await expect(questionHeading(page, 1, quizQuestions.induction)).toBeVisible();
	await expect(page.getByText('Welcome back')).toHaveCount(0);
});

test('on a shared device, choosing another learner carries on their own attempt', async ({
	page
}) => {
	const ann = learnerNamed('Ann Lee');
	const ben = learnerNamed('Ben Cole');
	await seedStore(page, deviceWith([{ learner: ann }, { learner: ben }]));
	await open(page, '/quiz/refresher');
	await page.getByRole('button', { name: 'Start the quiz' }).click();
	await answerQuestion(page, true);
	const total = quizQuestions.refresher;
	await expect(questionHeading(page, 2, total)).toBeVisible();
	await expect
		.poll(() => storedDraft(page, 'quiz:refresher'))
		.toMatchObject({ stage: 'question', answers: [expect.any(Array)] });

	await open(page, '/');
	await page.getByRole('button', { name: 'Switch learner' }).click();
	await page.getByRole('button', { name: 'Ben Cole' }).click();
	await open(page, '/quiz/refresher');
	await expect(page.getByText('Taking the quiz as Ben Cole')).toBeVisible();
	await page.getByRole('button', { name: 'Not you?' }).click();
	await page.getByRole('button', { name: 'Ann Lee' }).click();
	await expect(page.getByText('Welcome back, Ann Lee.')).toBeVisible();
	await expect(questionHeading(page, 2, total)).toBeVisible();
});

test.describe('what the quiz page downloads', () => {
	test('the introduction comes without XState, which comes when the learner starts', async ({
		page
	}) => {
		await seedStore(
			page,
			deviceWith([{ learner: learnerNamed('Jo King'), progress: inductionDone() }])
		);
		const hasDownloaded = watchScripts(page);
		await open(page, '/quiz/induction');
		await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeVisible();
		await page.waitForLoadState('networkidle');
		expect(await hasDownloaded('XState')).toBe(false);

		await page.getByRole('button', { name: 'Start the quiz' }).click();
		await expect(questionHeading(page, 1, quizQuestions.induction)).toBeFocused();
		expect(await hasDownloaded('XState')).toBe(true);
	});
});

test('one attempt with the keyboard alone', async ({ page }) => {
	await open(page, '/quiz/refresher');
	const total = quizQuestions.refresher;
	await tabTo(page, page.getByLabel('Your name'));
	await page.keyboard.type('Kim Lee');
	await page.keyboard.press('Enter');
	await tabTo(page, page.getByRole('button', { name: 'Start the quiz' }));
	await page.keyboard.press('Enter');

	for (let number = 1; number <= total; number++) {
		await expect(questionHeading(page, number, total)).toBeFocused();
		// Listen comes before the options, so that a learner can hear them and then choose.
		await page.keyboard.press('Tab');
		await expect(page.getByRole('button', { name: 'Listen' })).toBeFocused();
		const { question, options } = await questionOnScreen(page);
		const wanted = options.flatMap((o, index) => (o.correct ? [index] : []));
		if (question.kind === 'multiple') {
			for (const [index, o] of options.entries()) {
				await page.keyboard.press('Tab');
				await expect(page.getByRole('group').getByLabel(o.text, { exact: true })).toBeFocused();
				if (wanted.includes(index)) await page.keyboard.press('Space');
			}
		} else {
			await page.keyboard.press('Tab');
			await expect(
				page.getByRole('group').getByLabel(options[0]!.text, { exact: true })
			).toBeFocused();
			const target = wanted[0]!;
			if (target === 0) await page.keyboard.press('Space');
			for (let step = 0; step < target; step++) await page.keyboard.press('ArrowDown');
		}
		for (const index of wanted) {
			await expect(
				page.getByRole('group').getByLabel(options[index]!.text, { exact: true })
			).toBeChecked();
		}
		await tabTo(page, page.getByRole('button', { name: 'Check my answer' }));
		await page.keyboard.press('Enter');
		await expect(page.getByRole('heading', { name: /Right/ })).toBeFocused();
		await page.keyboard.press('Tab');
		await expect(page.getByRole('button', { name: 'Listen' })).toBeFocused();
		await page.keyboard.press('Tab');
		await expect(page.getByRole('button', { name: /Next question|See your result/ })).toBeFocused();
		await page.keyboard.press('Enter');
	}
	await expect(page.getByRole('heading', { name: 'You passed' })).toBeFocused();
	await expect(page.getByText('Your pass is recorded for Kim Lee on this device.')).toBeVisible();
});

test('the coverage page lists the scored questions that assess each clause', async ({ page }) => {
	await open(page, '/coverage');
	await expect(page.getByRole('columnheader', { name: 'Assessed by' })).toBeVisible();
	// A question that waits for the setting's decision is not scored, so it assesses nothing yet.
	const scored = scoredQuestions(course.questions, course.decisions);
	const waiting = course.questions.filter((question) => !scored.includes(question));
	expect(waiting.length).toBeGreaterThan(0);
	for (const clause of course.policy.clauses) {
		const row = page
			.getByRole('row')
			.filter({ has: page.getByRole('link', { name: clause.id, exact: true }) });
		const assessing = scored.filter((question) => question.clauses.includes(clause.id));
		expect(assessing.length).toBeGreaterThan(0);
		// Read once per row: a locator per question made this test outlast its timeout.
		const shown = new Set((await row.innerText()).split(/[\s,]+/));
		for (const question of assessing) expect(shown, clause.id).toContain(question.id);
		for (const question of waiting.filter((q) => q.clauses.includes(clause.id))) {
			expect(shown, clause.id).not.toContain(question.id);
		}
	}
	await expectAccessible(page);
});

test('with storage blocked, the quiz still runs and says the result lasts for this visit', async ({
	page
}) => {
	await page.addInitScript(() => {
		for (const name of ['indexedDB', 'localStorage', 'openDatabase']) {
			Object.defineProperty(window, name, {
				get() {
					throw new DOMException('Storage is blocked', 'SecurityError');
				}
			});
		}
	});
	await startQuiz(page, '/quiz/refresher', 'Jo Patel');
	await expect(page.getByText('Your progress will not be saved on this device.')).toBeVisible();
	const total = quizQuestions.refresher;
	for (let number = 1; number <= total; number++) await answerQuestion(page, true);
	await expect(page.getByRole('heading', { name: 'You passed' })).toBeVisible();
	await expect(
		page.getByText(
			'Your pass is recorded for Jo Patel for this visit only: this browser is not keeping anything.'
		)
	).toBeVisible();
});

test('passing the quiz issues a certificate, which is still there after a reload', async ({
	page
}) => {
	await startQuiz(page, '/quiz/induction', 'Amira Khan');
	const total = quizQuestions.induction;
	for (let number = 1; number <= total; number++) await answerQuestion(page, true);
	await expect(page.getByRole('heading', { name: 'You passed' })).toBeVisible();
	await page.getByRole('link', { name: 'See and print your certificate' }).click();

	const certificate = page.getByRole('article', { name: 'Certificate of completion' });
	await expect(certificate).toContainText('Amira Khan');
	await expect(certificate).toContainText('induction course');
	await expect(certificate).toContainText(`${total} of ${total} (100%)`);
	await expect(certificate).toContainText(`${passMark}%`);
	await expect(certificate).toContainText(course.setting.policy.version);
	await page.reload();
	await expect(certificate).toContainText('Amira Khan');

	await open(page, '/learners');
	await expect(page.getByRole('link', { name: /^Induction certificate, / })).toBeVisible();
});
