import { addMonths, localDate } from '../../src/lib/dates/calendar-date';
import { course } from './course-content';
import { expect, expectAccessible, open, test } from './fixtures';
import { completeInduction, outline, playToAnEnding } from './induction';
import { mouse, passQuiz } from './quiz-answers';
import {
	deviceWith,
	learnerNamed,
	passedCertificate,
	seedStore,
	storedDraft
} from './records-store';

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
