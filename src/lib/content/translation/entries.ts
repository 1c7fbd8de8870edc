import * as v from 'valibot';
import type { ProblemList } from '../content-error.ts';
import type { ContentFiles } from '../content-files.ts';
import { record } from '../schema-parts.ts';
import { YamlSource } from '../yaml-source.ts';
import { checkedSchema } from './language.ts';
import { parseTranslationPath, type TranslationFileName } from './translation-files.ts';

/** XLIFF 2.0's segment states, which a translator's tool shows and sets. */
export const ENTRY_STATES = ['initial', 'translated', 'reviewed', 'final'] as const;
export type EntryState = (typeof ENTRY_STATES)[number];

/** A state that says a second person has checked the text. */
export const isReviewedState = (state: EntryState) => state === 'reviewed' || state === 'final';

const entrySchema = record({
	/** The hash of the English the text was made from (`textHash`). */
	from: v.pipe(
		v.string('must be the hash of the English, as the skeleton wrote it'),
		v.regex(/^[0-9a-f]{12}$/, 'must be the 12-digit hash of the English, as the skeleton wrote it')
	),
	text: v.pipe(
		v.optional(v.nullable(v.string('must be text')), ''),
		v.transform((text) => (text ?? '').trim())
	),
	state: v.picklist(ENTRY_STATES, 'must be initial, translated, reviewed or final'),
	/** Who reviewed this entry, where not every entry of the language was reviewed at once. */
	reviewed: v.optional(checkedSchema)
});

const translationFileSchema = v.nullable(
	v.record(v.string(), entrySchema, 'must be a set of entries, each named by its key')
);

export type EntryFields = v.InferOutput<typeof entrySchema>;

/** One entry of a translation file, with where it stands. */
export interface TranslationEntry extends EntryFields {
	key: string;
	name: TranslationFileName;
	file: string;
	line?: number;
}

/**
 * Reads the translation files of one language (every `lessons/<code>/<name>.yaml` but its
 * language.yaml), by key. A file that is not valid YAML, an entry that is malformed and a key in
 * two files are problems with their file and line.
 */
export function readEntries(
	files: ContentFiles,
	code: string,
	problems: ProblemList
): Map<string, TranslationEntry> {
	const entries = new Map<string, TranslationEntry>();
	for (const [file, text] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
		const place = parseTranslationPath(file);
		if (place?.code !== code) continue;
		const source = new YamlSource(file, text, problems);
		const parsed = source.validate(translationFileSchema, problems);
		for (const [key, fields] of Object.entries(parsed ?? {})) {
			const line = source.keyLineOf([key]);
			const other = entries.get(key);
			if (other) {
				problems.add(file, `${key} is also in ${other.file}: keep one of them`, line);
				continue;
			}
			entries.set(key, { key, name: place.name, file, line, ...fields });
		}
	}
	return entries;
}
