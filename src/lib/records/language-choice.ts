/**
 * The language a person picked for the pages for families, remembered on this device so that the
 * families' home can take them back to it. Only a pick is kept: reading a page in a language
 * stores nothing. Kept in the browser's small synchronous storage rather than with the records,
 * so that the English families' page can ask for it without downloading the records engine;
 * device-wide, because families keep no learner. Not `social-networking-course/…`, which would
 * tell the records that this device holds some (see browser-store).
 */
export const LANGUAGE_CHOICE_KEY = 'social-networking-course:family-language';

/** The part of `localStorage` this needs; a Map-backed fake fits in tests. */
export type SmallStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** What language codes look like (`pl`, `pa-Guru`): anything else stored is ignored. */
const CODE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** The browser's storage, or undefined where it is blocked (some private windows). */
export function deviceStore(): SmallStore | undefined {
	try {
		return globalThis.localStorage ?? undefined;
	} catch {
		return undefined;
	}
}

/** Keeps `code` ('en' for English) as this device's language; false if it could not be kept. */
export function rememberLanguage(store: SmallStore | undefined, code: string): boolean {
	if (!store || !CODE.test(code)) return false;
	try {
		store.setItem(LANGUAGE_CHOICE_KEY, code);
		return true;
	} catch {
		return false;
	}
}

/** The language picked on this device, if any. */
export function rememberedLanguage(store: SmallStore | undefined): string | undefined {
	try {
		const code = store?.getItem(LANGUAGE_CHOICE_KEY);
		return code && CODE.test(code) ? code : undefined;
	} catch {
		return undefined;
	}
}

export function forgetLanguage(store: SmallStore | undefined): void {
	try {
		store?.removeItem(LANGUAGE_CHOICE_KEY);
	} catch {
		// Storage that cannot be written holds nothing of ours to forget.
	}
}
