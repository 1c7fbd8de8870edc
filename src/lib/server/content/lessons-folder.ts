import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isContentFile, type ContentFiles } from '../../content/content-files.ts';
import { parseTranslationPath } from '../../content/translation/translation-files.ts';

/** Reads the content files of a project's lessons/ folder from disk (for Node tools and tests). */
export function readLessonsFolder(projectRoot: string): ContentFiles {
	return readFolder(projectRoot, isContentFile);
}

/** Reads the translation files of every language in lessons/ (not their language.yaml). */
export function readTranslationFiles(projectRoot: string): ContentFiles {
	return readFolder(projectRoot, (path) => parseTranslationPath(path) !== undefined);
}

function readFolder(projectRoot: string, wanted: (path: string) => boolean): ContentFiles {
	const files: ContentFiles = {};
	const root = join(projectRoot, 'lessons');
	for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const absolute = join(entry.parentPath, entry.name);
		const path = relative(projectRoot, absolute).split(sep).join('/');
		if (wanted(path)) files[path] = readFileSync(absolute, 'utf8');
	}
	return files;
}
