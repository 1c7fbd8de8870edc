import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { courseContentCheck } from './src/lib/content/vite-plugin.ts';

export default defineConfig({
	plugins: [courseContentCheck(), sveltekit()],
	resolve: {
		// Every browser the course supports has native promises: leave out localforage's polyfill.
		alias: [{ find: /^localforage$/, replacement: 'localforage/dist/localforage.nopromises.js' }]
	},
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
