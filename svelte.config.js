import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';
import { policyCitations } from './scripts/policy-citations.js';
import { isScormPackageBuild } from './tools/scorm-package/build-flag.js';

/**
 * `npm run build:scorm` sets this to build the course as a SCORM 1.2 package: an LMS serves it
 * from a deep path that changes with each upload, so it has no base path, and it runs no service
 * worker (the LMS keeps the state, and its storage may be partitioned).
 */
const scormPackage = isScormPackageBuild();
const base = scormPackage ? '' : (process.env.BASE_PATH ?? '');
const output = scormPackage ? 'build-scorm' : 'build';
// A lesson's body shows only on its own page, lessons/[slug], one folder below the root: in the
// package, its citations reach the policy page relative to that, wherever the LMS serves it.
const citationBase = scormPackage ? '..' : base;

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
		mdsvex({ extensions: ['.md'], remarkPlugins: [[policyCitations, { base: citationBase }]] })
	],
	kit: {
		adapter: adapter({ pages: output, assets: output, fallback: undefined, strict: true }),
		// Its own working folder, so that a package build never disturbs a preview of the site.
		outDir: scormPackage ? '.svelte-kit-scorm' : '.svelte-kit',
		// On the site, links and assets from the site's root, so that the not-found page that a host
		// serves for any missing address finds them; in a package, relative, wherever the LMS puts it.
		paths: { base, relative: scormPackage },
		files: scormPackage ? { serviceWorker: 'src/no-service-worker-in-an-lms' } : {},
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// Registered by UpdatePrompt, so that a new version waits until the learner agrees to reload.
		serviceWorker: { register: false },
		// A tab left open asks every five minutes whether a new version is out (see +layout.svelte).
		version: { pollInterval: 300_000 },
		csp: { mode: 'hash', directives: contentSecurityPolicy },
		// tools/ (the content check, the SCORM packager, the bench) is type-checked with the app.
		typescript: {
			config: (tsconfig) => ({ ...tsconfig, include: [...tsconfig.include, '../tools/**/*.ts'] })
		}
	}
};

export default config;
