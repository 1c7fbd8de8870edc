// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
	/** Set by vite.config.ts: true in the SCORM package build (`npm run build:scorm`). */
	const __SCORM_PACKAGE__: boolean;
}

export {};
