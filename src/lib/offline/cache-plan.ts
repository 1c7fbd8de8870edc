/** What the service worker keeps, and which requests it answers from its cache. */

const CACHE_PREFIX = 'course-';

/** One cache per build, so that a new version never mixes its files with an old one's. */
export function cacheName(version: string): string {
	return `${CACHE_PREFIX}${version}`;
}

/** A cache this site made for another version, which the active worker may delete. */
export function isStaleCache(name: string, current: string): boolean {
	return name.startsWith(CACHE_PREFIX) && name !== current;
}

export interface SiteFiles {
	/** Vite's output: versioned, so it never changes under the same name. */
	build: string[];
	/** Everything in static/. */
	files: string[];
	/** Every prerendered page and its data. */
	prerendered: string[];
}

/**
 * Every path the course needs offline, each once. A page's data for moving to it within the app
 * (`__data.json`) is kept too: without it a link followed offline fails to fetch that data, and
 * SvelteKit's fallback (loading the page whole) comes late and logs errors, so a learner could
 * not mark a lesson read offline.
 */
export function precacheList({ build, files, prerendered }: SiteFiles): string[] {
	return [...new Set([...build, ...files, ...prerendered])];
}

/**
 * The cache key for a request the worker answers from its cache, or undefined to leave it to the
 * network. Only this origin's precached paths qualify; the query string is ignored because
 * SvelteKit adds one (`x-sveltekit-invalidated`) when it fetches a page's data, so an offline
 * check must probe a path that is not precached.
 */
export function precacheKey(
	request: { method: string; url: string },
	origin: string,
	precached: ReadonlySet<string>
): string | undefined {
	if (request.method !== 'GET') return undefined;
	const url = new URL(request.url);
	if (url.origin !== origin) return undefined;
	return precached.has(url.pathname) ? url.pathname : undefined;
}

/** The message a page sends to a waiting worker once the learner agrees to update. */
export const SKIP_WAITING = 'skip-waiting';
