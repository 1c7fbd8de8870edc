import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { isForStaff } from '../../src/lib/content/audience';
import { packageFileName } from '../../tools/scorm-package/scorm-package';
import { readZip } from '../zip-reader';
import { course } from './course-content';
import { expectAccessible } from './fixtures';
import { PACKAGE_PATH, PLAYER_PATH, scormRuntime, startLms } from './lms-server';
import { choicesFor, questionOnScreen } from './quiz-answers';
import { withServiceWorker } from './downloads';

test.use(withServiceWorker);

interface LmsCall {
	name: string;
	args: string[];
	result: string;
	error: string;
	held?: { status: string; raw: string; min: string; max: string; suspendData: string };
}

declare global {
	interface Window {
		lmsStart?: unknown;
		lmsLog?: LmsCall[];
	}
}

const runtime = scormRuntime();
const learner = { student_id: 'u42', student_name: 'Okafor, Ada' };
const { quizQuestions } = course.setting.course;
let lms: Awaited<ReturnType<typeof startLms>>;

// One package build and one LMS for the file; the build takes a while, so it is made once.
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	test.setTimeout(240_000);
	const build = spawnSync('npm', ['run', 'build:scorm'], { encoding: 'utf8' });
	expect(build.status, build.stderr).toBe(0);
	const zip = readFileSync(join('scorm-package', packageFileName(course.setting)));
	lms = await startLms(readZip(zip), runtime);
});

test.afterAll(async () => {
	await lms?.close();
});

