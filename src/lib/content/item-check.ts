import { hasOneAnswer } from './question-kinds.ts';
import type { Question } from './quiz.ts';

/**
 * Words that tell a test-wise learner which option the writer meant, without reading a lesson:
 * the option that names the DSL, the policy or kindness is usually the key. Each pattern matches
 * whole words, in any case.
 */
export const CUE_WORDS: readonly { word: string; pattern: RegExp }[] = [
	{ word: 'policy', pattern: /\bpolic(?:y|ies)\b/gi },
	{ word: 'DSL', pattern: /\bDSL\b|\bDesignated Safeguarding Lead\b/gi },
	{ word: 'Lead Practitioner', pattern: /\bLead Practitioner\b/gi },
	{ word: 'kindly', pattern: /\bkindly\b/gi },
	{ word: 'politely', pattern: /\bpolite(?:ly)?\b/gi },
	{ word: 'report', pattern: /\breport(?:s|ed|ing)?\b/gi },
	{ word: 'ask', pattern: /\bask(?:s|ed|ing)?\b/gi }
];

/**
 * The limits over the single-answer questions, as fractions. Past one, `npm run check` fails.
 * lessons/README.md says why each is set where it is.
 */
export const ITEM_LIMITS = {
	/** The key is the longest option (or tied for longest). */
	keyLongest: 0.35,
	/** The key sits in one position (first, second…) in the file. */
	keyPosition: 0.4,
	/** The key is the only option with a cue word. */
	loneCueKey: 0.2
} as const;

/** Options differ a lot in length when the longest is more than this many times the shortest. */
export const LENGTH_RATIO = 2;

/** The cue words an option's text carries, one entry per match. */
export function cueWords(text: string): string[] {
	return CUE_WORDS.flatMap(({ word, pattern }) => (text.match(pattern) ?? []).map(() => word));
}

export interface ItemFinding {
	id: string;
	/** Single-answer kinds (single, situation, true-false) count towards the limits. */
	single: boolean;
	/** Positions of the keys in the file, from 0. */
	keys: number[];
	optionCount: number;
	/** The (first) key is the longest option, or tied for longest. */
	keyLongest: boolean;
	/**
	 * The key is the shortest option (not for true or false). Reported, not limited: a bank that
	 * cures long keys by cutting them short only moves the tell.
	 */
	keyShortest: boolean;
	/** The one option that alone carries a cue word, if exactly one does. */
	loneCue: number | undefined;
	/** That lone cue is on a key. */
	loneCueKey: boolean;
	/** The shortest and longest option, in characters, when they differ a lot. */
	lengthSpread: [number, number] | undefined;
}

export function checkItem(question: Question): ItemFinding {
	const lengths = question.options.map((option) => option.text.length);
	const keys = question.options.flatMap((option, index) => (option.correct ? [index] : []));
	const longest = Math.max(...lengths);
	const shortest = Math.min(...lengths);
	const cued = question.options.flatMap((option, index) =>
		cueWords(option.text).length > 0 ? [index] : []
	);
	const loneCue = cued.length === 1 ? cued[0] : undefined;
	return {
		id: question.id,
		single: hasOneAnswer(question.kind),
		keys,
		optionCount: question.options.length,
		keyLongest: keys.some((key) => lengths[key] === longest),
		keyShortest: question.kind !== 'true-false' && keys.some((key) => lengths[key] === shortest),
		loneCue,
		loneCueKey: loneCue !== undefined && keys.includes(loneCue),
		lengthSpread:
			question.kind !== 'true-false' && longest > LENGTH_RATIO * shortest
				? [shortest, longest]
				: undefined
	};
}

export interface ItemCheck {
	findings: ItemFinding[];
	/** How many single-answer questions the limits are measured over. */
	singles: number;
	keyLongest: number;
	keyShortest: number;
	loneCueKey: number;
	/** Single-answer keys by position in the file: [first, second, …]. */
	positions: number[];
	/** The fraction for each limit, and the limit it is held to. */
	rates: { keyLongest: number; keyPosition: number; loneCueKey: number };
	/** What is past a limit, each with what to change; empty when the bank passes. */
	failures: string[];
}

const percent = (rate: number) => `${Math.round(rate * 100)}%`;
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'];

