import { error, json } from '@sveltejs/kit';
import type { EntryGenerator, RequestHandler } from './$types';
import { course } from '$lib/server/content/course';
import { buildDeck } from '$lib/present/deck';

export const prerender = true;

const deck = buildDeck(course);

export const entries: EntryGenerator = () => deck.map((_, index) => ({ index: String(index) }));

export const GET: RequestHandler = ({ params }) => {
	const slide = deck[Number(params.index)];
	if (!slide) error(404, 'There is no such slide');
	return json(slide);
};
