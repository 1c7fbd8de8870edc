import type { PageServerLoad } from './$types';
import { error } from '@sveltejs/kit';
import { course } from '$lib/server/content/course';
import { whoToAsk } from '$lib/content/decisions';
import { JOURNEYS, isJourney } from '$lib/journeys/journey';

export const entries = () => JOURNEYS.map((journey) => ({ journey }));

// The question bank and the induction's outline are not here: they grow with the course, so
// /quiz/pool.json and /lessons/outline.json bring them.
export const load = (({ params }) => {
	const journey = params.journey;
	if (!isJourney(journey)) error(404, 'There is no such quiz');
	return {
		journey,
		ask: whoToAsk(course.setting.people.dsl),
		size: course.setting.course.quizQuestions[journey],
		passMark: course.setting.course.passMark
	};
}) satisfies PageServerLoad;
