import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '$lib/content/lesson';
import { readingGrade, syllablesIn } from '$lib/content/reading-grade';
import { projectCourse, projectFiles } from '../project-course';

/** The hardest Flesch-Kincaid grade a lesson or a scenario may have, as a whole. */
const HARDEST_GRADE = 6.5;

/** A lesson's own prose: its summary, points and body, without the policy's words (quotes). */
function lessonProse(text: string): string[] {
	const parts = splitFrontmatter(text);
	if (!parts) return [];
	const meta = parse(parts.yaml) as { summary: string; keyPoints: string[]; forParents?: string[] };
	const body = parts.body
		.split('\n')
		.filter((line) => !/^\s*>/.test(line))
		.join('\n')
		.replace(/\]\([^)]*\)/g, ']')
		.replace(/^\s*(?:#+|[-*]|\d+\.)\s+/gm, '\n\n')
		.replace(/[*_`[\]]/g, '');
	return [meta.summary, ...meta.keyPoints, ...(meta.forParents ?? []), body];
}

describe('the reading grade', () => {
	it('counts syllables in everyday words', () => {
		expect(
			['cat', 'policy', 'parents', 'nursery', 'kindly', 'decided', 'photograph', 'little'].map(
				syllablesIn
			)
		).toEqual([1, 3, 2, 3, 2, 3, 3, 2]);
	});

	it('rates short plain sentences low and long hard ones high', () => {
		expect(readingGrade('The cat sat on the mat. It was happy.')).toBeLessThan(2);
		expect(
			readingGrade(
				'Notwithstanding the aforementioned considerations, practitioners must systematically evaluate organisational responsibilities.'
			)
		).toBeGreaterThan(15);
	});
});

describe("the course's lessons and scenarios", () => {
	const grades = [
		...Object.entries(projectFiles)
			.filter(([file]) => file.endsWith('/index.md'))
			.map(([file, text]) => ({ text: file, grade: readingGrade(lessonProse(text)) })),
		...projectCourse.scenarios.map((scenario) => ({
			text: scenario.file,
			grade: readingGrade([
				...Object.values(scenario.nodes).flatMap((node) => [
					node.situationText,
					...node.choices.map((choice) => choice.label)
				]),
				...Object.values(scenario.endings).flatMap((ending) => [ending.happened, ending.why])
			])
		}))
	].sort((a, b) => b.grade - a.grade);

	it(`read at Flesch-Kincaid grade ${HARDEST_GRADE} or below`, () => {
		console.log(
			'Hardest reading grades:\n' +
				grades
					.slice(0, 6)
					.map(({ text, grade }) => `  ${grade.toFixed(1)} ${text}`)
					.join('\n')
		);
		expect(grades.filter(({ grade }) => grade > HARDEST_GRADE)).toEqual([]);
	});
});
