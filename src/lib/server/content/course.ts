import { buildCourse } from '../../content/build-course.ts';
import { isContentFile } from '../../content/content-files.ts';

const raw = import.meta.glob<string>(
	['/lessons/*.yaml', '/lessons/*/index.md', '/lessons/*/*.yaml'],
	{ query: '?raw', import: 'default', eager: true }
);

/** The validated course, built once when the site is built. Pages receive what they need of it. */
export const course = buildCourse(
	Object.fromEntries(
		Object.entries(raw)
			.map(([path, text]) => [path.replace(/^\//, ''), text] as const)
			.filter(([path]) => isContentFile(path))
	)
);
