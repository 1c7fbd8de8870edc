import { course } from '$lib/content/course.server';
import type { LessonOutline } from '$lib/journeys/induction-progress';

export const load = () => ({
	outline: course.lessons.map(({ slug, title }): LessonOutline => ({
		slug,
		title,
		scenarios: course.scenarios
			.filter((scenario) => scenario.lesson === slug)
			.map(({ id, title }) => ({ id, title }))
	}))
});
