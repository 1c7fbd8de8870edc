import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { fileURLToPath } from 'node:url';
import { defineConfig, includeIgnoreFile } from 'eslint/config';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default defineConfig(
	// One ignore list: .gitignore's. Prettier reads it too.
	includeIgnoreFile(fileURLToPath(new URL('.gitignore', import.meta.url))),
	js.configs.recommended,
	...ts.configs.recommendedTypeChecked,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: {
			globals: { ...globals.browser, ...globals.node },
			// Type-aware rules read the types of every file, .svelte included, through the project.
			parserOptions: {
				projectService: {
					// Outside the SvelteKit project's files, but checked with its settings all the same.
					allowDefaultProject: [
						'scripts/*.js',
						'static/*.js',
						'playwright.config.ts',
						'src/service-worker.ts'
					],
					defaultProject: 'tsconfig.json',
					// Eleven files outside the project: few enough that the default project stays quick.
					maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 11
				},
				extraFileExtensions: ['.svelte'],
				tsconfigRootDir: import.meta.dirname
			}
		},
		rules: {
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
			// A promise is awaited, returned, given a .catch, or marked with `void` on purpose.
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': 'error',
			// An async function with no await is a plain way to return a promise (fakes, stores).
			'@typescript-eslint/require-await': 'off'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// Plain JavaScript config files sit outside the TypeScript project: check them without types.
		files: ['*.config.js', '**/*.cjs'],
		...ts.configs.disableTypeChecked
	},
	{
		// dependency-cruiser reads its configs as CommonJS.
		files: ['**/*.cjs'],
		rules: { '@typescript-eslint/no-require-imports': 'off' }
	},
	{
		// Across folders src/lib imports by `$lib/…`, so that a module reads the same wherever it moves.
		files: ['src/lib/**/*.ts', 'src/lib/**/*.svelte'],
		ignores: ['src/lib/content/**', 'src/lib/server/content/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{ patterns: [{ group: ['../*'], message: 'Import from another folder by $lib/….' }] }
			]
		}
	},
	{
		// Build tools load these through Vite's runner, which knows nothing of SvelteKit's `$lib`.
		files: ['src/lib/content/**', 'src/lib/server/content/**', 'tools/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: ['$lib', '$lib/*'], message: 'Tools load this file: use a relative path.' }
					]
				}
			]
		}
	},
	{
		// Learner-supplied text must never be rendered as HTML.
		rules: { 'svelte/no-at-html-tags': 'error' }
	},
	{
		// ...except HTML compiled at build time from lessons/, which only this component renders.
		files: ['src/lib/components/content/CompiledMarkdown.svelte'],
		rules: { 'svelte/no-at-html-tags': 'off' }
	}
);
