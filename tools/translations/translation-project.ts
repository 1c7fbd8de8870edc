import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildCourse } from '../../src/lib/content/build-course.ts';
import { languageFile, type ContentFiles } from '../../src/lib/content/content-files.ts';
import type { Course } from '../../src/lib/content/course-model.ts';
import type { LanguageInfo } from '../../src/lib/content/translation/language.ts';
import { englishUnits, type EnglishUnit } from '../../src/lib/content/translation/units.ts';
import {
	readLessonsFolder,
	readTranslationFiles
} from '../../src/lib/server/content/lessons-folder.ts';

/** A project's course, its units, and the translation files as they are on disk. */
export interface TranslationProject {
	root: string;
	course: Course;
	/** The English content files and every translation file, by path inside the project. */
	files: ContentFiles;
	units: EnglishUnit[];
}

export function readTranslationProject(root: string): TranslationProject {
	const content = readLessonsFolder(root);
	const course = buildCourse(content);
	return {
		root,
		course,
		files: { ...content, ...readTranslationFiles(root) },
		units: englishUnits(course, content)
	};
}

/** Refuses a language with no folder of its own, in words that say how to make one. */
export function needLanguageFolder(project: TranslationProject, code: string): void {
	if (!project.files[languageFile(code)]) {
		throw new TranslationToolError(
			`There is no ${languageFile(code)}. Make the folder and describe the language there first (see lessons/README.md).`
		);
	}
}

/** A language the setting offers, or a refusal that says how to offer it. */
export function offeredLanguage(project: TranslationProject, code: string): LanguageInfo {
	const language = project.course.languages.find((candidate) => candidate.code === code);
	if (!language) {
		throw new TranslationToolError(
			`${code} is not among the languages offered in lessons/setting.yaml (languages: [${project.course.languages.map((offered) => offered.code).join(', ')}]).`
		);
	}
	return language;
}

/** Writes the files, making their folders; paths are inside the project. */
export function writeProjectFiles(root: string, files: ContentFiles): void {
	for (const [path, text] of Object.entries(files)) {
		const absolute = join(root, path);
		if (!existsSync(dirname(absolute))) mkdirSync(dirname(absolute), { recursive: true });
		writeFileSync(absolute, text);
	}
}

export function readProjectFile(root: string, path: string): string {
	return readFileSync(join(root, path), 'utf8');
}

/** A refusal with the reason, for the person at the command line: nothing has been written. */
export class TranslationToolError extends Error {
	override name = 'TranslationToolError';
}
