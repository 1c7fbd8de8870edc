// Plain JavaScript, so that svelte.config.js, which Node loads as it is, can import it too.

/** The environment variable that makes a build the SCORM 1.2 package rather than the site. */
const VARIABLE = 'SCORM_PACKAGE';

/**
 * Whether this build is the SCORM 1.2 package for an LMS (`npm run build:scorm`): the configs
 * read it, and hand it to the app as `__SCORM_PACKAGE__` (see src/lib/scorm/package-build.ts).
 * @param {NodeJS.ProcessEnv} env
 */
export function isScormPackageBuild(env = process.env) {
	return env[VARIABLE] === '1';
}

/**
 * The environment for a build of the SCORM 1.2 package.
 * @param {NodeJS.ProcessEnv} env
 * @returns {NodeJS.ProcessEnv}
 */
export function scormPackageBuildEnv(env = process.env) {
	return { ...env, [VARIABLE]: '1' };
}
