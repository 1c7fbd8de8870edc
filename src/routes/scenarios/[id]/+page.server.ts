import type { PageServerLoad } from './$types';
import { error } from '@sveltejs/kit';
import { clausesById } from '$lib/content/clauses';
import { course } from '$lib/server/content/course';
import { decisionsMeeting, whoToAsk } from '$lib/content/decisions';
import { clausesCitedBy } from '$lib/content/scenario';

export const entries = () => course.scenarios.map(({ id }) => ({ id }));

export const load = (({ params }) => {
	const scenario = course.scenarios.find((candidate) => candidate.id === params.id);
	if (!scenario) error(404, 'There is no such scenario');
	const lesson = course.lessons.find((candidate) => candidate.slug === scenario.lesson)!;
	return {
		scenario,
		clauses: clausesById(course.policy, [...clausesCitedBy(scenario)]).map(
			({ id, rule, words }) => ({ id, rule, words })
		),
		lesson: { slug: lesson.slug, title: lesson.title, order: lesson.order },
		openQuestions: decisionsMeeting(course.decisions, { scenario: scenario.id }),
		ask: whoToAsk(course.setting.people.dsl)
	};
}) satisfies PageServerLoad;
