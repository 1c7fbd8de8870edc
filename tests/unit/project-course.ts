import { buildCourse } from '$lib/content/build-course';
import { ContentError, type ContentProblem } from '$lib/content/content-error';
import type { ContentFiles } from '$lib/content/course-model';
import { readLessonsFolder } from '$lib/content/lessons-folder';

/** The project's own content files: a valid course that tests break one piece at a time. */
export const projectFiles: ContentFiles = readLessonsFolder(process.cwd());

export const projectCourse = buildCourse(projectFiles);

/** Every problem the course build reports for these files (none when it builds). */
export function problemsOf(files: ContentFiles): ContentProblem[] {
	try {
		buildCourse(files);
		return [];
	} catch (error) {
		if (error instanceof ContentError) return error.problems;
		throw error;
	}
}
