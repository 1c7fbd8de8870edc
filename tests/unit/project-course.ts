import { buildCourse } from '$lib/content/build-course';
import type { ContentFiles } from '$lib/content/content-files';
import { readLessonsFolder } from '$lib/server/content/lessons-folder';

/** The project's own content files: a valid course that tests break one piece at a time. */
export const projectFiles: ContentFiles = readLessonsFolder(process.cwd());

export const projectCourse = buildCourse(projectFiles);