/**
 * How well a question bank follows the item-writing rules: over the single-answer questions, the
 * share whose key is the longest option, whose key sits in the commonest position, and whose key
 * alone carries a cue word. Pure: it reads questions and returns findings and a verdict.
 */
export function checkItems(questions: readonly Question[]): ItemCheck {
	const findings = questions.map(checkItem);
	const singles = findings.filter((finding) => finding.single);
	const positions = Array.from({ length: 6 }, () => 0);
	for (const finding of singles) positions[finding.keys[0]!]! += 1;
	while (positions.length > 2 && positions.at(-1) === 0) positions.pop();
	const keyLongest = singles.filter((finding) => finding.keyLongest).length;
	const keyShortest = singles.filter((finding) => finding.keyShortest).length;
	const loneCueKey = singles.filter((finding) => finding.loneCueKey).length;
	const n = Math.max(singles.length, 1);
	const rates = {
		keyLongest: keyLongest / n,
		keyPosition: Math.max(...positions) / n,
		loneCueKey: loneCueKey / n
	};
	const failures: string[] = [];
	const ids = (list: ItemFinding[]) => list.map((finding) => finding.id).join(', ');
	if (rates.keyLongest > ITEM_LIMITS.keyLongest) {
		failures.push(
			`the key is the longest option in ${percent(rates.keyLongest)} of single-answer questions (limit ${percent(ITEM_LIMITS.keyLongest)}): shorten the key or give a wrong option its full reason in ${ids(singles.filter((f) => f.keyLongest))}`
		);
	}
	if (rates.keyPosition > ITEM_LIMITS.keyPosition) {
		const most = positions.indexOf(Math.max(...positions));
		failures.push(
			`the key is the ${ORDINALS[most]} option in ${percent(rates.keyPosition)} of single-answer questions (limit ${percent(ITEM_LIMITS.keyPosition)}): move the key to another place in some of ${ids(singles.filter((f) => f.keys[0] === most))}`
		);
	}
	if (rates.loneCueKey > ITEM_LIMITS.loneCueKey) {
		failures.push(
			`the key is the only option with a cue word in ${percent(rates.loneCueKey)} of single-answer questions (limit ${percent(ITEM_LIMITS.loneCueKey)}): take the cue word out of the key, or give a wrong option one for its own reason, in ${ids(singles.filter((f) => f.loneCueKey))}`
		);
	}
	return {
		findings,
		singles: singles.length,
		keyLongest,
		keyShortest,
		loneCueKey,
		positions,
		rates,
		failures
	};
}

/** One line a question, for the questions with something to look at. */
export function describeFinding(finding: ItemFinding): string {
	const notes = [
		`key ${finding.keys.map((key) => ORDINALS[key]).join(' and ')} of ${finding.optionCount}`
	];
	if (finding.keyLongest) notes.push('key is the longest');
	if (finding.keyShortest) notes.push('key is the shortest');
	if (finding.loneCue !== undefined) {
		notes.push(
			finding.loneCueKey
				? 'only the key has a cue word'
				: `only the ${ORDINALS[finding.loneCue]} option has a cue word`
		);
	}
	if (finding.lengthSpread) {
		notes.push(`options from ${finding.lengthSpread[0]} to ${finding.lengthSpread[1]} characters`);
	}
	return `${finding.id}${finding.single ? '' : ' (all that apply)'}: ${notes.join('; ')}`;
}

/** The summary line of the check, with each rate against its limit. */
export function describeItemCheck(check: ItemCheck): string {
	const { rates } = check;
	return [
		`Item check over ${check.singles} single-answer questions:`,
		`key longest ${percent(rates.keyLongest)} (limit ${percent(ITEM_LIMITS.keyLongest)}),`,
		`key shortest ${percent(check.keyShortest / Math.max(check.singles, 1))} (no limit),`,
		`key in one position ${percent(rates.keyPosition)} (limit ${percent(ITEM_LIMITS.keyPosition)}; by position ${check.positions.join('/')}),`,
		`key alone has a cue word ${percent(rates.loneCueKey)} (limit ${percent(ITEM_LIMITS.loneCueKey)}).`
	].join(' ');
}
