/**
 * True when this build is the SCORM 1.2 package for an LMS (`npm run build:scorm`), false for the
 * ordinary site. (The root layout reads `__SCORM_PACKAGE__` itself, to drop a dynamic import.)
 */
export const SCORM_PACKAGE: boolean = __SCORM_PACKAGE__;

/**
 * `csr` for the pages that only show text (the policy, help, coverage, the setting's decisions and
 * the not-found page). On the site they send no JavaScript (OfflineInstall still registers the
 * offline copy). In an LMS the course stays one document, since the LMS serves files, not routes,
 * and a full page load would end the learner's session with it.
 */
export const TEXT_ONLY_CSR: boolean = SCORM_PACKAGE;
