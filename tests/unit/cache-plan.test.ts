import { describe, expect, it } from 'vitest';
import { cacheName, isStaleCache, precacheKey, precacheList } from '$lib/offline/cache-plan';

const origin = 'https://course.example';
const precached = new Set([
	'/',
	'/lessons/tagging',
	'/lessons/tagging/__data.json',
	'/favicon.svg'
]);
const get = (path: string) => ({ method: 'GET', url: `${origin}${path}` });

describe('the service worker cache plan', () => {
	it('precaches the build, the static files and every prerendered page, each once', () => {
		expect(
			precacheList({
				build: ['/_app/a.js', '/_app/b.css'],
				files: ['/favicon.svg'],
				prerendered: ['/', '/lessons/tagging', '/_app/a.js']
			})
		).toEqual(['/_app/a.js', '/_app/b.css', '/favicon.svg', '/', '/lessons/tagging']);
	});

	it("keeps each page's data, which a link followed offline fetches", () => {
		expect(
			precacheList({
				build: ['/_app/a.js'],
				files: [],
				prerendered: ['/', '/__data.json', '/lessons/tagging', '/lessons/tagging/__data.json']
			})
		).toEqual([
			'/_app/a.js',
			'/',
			'/__data.json',
			'/lessons/tagging',
			'/lessons/tagging/__data.json'
		]);
	});

	it('answers precached paths from the cache', () => {
		expect(precacheKey(get('/lessons/tagging'), origin, precached)).toBe('/lessons/tagging');
		expect(precacheKey(get('/'), origin, precached)).toBe('/');
	});

	it("ignores the query SvelteKit adds to a page's data", () => {
		expect(
			precacheKey(get('/lessons/tagging/__data.json?x-sveltekit-invalidated=01'), origin, precached)
		).toBe('/lessons/tagging/__data.json');
	});

	it('leaves other paths, other origins and other methods to the network', () => {
		expect(precacheKey(get('/offline-probe'), origin, precached)).toBeUndefined();
		expect(precacheKey(get('/lessons/tagging/'), origin, precached)).toBeUndefined();
		expect(
			precacheKey({ method: 'GET', url: 'https://elsewhere.example/' }, origin, precached)
		).toBeUndefined();
		expect(precacheKey({ method: 'POST', url: `${origin}/` }, origin, precached)).toBeUndefined();
	});

	it("deletes only this site's caches of other versions", () => {
		const current = cacheName('2');
		expect(isStaleCache(cacheName('1'), current)).toBe(true);
		expect(isStaleCache(current, current)).toBe(false);
		expect(isStaleCache('someone-elses-cache', current)).toBe(false);
	});
});
