import { ProblemList, type ContentProblem } from '../content-error.ts';
import type { ContentFiles } from '../content-files.ts';
import type { Course } from '../course-model.ts';
import { readEntries } from './entries.ts';
import type { LanguageInfo } from './language.ts';
import { placeholderDifference } from './placeholders.ts';
import { translationFile } from './translation-files.ts';
import { englishUnits, type EnglishUnit } from './units.ts';

/** An entry a language lacks or must bring up to date, where to write it and where its English is. */
export interface EntryFinding {
	key: string;
	file: string;
	line?: number;
	english: EnglishUnit['source'];
}

/** How far a language's translation has got, and what is wrong with it. */
export interface TranslationReport {
	language: LanguageInfo;
	/** Units in the course, and those with an up-to-date translation that keeps its placeholders. */
	total: number;
	translated: number;
	/** No entry, or an empty one: the page shows the English. */
	missing: EntryFinding[];
	/** Made from English that has changed since: the page shows the English. */
	outdated: EntryFinding[];
	/** What stops the check: files that do not read, unknown keys, placeholders that differ. */
	problems: ContentProblem[];
}

/**
 * Compares a language's translation files with the course's English units. Missing and outdated
 * entries are findings (a setting may publish a partial translation); everything else is a problem.
 */
export function translationReport(
	course: Course,
	files: ContentFiles,
	language: LanguageInfo
): TranslationReport {
	const problems = new ProblemList();
	const entries = readEntries(files, language.code, problems);
	const units = englishUnits(course, files);
	const known = new Set(units.map((unit) => unit.key));
	const missing: EntryFinding[] = [];
	const outdated: EntryFinding[] = [];
	let translated = 0;
	for (const unit of units) {
		const entry = entries.get(unit.key);
		const finding = {
			key: unit.key,
			file: entry?.file ?? translationFile(language.code, unit.name),
			line: entry?.line,
			english: unit.source
		};
		if (!entry?.text) {
			missing.push(finding);
		} else if (entry.from !== unit.from) {
			outdated.push(finding);
		} else {
			const differences = placeholderDifference(unit.english, entry.text);
			for (const difference of differences) {
				problems.add(
					entry.file,
					`${unit.key}: the translation ${difference}; keep each {name} and [request:id] of the English`,
					entry.line
				);
			}
			if (differences.length === 0) translated += 1;
		}
	}
	for (const entry of entries.values()) {
		if (!known.has(entry.key)) {
			problems.add(
				entry.file,
				`${entry.key} is not in the course: its English was removed or moved, so delete the entry`,
				entry.line
			);
		}
	}
	return {
		language,
		total: units.length,
		translated,
		missing,
		outdated,
		problems: problems.items
	};
}

/** One line of a finding, as the check prints it. */
export function describeEntryFinding(finding: EntryFinding, kind: 'missing' | 'outdated'): string {
	const at = `${finding.file}${finding.line ? `:${finding.line}` : ''}`;
	const english = `${finding.english.file}${finding.english.line ? `:${finding.english.line}` : ''}`;
	return kind === 'missing'
		? `${at}: ${finding.key} is not translated yet (English: ${english})`
		: `${at}: ${finding.key} is outdated: the English changed since it was translated (${english})`;
}

/** The summary line of a language. */
export function describeReport(report: TranslationReport): string {
	const { language, translated, total, outdated, missing } = report;
	return `${language.name} (${language.code}), ${language.status}: ${translated} of ${total} translated, ${outdated.length} outdated, ${missing.length} missing`;
}
