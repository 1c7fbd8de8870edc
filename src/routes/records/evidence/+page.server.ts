import { course } from '$lib/content/course.server';

export const load = () => ({ policyTitle: course.setting.policy.title });
