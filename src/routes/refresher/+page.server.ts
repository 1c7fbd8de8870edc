import { course } from '$lib/server/content/course';

export const load = () => ({
	recap: course.lessons.map(({ slug, title, keyPoints }) => ({ slug, title, keyPoints })),
	scenarios: course.scenarios.map(({ id, title, audience, lesson }) => ({
		id,
		title,
		audience,
		lesson
	}))
});
