import type { LanguageInfo } from '$lib/content/translation/language';

/** A language as the language switch offers it: by its own name, in its own script. */
export interface OfferedLanguage {
	code: string;
	name: string;
	/** Its name in English, for the setting's staff and the privacy page. */
	english: string;
	dir: 'ltr' | 'rtl';
}

export function offeredLanguages(languages: readonly LanguageInfo[]): OfferedLanguage[] {
	return languages.map(({ code, name, english, dir }) => ({ code, name, english, dir }));
}

/** The course's own language, as a document and a link name it: British English, left to right. */
export const ENGLISH_DOCUMENT = { lang: 'en-GB', dir: 'ltr' } as const;
