import { course } from '$lib/content/course.server';

export const load = () => ({
	policy: course.policy,
	setting: course.setting
});
