import type { PageServerLoad } from './$types';
import { error } from '@sveltejs/kit';
import { course } from '$lib/server/content/course';
import { summariseLesson } from '$lib/content/lesson-summary';
import { clausesById } from '$lib/content/clauses';
import { scenariosOfLesson } from '$lib/content/course-links';
import { decisionsMeeting, whoToAsk } from '$lib/content/decisions';
import { summariseScenario } from '$lib/content/scenario';

export const entries = () => course.lessons.map((lesson) => ({ slug: lesson.slug }));

export const load = (({ params }) => {
	const index = course.lessons.findIndex((lesson) => lesson.slug === params.slug);
	const lesson = course.lessons[index];
	if (!lesson) error(404, 'There is no such lesson');
	const previous = course.lessons[index - 1];
	const next = course.lessons[index + 1];
	return {
		lesson,
		clauses: clausesById(course.policy, lesson.clauses),
		previous: previous && summariseLesson(previous),
		next: next && summariseLesson(next),
		lessonCount: course.lessons.length,
		scenarios: scenariosOfLesson(course, lesson.slug).map(summariseScenario),
		openQuestions: decisionsMeeting(course.decisions, { lesson: lesson.slug }),
		ask: whoToAsk(course.setting.people.dsl)
	};
}) satisfies PageServerLoad;
