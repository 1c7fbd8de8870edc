import type { Handle } from '@sveltejs/kit';
import { course } from '$lib/server/content/course';
import { ENGLISH_DOCUMENT } from '$lib/families/offered-languages';

/**
 * Each page's document says its language and direction (app.html's %lang% and %dir%), so that a
 * screen reader speaks it, the browser lays it out right to left where it should, and fonts are
 * chosen for its script: /ur/families is Urdu, right to left.
 */
export const handle: Handle = ({ event, resolve }) => {
	const language = course.languages.find(({ code }) => code === event.params.lang);
	const { lang, dir } = language ? { lang: language.code, dir: language.dir } : ENGLISH_DOCUMENT;
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', lang).replace('%dir%', dir)
	});
};
