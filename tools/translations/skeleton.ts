import { parse, stringify } from 'yaml';
import { languageFile, type ContentFiles } from '../../src/lib/content/content-files.ts';
import { ProblemList } from '../../src/lib/content/content-error.ts';
import { readEntries } from '../../src/lib/content/translation/entries.ts';
import {
	TRANSLATION_FILES,
	translationFile,
	type TranslationFileName
} from '../../src/lib/content/translation/translation-files.ts';
import type { EnglishUnit } from '../../src/lib/content/translation/units.ts';
import { needLanguageFolder, type TranslationProject } from './translation-project.ts';

/** How every translation file starts: what it holds, and how to fill it in. */
export function fileHeading(name: TranslationFileName, language: string): string {
	return [
		comment(`${language}: ${TRANSLATION_FILES[name]}`),
		'#',
		'# Each entry starts with the English, as a comment. Write the translation in `text` and set',
		'# `state`: initial (not translated), translated, reviewed (checked by a second fluent speaker)',
		'# or final. Leave `from` as it is: it records which English the translation was made from,',
		'# so that `npm run check` can say when the English has changed since. Keep every {name} and',
		'# [request:id] exactly as it is: the course puts a value or the request’s words there.',
		''
	].join('\n');
}

/** One entry as a skeleton writes it: the English as a comment, then an empty translation. */
export function skeletonEntry(unit: EnglishUnit): string {
	const english = comment(unit.english);
	const entry = stringify(
		{ [unit.key]: { from: unit.from, text: '', state: 'initial' } },
		{ singleQuote: true }
	);
	return `\n${english}\n${entry}`;
}

/**
 * The translation files of a language with an entry added for every unit it lacks, each at the end
 * of its file. Existing entries and their comments are left exactly as they are. Only the files
 * that change are returned, with how many entries each gains.
 */
export function skeletonFiles(
	project: TranslationProject,
	code: string
): { files: ContentFiles; added: Record<string, number> } {
	needLanguageFolder(project, code);
	const existing = readEntries(project.files, code, new ProblemList());
	const language = parse(project.files[languageFile(code)]!) as { name?: string; english?: string };
	const heading = `${language.name} (${language.english})`;
	const files: ContentFiles = {};
	const added: Record<string, number> = {};
	for (const unit of project.units) {
		if (existing.has(unit.key)) continue;
		const path = translationFile(code, unit.name);
		files[path] ??= project.files[path] ?? fileHeading(unit.name, heading);
		files[path] += skeletonEntry(unit);
		added[path] = (added[path] ?? 0) + 1;
	}
	return { files, added };
}

const COMMENT_WIDTH = 98;

/** Text as YAML comment lines, wrapped between words so that a translator need not scroll. */
function comment(text: string): string {
	return text
		.split('\n')
		.flatMap((paragraph) => {
			const lines: string[] = [];
			let line = '#';
			for (const word of paragraph.split(' ')) {
				if (line !== '#' && line.length + 1 + word.length > COMMENT_WIDTH) {
					lines.push(line);
					line = '#';
				}
				line += ` ${word}`;
			}
			return [...lines, line];
		})
		.join('\n');
}
