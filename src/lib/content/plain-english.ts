import { LineCounter, isScalar, isSeq, parseDocument, visit, type Node } from 'yaml';
import type { ContentFiles } from './content-files.ts';
import { splitFrontmatter } from './lesson.ts';

/** Above this many words a sentence is hard going for a reader with English as an additional language. */
export const LONGEST_SENTENCE = 25;

/**
 * Idioms and stock phrases that a reader with English as an additional language may not know, or
 * may take literally. Each is matched as whole words, in any case.
 */
export const PHRASES_TO_AVOID = [
	'kicked off',
	'kick off',
	'on the fiddle',
	'daft',
	'put the record straight',
	'set the record straight',
	'free pass',
	'in so many words',
	'better safe than sorry',
	'safety net',
	'way round',
	'at the end of the day',
	'no big deal',
	'the last straw',
	'over the top',
	'out of hand',
	'let off steam',
	'get away with',
	'gets away with',
	'a slap on the wrist',
	'touch base',
	'heads-up',
	'on the same page',
	'up in arms',
	'word gets round',
	'nip it in the bud',
	'cross the line',
	'at a loose end',
	'piece of cake',
	'wind up',
	'wound up',
	// Found by the content review of December 2026 (its finding m2).
	'keeps you clear',
	'out of your own mind',
	'police it',
	'con man',
	'fiddling',
	'awkward spot',
	'have a laugh',
	'laugh it off',
	'make a fuss',
	'finished the job',
	'bump into',
	'come across',
	'get a feel for',
	'all over the group',
	'in the hands of',
	'make a thing of it'
] as const;

/** One thing that may make a sentence hard to read: a warning, never a reason to stop a build. */
export interface PlainEnglishWarning {
	file: string;
	line: number;
	message: string;
}

// The fields in which authors write prose for learners; ids, titles of policies and the like are not.
const PROSE_FIELDS = new Set([
	'summary',
	'keyPoints',
	'forParents',
	'situation',
	'label',
	'happened',
	'why',
	'prompt',
	'text',
	'feedback',
	'question',
	'answer'
]);

/**
 * Checks the prose of every lesson, scenario, question and decision: sentences longer than
 * LONGEST_SENTENCE words and phrases from PHRASES_TO_AVOID, each with its file and line. The
 * policy's own words (block quotes in lessons, and policy.yaml) are the setting's, not ours, so
 * they are not checked.
 */
export function plainEnglishWarnings(files: ContentFiles): PlainEnglishWarning[] {
	const warnings: PlainEnglishWarning[] = [];
	for (const [file, text] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
		if (file === 'lessons/policy.yaml' || file === 'lessons/setting.yaml') continue;
		if (file.endsWith('.md')) {
			const parts = splitFrontmatter(text);
			if (!parts) continue;
			checkYaml(file, parts.yaml, 1, warnings);
			checkMarkdown(file, parts.body, parts.yaml.split('\n').length + 3, warnings);
		} else if (file.endsWith('.yaml')) {
			checkYaml(file, text, 0, warnings);
		}
	}
	return warnings;
}

function checkYaml(file: string, text: string, lineOffset: number, out: PlainEnglishWarning[]) {
	const lines = new LineCounter();
	const doc = parseDocument(text, { lineCounter: lines });
	if (doc.errors.length > 0) return;
	const checkScalar = (node: Node) => {
		if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return;
		const [start, end] = node.range;
		const source = text.slice(start, end);
		for (const found of findIssues(node.value)) {
			const at = locate(source, found.near);
			out.push({
				file,
				line: lines.linePos(start + at).line + lineOffset,
				message: found.message
			});
		}
	};
	visit(doc, {
		Pair(_, pair) {
			const key = isScalar(pair.key) ? pair.key.value : undefined;
			if (typeof key !== 'string' || !PROSE_FIELDS.has(key) || !pair.value) return;
			if (isSeq(pair.value)) pair.value.items.forEach((item) => checkScalar(item as Node));
			else checkScalar(pair.value as Node);
		}
	});
}

function checkMarkdown(file: string, body: string, firstLine: number, out: PlainEnglishWarning[]) {
	const lines = body.split('\n');
	let paragraph: { start: number; text: string[] } | undefined;
	const flush = () => {
		if (!paragraph) return;
		const source = paragraph.text.join('\n');
		for (const found of findIssues(stripMarkdown(source))) {
			const before = source.slice(0, locate(source, found.near));
			out.push({
				file,
				line: firstLine + paragraph.start + before.split('\n').length - 1,
				message: found.message
			});
		}
		paragraph = undefined;
	};
	lines.forEach((line, index) => {
		// A blank line, a heading or a list item starts a new paragraph; a quote is the policy's.
		const starts = /^\s*$|^#|^\s*(?:[-*]|\d+\.)\s|^>/.test(line);
		if (starts) flush();
		if (/^\s*$|^>/.test(line)) return;
		paragraph ??= { start: index, text: [] };
		paragraph.text.push(line);
		if (/^#/.test(line)) flush();
	});
	flush();
}

function stripMarkdown(text: string): string {
	return text
		.replace(/\]\([^)]*\)/g, ']')
		.replace(/^\s*(?:#+|[-*]|\d+\.)\s+/gm, '')
		.replace(/[*_`[\]]/g, '');
}

interface Found {
	message: string;
	/** The words where the issue starts, to find its line in the source. */
	near: string;
}

function findIssues(text: string): Found[] {
	const found: Found[] = [];
	const flat = text.replace(/\s+/g, ' ').trim();
	for (const sentence of sentencesOf(flat)) {
		const words = sentence.split(' ').filter((word) => /[\p{L}\p{N}]/u.test(word));
		if (words.length > LONGEST_SENTENCE) {
			found.push({
				message: `a sentence of ${words.length} words (over ${LONGEST_SENTENCE}): "${words.slice(0, 8).join(' ')} ..."`,
				near: words.slice(0, 3).join(' ')
			});
		}
	}
	for (const phrase of PHRASES_TO_AVOID) {
		const match = new RegExp(`\\b${phrase.replace(/[-]/g, '\\-')}\\b`, 'i').exec(flat);
		if (match) {
			found.push({
				message: `"${match[0]}" is an idiom or stock phrase: say it plainly`,
				near: match[0]
			});
		}
	}
	return found;
}

/** Sentences end with . ! or ? before a space and a capital letter, a quote or a digit. */
function sentencesOf(text: string): string[] {
	return text.split(/(?<=[.!?]["”’)]?)\s+(?=["“‘(]?[A-Z0-9])/).filter(Boolean);
}

/** Where the words `near` first stand in `source`, whatever spacing or line breaks are between them. */
function locate(source: string, near: string): number {
	const pattern = near
		.split(' ')
		.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
		.join('\\s+(?:>\\s*)?');
	const match = new RegExp(pattern, 'i').exec(source);
	return match ? match.index : 0;
}
