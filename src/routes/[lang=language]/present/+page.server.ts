import type { EntryGenerator, PageServerLoad } from './$types';
import { course } from '$lib/server/content/course';
import { translatedDeck } from '$lib/server/translated-deck';
import { presentedLanguages } from '$lib/present/presented-language';

export const entries: EntryGenerator = () => course.languages.map(({ code }) => ({ lang: code }));

// The page carries the first slide; the rest come from slides/, as the English deck's do.
export const load = (({ params }) => {
	const deck = translatedDeck(params.lang);
	return {
		first: deck[0]!,
		count: deck.length,
		languages: presentedLanguages(course.languages)
	};
}) satisfies PageServerLoad;
