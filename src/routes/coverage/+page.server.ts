import { course } from '$lib/content/course.server';
import { coverageOf } from '$lib/content/coverage';

export const load = () => ({ rows: coverageOf(course), policyTitle: course.setting.policy.title });
