import { buildCourse } from './build-course.ts';
import { ContentError, formatProblem } from './content-error.ts';
import { DECISIONS_FILE } from './course-model.ts';
import { isDecided } from './decisions.ts';
import { readLessonsFolder } from './lessons-folder.ts';
import { plainEnglishWarnings } from './plain-english.ts';

export type FolderCheck =
	| { ok: true; summary: string; notices: string[]; warnings: string[] }
	| { ok: false; problems: string[] };

/**
 * The content check behind `npm run check`: every problem in lessons/, or a one-line summary with
 * notices and warnings that do not stop the build: the questions the setting has still to decide,
 * and sentences that may be hard to read.
 */
export function checkLessonsFolder(projectRoot: string): FolderCheck {
	try {
		const files = readLessonsFolder(projectRoot);
		const course = buildCourse(files);
		const undecided = course.decisions.filter((decision) => !isDecided(decision));
		return {
			ok: true,
			summary: `Content is valid: ${course.lessons.length} lessons, ${course.scenarios.length} scenarios, ${course.policy.clauses.length} clauses, ${course.decisions.length - undecided.length} of ${course.decisions.length} setting's decisions recorded.`,
			notices: undecided.map(
				(decision) =>
					`${DECISIONS_FILE}: ${decision.id} is not decided yet; learners are told to ask the DSL`
			),
			warnings: plainEnglishWarnings(files).map(formatProblem)
		};
	} catch (error) {
		if (!(error instanceof ContentError)) throw error;
		return { ok: false, problems: error.problems.map(formatProblem) };
	}
}
