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
	translationReport,
	type EntryFinding,
	type TranslationReport
} from '../../src/lib/content/translation/translation-report.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
		const translations = checkTranslations(
			course,
			{ ...files, ...readTranslationFiles(projectRoot) },
			projectRoot
		);
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
	files: ContentFiles,
	projectRoot: string
): { lines: string[]; problems: string[] } {
	const lines: string[] = [];
	const problems: string[] = [];
	for (const language of course.languages) {
		const report = translationReport(course, files, language);
		lines.push(...describeTranslation(report, projectRoot, MISSING_LISTED));
		problems.push(...report.problems.map(formatProblem));
	}
	return { lines, problems };
}

/** A language's summary, then its outdated entries and its missing ones, up to `listed`. */
export function describeTranslation(
	report: TranslationReport,
	projectRoot: string,
	listed = Infinity
): string[] {
	const located = (finding: EntryFinding) => withInterfaceLine(finding, projectRoot);
	const more = report.missing.length - listed;
	return [
		describeReport(report),
		...report.outdated.map((finding) => `  ${describeEntryFinding(located(finding), 'outdated')}`),
		...report.missing
			.slice(0, listed)
			.map((finding) => `  ${describeEntryFinding(located(finding), 'missing')}`),
		...(more > 0
			? [
					`  and ${more} more not translated yet: \`npm run translations -- status ${report.language.code}\` lists them all`
				]
			: [])
	];
}

const sources = new Map<string, string[]>();

/**
 * An interface string's English lives in a TypeScript module, which the pure report cannot read:
 * its line is the line that names it (`homeLink: 'For families'`).
 */
function withInterfaceLine(finding: EntryFinding, projectRoot: string): EntryFinding {
	const { file, line } = finding.english;
	if (line !== undefined || !file.endsWith('.ts')) return finding;
	if (!sources.has(file))
		sources.set(file, readFileSync(join(projectRoot, file), 'utf8').split('\n'));
	const name = finding.key.split('.')[1];
	const at = sources.get(file)!.findIndex((text) => new RegExp(`^\\s*'?${name}'?:`).test(text));
	return at === -1 ? finding : { ...finding, english: { file, line: at + 1 } };
}
