import { siteData } from '$lib/offline/site-data';
import type { ShownSlide } from './shown-slide';

/**
 * The deck's slides as the presenter reaches them, each fetched from its own data file with the
 * next one ahead, so that moving on shows it at once. The whole deck grows with the course; a
 * first visit fetches two slides of it whatever its size.
 */
export class DeckSlides {
	readonly #count: number;
	readonly #urlOf: (index: number) => string;
	readonly #get: typeof fetch | undefined;
	// Replaced whole on each arrival: svelte/reactivity's SvelteMap would join every page's runtime.
	#slides: (ShownSlide | undefined)[] = $state.raw([]);
	readonly #loaders: (() => Promise<ShownSlide>)[] = [];
	/** The latest fetch failed: the page says so until one succeeds. */
	unavailable = $state(false);

	constructor(
		first: ShownSlide,
		count: number,
		urlOf: (index: number) => string,
		get?: typeof fetch
	) {
		this.#count = count;
		this.#urlOf = urlOf;
		this.#get = get;
		this.#slides = [first];
	}

	at(index: number): ShownSlide | undefined {
		return this.#slides[index];
	}

	/** Fetches this slide and the next, unless they are here already. */
	reach(index: number): void {
		this.#fetch(index);
		this.#fetch(index + 1);
	}

	#fetch(index: number) {
		if (index < 0 || index >= this.#count || this.#slides[index]) return;
		const load = (this.#loaders[index] ??= siteData<ShownSlide>(this.#urlOf(index), this.#get));
		load().then(
			(slide) => {
				const slides = [...this.#slides];
				slides[index] = slide;
				this.#slides = slides;
				this.unavailable = false;
			},
			() => (this.unavailable = true)
		);
	}
}
