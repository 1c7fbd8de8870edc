import { course } from '$lib/content/course.server';
import { slideWithScreensDrawn } from '$lib/components/screen/draw-screens.server';
import { deckOpening } from '$lib/present/deck';

export const load = () => {
	const { first, count } = deckOpening(course);
	return { first: slideWithScreensDrawn(first), count };
};
