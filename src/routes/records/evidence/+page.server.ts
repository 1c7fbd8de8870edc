import { course } from '$lib/server/content/course';

export const load = () => ({ policyTitle: course.setting.policy.title });
