/**
 * The course in the languages the setting offers families, for pages to take at build time.
 *
 *   import { languages, localised } from '$lib/server/content/translations';
 *   for (const { code, name, dir, status } of languages) ...       // setting.yaml's order
 *   const { language, course, text, fallbacks } = localised('pl');
 *   familiesView(course); buildDeck(course, text); text.families.title; text.translation.draft
 *
 * `course` is the English Course with every text a family reads in the language where its entry
 * is up to date, and in English where the entry is missing or was made from older English; `text`
 * is the interface strings likewise; `fallbacks` lists the keys shown in English. English pages
 * keep using `course` from ./course.ts and ENGLISH_TEXT. See src/lib/content/translation/.
 */
import { localiseCourse, type LocalisedCourse } from '../../content/translation/localise.ts';
import type { LanguageInfo } from '../../content/translation/language.ts';
import { contentFiles, course, translationFiles } from './course.ts';

export type { LocalisedCourse, LanguageInfo };
export { ENGLISH_TEXT, type InterfaceText } from '../../content/translation/interface-text.ts';

/** The languages offered to families besides English, in the setting's order. */
export const languages: readonly LanguageInfo[] = course.languages;

const files = { ...contentFiles, ...translationFiles };
const made = new Map<string, LocalisedCourse>();

/** The course in one offered language, made once per build. Throws for a language not offered. */
export function localised(code: string): LocalisedCourse {
	let found = made.get(code);
	if (!found) {
		found = localiseCourse(course, files, code);
		made.set(code, found);
	}
	return found;
}
