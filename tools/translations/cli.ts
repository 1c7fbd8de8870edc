import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ProblemList } from '../../src/lib/content/content-error.ts';
import { readEntries } from '../../src/lib/content/translation/entries.ts';
import { importXliff, type Reviewer } from './import.ts';
import { buildXliff, XliffRefusal } from './xliff.ts';
import { formatProblem } from '../../src/lib/content/content-error.ts';
import { translationReport } from '../../src/lib/content/translation/translation-report.ts';
import { describeTranslation } from '../content/check-lessons-folder.ts';
import { skeletonFiles } from './skeleton.ts';
import {
	offeredLanguage,
	readTranslationProject,
	TranslationToolError,
	writeProjectFiles
} from './translation-project.ts';

const USAGE = `Usage:
  npm run translations -- status <code>
      lists every entry of lessons/<code>/ that is missing or outdated, with file and line
  npm run translations -- skeleton <code>
      adds an empty entry for everything lessons/<code>/ lacks, with the English as a comment
  npm run translations -- export <code> [--only-needed] [--out <file>]
      writes <code>.xlf (XLIFF 2.0) for a translator's tool; --only-needed: missing and outdated only
  npm run translations -- import <file.xlf> --reviewer "Name" --role "Role" --date 2026-12-08
      reads a translator's XLIFF back, with each entry's state; refuses a file that does not match`;

/**
 * `npm run translations`: the translators' commands. Returns what to print; throws a
 * TranslationToolError with the reason when it refuses, having written nothing.
 */
export function runTranslations(args: string[], root: string): string[] {
	const { positionals, values } = parseArgs({
		args,
		allowPositionals: true,
		options: {
			'only-needed': { type: 'boolean', default: false },
			out: { type: 'string' },
			reviewer: { type: 'string' },
			role: { type: 'string' },
			date: { type: 'string' }
		}
	});
	const [command, subject, ...rest] = positionals;
	if (!subject || rest.length > 0) throw new TranslationToolError(USAGE);
	if (command === 'status') return status(root, subject);
	if (command === 'skeleton') return skeleton(root, subject);
	if (command === 'export') {
		return exportLanguage(root, subject, values['only-needed'], values.out ?? `${subject}.xlf`);
	}
	if (command === 'import') {
		return importLanguage(root, subject, {
			by: values.reviewer,
			role: values.role,
			date: values.date
		});
	}
	throw new TranslationToolError(USAGE);
}

function exportLanguage(root: string, code: string, onlyNeeded: boolean, out: string): string[] {
	const project = readTranslationProject(root);
	offeredLanguage(project, code);
	const problems = new ProblemList();
	const entries = readEntries(project.files, code, problems);
	if (problems.items.length > 0) {
		throw new TranslationToolError(
			[`Mend the translation files of ${code} first:`, ...problems.items.map(formatProblem)].join(
				'\n'
			)
		);
	}
	const { xml, count } = buildXliff(code, project.units, entries, onlyNeeded);
	writeFileSync(resolve(root, out), xml);
	return [
		`Wrote ${out}: ${count} units of ${code}${onlyNeeded ? ', missing or outdated only' : ''}, XLIFF 2.0.`
	];
}

function importLanguage(root: string, file: string, reviewer: Partial<Reviewer>): string[] {
	const project = readTranslationProject(root);
	let xml: string;
	try {
		xml = readFileSync(resolve(root, file), 'utf8');
	} catch {
		throw new TranslationToolError(`There is no file ${file}.`);
	}
	try {
		const { files, summary } = importXliff(project, xml, reviewer);
		writeProjectFiles(root, files);
		return [...summary, ...Object.keys(files).map((path) => `  wrote ${path}`)];
	} catch (error) {
		if (!(error instanceof XliffRefusal)) throw error;
		throw new TranslationToolError(
			[
				`Refused ${file}; nothing was changed:`,
				...error.reasons.map((reason) => `  ${reason}`)
			].join('\n')
		);
	}
}

function skeleton(root: string, code: string): string[] {
	const project = readTranslationProject(root);
	const { files, added } = skeletonFiles(project, code);
	writeProjectFiles(root, files);
	const lines = Object.entries(added).map(([path, count]) => `  ${path}: ${count} entries added`);
	return lines.length > 0
		? [`Skeleton for ${code}:`, ...lines]
		: [`lessons/${code}/ already has an entry for every English text.`];
}

function status(root: string, code: string): string[] {
	const project = readTranslationProject(root);
	const language = offeredLanguage(project, code);
	const report = translationReport(project.course, project.files, language);
	return [
		...describeTranslation(report, root),
		...report.problems.map((problem) => `  ${formatProblem(problem)}`)
	];
}
