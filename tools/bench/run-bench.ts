import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { browserLaunchOptions, CHROMIUM_FLAGS, systemChromium } from '../browser';
import { freePort } from '../free-port';
import { sitePages } from '../site-pages';
import { pageReady } from '../page-ready';
import {
	BUDGETS,
	LIGHTHOUSE_MINIMUMS,
	kB,
	lighthouseProblems,
	measurePage,
	pageProblems,
	summariseProblems,
	toolGoalLines,
	type Download,
	type LighthouseCategory,
	type PageMeasure
} from './budgets';
import { SLOW_PHONE_WORDS, firstChoiceTimes } from './first-choice';
import { missingKinds, pageKind } from './page-kinds';

const RESULTS = 'bench-results/bench.json';
const GZIP = 'zlib gzip (level 6) of each response body, computed by the bench, not by the server';

/** Builds the site, measures a first visit to every page and Lighthouse on each kind. */
export async function runBench(): Promise<number> {
	const base = process.env.BASE_PATH ?? '';
	const buildSeconds = build();
	const pages = sitePages();
	const port = await freePort();
	const server = await preview(port);
	const origin = `http://localhost:${port}`;
	try {
		const browser = await chromium.launch(browserLaunchOptions());
		const measures: PageMeasure[] = [];
		for (const path of pages) {
			measures.push(
				measurePage(path, pageKind(path, base), await firstVisit(browser, origin, path))
			);
		}
		const heaviest = heaviestOfEachKind(measures);
		const scenario = heaviest.find((page) => page.kind === 'scenario');
		const firstChoiceMs = scenario
			? await firstChoiceTimes(browser, origin + scenario.path, 3)
			: [];
		await browser.close();

		// BENCH_LIGHTHOUSE=off measures sizes only: Lighthouse takes most of the bench's time.
		const scored = process.env.BENCH_LIGHTHOUSE === 'off' ? [] : heaviest;
		const lighthouse = scored.map((page) => ({
			kind: page.kind,
			path: page.path,
			...lighthouseScores(origin + page.path)
		}));

		const scoresBelow = lighthouse.flatMap(({ path, scores }) => lighthouseProblems(path, scores));
		const problems = [...measures.flatMap(pageProblems), ...scoresBelow];
		const skipped = missingKinds(pages, base);
		// The worker keeps every built file, each page's __data.json among them (see cache-plan.ts).
		const isPageData = (name: string) => name === '__data.json';
		const offlineCopyGzip = folderGzip('build');
		const pageDataGzip = folderGzip('build', isPageData);
		const languageCopies = languageCopiesGzip('build');
		report({
			buildSeconds,
			heaviest,
			lighthouse,
			skipped,
			offlineCopyGzip,
			pageDataGzip,
			languageCopies,
			firstChoiceMs,
			problems: [...summariseProblems(measures), ...scoresBelow]
		});
		mkdirSync('bench-results', { recursive: true });
		writeFileSync(
			RESULTS,
			`${JSON.stringify(
				{
					measuredAt: new Date().toISOString(),
					gzip: GZIP,
					buildSeconds,
					budgets: { ...BUDGETS, lighthouse: LIGHTHOUSE_MINIMUMS },
					kinds: heaviest.map((page) => ({
						...page,
						lighthouse: lighthouse.find((run) => run.path === page.path)
					})),
					skippedKinds: skipped,
					pages: measures,
					offlineCopyGzip,
					pageDataGzip,
					languageCopies,
					firstChoiceMs,
					problems
				},
				null,
				'\t'
			)}\n`
		);
		console.log(`\nWritten to ${RESULTS}.`);
		return problems.length === 0 ? 0 : 1;
	} finally {
		server.kill();
	}
}

function build(): number {
	const started = performance.now();
	const result = spawnSync('npm', ['run', 'build'], {
		encoding: 'utf8',
		// Vite's runner, which loaded this file, set NODE_ENV to development; a build that
		// inherited it would ship Svelte's development runtime.
		env: { ...process.env, NODE_ENV: 'production' },
		maxBuffer: 64 * 1024 * 1024
	});
	if (result.status !== 0)
		throw new Error(`npm run build failed:\n${result.stdout}${result.stderr}`);
	return Math.round((performance.now() - started) / 100) / 10;
}

