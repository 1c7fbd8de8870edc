import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { courseContentCheck } from './src/lib/content/vite-plugin.ts';

export default defineConfig({
	plugins: [courseContentCheck(), sveltekit()],
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
