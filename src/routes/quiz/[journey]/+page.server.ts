import type { PageServerLoad } from './$types';
import { error } from '@sveltejs/kit';
import { course } from '$lib/content/course.server';
import { whoToAsk } from '$lib/content/decisions';
import { inductionOutline } from '$lib/journeys/induction-outline';
import { JOURNEYS, isJourney } from '$lib/journeys/journey';

export const entries = () => JOURNEYS.map((journey) => ({ journey }));

// The question bank is not here: it grows with the course, so /quiz/pool.json brings it.
export const load = (({ params }) => {
	const journey = params.journey;
	if (!isJourney(journey)) error(404, 'There is no such quiz');
	return {
		journey,
		ask: whoToAsk(course.setting.people.dsl),
		size: course.setting.course.quizQuestions[journey],
		passMark: course.setting.course.passMark,
		outline: inductionOutline(course)
	};
}) satisfies PageServerLoad;
