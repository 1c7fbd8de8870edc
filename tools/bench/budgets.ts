import { TRANSLATED_KINDS } from './page-kinds';

/**
 * Bytes a first visit may download, gzip-compressed (1 kB = 1000 bytes). A page in a translation
 * may bring its script's font besides, within `font`; no other page may bring one.
 */
export const BUDGETS = { javascript: 60_000, total: 120_000, font: 150_000 };

/**
 * Kinds of page that only show text: SvelteKit sends them no JavaScript (`csr = false`), and a
 * first visit downloads only the small script that registers the offline copy.
 */
export const TEXT_ONLY = { kinds: ['policy', 'help', 'coverage', 'decisions'], javascript: 1_000 };

/**
 * First visits set against other tools, measured side by side in one run when the goals were set;
 * the bench reports them, and fails only on the budgets.
 */
export const TOOL_GOALS = [
	{ kind: 'scenario', javascript: 44_000, against: "0.8× H5P's bare player (54.9 kB)" },
	{
		kind: 'presentation',
		javascript: 50_600,
		against: 'reveal.js with the same 13 slides and notes (50.6 kB)'
	}
];

/** The least Lighthouse score (mobile profile) allowed for each category. */
export const LIGHTHOUSE_MINIMUMS = {
	performance: 0.95,
	accessibility: 1,
	'best-practices': 1
} as const;

export type LighthouseCategory = keyof typeof LIGHTHOUSE_MINIMUMS;

/**
 * Libraries that only some kinds of page need, each recognised by a string its code always
 * carries (minifiers keep strings). A first visit to any other kind must not download it. Kinds
 * are those of page-kinds.ts, or a page's first path segment.
 */
export const PAGE_LIBRARIES: { library: string; signature: RegExp; kinds: string[] }[] = [
	{
		library: 'XState',
		signature: /xstate\.(init|stop|error)/,
		kinds: ['scenario', 'quiz', 'presentation']
	},
	{
		library: 'localforage',
		signature: /localStorageWrapper|asyncStorage/,
		kinds: [
			'home',
			'lesson',
			'scenario',
			'quiz',
			'certificate',
			'records',
			'learners',
			'privacy',
			'refresher',
			'sign'
		]
	},
	{
		// valibot and the shapes of stored records: fetched to read a stored record, and by the
		// quiz for its saved place; a first visit elsewhere has nothing stored to check.
		library: 'the checks of stored records',
		signature: /iso_timestamp/,
		kinds: ['quiz']
	},
	{
		library: 'QR code',
		signature: /Capacity overflow/,
		kinds: ['certificate']
	},
	{
		// Fetched when the learner presses Listen, never on a first visit.
		library: 'the reader',
		signature: /Looking for a voice on this device/,
		kinds: []
	}
];

export interface Download {
	url: string;
	javascript: boolean;
	font?: boolean;
	gzipBytes: number;
	/** The body, for recognising libraries; only JavaScript is kept. */
	text?: string;
}

export interface PageMeasure {
	path: string;
	kind: string;
	requests: number;
	javascriptGzip: number;
	totalGzip: number;
	/** Of the total, the web fonts. */
	fontGzip: number;
	libraries: string[];
}

export function measurePage(path: string, kind: string, downloads: Download[]): PageMeasure {
	const sum = (list: Download[]) => list.reduce((bytes, download) => bytes + download.gzipBytes, 0);
	const scripts = downloads.filter((download) => download.javascript);
	return {
		path,
		kind,
		requests: downloads.length,
		javascriptGzip: sum(scripts),
		totalGzip: sum(downloads),
		fontGzip: sum(downloads.filter((download) => download.font)),
		libraries: PAGE_LIBRARIES.filter(({ signature }) =>
			scripts.some((script) => signature.test(script.text ?? ''))
		).map(({ library }) => library)
	};
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** What is over budget on a page, in words; empty when the page is within every budget. */
export function pageProblems(page: PageMeasure): string[] {
	const problems: string[] = [];
	if (page.javascriptGzip > BUDGETS.javascript) {
		problems.push(
			`${page.path}: ${page.javascriptGzip} bytes of JavaScript, over ${kB(BUDGETS.javascript)}`
		);
	}
	if (page.totalGzip - page.fontGzip > BUDGETS.total) {
		problems.push(
			`${page.path}: ${page.totalGzip - page.fontGzip} bytes in all${page.fontGzip ? ' besides fonts' : ''}, over ${kB(BUDGETS.total)}`
		);
	}
	if (page.fontGzip > 0 && !TRANSLATED_KINDS.includes(page.kind)) {
		problems.push(`${page.path}: downloads ${page.fontGzip} bytes of font; only a translation may`);
	}
	if (page.fontGzip > BUDGETS.font) {
		problems.push(`${page.path}: ${page.fontGzip} bytes of font, over ${kB(BUDGETS.font)}`);
	}
	if (TEXT_ONLY.kinds.includes(page.kind) && page.javascriptGzip > TEXT_ONLY.javascript) {
		problems.push(
			`${page.path}: ${page.javascriptGzip} bytes of JavaScript on a page that only shows text, over ${kB(TEXT_ONLY.javascript)}`
		);
	}
	for (const library of page.libraries) {
		const allowed = PAGE_LIBRARIES.find((entry) => entry.library === library)?.kinds ?? [];
		if (!allowed.includes(page.kind)) {
			const which = allowed.length > 0 ? `only ${allowed.join(', ')} pages` : 'no page';
			problems.push(`${page.path}: loads ${library}, which ${which} may load`);
		}
	}
	return problems;
}

/** Scores below the minimums, in words; a category Lighthouse could not score counts as 0. */
export function lighthouseProblems(
	path: string,
	scores: Partial<Record<LighthouseCategory, number | null>>
): string[] {
	return Object.entries(LIGHTHOUSE_MINIMUMS).flatMap(([category, minimum]) => {
		const score = scores[category as LighthouseCategory] ?? 0;
		return score < minimum ? [`${path}: Lighthouse ${category} ${score}, below ${minimum}`] : [];
	});
}

export { kB };

/** Each goal against another tool, with the heaviest page of its kind, met or not, in words. */
export function toolGoalLines(heaviest: PageMeasure[]): string[] {
	return TOOL_GOALS.flatMap(({ kind, javascript, against }) => {
		const page = heaviest.find((candidate) => candidate.kind === kind);
		if (!page) return [];
		const verdict = page.javascriptGzip <= javascript ? 'met' : 'not met';
		return [
			`${kind}: ${kB(page.javascriptGzip)} of JavaScript; goal ${kB(javascript)}, ${against}: ${verdict}`
		];
	});
}

/**
 * Page problems for printing: those of the first failing page of each kind, then how many more
 * pages of that kind fail, since the pages of one kind usually fail alike.
 */
export function summariseProblems(pages: PageMeasure[]): string[] {
	const failing = pages.filter((page) => pageProblems(page).length > 0);
	const kinds = [...new Set(failing.map((page) => page.kind))];
	return kinds.flatMap((kind) => {
		const [first, ...others] = failing.filter((page) => page.kind === kind);
		const pages = others.length === 1 ? 'page' : 'pages';
		const more = others.length > 0 ? [`…and ${others.length} more ${kind} ${pages}`] : [];
		return [...pageProblems(first!), ...more];
	});
}
