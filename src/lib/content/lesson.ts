import * as v from 'valibot';
import {
	audienceSchema,
	idSchema,
	listOf,
	record,
	textSchema,
	wholeNumber
} from './schema-parts.ts';
import { isForParents, type Audience } from './audience.ts';
import type { ProblemList } from './content-error.ts';
import type { ContentFiles } from './content-files.ts';
import { YamlSource } from './yaml-source.ts';

export const lessonFrontmatterSchema = v.pipe(
	record({
		title: textSchema,
		summary: textSchema,
		audience: audienceSchema,
		minutes: wholeNumber(1, 30),
		clauses: listOf(idSchema, 1, 12),
		keyPoints: listOf(textSchema, 3, 6),
		induction: v.optional(listOf(idSchema, 1, 3)),
		forParents: v.optional(listOf(textSchema, 2, 5))
	}),
	v.forward(
		v.check(
			(lesson) => !isForParents(lesson) || lesson.forParents !== undefined,
			'is needed when the audience is parents or both'
		),
		['forParents']
	)
);

export interface Lesson {
	slug: string;
	order: number;
	/** Path of the lesson's Markdown file inside the project, e.g. `lessons/03-friend-requests/index.md`. */
	file: string;
	title: string;
	summary: string;
	audience: Audience;
	minutes: number;
	clauses: string[];
	keyPoints: string[];
	forParents: string[];
	/** The ids of the staff scenarios the induction asks for with this lesson; the rest are extra. */
	induction: string[];
	words: number;
}

export const LESSON_FOLDER = /^lessons\/(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\/index\.md$/;

/** Splits a Markdown file into its YAML frontmatter and its body. */
export function splitFrontmatter(text: string): { yaml: string; body: string } | undefined {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
	return match ? { yaml: match[1] ?? '', body: match[2] ?? '' } : undefined;
}

/** The clause ids a lesson body cites with `[words](policy:clause-id)` links, with their lines. */
export function citationsIn(body: string): { id: string; line: number }[] {
	const found: { id: string; line: number }[] = [];
	body.split('\n').forEach((text, index) => {
		for (const match of text.matchAll(/\]\(policy:([^)\s]*)\)/g)) {
			found.push({ id: match[1] ?? '', line: index + 1 });
		}
	});
	return found;
}

export function countWords(markdown: string): number {
	const prose = markdown.replace(/\]\([^)]*\)/g, ']').replace(/[#>*_`[\]-]/g, ' ');
	return prose.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/**
 * Reads every `lessons/NN-topic/index.md`: its frontmatter, the clause ids it names and cites, and
 * that no two lessons share a number or a topic. In folder order.
 */
export function readLessons(
	files: ContentFiles,
	problems: ProblemList,
	clauseIds: ReadonlySet<string>
): Lesson[] {
	const lessons: Lesson[] = [];
	const lessonFiles = Object.keys(files)
		.filter((file) => /^lessons\/[^/]+\/index\.md$/.test(file))
		.sort();
	if (lessonFiles.length === 0) problems.add('lessons/', 'has no lessons (NN-topic/index.md)');

	for (const file of lessonFiles) {
		const folder = LESSON_FOLDER.exec(file);
		if (!folder) {
			problems.add(
				file,
				'the folder name must be two digits, a hyphen and a lower-case topic, e.g. 03-friend-requests'
			);
			continue;
		}
		const parts = splitFrontmatter(files[file] ?? '');
		if (!parts) {
			problems.add(file, 'must start with frontmatter between two --- lines', 1);
			continue;
		}
		const source = new YamlSource(file, parts.yaml, problems, 1);
		const meta = source.validate(lessonFrontmatterSchema, problems);
		const bodyStart = parts.yaml.split('\n').length + 2;
		for (const citation of citationsIn(parts.body)) {
			if (!clauseIds.has(citation.id)) {
				problems.add(
					file,
					`cites unknown clause id ${citation.id || '(empty)'}`,
					bodyStart + citation.line
				);
			}
		}
		if (!meta) continue;
		meta.clauses.forEach((id, index) => {
			if (!clauseIds.has(id)) {
				problems.add(file, `clauses: unknown clause id ${id}`, source.lineOf(['clauses', index]));
			}
		});
		lessons.push({
			...meta,
			forParents: meta.forParents ?? [],
			induction: meta.induction ?? [],
			slug: folder[2]!,
			order: Number(folder[1]),
			file,
			words: countWords(parts.body)
		});
	}

	const byNumber = new Map<number, string>();
	const bySlug = new Map<string, string>();
	for (const lesson of lessons) {
		const sameNumber = byNumber.get(lesson.order);
		if (sameNumber) problems.add(lesson.file, `has the same number as ${sameNumber}`);
		const sameSlug = bySlug.get(lesson.slug);
		if (sameSlug) problems.add(lesson.file, `has the same topic name as ${sameSlug}`);
		byNumber.set(lesson.order, lesson.file);
		bySlug.set(lesson.slug, lesson.file);
	}
	return lessons;
}
