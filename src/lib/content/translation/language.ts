import * as v from 'valibot';
import { ProblemList } from '../content-error.ts';
import { LANGUAGE_FILE, SETTING_FILE, languageFile, type ContentFiles } from '../content-files.ts';
import { record, textSchema } from '../schema-parts.ts';
import { YamlSource, readYamlFile } from '../yaml-source.ts';

/**
 * `lessons/<code>/language.yaml`: a language the setting may offer families, and how far a family
 * can trust its translation. The setting keeps the status: `draft` (written by machine, or not yet
 * checked), `checked` (by a fluent speaker: who, in what role, when), `approved` (by the DSL).
 */

/** A BCP 47 language tag as a folder name: `pl`, `ur`, `pa`, or with a script, `pa-Guru`. */
export const LANGUAGE_CODE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

export const LANGUAGE_STATUSES = ['draft', 'checked', 'approved'] as const;
export type LanguageStatus = (typeof LANGUAGE_STATUSES)[number];

const isoDate = v.pipe(
	v.union([v.string(), v.date()], 'must be a date such as 2026-12-08'),
	v.transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value)),
	v.isoDate('must be a date such as 2026-12-08')
);

/** Who checked a translation: a fluent speaker, in what role, on what date. */
export const checkedSchema = record({ by: textSchema, role: textSchema, date: isoDate });

export const languageFileSchema = v.pipe(
	record({
		/** The language's own name for itself, as a family looks for it: Polski, اردو. */
		name: textSchema,
		/** Its name in English, for the setting's staff. */
		english: textSchema,
		dir: v.picklist(['ltr', 'rtl'], 'must be ltr (left to right) or rtl (right to left)'),
		/** The ISO 15924 code of its script: Latn, Arab, Guru. */
		script: v.pipe(
			v.string('must be text'),
			v.regex(/^[A-Z][a-z]{3}$/, 'must be a script code such as Latn, Arab or Guru')
		),
		status: v.picklist(LANGUAGE_STATUSES, 'must be draft, checked or approved'),
		checked: v.optional(checkedSchema),
		approved: v.optional(record({ by: textSchema, date: isoDate }))
	}),
	v.forward(
		v.check(
			(language) => language.status === 'draft' || language.checked !== undefined,
			'is needed once the status is checked or approved: who checked it (by), their role and the date'
		),
		['checked']
	),
	v.forward(
		v.check(
			(language) => language.status !== 'approved' || language.approved !== undefined,
			'is needed once the status is approved: the DSL who approved it (by) and the date'
		),
		['approved']
	)
);

export type LanguageFile = v.InferOutput<typeof languageFileSchema>;

/** A language the setting offers families, as the pages and the presentation need it. */
export interface LanguageInfo extends LanguageFile {
	/** The folder's name, the language tag for `lang` and the address: `pl`. */
	code: string;
}

/** A family is told until then that no fluent speaker has checked the translation. */
export function isCheckedLanguage({ status }: Pick<LanguageInfo, 'status'>): boolean {
	return status !== 'draft';
}

/**
 * Reads every `lessons/<code>/language.yaml`, and returns the languages the setting offers, in
 * its order. A language offered with no folder, or a description that does not validate, is a
 * problem with its file and line.
 */
export function readLanguages(
	files: ContentFiles,
	problems: ProblemList,
	offered: readonly string[]
): LanguageInfo[] {
	const described = new Map<string, LanguageInfo>();
	for (const file of Object.keys(files).sort()) {
		const code = LANGUAGE_FILE.exec(file)?.[1];
		if (code === undefined) continue;
		if (!LANGUAGE_CODE.test(code) || code === 'en') {
			problems.add(file, `${code} is not a language code such as pl, ur or pa: rename the folder`);
			continue;
		}
		const language = readYamlFile(files, file, problems)?.validate(languageFileSchema, problems);
		if (language) described.set(code, { code, ...language });
	}
	const languages: LanguageInfo[] = [];
	offered.forEach((code, index) => {
		const language = described.get(code);
		if (language) languages.push(language);
		else if (!files[languageFile(code)]) {
			problems.add(
				SETTING_FILE,
				`languages: ${code} has no folder lessons/${code}/ with a language.yaml`,
				new YamlSource(SETTING_FILE, files[SETTING_FILE] ?? '', new ProblemList()).lineOf([
					'languages',
					index
				])
			);
		}
	});
	return languages;
}
