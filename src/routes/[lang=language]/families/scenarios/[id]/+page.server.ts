import type { EntryGenerator, PageServerLoad } from './$types';
import { error } from '@sveltejs/kit';
import { course } from '$lib/server/content/course';
import { withScreensDrawn } from '$lib/server/draw-screens';
import { localised } from '$lib/server/content/translations';
import { familiesView, familyScenarioPage } from '$lib/families/families-view';

export const entries: EntryGenerator = () =>
	course.languages.flatMap(({ code }) =>
		familiesView(course).scenarios.map(({ id }) => ({ lang: code, id }))
	);

export const load = (({ params }) => {
	const { course: translated, text } = localised(params.lang);
	const scenarioPage = familyScenarioPage(translated, params.id);
	if (!scenarioPage) error(404, 'There is no such scenario for families');
	const language = { words: text.families, locale: params.lang };
	return { ...scenarioPage, scenario: withScreensDrawn(scenarioPage.scenario, language) };
}) satisfies PageServerLoad;
