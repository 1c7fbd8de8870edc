import { stringify } from 'yaml';
import { buildCourse } from '$lib/content/build-course';
import type { ContentFiles } from '$lib/content/content-files';
import { englishUnits, type EnglishUnit } from '$lib/content/translation/units';
import type { EntryState } from '$lib/content/translation/entries';
import { projectFiles } from '../../project-course';

/** The project's English content files, with no translation files (their entries are made here). */
export const englishFiles: ContentFiles = projectFiles;
export const englishCourse = buildCourse(englishFiles);
export const units = englishUnits(englishCourse, englishFiles);
export const unit = (key: string): EnglishUnit => {
	const found = units.find((candidate) => candidate.key === key);
	if (!found) throw new Error(`no unit ${key}`);
	return found;
};

/** A translation of some units, as its files would be written. */
export function translationFiles(
	code: string,
	entries: Record<string, { text: string; state?: EntryState; from?: string }>
): ContentFiles {
	const byFile: Record<string, Record<string, unknown>> = {};
	for (const [key, entry] of Object.entries(entries)) {
		const { name, from } = unit(key);
		(byFile[`lessons/${code}/${name}.yaml`] ??= {})[key] = {
			from: entry.from ?? from,
			text: entry.text,
			state: entry.state ?? 'translated'
		};
	}
	return Object.fromEntries(
		Object.entries(byFile).map(([file, content]) => [file, stringify(content)])
	);
}
