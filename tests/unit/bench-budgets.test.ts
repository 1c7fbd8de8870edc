import { readFileSync, readdirSync } from 'node:fs';
import { dirname, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	BUDGETS,
	PAGE_LIBRARIES,
	TEXT_ONLY,
	TOOL_GOALS,
	lighthouseProblems,
	measurePage,
	pageProblems,
	summariseProblems,
	toolGoalLines,
	type Download
} from '../../tools/bench/budgets';
import { PAGE_KINDS, missingKinds, pageKind } from '../../tools/bench/page-kinds';

const script = (gzipBytes: number, text = ''): Download => ({
	url: 'http://localhost/_app/a.js',
	javascript: true,
	gzipBytes,
	text
});
const other = (gzipBytes: number): Download => ({
	url: 'http://localhost/page',
	javascript: false,
	gzipBytes
});

/** A library's own production build, as the bundler would take it in. */
function libraryCode(folder: string, file: RegExp) {
	return readdirSync(folder)
		.filter((name) => file.test(name))
		.map((name) => readFileSync(`${folder}/${name}`, 'utf8'))
		.join('\n');
}

describe('page kinds', () => {
	it.each([
		['/', 'home'],
		['/lessons/tagging', 'lesson'],
		['/scenarios/parent-friend-request', 'scenario'],
		['/scenarios', 'scenarios'],
		['/quiz/induction', 'quiz'],
		['/certificate', 'certificate'],
		['/records', 'records'],
		['/present', 'presentation'],
		['/present/notes', 'presentation'],
		['/policy', 'policy'],
		['/help', 'help'],
		['/families', 'families'],
		['/ur/families/scenarios/parent-friend-request', 'families (translated)'],
		['/pa-Guru/families', 'families (translated)'],
		['/pl/present', 'presentation (translated)']
	])('%s is a %s page', (path, kind) => {
		expect(pageKind(path)).toBe(kind);
	});

	it('names only kinds that a route of the site has', () => {
		const routes = readdirSync('src/routes', { recursive: true, encoding: 'utf8' })
			.filter((file) => /(^|[\\/])\+page\.svelte$/.test(file))
			.map((file) => `/${dirname(file).split(sep).join('/')}`.replace(/^\/\.$/, '/'))
			.map((route) => route.replace('[lang=language]', 'pl').replace(/\[[^\]]+\]/g, 'example'));
		for (const { kind, path } of PAGE_KINDS) {
			expect(
				routes.some((route) => path.test(route)),
				kind
			).toBe(true);
		}
	});

	it('ignores the base path', () => {
		expect(pageKind('/course/lessons/tagging', '/course')).toBe('lesson');
		expect(pageKind('/course', '/course')).toBe('home');
	});

	it('names the listed kinds that have no page yet', () => {
		expect(missingKinds(['/', '/lessons/tagging', '/quiz/induction', '/policy'])).toEqual([
			'scenario',
			'certificate',
			'records',
			'presentation',
			'families (translated)',
			'presentation (translated)'
		]);
	});
});

