import type { PageServerLoad } from './$types';
import { error } from '@sveltejs/kit';
import { bindsFamilies } from '$lib/content/audience';
import { clausesById } from '$lib/content/clauses';
import { course } from '$lib/server/content/course';
import { clausesCitedBy } from '$lib/content/scenario';
import { familiesView, nextScenario } from '$lib/families/families-view';

const { scenarios } = familiesView(course);

export const entries = () => scenarios.map(({ id }) => ({ id }));

export const load = (({ params }) => {
	const at = scenarios.findIndex((candidate) => candidate.id === params.id);
	const scenario = course.scenarios.find((candidate) => candidate.id === params.id);
	if (at === -1 || !scenario) error(404, 'There is no such scenario for families');
	return {
		scenario,
		// As on the evening's slides, a family reads only the rules that bind families.
		clauses: clausesById(course.policy, [...clausesCitedBy(scenario)])
			.filter(bindsFamilies)
			.map(({ id, rule, words }) => ({ id, rule, words })),
		at: at + 1,
		count: scenarios.length,
		next: nextScenario(scenarios, scenario.id)
	};
}) satisfies PageServerLoad;
