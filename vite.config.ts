import { sveltekit } from '@sveltejs/kit/vite';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { courseContentCheck } from './tools/content/vite-plugin.ts';
import { browserLaunchOptions } from './tools/browser.ts';

/**
 * Every page needs the framework, and every page that keeps records needs the records engine at
 * once (`src/lib/records/storage/`). One file for each compresses better than the dozen small ones
 * that automatic chunking makes, and the engine does not wait for one file before asking for the
 * next. The checks of stored records (valibot and the records' shapes) are a file of their own,
 * fetched only once there is a stored record to read: a first visit has none.
 */
const chunkGroups = [
	{
		name: 'framework',
		test: /node_modules[\\/](svelte|@sveltejs[\\/]kit|devalue|esm-env|clsx)[\\/]/
	},
	{
		name: 'record-checks',
		test: /src[\\/]lib[\\/]records[\\/]storage[\\/]record-(schema|migrations)|node_modules[\\/]valibot[\\/]/,
		priority: 1
	},
	{ name: 'records-engine', test: /src[\\/]lib[\\/]records[\\/]storage[\\/]/ },
	// Apart, because a device with no records yet downloads it only once something is kept.
	{ name: 'storage-library', test: /node_modules[\\/]localforage[\\/]/ }
];

export default defineConfig({
	plugins: [courseContentCheck(), sveltekit()],
	// Read through `$lib/scorm/package-build`; svelte.config.js reads the same variable.
	define: { __SCORM_PACKAGE__: JSON.stringify(process.env.SCORM_PACKAGE === '1') },
	resolve: {
		// Every browser the course supports has native promises: leave out localforage's polyfill.
		alias: [{ find: /^localforage$/, replacement: 'localforage/dist/localforage.nopromises.js' }]
	},
	environments: {
		client: {
			build: {
				rolldownOptions: {
					// Rolldown requires this to group modules without the modules they import.
					preserveEntrySignatures: 'allow-extension',
					output: {
						codeSplitting: { includeDependenciesRecursively: false, groups: chunkGroups }
					}
				}
			}
		}
	},
	test: {
		// A test that asserts nothing fails, so that a test cannot pass by never checking.
		expect: { requireAssertions: true },
		projects: [
			{
				extends: true,
				test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' }
			},
			{
				extends: true,
				test: {
					name: 'component',
					include: ['tests/component/**/*.test.ts'],
					browser: {
						enabled: true,
						headless: true,
						provider: playwright({ launchOptions: browserLaunchOptions() }),
						instances: [{ browser: 'chromium' }]
					}
				}
			}
		]
	}
});