describe('first-visit budgets', () => {
	it('adds up JavaScript and everything apart', () => {
		const page = measurePage('/', 'home', [script(30_000), script(10_000), other(20_000)]);
		expect(page).toMatchObject({ requests: 3, javascriptGzip: 40_000, totalGzip: 60_000 });
		expect(pageProblems(page)).toEqual([]);
	});

	it('passes a page exactly at its budgets', () => {
		const page = measurePage('/', 'home', [
			script(BUDGETS.javascript),
			other(BUDGETS.total - BUDGETS.javascript)
		]);
		expect(pageProblems(page)).toEqual([]);
	});

	it('fails a page over either budget, and says by how much', () => {
		const heavy = measurePage('/lessons/tagging', 'lesson', [script(60_001), other(60_000)]);
		expect(pageProblems(heavy)).toEqual([
			'/lessons/tagging: 60001 bytes of JavaScript, over 60.0 kB',
			'/lessons/tagging: 120001 bytes in all, over 120.0 kB'
		]);
	});

	it('lets only a translated page bring a font, within its own budget and besides the rest', () => {
		const font = (gzipBytes: number): Download => ({
			url: 'http://localhost/fonts/a.woff2',
			javascript: false,
			font: true,
			gzipBytes
		});
		const urdu = measurePage('/ur/families', 'families (translated)', [
			script(50_000),
			other(70_000),
			font(BUDGETS.font)
		]);
		expect(urdu.fontGzip).toBe(BUDGETS.font);
		expect(pageProblems(urdu)).toEqual([]);
		expect(
			pageProblems(measurePage('/ur/families', 'families (translated)', [font(150_001)]))
		).toEqual(['/ur/families: 150001 bytes of font, over 150.0 kB']);
		expect(pageProblems(measurePage('/families', 'families', [font(9_000)]))).toEqual([
			'/families: downloads 9000 bytes of font; only a translation may'
		]);
	});

	it('recognises XState and localforage in their own builds', () => {
		const xstate = libraryCode('node_modules/xstate/dist', /^(?!.*development).*\.esm\.js$/);
		const localforage = readFileSync('node_modules/localforage/dist/localforage.min.js', 'utf8');
		const found = (code: string) => measurePage('/quiz', 'quiz', [script(1, code)]).libraries;
		expect(found(xstate)).toEqual(['XState']);
		expect(found(localforage)).toEqual(['localforage']);
		expect(found('console.log("a lesson")')).toEqual([]);
	});

	it('fails a page that loads a library its kind does not need', () => {
		const xstate = PAGE_LIBRARIES.find((entry) => entry.library === 'XState')!;
		const policy = measurePage('/policy', 'policy', [script(1, '"xstate.init"')]);
		expect(pageProblems(policy)).toEqual([
			`/policy: loads XState, which only ${xstate.kinds.join(', ')} pages may load`
		]);
		const quiz = measurePage('/quiz', 'quiz', [script(1, '"xstate.init"')]);
		expect(pageProblems(quiz)).toEqual([]);
	});

	it('fails a page that only shows text once it downloads more than the offline script', () => {
		const policy = (bytes: number) => measurePage('/policy', 'policy', [script(bytes)]);
		expect(pageProblems(policy(TEXT_ONLY.javascript))).toEqual([]);
		expect(pageProblems(policy(45_000))).toEqual([
			'/policy: 45000 bytes of JavaScript on a page that only shows text, over 1.0 kB'
		]);
		expect(pageProblems(measurePage('/privacy', 'privacy', [script(45_000)]))).toEqual([]);
	});

	it('fails any page whose first visit loads the reader, which waits for Listen', () => {
		const lesson = measurePage('/lessons/a', 'lesson', [
			script(1, '"Looking for a voice on this device…"')
		]);
		expect(pageProblems(lesson)).toEqual(['/lessons/a: loads the reader, which no page may load']);
	});
});

describe('goals against other tools', () => {
	it('says of each whether the heaviest page of its kind meets it', () => {
		const scenarioGoal = TOOL_GOALS.find((goal) => goal.kind === 'scenario')!;
		const lines = toolGoalLines([
			measurePage('/scenarios/a', 'scenario', [script(scenarioGoal.javascript + 1)]),
			measurePage('/present', 'presentation', [script(48_900)])
		]);
		expect(lines).toHaveLength(2);
		expect(lines[0]).toMatch(/^scenario: 44\.0 kB of JavaScript; goal 44\.0 kB, .*H5P.*: not met$/);
		expect(lines[1]).toMatch(
			/^presentation: 48\.9 kB of JavaScript; goal 50\.6 kB, .*reveal\.js.*: met$/
		);
	});

	it('leaves out a kind with no page', () => {
		expect(toolGoalLines([])).toEqual([]);
	});
});

describe('the printed summary', () => {
	it("shows one page's problems for each kind, and how many more pages of that kind fail", () => {
		const heavy = (path: string, kind: string) => measurePage(path, kind, [script(70_000)]);
		expect(
			summariseProblems([
				heavy('/scenarios/a', 'scenario'),
				measurePage('/policy', 'policy', [script(1)]),
				heavy('/scenarios/b', 'scenario'),
				heavy('/scenarios/c', 'scenario'),
				heavy('/quiz', 'quiz')
			])
		).toEqual([
			'/scenarios/a: 70000 bytes of JavaScript, over 60.0 kB',
			'…and 2 more scenario pages',
			'/quiz: 70000 bytes of JavaScript, over 60.0 kB'
		]);
	});
});

describe('Lighthouse minimums', () => {
	it('passes perfect scores and the least performance allowed', () => {
		expect(
			lighthouseProblems('/', { performance: 0.95, accessibility: 1, 'best-practices': 1 })
		).toEqual([]);
	});

	it('fails any category below its minimum, or left unscored', () => {
		expect(
			lighthouseProblems('/help', {
				performance: 0.94,
				accessibility: 0.98,
				'best-practices': null
			})
		).toEqual([
			'/help: Lighthouse performance 0.94, below 0.95',
			'/help: Lighthouse accessibility 0.98, below 1',
			'/help: Lighthouse best-practices 0, below 1'
		]);
	});
});
