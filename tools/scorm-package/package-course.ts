import { join } from 'node:path';
import { buildCourse } from '../../src/lib/content/build-course.ts';
import { readLessonsFolder } from '../../src/lib/server/content/lessons-folder.ts';
import { packageFileName, scormPackage } from './scorm-package.ts';

/** The project's SCORM package from its built folder, and the name to save it under. */
export function packageCourse(projectFolder: string, buildFolder: string) {
	const { setting } = buildCourse(readLessonsFolder(projectFolder));
	return {
		fileName: packageFileName(setting),
		zip: scormPackage(join(projectFolder, buildFolder), setting)
	};
}
