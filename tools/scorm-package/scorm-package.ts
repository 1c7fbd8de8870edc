import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Setting } from '../../src/lib/content/setting.ts';
import { manifestIdentifier, scormManifest } from './scorm-manifest.ts';
import { zipArchive } from './zip-archive.ts';

/** The page the LMS opens. */
export const LAUNCH_PAGE = 'index.html';

/**
 * Files the site needs and the package must not carry: the script that installs the offline copy
 * (no page in the package loads it, and an LMS should find no service worker in a package).
 */
const LEFT_OUT = new Set(['register-service-worker.js']);

function filesUnder(folder: string): string[] {
	return readdirSync(folder).flatMap((name) => {
		const path = join(folder, name);
		return statSync(path).isDirectory() ? filesUnder(path) : [path];
	});
}

/** A file name for the package: the course title and version, readable in a downloads folder. */
export function packageFileName(setting: Setting): string {
	return `${manifestIdentifier(`${setting.course.title}-${setting.course.version}`).toLowerCase()}-scorm12.zip`;
}

/**
 * The zip of a built package folder: `imsmanifest.xml` at its root, then every file of the build,
 * each listed in the manifest. Throws if the build has a service worker or no launch page.
 */
export function scormPackage(buildFolder: string, setting: Setting): Uint8Array {
	const files = filesUnder(buildFolder)
		.map((path) => relative(buildFolder, path).split(sep).join('/'))
		.filter((path) => !LEFT_OUT.has(path))
		.sort();
	if (!files.includes(LAUNCH_PAGE)) throw new Error(`${buildFolder} has no ${LAUNCH_PAGE}`);
	if (files.includes('service-worker.js')) {
		throw new Error(`${buildFolder} has a service worker: build it with SCORM_PACKAGE=1`);
	}
	const manifest = scormManifest({
		identifier: manifestIdentifier(`${setting.name}-${setting.course.title}`),
		title: setting.course.title,
		version: setting.course.version,
		masteryScore: setting.course.passMark,
		files,
		launch: LAUNCH_PAGE
	});
	return zipArchive([
		{ path: 'imsmanifest.xml', data: Buffer.from(manifest, 'utf8') },
		...files.map((path) => ({ path, data: readFileSync(join(buildFolder, path)) }))
	]);
}
