import { TEXT_ONLY_CSR } from '$lib/scorm/package-build';
import { course } from '$lib/server/content/course';

export const load = () => ({
	policy: course.policy,
	setting: course.setting
});

// A text-only page: see TEXT_ONLY_CSR.
export const csr = TEXT_ONLY_CSR;
