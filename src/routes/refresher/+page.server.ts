import { course } from '$lib/server/content/course';
import { summariseScenario } from '$lib/content/scenario';

export const load = () => ({
	recap: course.lessons.map(({ slug, title, keyPoints }) => ({ slug, title, keyPoints })),
	scenarios: course.scenarios.map(summariseScenario)
});
