/**
 * True when this build is the SCORM 1.2 package for an LMS (`npm run build:scorm`), false for the
 * ordinary site. A constant, so that each build leaves out the other's code.
 */
export const SCORM_PACKAGE: boolean = __SCORM_PACKAGE__;
