// The project's layers, kept by `npm run lint` (see "How the code is laid out" in README.md).
// dependency-cruiser rather than an ESLint rule: the ESLint import plugins skip `import type` when
// they look for cycles, and a cycle through types still means no file can be read on its own.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
	forbidden: [
		{
			name: 'no-cycle',
			comment: 'Modules import each other in one direction only, type imports included.',
			severity: 'error',
			from: {},
			to: { circular: true }
		},
		{
			name: 'browser-code-imports-no-server-code',
			comment:
				'src/lib/server holds what only the build may run. Pages get its results through their ' +
				'+page.server.ts or +server.ts; SvelteKit refuses the rest at build time, this says so sooner.',
			severity: 'error',
			from: {
				path: '^src/',
				pathNot: [
					'^src/lib/server/',
					'/\\+(page|layout)\\.server\\.ts$',
					'/\\+server\\.ts$',
					// SvelteKit runs the server hooks on the server only.
					'^src/hooks\\.server\\.ts$'
				]
			},
			to: { path: '^src/lib/server/' }
		},
		{
			name: 'node-only-code-stays-in-server-or-tools',
			comment: "Node's own modules and Vite are for src/lib/server, tools/, scripts/ and tests.",
			severity: 'error',
			from: { path: '^src/', pathNot: '^src/lib/server/' },
			to: { dependencyTypes: ['core'] }
		},
		{
			name: 'nothing-imports-tests',
			comment: 'Configs, scripts, tools and the app never depend on the tests.',
			severity: 'error',
			from: { pathNot: '^tests/' },
			to: { path: '^tests/' }
		},
		{
			name: 'the-app-imports-no-tools',
			comment: 'tools/ builds, checks and measures the app; the app knows nothing of it.',
			severity: 'error',
			from: { path: '^src/' },
			to: { path: '^tools/' }
		}
	],
	options: {
		tsPreCompilationDeps: true,
		tsConfig: { fileName: 'tsconfig.json' },
		webpackConfig: { fileName: 'tools/lint/resolve-aliases.cjs' },
		doNotFollow: { path: 'node_modules' },
		exclude: { path: '^(build|build-scorm|\\.svelte-kit|\\.svelte-kit-scorm|node_modules)/' },
		enhancedResolveOptions: {
			extensions: ['.ts', '.js', '.svelte', '.json'],
			conditionNames: ['import', 'require', 'node', 'default', 'types', 'svelte']
		},
		reporterOptions: { text: { highlightFocused: true } }
	}
};
