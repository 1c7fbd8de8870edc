import { error } from '@sveltejs/kit';
import type { LayoutServerLoad } from './$types';
import { course } from '$lib/server/content/course';
import { localised } from '$lib/server/content/translations';
import { courseFonts } from '$lib/server/fonts/course-fonts';
import { noticeWords, translationNotice } from '$lib/families/translation-notice';
import { offeredLanguages } from '$lib/families/offered-languages';

export const load = (async ({ params }) => {
	const language = course.languages.find(({ code }) => code === params.lang);
	if (!language) error(404, 'The setting does not offer this language');
	const { text } = localised(language.code);
	const fonts = await courseFonts(language.code);
	return {
		language: { code: language.code, name: language.name, dir: language.dir },
		languages: offeredLanguages(course.languages),
		text: text.families,
		englishCounts: text.policy.englishCounts,
		notice: translationNotice(language, noticeWords(text)),
		// The regular weight is needed first; the stylesheet brings the rest when a page uses it.
		fonts: fonts && {
			stylesheet: `${language.code}.css`,
			preload: fonts.files.filter(({ weight }) => weight === 400).map(({ name }) => name)
		}
	};
}) satisfies LayoutServerLoad;
