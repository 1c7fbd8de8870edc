import { course } from '$lib/content/course.server';

export const load = () => ({
	policy: course.policy,
	setting: course.setting
});

// Text only: no JavaScript is sent (OfflineInstall still registers the offline copy).
export const csr = false;
