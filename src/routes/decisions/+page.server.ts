import { TEXT_ONLY_CSR } from '$lib/scorm/package-build';
import { course } from '$lib/server/content/course';
import { decisionRows, settingPlaceholders } from '$lib/content/decision-report';

export const load = () => ({
	rows: decisionRows(course),
	placeholders: settingPlaceholders(course),
	policyTitle: course.setting.policy.title
});

// A text-only page: see TEXT_ONLY_CSR.
export const csr = TEXT_ONLY_CSR;
