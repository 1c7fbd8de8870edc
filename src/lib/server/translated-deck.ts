import { course } from '$lib/server/content/course';
import { localised } from '$lib/server/content/translations';
import { slideWithScreensDrawn } from '$lib/server/draw-screens';
import { buildDeck } from '$lib/present/deck';
import { withTranslations, type ShownSlide } from '$lib/present/shown-slide';

const decks = new Map<string, ShownSlide[]>();

/** The evening's deck in English with each slide's translation, screens drawn, once a build. */
export function translatedDeck(code: string): ShownSlide[] {
	let deck = decks.get(code);
	if (!deck) {
		const { course: translated, text } = localised(code);
		const language = { words: text.families, locale: code };
		deck = withTranslations(buildDeck(course), buildDeck(translated, text)).map((slide) => ({
			...slideWithScreensDrawn(slide),
			translation: slide.translation && slideWithScreensDrawn(slide.translation, language)
		}));
		decks.set(code, deck);
	}
	return deck;
}
