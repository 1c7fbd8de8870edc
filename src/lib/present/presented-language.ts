import type { LanguageInfo } from '$lib/content/translation/language';

/** A language the presenter may put on the slides beside the English, and how far it is checked. */
export type PresentedLanguage = Pick<LanguageInfo, 'code' | 'name' | 'english' | 'status'>;

export function presentedLanguages(languages: readonly LanguageInfo[]): PresentedLanguage[] {
	return languages.map(({ code, name, english, status }) => ({ code, name, english, status }));
}
