import { buildCourse } from './build-course.ts';
import { ContentError, formatProblem } from './content-error.ts';
import { readLessonsFolder } from './lessons-folder.ts';

export type FolderCheck = { ok: true; summary: string } | { ok: false; problems: string[] };

/** The content check behind `npm run check`: every problem in lessons/, or a one-line summary. */
export function checkLessonsFolder(projectRoot: string): FolderCheck {
	try {
		const course = buildCourse(readLessonsFolder(projectRoot));
		return {
			ok: true,
			summary: `Content is valid: ${course.lessons.length} lessons, ${course.scenarios.length} scenarios, ${course.policy.clauses.length} clauses.`
		};
	} catch (error) {
		if (!(error instanceof ContentError)) throw error;
		return { ok: false, problems: error.problems.map(formatProblem) };
	}
}
