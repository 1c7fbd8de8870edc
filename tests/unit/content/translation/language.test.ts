import { describe, expect, it } from 'vitest';
import { buildCourse } from '$lib/content/build-course';
import { ContentError, formatProblem } from '$lib/content/content-error';
import type { ContentFiles } from '$lib/content/content-files';
import { englishFiles } from './translated-files';

const problemsOf = (files: ContentFiles): string[] => {
	try {
		buildCourse(files);
	} catch (error) {
		if (error instanceof ContentError) return error.problems.map(formatProblem);
		throw error;
	}
	return [];
};

// Where setting.yaml lists its languages, so that the setting's comments may grow above it.
const languagesLine =
	englishFiles['lessons/setting.yaml']!.split('\n').findIndex((line) =>
		line.startsWith('languages:')
	) + 1;

const withLanguages = (list: string) => ({
	...englishFiles,
	'lessons/setting.yaml': englishFiles['lessons/setting.yaml']!.replace(
		/^languages: .*$/m,
		`languages: ${list}`
	)
});

describe('the languages a setting offers families', () => {
	it('are the folders named in setting.yaml, in its order, each with its description', () => {
		const { languages } = buildCourse(withLanguages('[ur, pl]'));
		expect(
			languages.map(({ code, name, dir, script, status }) => [code, name, dir, script, status])
		).toEqual([
			['ur', 'اردو', 'rtl', 'Arab', 'draft'],
			['pl', 'Polski', 'ltr', 'Latn', 'draft']
		]);
		expect(buildCourse(withLanguages('[]')).languages).toEqual([]);
	});

	it('must each have a folder, and be named once', () => {
		expect(problemsOf(withLanguages('[pl, de]'))).toEqual([
			`lessons/setting.yaml:${languagesLine}: languages: de has no folder lessons/de/ with a language.yaml`
		]);
		expect(problemsOf(withLanguages('[pl, pl]'))).toEqual([
			`lessons/setting.yaml:${languagesLine}: languages: names a language twice`
		]);
		expect(problemsOf(withLanguages('[en]'))).toEqual([
			`lessons/setting.yaml:${languagesLine}: languages.0: is English, which the course is written in`
		]);
	});

	it('say who checked them once checked, and who approved them once approved', () => {
		const file = 'lessons/ro/language.yaml';
		const checked = englishFiles[file]!.replace('status: draft', 'status: checked');
		expect(problemsOf({ ...englishFiles, [file]: checked })).toEqual([
			`${file}:8: checked: is needed once the status is checked or approved: who checked it (by), their role and the date`
		]);
		const approved = englishFiles[file]!.replace(
			'status: draft',
			'status: approved\nchecked: { by: Ana Pop, role: Parent, date: 2026-12-08 }'
		);
		expect(problemsOf({ ...englishFiles, [file]: approved })).toEqual([
			`${file}:8: approved: is needed once the status is approved: the DSL who approved it (by) and the date`
		]);
		const wrong = englishFiles[file]!.replace('dir: ltr', 'dir: sideways');
		expect(problemsOf({ ...englishFiles, [file]: wrong })).toEqual([
			`${file}:10: dir: must be ltr (left to right) or rtl (right to left)`
		]);
	});
});
