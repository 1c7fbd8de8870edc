import { buildCourse } from '../../content/build-course.ts';
import { isContentFile } from '../../content/content-files.ts';
import { parseTranslationPath } from '../../content/translation/translation-files.ts';

const raw = import.meta.glob<string>(
	['/lessons/*.yaml', '/lessons/*/index.md', '/lessons/*/*.yaml'],
	{ query: '?raw', import: 'default', eager: true }
);

const lessonsFolder = Object.entries(raw).map(
	([path, text]) => [path.replace(/^\//, ''), text] as const
);

/** The content files as written, for what needs the English before it is built (translations). */
export const contentFiles = Object.fromEntries(
	lessonsFolder.filter(([path]) => isContentFile(path))
);

/** Every language's translation files, `lessons/<code>/<name>.yaml`. */
export const translationFiles = Object.fromEntries(
	lessonsFolder.filter(([path]) => parseTranslationPath(path) !== undefined)
);

/** The validated course, built once when the site is built. Pages receive what they need of it. */
export const course = buildCourse(contentFiles);
