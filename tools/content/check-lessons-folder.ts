import { buildCourse } from '../../src/lib/content/build-course.ts';
import { ContentError, formatProblem } from '../../src/lib/content/content-error.ts';
import { DECISIONS_FILE, QUIZ_FILE } from '../../src/lib/content/content-files.ts';
import { isDecided } from '../../src/lib/content/decisions.ts';
import {
	checkItems,
	describeFinding,
	describeItemCheck
} from '../../src/lib/content/item-check.ts';
import { plainEnglishWarnings } from '../../src/lib/content/plain-english.ts';
import {
	describeEntryFinding,
	describeReport,
	translationReport
} from '../../src/lib/content/translation/translation-report.ts';
import type { Course } from '../../src/lib/content/course-model.ts';
import type { ContentFiles } from '../../src/lib/content/content-files.ts';
import {
	readLessonsFolder,
	readTranslationFiles
} from '../../src/lib/server/content/lessons-folder.ts';

export type FolderCheck =
	| {
			ok: true;
			summary: string;
			notices: string[];
			warnings: string[];
			items: string[];
			translations: string[];
	  }
	| { ok: false; problems: string[]; items?: string[]; translations?: string[] };

/** How many missing entries the check lists for each language; `translations -- status` lists all. */
const MISSING_LISTED = 10;

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
		const translations = checkTranslations(course, {
			...files,
			...readTranslationFiles(projectRoot)
		});
		const failures = [
			...itemCheck.failures.map((failure) => `${QUIZ_FILE}: ${failure}`),
			...translations.problems
		];
		if (failures.length > 0) {
			return { ok: false, problems: failures, items, translations: translations.lines };
		}
		return {
			ok: true,
			summary: `Content is valid: ${course.lessons.length} lessons, ${course.scenarios.length} scenarios, ${course.policy.clauses.length} clauses, ${course.decisions.length - undecided.length} of ${course.decisions.length} setting's decisions recorded.`,
			notices: undecided.map(
				(decision) =>
					`${DECISIONS_FILE}: ${decision.id} is not decided yet; learners are told to ask the DSL`
			),
			warnings: plainEnglishWarnings(files).map(formatProblem),
			items,
			translations: translations.lines
		};
	} catch (error) {
		if (!(error instanceof ContentError)) throw error;
		return { ok: false, problems: error.problems.map(formatProblem) };
	}
}

/**
 * Each offered language's summary, its outdated entries and its first missing ones (they show in
 * English and do not stop the build), and its problems, which do.
 */
export function checkTranslations(
	course: Course,
	files: ContentFiles
): { lines: string[]; problems: string[] } {
	const lines: string[] = [];
	const problems: string[] = [];
	for (const language of course.languages) {
		const report = translationReport(course, files, language);
		lines.push(describeReport(report));
		for (const finding of report.outdated)
			lines.push(`  ${describeEntryFinding(finding, 'outdated')}`);
		for (const finding of report.missing.slice(0, MISSING_LISTED)) {
			lines.push(`  ${describeEntryFinding(finding, 'missing')}`);
		}
		const more = report.missing.length - MISSING_LISTED;
		if (more > 0) {
			lines.push(
				`  and ${more} more not translated yet: \`npm run translations -- status ${language.code}\` lists them all`
			);
		}
		problems.push(...report.problems.map(formatProblem));
	}
	return { lines, problems };
}
