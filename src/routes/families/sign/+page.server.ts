import { course } from '$lib/server/content/course';

export const load = () => ({
	asked: course.setting.familySignOff,
	policyTitle: course.setting.policy.title
});
