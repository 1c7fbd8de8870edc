import { course } from '$lib/server/content/course';
import { scenariosOfLesson } from '$lib/content/course-links';
import { summariseScenario } from '$lib/content/scenario';

export const load = () => ({
	lessons: course.lessons
		.map(({ slug, title, order }) => ({
			slug,
			title,
			order,
			scenarios: scenariosOfLesson(course, slug).map(summariseScenario)
		}))
		.filter((lesson) => lesson.scenarios.length > 0)
});
