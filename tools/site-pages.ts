import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const BUILD = 'build';

/**
 * Every prerendered page of the built site, as a path to open (`/`, `/lessons/tagging`): read from
 * build/ when a test runs, after the web server has built the site, so that a page added later is
 * checked without editing any test.
 */
export function sitePages(): string[] {
	const base = process.env.BASE_PATH ?? '';
	return htmlFiles(BUILD)
		.map((file) => relative(BUILD, file).split(sep).join('/'))
		.map((file) => `${base}/${file.replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '')}`)
		.sort();
}

function htmlFiles(folder: string): string[] {
	return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
		const path = join(folder, entry.name);
		if (entry.isDirectory()) return htmlFiles(path);
		return entry.name.endsWith('.html') ? [path] : [];
	});
}
