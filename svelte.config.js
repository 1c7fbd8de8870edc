import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';
import { policyCitations } from './scripts/policy-citations.js';

const base = process.env.BASE_PATH ?? '';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	extensions: ['.svelte', '.md'],
	preprocess: [
		vitePreprocess(),
		mdsvex({ extensions: ['.md'], remarkPlugins: [[policyCitations, { base }]] })
	],
	kit: {
		adapter: adapter({ fallback: undefined, strict: true }),
		paths: { base },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' }
	}
};

export default config;
