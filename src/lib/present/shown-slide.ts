import type { Clause } from '$lib/content/policy';
import type { Scenario } from '$lib/content/scenario';
import type { PlayerWords } from '$lib/content/families-words';
import type { Slide } from './deck';

/**
 * A slide as the big screen shows it: in English, and, when the presenter picked a language, the
 * same slide in that language (the same kind, built from the localised course) to show under it.
 */
export type ShownSlide = Slide & { translation?: Slide };

/**
 * Each English slide with its translation. Both decks come from the same course, so they match
 * slide for slide; should they not, the build stops rather than show a room the wrong words.
 */
export function withTranslations(english: Slide[], translated: Slide[]): ShownSlide[] {
	return english.map((slide, index) => {
		const translation = translated[index];
		if (translation?.id !== slide.id || translation.kind !== slide.kind) {
			throw new Error(`The translated deck has no slide ${slide.id} at ${index + 1}`);
		}
		return { ...slide, translation };
	});
}

/** What a vote slide shows under the English: the same scenario in the presenter's language. */
export interface VoteTranslation {
	heading: string;
	scenario: Scenario;
	clauses: Pick<Clause, 'id' | 'rule'>[];
	/** The player's words in the language: the outcomes' names, "What happened next", "Why". */
	words: PlayerWords;
}