async function preview(port: number): Promise<ChildProcess> {
	const server = spawn(
		'node_modules/.bin/vite',
		['preview', '--port', String(port), '--strictPort'],
		{
			stdio: 'ignore'
		}
	);
	for (let attempt = 0; attempt < 100; attempt += 1) {
		if (
			await fetch(`http://localhost:${port}/`).then(
				(response) => response.ok,
				() => false
			)
		) {
			return server;
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	server.kill();
	throw new Error(`The preview server did not start on port ${port}`);
}

/**
 * Everything a first visit downloads: a fresh browser context (empty cache), until the network
 * is idle. The service worker is blocked: what it fetches afterwards, to keep the whole course
 * for offline use, is reported apart as the offline copy.
 */
async function firstVisit(browser: Browser, origin: string, path: string): Promise<Download[]> {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	const pending: Promise<Download | undefined>[] = [];
	page.on('response', (response) => {
		pending.push(
			response.body().then(
				(body) => {
					const type = response.headers()['content-type'] ?? '';
					const javascript = /javascript/.test(type) || /\.m?js(\?|$)/.test(response.url());
					return {
						url: response.url(),
						javascript,
						font: /^font\//.test(type) || /\.woff2?(\?|$)/.test(response.url()),
						gzipBytes: gzipSync(body, { level: 6 }).length,
						text: javascript ? body.toString('utf8') : undefined
					};
				},
				() => undefined
			)
		);
	});
	await page.goto(origin + path, { waitUntil: 'networkidle' });
	await pageReady(page);
	await page.waitForLoadState('networkidle');
	await context.close();
	const downloads = (await Promise.all(pending)).filter((download) => download !== undefined);
	const foreign = downloads.filter((download) => !download.url.startsWith(origin));
	if (foreign.length > 0) throw new Error(`${path} requested another origin: ${foreign[0]?.url}`);
	return downloads;
}

function heaviestOfEachKind(measures: PageMeasure[]): PageMeasure[] {
	const byKind = new Map<string, PageMeasure>();
	for (const page of measures) {
		const heaviest = byKind.get(page.kind);
		if (!heaviest || page.totalGzip > heaviest.totalGzip) byKind.set(page.kind, page);
	}
	return [...byKind.values()];
}

/**
 * Lighthouse's scores for a page. Its simulated performance score varies from run to run on a
 * busy machine, so a page that falls short once is run twice more and judged by the median.
 */
function lighthouseScores(url: string) {
	const first = runLighthouse(url);
	if (lighthouseProblems(url, first).length === 0) return { runs: 1, scores: first };
	const runs = [first, runLighthouse(url), runLighthouse(url)];
	const median = (category: LighthouseCategory) =>
		runs.map((run) => run[category] ?? 0).sort((a, b) => a - b)[1] ?? null;
	const categories = Object.keys(LIGHTHOUSE_MINIMUMS) as LighthouseCategory[];
	return {
		runs: runs.length,
		scores: Object.fromEntries(categories.map((category) => [category, median(category)]))
	};
}

/** Lighthouse 12's default (mobile) profile in a fresh headless Chromium. */
function runLighthouse(url: string): Partial<Record<LighthouseCategory, number | null>> {
	const chromePath = process.env.CHROME_PATH ?? systemChromium();
	const result = spawnSync(
		'node_modules/.bin/lighthouse',
		[
			url,
			'--output=json',
			'--output-path=stdout',
			'--quiet',
			`--only-categories=${Object.keys(LIGHTHOUSE_MINIMUMS).join(',')}`,
			`--chrome-flags=${['--headless=new', ...CHROMIUM_FLAGS].join(' ')}`
		],
		{
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024,
			env: chromePath ? { ...process.env, CHROME_PATH: chromePath } : process.env
		}
	);
	if (result.status !== 0) throw new Error(`Lighthouse failed on ${url}:\n${result.stderr}`);
	const { categories } = JSON.parse(result.stdout) as {
		categories: Record<string, { score: number | null }>;
	};
	return Object.fromEntries(
		Object.keys(LIGHTHOUSE_MINIMUMS).map((category) => [
			category,
			categories[category]?.score ?? null
		])
	);
}

function folderGzip(folder: string, keep = (_name: string) => true): number {
	return readdirSync(folder, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && keep(entry.name))
		.reduce(
			(bytes, entry) =>
				bytes + gzipSync(readFileSync(join(entry.parentPath, entry.name)), { level: 6 }).length,
			0
		);
}

/**
 * What each translation adds to the offline copy: its pages (build/<code>/) and its fonts (those
 * its stylesheet, build/fonts/<code>.css, names).
 */
function languageCopiesGzip(folder: string): Record<string, number> {
	const fonts = join(folder, 'fonts');
	const codes = readdirSync(folder).filter((name) => existsSync(join(folder, name, 'families')));
	return Object.fromEntries(
		codes.map((code) => {
			const stylesheet = join(fonts, `${code}.css`);
			const named = existsSync(stylesheet) ? readFileSync(stylesheet, 'utf8') : '';
			const fontBytes = existsSync(stylesheet)
				? folderGzip(fonts, (name) => name === `${code}.css` || named.includes(name))
				: 0;
			return [code, folderGzip(join(folder, code)) + fontBytes];
		})
	);
}

function report(result: {
	buildSeconds: number;
	heaviest: PageMeasure[];
	lighthouse: { path: string; scores: Partial<Record<LighthouseCategory, number | null>> }[];
	skipped: string[];
	offlineCopyGzip: number;
	pageDataGzip: number;
	languageCopies: Record<string, number>;
	firstChoiceMs: number[];
	problems: string[];
}) {
	const score = (value: number | null | undefined) => (value == null ? '–' : value.toFixed(2));
	console.table(
		Object.fromEntries(
			result.heaviest.map((page) => {
				const scores = result.lighthouse.find((run) => run.path === page.path)?.scores ?? {};
				return [
					page.kind,
					{
						'heaviest page': page.path,
						'JS (gzip)': kB(page.javascriptGzip),
						'all (gzip)': kB(page.totalGzip),
						'of it, fonts': kB(page.fontGzip),
						requests: page.requests,
						performance: score(scores.performance),
						accessibility: score(scores.accessibility),
						'best practices': score(scores['best-practices'])
					}
				];
			})
		)
	);
	console.log(
		`First visit, ${GZIP}; budgets ${kB(BUDGETS.javascript)} of JavaScript, ${kB(BUDGETS.total)} in all.`
	);
	console.log(`Build: ${result.buildSeconds} s.`);
	console.log(
		`Offline copy the service worker fetches after the first visit: ${kB(result.offlineCopyGzip)} (gzip), of which the pages' data for moving between them (__data.json) is ${kB(result.pageDataGzip)}.`
	);
	for (const [code, bytes] of Object.entries(result.languageCopies)) {
		console.log(`  of it, the pages and fonts in ${code}: ${kB(bytes)} (gzip)`);
	}
	if (result.firstChoiceMs.length > 0) {
		console.log(
			`A scenario's first choice can be tapped after ${result.firstChoiceMs.join(', ')} ms (three first visits on a slow phone: ${SLOW_PHONE_WORDS}).`
		);
	}
	console.log(`Goals against other tools (reported, not failed):`);
	for (const line of toolGoalLines(result.heaviest)) console.log(`  - ${line}`);
	if (result.skipped.length > 0) {
		console.log(`No page of these kinds yet, so not measured: ${result.skipped.join(', ')}.`);
	}
	if (result.problems.length > 0) {
		console.error(
			`\nOver budget:\n${result.problems.map((problem) => `  - ${problem}`).join('\n')}`
		);
	} else {
		console.log('\nEvery page is within budget.');
	}
}
