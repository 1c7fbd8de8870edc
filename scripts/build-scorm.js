// `npm run build:scorm`: builds the course as a SCORM 1.2 package (relative paths, no service
// worker, its own storage) into build-scorm/, then zips it with its imsmanifest.xml. The zip is
// written with Node's own zlib: a zip of plain files needs nothing more, and the package build
// then depends on no library that could change what an LMS receives.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runnerImport } from 'vite';
import { scormPackageBuildEnv } from '../tools/scorm-package/build-flag.js';

const build = spawnSync('npx', ['vite', 'build'], {
	stdio: 'inherit',
	env: scormPackageBuildEnv(),
	shell: process.platform === 'win32'
});
if (build.status !== 0) process.exit(build.status ?? 1);

/** @type {{ module: typeof import('../tools/scorm-package/package-course.ts') }} */
const { module } = await runnerImport('./tools/scorm-package/package-course.ts', {
	configFile: false
});
const { fileName, zip } = module.packageCourse(process.cwd(), 'build-scorm');
mkdirSync('scorm-package', { recursive: true });
const out = join('scorm-package', fileName);
writeFileSync(out, zip);
console.log(`SCORM 1.2 package: ${out} (${(zip.length / 1024).toFixed(0)} kB)`);
