import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCourse } from '$lib/content/build-course';
import { coverageOf } from '$lib/content/coverage';
import { splitFrontmatter, citationsIn } from '$lib/content/lesson';
import { readLessonsFolder } from '$lib/server/content/lessons-folder';

const root = process.cwd();
const files = readLessonsFolder(root);
const course = buildCourse(files);

describe('the real course content', () => {
	it('has at least nine lessons', () => {
		expect(course.lessons.length).toBeGreaterThanOrEqual(9);
	});

	it('teaches every clause of the policy in at least one lesson', () => {
		const untaught = coverageOf(course).filter((row) => row.lessons.length === 0);
		expect(untaught.map((row) => row.clause.id)).toEqual([]);
	});

	it.each(course.lessons.map((lesson) => [lesson.file, lesson] as const))(
		'%s has 400 to 900 words and cites each of its clauses in its text',
		(file, lesson) => {
			expect(lesson.words).toBeGreaterThanOrEqual(400);
			expect(lesson.words).toBeLessThanOrEqual(900);
			const cited = new Set(citationsIn(splitFrontmatter(files[file]!)!.body).map((c) => c.id));
			expect(lesson.clauses.filter((id) => !cited.has(id))).toEqual([]);
		}
	);

	it('names the setting only in setting.yaml, so that changing it there changes every page', () => {
		const name = course.setting.name;
		const naming = Object.entries(files)
			.filter(([file]) => file !== 'lessons/setting.yaml')
			.filter(([, text]) => text.includes(name) || /St\.? Joseph/i.test(text))
			.map(([file]) => file);
		expect(naming).toEqual([]);
	});

	it('names no setting anywhere in the source code', () => {
		const sources = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
			.filter((path) => /\.(ts|svelte|html|css)$/.test(path))
			.filter((path) => /Joseph/i.test(readFileSync(join(root, 'src', path), 'utf8')));
		expect(sources).toEqual([]);
	});

	it('uses braces in lesson text only where mdsvex would not read them as code', () => {
		const withBraces = course.lessons
			.filter((lesson) => /[{}]/.test(splitFrontmatter(files[lesson.file]!)!.body))
			.map((lesson) => lesson.file);
		expect(withBraces).toEqual([]);
	});
});
