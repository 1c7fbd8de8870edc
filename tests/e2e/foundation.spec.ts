import { course } from './course-content';
import { watchScripts } from './downloads';
import { expect, open, test } from './fixtures';
import { blocksOf, highlightedBlocks } from './policy-highlight';
import { deviceWith, learnerNamed, seedStore } from './records-store';

const pages = [
	'/',
	'/policy',
	'/coverage',
	'/help',
	...course.lessons.map((lesson) => `/lessons/${lesson.slug}`)
];

test('the home page lists every lesson with its minutes, in order', async ({ page }) => {
	await open(page, '/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(course.setting.course.title);
	const map = page
		.getByRole('list')
		.filter({ has: page.getByRole('link', { name: course.lessons[0]!.title }) });
	const items = map.getByRole('listitem');
	await expect(items).toHaveCount(course.lessons.length);
	for (const [index, lesson] of course.lessons.entries()) {
		await expect(items.nth(index).getByRole('link')).toHaveText(lesson.title);
		await expect(items.nth(index)).toContainText(`${lesson.minutes} minutes`);
	}
});

test('a lesson links to the previous and next lessons', async ({ page }) => {
	const [first, second] = course.lessons;
	await open(page, `/lessons/${first!.slug}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(first!.title);
	await page
		.getByRole('navigation', { name: 'Lessons' })
		.getByRole('link', { name: /Next lesson/ })
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(second!.title);
	await expect(page.getByRole('link', { name: `Previous lesson ${first!.title}` })).toBeVisible();
});

test.describe('what a lesson page downloads', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('on a device that keeps nothing yet, nearing the end of a lesson asks who is learning, with no storage library', async ({
		page
	}) => {
		const hasDownloaded = watchScripts(page);
		await open(page, `/lessons/${course.lessons[0]!.slug}`);
		await page.waitForLoadState('networkidle');
		await page.keyboard.press('End');
		await expect(page.getByRole('link', { name: 'Say who is learning' })).toBeVisible();
		await page.waitForLoadState('networkidle');
		expect(await hasDownloaded('localforage')).toBe(false);
	});

	test('on a device that keeps records, storage opens as the reader nears the end of the lesson, where it is needed', async ({
		page
	}) => {
		await seedStore(page, deviceWith([{ learner: learnerNamed('Amira Khan') }]));
		const hasDownloaded = watchScripts(page);
		await open(page, `/lessons/${course.lessons[0]!.slug}`);
		await page.waitForLoadState('networkidle');
		expect(await hasDownloaded('localforage')).toBe(false);

		await page.keyboard.press('End');
		await expect(page.getByRole('button', { name: 'I have read this lesson' })).toBeVisible();
		expect(await hasDownloaded('localforage')).toBe(true);
	});
});

test('a citation in a lesson lands on the highlighted clause of the policy', async ({ page }) => {
	const lesson =
		course.lessons.find((candidate) => candidate.slug === 'friend-requests') ?? course.lessons[0]!;
	await open(page, `/lessons/${lesson.slug}`);
	const citation = page.locator('.prose a.citation').first();
	const href = await citation.getAttribute('href');
	const clauseId = href!.split('#')[1]!;
	expect(course.policy.clauses.map((clause) => clause.id)).toContain(clauseId);

	await citation.click();
	await expect(page).toHaveURL(new RegExp(`/policy#${clauseId}$`));
	const clause = page.locator(`[id="${clauseId}"]`);
	await expect(clause).toBeInViewport();
	await expect.poll(() => highlightedBlocks(page)).toEqual(blocksOf(clauseId));
});

test('a clause that runs over two parts of the text is highlighted whole', async ({ page }) => {
	const [clauseId] = course.policy.clauses
		.map((clause) => clause.id)
		.filter((id) => blocksOf(id).length > 1);
	expect(clauseId, 'the policy has a clause in two parts').toBeDefined();
	await open(page, `/policy#${clauseId}`);
	await expect.poll(() => highlightedBlocks(page)).toEqual(blocksOf(clauseId!));
});

test('opening the policy at a clause address highlights that clause', async ({ page }) => {
	await open(page, '/policy#no-parent-friends');
	await expect(page.locator('#no-parent-friends')).toBeInViewport();
	await expect.poll(() => highlightedBlocks(page)).toEqual(['no-parent-friends']);
});

test('the policy, help and coverage pages send no JavaScript', async ({ page }) => {
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
	});
	for (const path of ['/policy', '/help', '/coverage']) {
		await open(page, path);
		await page.waitForLoadState('networkidle');
	}
	// Only the few lines that register the offline copy.
	expect([...new Set(scripts)]).toEqual(['/register-service-worker.js']);
});

test("the policy page shows the setting's name, people and helplines from its configuration", async ({
	page
}) => {
	await open(page, '/policy');
	const { setting } = course;
	await expect(
		page.getByRole('heading', { name: `Policy statement for ${setting.name}` })
	).toBeVisible();
	const contacts = page.getByRole('complementary', { name: 'Who to talk to' });
	await expect(contacts).toContainText(setting.people.dsl.role);
	for (const helpline of setting.helplines) await expect(contacts).toContainText(helpline.name);
	await expect(page.getByRole('link', { name: setting.helplines[0]!.phone })).toHaveAttribute(
		'href',
		`tel:${setting.helplines[0]!.phone.replaceAll(' ', '')}`
	);
});

test('the coverage page shows every clause with the lessons that teach it', async ({ page }) => {
	await open(page, '/coverage');
	const rows = page.getByRole('table').getByRole('row');
	await expect(rows).toHaveCount(course.policy.clauses.length + 1);
	const row = rows.filter({ has: page.getByRole('link', { name: 'refuse-politely' }) });
	const teaching = course.lessons.filter((lesson) => lesson.clauses.includes('refuse-politely'));
	for (const lesson of teaching)
		await expect(row.getByRole('link', { name: lesson.title })).toBeVisible();
});

test('the help page gives the emergency number and the helplines', async ({ page }) => {
	await open(page, '/help');
	await expect(page.getByText(course.setting.emergency)).toBeVisible();
	await expect(page.getByRole('link', { name: course.setting.helplines[1]!.phone })).toBeVisible();
});

for (const path of pages) {
	// The shared fixture fails this test on any console error or request to another origin.
	test(`${path} loads with one h1, a skip link and the main landmark`, async ({ page }) => {
		await open(page, path);
		await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
		await expect(page.getByRole('main')).toBeVisible();
		await page.keyboard.press('Tab');
		await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
	});
}
