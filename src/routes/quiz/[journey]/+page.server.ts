import type { PageServerLoad } from './$types';
import { error } from '@sveltejs/kit';
import { course } from '$lib/content/course.server';
import { isForStaff } from '$lib/content/audience';
import { lessonsTeaching } from '$lib/content/course-links';
import { openQuestionsOfQuestions, whoToAsk } from '$lib/content/decisions';
import { inductionOutline } from '$lib/journeys/induction-outline';
import { JOURNEYS, isJourney } from '$lib/journeys/journey';
import type { QuizClause } from '$lib/quiz/quiz-clause';

export const entries = () => JOURNEYS.map((journey) => ({ journey }));

export const load = (({ params }) => {
	const journey = params.journey;
	if (!isJourney(journey)) error(404, 'There is no such quiz');
	const pool = course.questions.filter(isForStaff);
	const cited = new Set(pool.flatMap((question) => question.clauses));
	const clauses: Record<string, QuizClause> = {};
	for (const clause of course.policy.clauses) {
		if (!cited.has(clause.id)) continue;
		const [lesson] = lessonsTeaching(course, clause.id);
		clauses[clause.id] = {
			id: clause.id,
			rule: clause.rule,
			group: clause.group,
			lesson: lesson && { slug: lesson.slug, title: lesson.title, order: lesson.order }
		};
	}
	return {
		journey,
		pool,
		clauses,
		openQuestions: openQuestionsOfQuestions(
			course.decisions,
			pool.map((question) => question.id)
		),
		ask: whoToAsk(course.setting.people.dsl),
		size: course.setting.course.quizQuestions[journey],
		passMark: course.setting.course.passMark,
		outline: inductionOutline(course)
	};
}) satisfies PageServerLoad;
