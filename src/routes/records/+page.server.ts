import { course } from '$lib/content/course.server';

export const load = () => ({
	lessonCount: course.lessons.length,
	// An import may bring progress only in what this course has.
	contents: {
		lessons: course.lessons.map((lesson) => lesson.slug),
		scenarios: course.scenarios.map((scenario) => scenario.id),
		policyVersion: course.setting.policy.version
	}
});
