import { course } from '$lib/content/course.server';

export const load = () => ({
	recap: course.lessons.map(({ slug, title, keyPoints }) => ({ slug, title, keyPoints })),
	scenarios: course.scenarios.map(({ id, title, audience, lesson }) => ({
		id,
		title,
		audience,
		lesson
	}))
});
