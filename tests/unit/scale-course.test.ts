import { describe, expect, it } from 'vitest';
import { buildCourse } from '$lib/content/build-course';
import { isContentFile } from '$lib/content/content-files';
import { scaledLessons } from '../../tools/bench/scale-course';
import { projectCourse } from './project-course';

describe('the generated larger course for the bench', () => {
	it('holds the course three times over and passes the course check', () => {
		const files = Object.fromEntries(
			[...scaledLessons('lessons', 3)]
				.map(([path, text]) => [`lessons/${path}`, text] as const)
				.filter(([path]) => isContentFile(path))
		);
		const course = buildCourse(files);
		expect(course.lessons).toHaveLength(projectCourse.lessons.length * 3);
		expect(course.scenarios).toHaveLength(projectCourse.scenarios.length * 3);
		expect(course.questions).toHaveLength(projectCourse.questions.length * 3);
		expect(course.lessons.at(-1)?.title).toMatch(/\(copy 3\)$/);
	});
});
