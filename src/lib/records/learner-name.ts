export const MAX_NAME_LENGTH = 80;

export type NameCheck = { ok: true; name: string } | { ok: false; reason: string };

/** Characters as a person counts them on screen closely enough: code points, not UTF-16 units. */
export function characterCount(text: string): number {
	return [...text].length;
}

function tidy(input: string): string {
	return input.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** Tidies a typed name: trims it, folds runs of spaces, and refuses one that is empty or too long. */
export function checkLearnerName(input: string): NameCheck {
	const name = tidy(input);
	if (name.length === 0) return { ok: false, reason: 'Please enter your name.' };
	if (characterCount(name) > MAX_NAME_LENGTH) {
		return { ok: false, reason: `Please use at most ${MAX_NAME_LENGTH} characters.` };
	}
	return { ok: true, name };
}

/** Tidies an optional role the same way, cutting it to length rather than refusing it. */
export function tidyLearnerRole(input: string): string {
	return [...tidy(input)].slice(0, MAX_NAME_LENGTH).join('').trim();
}
