import { buildCourse } from '../../src/lib/content/build-course.ts';
import { ContentError, formatProblem } from '../../src/lib/content/content-error.ts';
import { DECISIONS_FILE, QUIZ_FILE } from '../../src/lib/content/content-files.ts';
import { isDecided } from '../../src/lib/content/decisions.ts';
import {
	checkItems,
	describeFinding,
	describeItemCheck
} from '../../src/lib/content/item-check.ts';
import { readLessonsFolder } from '../../src/lib/server/content/lessons-folder.ts';
import { plainEnglishWarnings } from '../../src/lib/content/plain-english.ts';

export type FolderCheck =
	| { ok: true; summary: string; notices: string[]; warnings: string[]; items: string[] }
	| { ok: false; problems: string[]; items?: string[] };

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
		// The item-writing check: a bank whose keys give themselves away fails, with what to change.
		const itemCheck = checkItems(course.questions);
		const items = [
			describeItemCheck(itemCheck),
			...itemCheck.findings.map((finding) => `  ${QUIZ_FILE}: ${describeFinding(finding)}`)
		];
		if (itemCheck.failures.length > 0) {
			return {
				ok: false,
				problems: itemCheck.failures.map((failure) => `${QUIZ_FILE}: ${failure}`),
				items
			};
		}
		return {
			ok: true,
			summary: `Content is valid: ${course.lessons.length} lessons, ${course.scenarios.length} scenarios, ${course.policy.clauses.length} clauses, ${course.decisions.length - undecided.length} of ${course.decisions.length} setting's decisions recorded.`,
			notices: undecided.map(
				(decision) =>
					`${DECISIONS_FILE}: ${decision.id} is not decided yet; learners are told to ask the DSL`
			),
			warnings: plainEnglishWarnings(files).map(formatProblem),
			items
		};
	} catch (error) {
		if (!(error instanceof ContentError)) throw error;
		return { ok: false, problems: error.problems.map(formatProblem) };
	}
}
