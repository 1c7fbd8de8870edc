import { error, json } from '@sveltejs/kit';
import type { EntryGenerator, RequestHandler } from './$types';
import { course } from '$lib/server/content/course';
import { translatedDeck } from '$lib/server/translated-deck';

export const prerender = true;

export const entries: EntryGenerator = () =>
	course.languages.flatMap(({ code }) =>
		translatedDeck(code).map((_, index) => ({ lang: code, index: String(index) }))
	);

export const GET: RequestHandler = ({ params }) => {
	const slide = translatedDeck(params.lang)[Number(params.index)];
	if (!slide) error(404, 'There is no such slide');
	return json(slide);
};
