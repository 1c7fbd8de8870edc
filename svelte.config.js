import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';
import { policyCitations } from './scripts/policy-citations.js';

const base = process.env.BASE_PATH ?? '';

/**
 * Nothing from another origin, and no inline script but SvelteKit's own bootstrap, which it
 * hashes. Style attributes stay allowed so that Svelte's `style:` directive works.
 * @type {NonNullable<NonNullable<import('@sveltejs/kit').Config['kit']>['csp']>['directives']}
 */
const contentSecurityPolicy = {
	'default-src': ['self'],
	'script-src': ['self'],
	'style-src': ['self'],
	'style-src-attr': ['unsafe-inline'],
	'img-src': ['self', 'data:'],
	'font-src': ['self'],
	'connect-src': ['self'],
	'manifest-src': ['self'],
	'worker-src': ['self'],
	'object-src': ['none'],
	'base-uri': ['self'],
	'form-action': ['self']
};

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
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// Registered by UpdatePrompt, so that a new version waits until the learner agrees to reload.
		serviceWorker: { register: false },
		csp: { mode: 'hash', directives: contentSecurityPolicy }
	}
};

export default config;
