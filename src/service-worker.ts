/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { build, files, prerendered, version } from '$service-worker';
import {
	SKIP_WAITING,
	cacheName,
	isStaleCache,
	precacheKey,
	precacheList
} from '$lib/offline/cache-plan';

const worker = self as unknown as ServiceWorkerGlobalScope;
const cache = cacheName(version);
const assets = precacheList({ build, files, prerendered });
const precached = new Set(assets);

// Every page and file, so that after one visit the whole course works with the network off.
worker.addEventListener('install', (event) => {
	event.waitUntil(caches.open(cache).then((opened) => opened.addAll(assets)));
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			const names = await caches.keys();
			await Promise.all(
				names.filter((name) => isStaleCache(name, cache)).map((name) => caches.delete(name))
			);
			// The page that installed the first worker must use it at once, or its next
			// navigation would still go to the network.
			await worker.clients.claim();
		})()
	);
});

// A new version waits until the learner agrees; the page then sends this message.
worker.addEventListener('message', (event) => {
	if (event.data === SKIP_WAITING) void worker.skipWaiting();
});

worker.addEventListener('fetch', (event) => {
	const key = precacheKey(event.request, worker.location.origin, precached);
	if (!key) return;
	event.respondWith(
		caches.match(key, { cacheName: cache }).then((cached) => cached ?? fetch(event.request))
	);
});
