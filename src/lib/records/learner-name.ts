export const MAX_NAME_LENGTH = 80;

export type NameCheck = { ok: true; name: string } | { ok: false; reason: string };

/** Characters as a person counts them on screen closely enough: code points, not UTF-16 units. */
export function characterCount(text: string): number {
	return [...text].length;
}

// A whole surrogate pair, or half of one with no other half: no character at all.
const SURROGATES = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g;
// Control characters (NUL, BEL, ESC...) have no place in a name; tabs and new lines become spaces.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
// Invisible characters a name has no use for: zero-width space, word joiner, byte-order mark,
// and direction overrides and isolates (the page isolates each name itself, with <bdi>).
const INVISIBLE = /[\u200B\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;
// Something a reader can see: a letter, digit, mark, symbol or punctuation.
const VISIBLE = /[\p{L}\p{M}\p{N}\p{P}\p{S}]/u;

/**
 * Text typed by a person as the course keeps it: NFC, no control characters, no lone surrogates,
 * runs of spaces folded, trimmed. Names and roles pass through here before they are stored or
 * put on a certificate, so that what is hashed is what is shown.
 */
export function tidyText(input: string): string {
	return input
		.replace(SURROGATES, (found) => (found.length === 2 ? found : '\uFFFD'))
		.normalize('NFC')
		.replace(CONTROL, '')
		.replace(INVISIBLE, '')
		.replace(/\s+/gu, ' ')
		.trim();
}

/** Tidies a typed name, and refuses one that is empty, invisible or too long. */
export function checkLearnerName(input: string): NameCheck {
	const name = tidyText(input);
	if (!VISIBLE.test(name)) return { ok: false, reason: 'Please enter your name.' };
	if (characterCount(name) > MAX_NAME_LENGTH) {
		return { ok: false, reason: `Please use at most ${MAX_NAME_LENGTH} characters.` };
	}
	return { ok: true, name };
}

/** Tidies an optional role the same way, cutting it to length rather than refusing it. */
export function tidyLearnerRole(input: string): string {
	return [...tidyText(input)].slice(0, MAX_NAME_LENGTH).join('').trim();
}

/** The learners whose name is this one, in any case: people the course takes to be the same. */
export function learnersNamed<L extends { name: string }>(learners: L[], name: string): L[] {
	const wanted = name.toLocaleLowerCase();
	return learners.filter((learner) => learner.name.toLocaleLowerCase() === wanted);
}
