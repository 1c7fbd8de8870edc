import { course } from '$lib/content/course.server';
import { summariseScenario } from '$lib/content/scenario';

export const load = () => ({
	lessons: course.lessons
		.map(({ slug, title, order }) => ({
			slug,
			title,
			order,
			scenarios: course.scenarios
				.filter((scenario) => scenario.lesson === slug)
				.map(summariseScenario)
		}))
		.filter((lesson) => lesson.scenarios.length > 0)
});
