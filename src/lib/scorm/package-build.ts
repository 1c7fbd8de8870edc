/**
 * True when this build is the SCORM 1.2 package for an LMS (`npm run build:scorm`), false for the
 * ordinary site. (The root layout reads `__SCORM_PACKAGE__` itself, to drop a dynamic import.)
 */
export const SCORM_PACKAGE: boolean = __SCORM_PACKAGE__;
