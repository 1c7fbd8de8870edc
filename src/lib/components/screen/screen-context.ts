import { getContext } from 'svelte';
import { SCREEN_WORDS, type ScreenWords } from '$lib/content/families-words';

/** The words a screen is drawn with, and the language its numbers are written in. */
export interface ScreenLanguage {
	words: ScreenWords;
	locale: string;
}

/** Where a translated page's screens find their language, when draw-screens renders them. */
export const SCREEN_LANGUAGE = Symbol('screen-language');

const ENGLISH: ScreenLanguage = { words: SCREEN_WORDS, locale: 'en-GB' };

export function getScreenLanguage(): ScreenLanguage {
	return getContext<ScreenLanguage | undefined>(SCREEN_LANGUAGE) ?? ENGLISH;
}
