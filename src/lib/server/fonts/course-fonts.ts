import { course } from '$lib/server/content/course';
import { localised } from '$lib/server/content/translations';
import { subsetLanguageFonts, type LanguageFonts } from './language-fonts';

const subsets = new Map<string, Promise<LanguageFonts | undefined>>();

/**
 * A language's fonts, subset to every word its pages and slides show (its localised course and
 * interface strings), once per build. Undefined for a language its devices already read well.
 */
export function courseFonts(code: string): Promise<LanguageFonts | undefined> {
	let fonts = subsets.get(code);
	if (!fonts) {
		const language = course.languages.find((each) => each.code === code);
		const { course: translated, text } = localised(code);
		fonts = language
			? subsetLanguageFonts(
					language.script,
					// The language switch names every language in its own script.
					JSON.stringify([translated, text, course.languages.map(({ name }) => name)])
				)
			: Promise.resolve(undefined);
		subsets.set(code, fonts);
	}
	return fonts;
}

export interface ServedFile {
	body: Uint8Array<ArrayBuffer> | string;
	type: string;
}

let served: Promise<Map<string, ServedFile>> | undefined;

/** Every font file and stylesheet the site serves, by its name under /fonts/. */
export function fontFiles(): Promise<Map<string, ServedFile>> {
	served ??= collectFontFiles();
	return served;
}

async function collectFontFiles(): Promise<Map<string, ServedFile>> {
	const files = new Map<string, ServedFile>();
	for (const { code } of course.languages) {
		const fonts = await courseFonts(code);
		if (!fonts) continue;
		files.set(`${code}.css`, { body: fonts.stylesheet, type: 'text/css' });
		for (const file of fonts.files) files.set(file.name, { body: file.bytes, type: 'font/woff2' });
	}
	return files;
}