test("the README gives the package's size to within a tenth", () => {
	const bytes = statSync(join('scorm-package', packageFileName(course.setting))).size;
	const readme = readFileSync('README.md', 'utf8').replace(/\s+/g, ' ');
	const stated = /scorm12\.zip` \(about (\d+) kB;/.exec(readme);
	expect(stated, 'the README states the size').not.toBeNull();
	expect(Math.abs(Number(stated![1]) * 1000 - bytes) / bytes).toBeLessThanOrEqual(0.1);
});

/**
 * Watches every request the page and its frames make; at the end of the test, each must be for a
 * file of the package (or the LMS's own player and runtime) and be found, and nothing may log an
 * error. Both are checked by `expectOnlyPackageRequests`.
 */
function watchRequests(page: Page) {
	const outside: string[] = [];
	const missing: string[] = [];
	const errors: string[] = [];
	const allowed = [PACKAGE_PATH, PLAYER_PATH, '/lib/scorm12.js'];
	page.on('request', (request) => {
		const url = new URL(request.url());
		const inside =
			url.origin === lms.origin && allowed.some((path) => url.pathname.startsWith(path));
		if (!inside && url.protocol !== 'data:') outside.push(request.url());
	});
	page.on('response', (response) => {
		if (response.status() >= 400) missing.push(response.url());
	});
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	return () => {
		expect(outside, 'requests outside the package').toEqual([]);
		expect(missing, 'requests the package could not answer').toEqual([]);
		expect(errors, 'console errors').toEqual([]);
	};
}

async function courseReady(frame: Page | FrameLocator) {
	await frame.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

/** Opens the LMS's player with the course in it, the LMS holding `cmi` for the learner. */
async function launch(page: Page, cmi: Record<string, unknown> = {}): Promise<FrameLocator> {
	await page.addInitScript(
		(start) => {
			if (window === window.top) window.lmsStart = start;
		},
		{ cmi: { ...cmi, core: { ...learner, ...(cmi.core as object) } } }
	);
	await page.goto(`${lms.origin}${PLAYER_PATH}`);
	const frame = page.frameLocator('iframe[title="Course"]');
	await courseReady(frame);
	return frame;
}

const calls = (page: Page) => page.evaluate(() => window.lmsLog ?? []);
const lastHeld = async (page: Page) => (await calls(page)).findLast((c) => c.held)?.held;

/** Reads the first lesson from the home page, and waits until the LMS holds it as read. */
async function readFirstLessonIntoLms(page: Page, frame: FrameLocator) {
	const first = course.lessons[0]!;
	await frame.getByRole('link', { name: `Continue: ${first.title}` }).click();
	await frame.getByRole('button', { name: 'I have read this lesson' }).click();
	await expect
		.poll(async () => JSON.parse((await lastHeld(page))?.suspendData || '{}') as unknown)
		.toMatchObject({ l: [first.slug] });
	return first;
}

function setValues(log: LmsCall[], element: string) {
	return log.filter((c) => c.name === 'LMSSetValue' && c.args[0] === element).map((c) => c.args[1]);
}

/** suspend_data as the course writes it (format 1) for every lesson read and every staff scenario. */
function inductionDoneSuspendData(): string {
	const letter = { follows: 'f', partly: 'p', breaches: 'b' };
	const scenarios = Object.fromEntries(
		course.scenarios.filter(isForStaff).map((scenario) => {
			const [endingId, ending] = Object.entries(scenario.endings)[0]!;
			return [scenario.id, `${endingId}:${letter[ending.outcome]}`];
		})
	);
	return JSON.stringify({ v: 1, l: course.lessons.map((lesson) => lesson.slug), s: scenarios });
}

async function takeInductionQuiz(frame: FrameLocator, rightly: boolean) {
	await frame.getByRole('link', { name: 'Take the induction quiz' }).click();
	await frame.getByRole('button', { name: 'Start the quiz' }).click();
	for (let i = 0; i < quizQuestions.induction; i++) {
		const { question, group } = await questionOnScreen(frame);
		for (const text of choicesFor(question, rightly)) {
			await group.getByLabel(text, { exact: true }).check();
		}
		await frame.getByRole('button', { name: 'Check my answer' }).click();
		await frame.getByRole('button', { name: /Next question|See your result/ }).click();
	}
}

test('opened on its own, the package says it is not connected, and works as the site does', async ({
	page
}) => {
	const expectOnlyPackageRequests = watchRequests(page);
	await page.goto(`${lms.origin}${PACKAGE_PATH}index.html`);
	await courseReady(page);
	await expect(page.getByText('This course is not connected to a learning system.')).toBeVisible();
	await expectAccessible(page);
	await page.getByLabel('Your name').fill('Sam Reid');
	await page.getByRole('button', { name: 'Start', exact: true }).click();
	const first = course.lessons[0]!;
	await page.getByRole('link', { name: `Continue: ${first.title}` }).click();
	await page.getByRole('button', { name: 'I have read this lesson' }).click();
	await expect(page.getByText('You have read this lesson.')).toBeVisible();
	const citation = page.locator('.prose a.citation').first();
	const clauseId = (await citation.getAttribute('href'))!.split('#')[1]!;
	await citation.click();
	await expect(page).toHaveURL(`${lms.origin}${PACKAGE_PATH}policy#${clauseId}`);
	await expect(page.locator(`[id="${clauseId}"]`)).toBeInViewport();
	// Pages that are text only on the site still open inside the package's one document: a new
	// document would end the learner's session in an LMS.
	await page.evaluate(() => Object.assign(window, { sameDocument: true }));
	for (const [name, path] of [
		["The setting's decisions", /\/decisions$/],
		['Help', /\/help$/]
	] as const) {
		await page.getByRole('link', { name, exact: true }).first().click();
		await expect(page).toHaveURL(path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		expect(await page.evaluate(() => 'sameDocument' in window), name).toBe(true);
	}
	// Another site would replace the course in the LMS's frame: it opens in a new window instead.
	const website = course.setting.helplines.find((helpline) => helpline.web)!.web;
	await expect(page.getByRole('link', { name: website })).toHaveAttribute('target', '_blank');
	expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations())).toHaveLength(0);
	expectOnlyPackageRequests();
});

