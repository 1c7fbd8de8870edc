/** Where one sentence sits in a text: `text.slice(start, end)`, without surrounding spaces. */
export interface TextSpan {
	start: number;
	end: number;
}

/**
 * About ten seconds of speech at the normal speed. Chrome stops an utterance after about fifteen
 * seconds, and the slower speed stretches ten to about twelve and a half.
 */
export const LONGEST_SENTENCE = 160;

/** Words that end with a full stop yet rarely end a sentence, as the next word starts with a capital. */
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'cf', 'vs', 'mr', 'mrs', 'ms', 'dr', 'prof', 'st']);

// A run of sentence-ending marks, then any closing quotes or brackets, then a space or the end.
const SENTENCE_END = /[.!?…]+["'”’)\]]*(?=\s|$)/g;
// A blank line, or a line that starts a list item, always starts a new sentence.
const HARD_BREAK = /\n\s*\n|\n(?=[ \t]*(?:[-*•]|\d+[.)])\s)/g;

/**
 * Cuts a text into sentences for reading aloud, each no longer than `longest` characters, and says
 * where each one is so that it can be highlighted while it is read.
 */
export function splitSentences(text: string, longest = LONGEST_SENTENCE): TextSpan[] {
	return blocks(text)
		.flatMap((block) => sentencesIn(text, block))
		.flatMap((span) => capLength(text, span, longest));
}

/** The spans' texts, with runs of white space made one space, as a voice should be given them. */
export function spokenTexts(text: string, spans: TextSpan[]): string[] {
	return spans.map(({ start, end }) => text.slice(start, end).replace(/\s+/g, ' '));
}

function blocks(text: string): TextSpan[] {
	const found: TextSpan[] = [];
	let start = 0;
	for (const match of text.matchAll(HARD_BREAK)) {
		found.push({ start, end: match.index });
		start = match.index + match[0].length;
	}
	found.push({ start, end: text.length });
	return found;
}

function sentencesIn(text: string, block: TextSpan): TextSpan[] {
	const part = text.slice(block.start, block.end);
	const found: TextSpan[] = [];
	let start = 0;
	for (const match of part.matchAll(SENTENCE_END)) {
		const end = match.index + match[0].length;
		if (!endsSentence(part, start, match.index, match[0], end)) continue;
		found.push({ start, end });
		start = end;
	}
	found.push({ start, end: part.length });
	return found
		.map((span) => trim(text, { start: block.start + span.start, end: block.start + span.end }))
		.filter((span) => span.end > span.start);
}

/** Whether the marks found at `at` (up to `end`) close the sentence that began at `start`. */
function endsSentence(
	part: string,
	start: number,
	at: number,
	marks: string,
	end: number
): boolean {
	const next = part.slice(end).trimStart();
	if (next === '') return true;
	// "Is it?" she asked. / "… a friend, e.g. a parent": the sentence goes on after a small letter.
	if (next[0] !== next[0]?.toUpperCase()) return false;
	if (marks !== '.') return true;
	const word =
		part
			.slice(start, at)
			.split(/\s/)
			.at(-1)
			?.replace(/^["'“‘(]+/, '') ?? '';
	if (ABBREVIATIONS.has(word.toLowerCase())) return false;
	// An initial, as in "J. Smith"; a word in capitals, as in "the DSL.", does end a sentence.
	if (/^\p{Lu}$/u.test(word)) return false;
	if (/^no$/i.test(word) && /^\d/.test(next)) return false;
	// A list number at the start of a line: "1. Decline politely."
	if (/^\d+$/.test(word) && part.slice(start, at).trim() === word) return false;
	return true;
}

function trim(text: string, span: TextSpan): TextSpan {
	let { start, end } = span;
	while (start < end && /\s/.test(text[start] ?? '')) start++;
	while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
	return { start, end };
}

/** Cuts a long sentence at its last semicolon, comma, colon or dash that fits, or else a space. */
function capLength(text: string, span: TextSpan, longest: number): TextSpan[] {
	const pieces: TextSpan[] = [];
	let { start } = span;
	while (span.end - start > longest) {
		const window = text.slice(start, start + longest);
		const cut =
			lastBreak(window, /[;:]\s/g) ??
			lastBreak(window, /(?:,|\s[–—-])\s/g) ??
			lastBreak(window, /\s/g);
		const end = cut ?? longest;
		pieces.push(trim(text, { start, end: start + end }));
		start += end;
	}
	pieces.push(trim(text, { start, end: span.end }));
	return pieces.filter((piece) => piece.end > piece.start);
}

/** Just after the last break in `window` that leaves at least a few words before it. */
function lastBreak(window: string, breaks: RegExp): number | undefined {
	let found: number | undefined;
	for (const match of window.matchAll(breaks)) {
		const after = match.index + match[0].trimEnd().length;
		if (after >= 20) found = after;
	}
	return found;
}
