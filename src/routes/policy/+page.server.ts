import { SCORM_PACKAGE } from '$lib/scorm/package-build';
import { course } from '$lib/content/course.server';

export const load = () => ({
	policy: course.policy,
	setting: course.setting
});

// Text only on the site: no JavaScript is sent (OfflineInstall still registers the offline copy).
// In an LMS the course stays one document, since the LMS serves files, not routes, and a full
// page load would end the learner's session with it.
export const csr = SCORM_PACKAGE;
