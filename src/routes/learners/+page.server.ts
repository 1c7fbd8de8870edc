import { course } from '$lib/content/course.server';

export const load = () => ({
	lessons: course.lessons.map(({ slug, title }) => ({ slug, title }))
});
