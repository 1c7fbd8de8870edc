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

export const lessonFrontmatterSchema = v.pipe(
	record({
		title: textSchema,
		summary: textSchema,
		audience: audienceSchema,
		minutes: wholeNumber(1, 30),
		clauses: listOf(idSchema, 1, 12),
		keyPoints: listOf(textSchema, 3, 6),
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
