/**
 * The kinds of page the bench reports on, each matched by its path (without the base path). A
 * page that matches none is reported as a kind of its own, named by its first path segment
 * (policy, help, coverage), so a new page is measured without editing this list; add a row
 * here when several pages share a kind.
 */
export const PAGE_KINDS = [
	{ kind: 'home', path: /^\/$/ },
	{ kind: 'lesson', path: /^\/lessons\/[^/]+$/ },
	{ kind: 'scenario', path: /^\/scenarios\/[^/]+$/ },
	{ kind: 'quiz', path: /^\/quiz\/[^/]+$/ },
	{ kind: 'certificate', path: /^\/certificate$/ },
	{ kind: 'records', path: /^\/records$/ },
	{ kind: 'presentation', path: /^\/present(\/notes)?$/ },
	// A translation's pages, /pl/families/... and /ur/present: the only kinds that may bring a font.
	{ kind: 'families (translated)', path: /^\/[a-z]{2,3}(-[A-Za-z0-9]+)*\/families(\/.*)?$/ },
	{ kind: 'presentation (translated)', path: /^\/[a-z]{2,3}(-[A-Za-z0-9]+)*\/present$/ }
] as const;

/** The kinds of page in a translation, which download their script's font where it has one. */
export const TRANSLATED_KINDS: readonly string[] = [
	'families (translated)',
	'presentation (translated)'
];

export function pageKind(path: string, base = ''): string {
	const local = path.startsWith(base) ? path.slice(base.length) || '/' : path;
	const known = PAGE_KINDS.find((kind) => kind.path.test(local));
	return known ? known.kind : (local.split('/')[1] ?? local);
}

/** The listed kinds that no page has yet. */
export function missingKinds(paths: string[], base = ''): string[] {
	const present = new Set(paths.map((path) => pageKind(path, base)));
	return PAGE_KINDS.map(({ kind }) => kind).filter((kind) => !present.has(kind));
}
