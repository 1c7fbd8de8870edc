import { course } from '$lib/server/content/course';
import { slideWithScreensDrawn } from '$lib/server/draw-screens';
import { deckOpening } from '$lib/present/deck';
import { presentedLanguages } from '$lib/present/presented-language';

export const load = () => {
	const { first, count } = deckOpening(course);
	return {
		first: slideWithScreensDrawn(first),
		count,
		languages: presentedLanguages(course.languages)
	};
};
