import { isMap, parseDocument, Scalar, stringify } from 'yaml';
import * as v from 'valibot';
import { ProblemList, formatProblem } from '../../src/lib/content/content-error.ts';
import { languageFile, type ContentFiles } from '../../src/lib/content/content-files.ts';
import {
	isReviewedState,
	readEntries,
	type EntryFields,
	type TranslationEntry
} from '../../src/lib/content/translation/entries.ts';
import { checkedSchema } from '../../src/lib/content/translation/language.ts';
import { translationFile } from '../../src/lib/content/translation/translation-files.ts';
import { fileHeading, skeletonEntry } from './skeleton.ts';
import type { TranslationProject } from './translation-project.ts';
import { readXliff, XliffRefusal, type ReturnedUnit } from './xliff.ts';

/** Who checked what comes back reviewed or final: a fluent speaker, their role, the date. */
export type Reviewer = v.InferOutput<typeof checkedSchema>;

const YAML_OUT = { singleQuote: true, lineWidth: 0 } as const;

/**
 * The files an XLIFF file changes: each unit that came back translated, reviewed or final sets
 * its entry's text, state and `from`; a unit still `initial` changes nothing. Whoever reviewed is
 * recorded once in language.yaml's `checked` (and the language becomes checked) when every entry
 * of the language is then reviewed or final and up to date; otherwise on each entry that came back
 * reviewed or final. Throws an XliffRefusal, having changed nothing, when the file does not match.
 */
export function importXliff(
	project: TranslationProject,
	xml: string,
	reviewer: Partial<Reviewer>
): { code: string; files: ContentFiles; summary: string[] } {
	const offered = project.course.languages.map((language) => language.code);
	const { code, returned } = readXliff(xml, offered, project.units);
	const problems = new ProblemList();
	const entries = readEntries(project.files, code, problems);
	if (problems.items.length > 0) {
		throw new XliffRefusal([
			`The translation files of ${code} must be mended first:`,
			...problems.items.map((problem) => `  ${formatProblem(problem)}`)
		]);
	}
	const changes = returned.filter(
		(back) => back.state !== 'initial' && !unchanged(entries.get(back.unit.key), back)
	);
	const reviewed = changes.filter((back) => isReviewedState(back.state));
	const by = reviewed.length > 0 ? reviewerOf(reviewer) : undefined;

	const after = new Map<string, EntryFields>(entries);
	for (const back of changes) {
		after.set(back.unit.key, { from: back.unit.from, text: back.target, state: back.state });
	}
	const allReviewed = project.units.every((unit) => {
		const entry = after.get(unit.key);
		return entry?.text && entry.from === unit.from && isReviewedState(entry.state);
	});

	const files: ContentFiles = {};
	const fileOf = (path: string, heading: () => string) =>
		(files[path] ??= project.files[path] ?? heading());
	const language = project.course.languages.find((candidate) => candidate.code === code)!;
	const edits = new Map<string, { key: string; fields: EntryFields }[]>();
	for (const back of changes) {
		const existing = entries.get(back.unit.key);
		const path = existing?.file ?? translationFile(code, back.unit.name);
		fileOf(path, () => fileHeading(back.unit.name, `${language.name} (${language.english})`));
		const fields: EntryFields = {
			from: back.unit.from,
			text: back.target,
			state: back.state,
			...(by && isReviewedState(back.state) && !allReviewed ? { reviewed: by } : {})
		};
		const list = edits.get(path) ?? [];
		list.push({ key: back.unit.key, fields });
		edits.set(path, list);
	}
	for (const [path, list] of edits) files[path] = withEntries(files[path]!, list, project);

	if (allReviewed && by && changes.length > 0) {
		const path = languageFile(code);
		const doc = parseDocument(project.files[path]!);
		if (language.status !== 'checked') doc.set('status', 'checked');
		const checked = doc.createNode(by);
		checked.flow = true;
		doc.set('checked', checked);
		if (language.status === 'approved') doc.delete('approved');
		files[path] = doc.toString(YAML_OUT);
	}
	return {
		code,
		files,
		summary: [
			`${changes.length} entries of ${code} changed (${reviewed.length} reviewed or final), ${returned.length - changes.length} as they were.`,
			...(allReviewed && by && changes.length > 0
				? [
						`Every entry is now reviewed: ${languageFile(code)} records ${by.by} (${by.role}, ${by.date}) and the status checked.${language.status === 'approved' ? ' The DSL approves the new text again.' : ''}`
					]
				: [])
		]
	};
}

function unchanged(entry: TranslationEntry | undefined, back: ReturnedUnit): boolean {
	return (
		entry !== undefined &&
		entry.text === back.target &&
		entry.state === back.state &&
		entry.from === back.unit.from
	);
}

function reviewerOf(reviewer: Partial<Reviewer>): Reviewer {
	const result = v.safeParse(checkedSchema, reviewer);
	if (result.success) return result.output;
	throw new XliffRefusal([
		'Some units come back reviewed or final: say who reviewed them, e.g. --reviewer "Anna Nowak" --role "Parent, fluent in Polish" --date 2026-12-08.',
		...result.issues.map(
			(issue) =>
				`  --${issue.path?.[0]?.key === 'by' ? 'reviewer' : String(issue.path?.[0]?.key)}: ${issue.message}`
		)
	]);
}

/** A translation file with entries set in place, comments kept, and new ones added at its end. */
function withEntries(
	text: string,
	list: { key: string; fields: EntryFields }[],
	project: TranslationProject
): string {
	const doc = parseDocument(text);
	let appended = '';
	for (const { key, fields } of list) {
		if (!isMap(doc.contents) || !doc.contents.has(key)) {
			const unit = project.units.find((candidate) => candidate.key === key)!;
			const skeleton = skeletonEntry(unit);
			appended +=
				skeleton.slice(0, skeleton.indexOf(`${key}:`)) + stringify({ [key]: fields }, YAML_OUT);
			continue;
		}
		doc.setIn([key, 'from'], fields.from);
		const words = new Scalar(fields.text);
		if (fields.text.includes('\n')) words.type = Scalar.BLOCK_LITERAL;
		doc.setIn([key, 'text'], words);
		doc.setIn([key, 'state'], fields.state);
		if (fields.reviewed) {
			const reviewed = doc.createNode(fields.reviewed);
			reviewed.flow = true;
			doc.setIn([key, 'reviewed'], reviewed);
		} else {
			doc.deleteIn([key, 'reviewed']);
		}
	}
	const edited = doc.contents === null ? text : doc.toString(YAML_OUT);
	return edited + appended;
}
