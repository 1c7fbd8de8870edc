import { render } from 'svelte/server';
import type { CompiledHtml } from '$lib/content/markdown';
import type { Scenario, ScenarioEnding, ScenarioNode } from '$lib/content/scenario';
import type { Slide } from '$lib/present/deck';
import Screen from '$lib/components/screen/Screen.svelte';
import { SCREEN_LANGUAGE, type ScreenLanguage } from '$lib/components/screen/screen-context';

type Steps = Pick<Scenario, 'nodes' | 'endings'>;

/**
 * The scenario with each step's screen drawn as HTML when the site is built, in place of its
 * description. A screen is content, like a situation's Markdown: a page shows the HTML and needs
 * none of the card's code, which keeps the scenario page within its JavaScript budget.
 */
export function withScreensDrawn<S extends Steps>(scenario: S, language?: ScreenLanguage): S {
	const draw = <T extends ScenarioNode | ScenarioEnding>(step: T) => drawn(step, language);
	return {
		...scenario,
		nodes: mapValues(scenario.nodes, draw<ScenarioNode>),
		endings: mapValues(scenario.endings, draw<ScenarioEnding>)
	};
}

/** A translated page's screens are drawn in its words; the rest in English. */
function drawn<T extends ScenarioNode | ScenarioEnding>(
	{ screen, ...step }: T,
	language: ScreenLanguage | undefined
): T {
	if (!screen) return step as T;
	const context = new Map(language ? [[SCREEN_LANGUAGE, language]] : []);
	// Svelte escapes every field it puts in the HTML, as it does on any page.
	const screenHtml = render(Screen, { props: { screen }, context }).body as CompiledHtml;
	return { ...step, screenHtml } as T;
}

function mapValues<T>(record: Record<string, T>, map: (value: T) => T): Record<string, T> {
	return Object.fromEntries(Object.entries(record).map(([id, value]) => [id, map(value)]));
}

/** A slide as the presentation shows it: a vote's screens drawn, like the scenario page's. */
export function slideWithScreensDrawn(slide: Slide, language?: ScreenLanguage): Slide {
	return slide.kind === 'vote'
		? { ...slide, scenario: withScreensDrawn(slide.scenario, language) }
		: slide;
}