test.describe('inside an LMS (scorm-again)', () => {
	test('initialises, names the learner, is incomplete, commits a lesson read and resumes from it', async ({
		page,
		browser
	}) => {
		const expectOnlyPackageRequests = watchRequests(page);
		const frame = await launch(page);
		expect((await calls(page))[0]).toMatchObject({ name: 'LMSInitialize', result: 'true' });
		await expect(frame.getByRole('heading', { name: 'Welcome, Ada Okafor' })).toBeVisible();
		await expect(frame.getByLabel('Your name')).toHaveCount(0);
		await expect(frame.getByRole('button', { name: 'Switch learner' })).toHaveCount(0);
		await expectAccessible(page);
		await expect.poll(async () => (await lastHeld(page))?.status).toBe('incomplete');

		const first = await readFirstLessonIntoLms(page, frame);
		const log = await calls(page);
		expect(
			log.filter((c) => c.result !== 'true'),
			'refused calls'
		).toEqual([]);
		expect(setValues(log, 'cmi.core.exit').at(-1)).toBe('suspend');
		expect(setValues(log, 'cmi.core.session_time').at(-1)).toMatch(/^\d{2,4}:\d{2}:\d{2}$/);
		const suspendData = (await lastHeld(page))!.suspendData;
		expectOnlyPackageRequests();

		// A second launch on a browser that holds nothing: all it has is what the LMS kept.
		const elsewhere = await browser.newPage();
		const again = await launch(elsewhere, {
			core: { lesson_status: 'incomplete', entry: 'resume' },
			suspend_data: suspendData
		});
		await expect(again.getByRole('heading', { name: 'Welcome, Ada Okafor' })).toBeVisible();
		await expect(again.getByText(/^1 of \d+ steps/)).toBeVisible();
		await expect(again.getByRole('link', { name: `Continue: ${first.title}` })).toHaveCount(0);
		await elsewhere.close();
	});

	test('with storage blocked in its frame, it says the LMS still keeps progress, and it does', async ({
		page
	}) => {
		await page.addInitScript(() => {
			if (window === window.top) return;
			const blocked = () => {
				throw new DOMException('Access is denied for this document.', 'SecurityError');
			};
			Object.defineProperty(window, 'indexedDB', { get: blocked });
			Object.defineProperty(window, 'localStorage', { get: blocked });
		});
		const frame = await launch(page);
		await expect(
			frame.getByText('This browser is not letting the course store anything.')
		).toBeVisible();
		await expect(
			frame.getByText(/Your learning system still keeps the lessons you have read/)
		).toBeVisible();
		await expect(frame.getByText('Your progress will not be saved on this device.')).toHaveCount(0);

		await readFirstLessonIntoLms(page, frame);
	});

	for (const [rightly, status, raw, exit] of [
		[true, 'passed', '100', ''],
		[false, 'failed', '0', 'suspend']
	] as const) {
		test(`records ${status} with the score after the quiz`, async ({ page }) => {
			const expectOnlyPackageRequests = watchRequests(page);
			const frame = await launch(page, {
				core: { lesson_status: 'incomplete', entry: 'resume' },
				suspend_data: inductionDoneSuspendData()
			});
			await takeInductionQuiz(frame, rightly);
			await expect
				.poll(async () => (await lastHeld(page))?.status, { timeout: 10_000 })
				.toBe(status);
			expect(await lastHeld(page)).toMatchObject({ raw, min: '0', max: '100' });
			const log = await calls(page);
			expect(setValues(log, 'cmi.core.exit').at(-1)).toBe(exit);
			const inProgress = log.filter((c) => c.held?.suspendData.includes('"q":{"induction"'));
			expect(inProgress.length, 'commits while the quiz was in progress').toBeGreaterThan(
				quizQuestions.induction
			);
			if (rightly) {
				await frame
					.getByRole('link', { name: /certificate/i })
					.first()
					.click();
				await expect(frame.getByText('Ada Okafor').first()).toBeVisible();
			}
			expectOnlyPackageRequests();
		});
	}
});
