import { TEXT_ONLY_CSR } from '$lib/scorm/package-build';
import { course } from '$lib/server/content/course';
import { coverageOf } from '$lib/content/coverage';

export const load = () => ({ rows: coverageOf(course), policyTitle: course.setting.policy.title });

// A text-only page: see TEXT_ONLY_CSR.
export const csr = TEXT_ONLY_CSR;
