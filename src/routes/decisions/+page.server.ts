import { course } from '$lib/content/course.server';
import { decisionRows, settingPlaceholders } from '$lib/content/decision-report';

export const load = () => ({
	rows: decisionRows(course),
	placeholders: settingPlaceholders(course),
	policyTitle: course.setting.policy.title
});

// Text only: no JavaScript is sent (OfflineInstall still registers the offline copy).
export const csr = false;
