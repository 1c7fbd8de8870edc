import type { Plugin } from 'vite';
import { buildCourse } from '../../src/lib/content/build-course.ts';
import { ContentError } from '../../src/lib/content/content-error.ts';
import { readLessonsFolder } from '../../src/lib/server/content/lessons-folder.ts';

/** Stops `vite build` at its start, with the content problems listed, when lessons/ is broken. */
export function courseContentCheck(): Plugin {
	return {
		name: 'course-content-check',
		apply: 'build',
		buildStart() {
			try {
				buildCourse(readLessonsFolder(process.cwd()));
			} catch (error) {
				if (error instanceof ContentError) this.error(error.message);
				throw error;
			}
		}
	};
}
