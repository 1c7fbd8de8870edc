import { describe, expect, it, vi } from 'vitest';
import { DeckSlides } from '$lib/present/deck-slides.svelte';
import type { Slide } from '$lib/present/deck';

const slide = (index: number): Slide => ({
	kind: 'title',
	id: `slide-${index}`,
	heading: `Slide ${index}`,
	lines: [],
	notes: []
});

const answer = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });

function fakeFetch() {
	return vi.fn<typeof fetch>(async (url) => {
		const index = Number(/(\d+)\.json$/.exec(typeof url === 'string' ? url : '')?.[1]);
		return answer(slide(index));
	});
}

const urlOf = (index: number) => `/present/slides/${index}.json`;
const settled = () => new Promise((done) => setTimeout(done));

describe('the slides of a deck', () => {
	it('holds the first slide at once and fetches only the slide reached and the next', async () => {
		const get = fakeFetch();
		const slides = new DeckSlides(slide(0), 13, urlOf, get);
		expect(slides.at(0)).toEqual(slide(0));

		slides.reach(0);
		await settled();
		expect(get.mock.calls.map(([url]) => url)).toEqual(['/present/slides/1.json']);
		expect(slides.at(1)).toEqual(slide(1));
		expect(slides.at(2)).toBeUndefined();

		slides.reach(5);
		slides.reach(5);
		await settled();
		expect(get).toHaveBeenCalledTimes(3);
		expect(slides.at(6)).toEqual(slide(6));
	});

	it('asks for nothing past the last slide', async () => {
		const get = fakeFetch();
		const slides = new DeckSlides(slide(0), 3, urlOf, get);
		slides.reach(2);
		await settled();
		expect(get.mock.calls.map(([url]) => url)).toEqual(['/present/slides/2.json']);
	});

	it('says a slide is unavailable, and fetches it again when asked once more', async () => {
		const get = fakeFetch().mockRejectedValueOnce(new TypeError('Failed to fetch'));
		const slides = new DeckSlides(slide(0), 3, urlOf, get);
		slides.reach(0);
		await settled();
		expect(slides.unavailable).toBe(true);
		expect(slides.at(1)).toBeUndefined();

		slides.reach(1);
		await settled();
		expect(slides.at(1)).toEqual(slide(1));
		expect(slides.unavailable).toBe(false);
	});
});
