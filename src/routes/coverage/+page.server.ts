import { course } from '$lib/content/course.server';
import { coverageOf } from '$lib/content/coverage';

export const load = () => ({ rows: coverageOf(course), policyTitle: course.setting.policy.title });

// Text only: no JavaScript is sent (OfflineInstall still registers the offline copy).
export const csr = false;
