export const MAX_NAME_LENGTH = 80;

export type NameCheck = { ok: true; name: string } | { ok: false; reason: string };

/** Tidies a typed name: trims it, folds runs of spaces, and refuses one that is empty or too long. */
export function checkLearnerName(input: string): NameCheck {
	const name = input.normalize('NFC').replace(/\s+/gu, ' ').trim();
	if (name.length === 0) return { ok: false, reason: 'Please enter your name.' };
	if ([...name].length > MAX_NAME_LENGTH) {
		return { ok: false, reason: `Please use at most ${MAX_NAME_LENGTH} characters.` };
	}
	return { ok: true, name };
}
