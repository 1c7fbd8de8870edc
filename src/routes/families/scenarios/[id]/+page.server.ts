import type { PageServerLoad } from './$types';
import { error } from '@sveltejs/kit';
import { course } from '$lib/server/content/course';
import { withScreensDrawn } from '$lib/server/draw-screens';
import { familiesView, familyScenarioPage } from '$lib/families/families-view';
import { ENGLISH_FAMILIES_TEXT } from '$lib/families/families-language';

export const entries = () => familiesView(course).scenarios.map(({ id }) => ({ id }));

export const load = (({ params }) => {
	const scenarioPage = familyScenarioPage(course, params.id);
	if (!scenarioPage) error(404, 'There is no such scenario for families');
	return {
		...scenarioPage,
		scenario: withScreensDrawn(scenarioPage.scenario),
		text: ENGLISH_FAMILIES_TEXT
	};
}) satisfies PageServerLoad;
