import { course } from '$lib/content/course.server';

export const load = () => ({
	asked: course.setting.familySignOff,
	policyTitle: course.setting.policy.title
});
