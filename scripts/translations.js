// `npm run translations -- <command>`: skeletons, XLIFF export and import for translators (see
// README.md, "Families in their own language"). Vite's runner loads the TypeScript tool.
import { runnerImport } from 'vite';

/** @type {{ module: typeof import('../tools/translations/cli.ts') }} */
const { module } = await runnerImport('./tools/translations/cli.ts', { configFile: false });
try {
	for (const line of module.runTranslations(process.argv.slice(2), process.cwd()))
		console.log(line);
} catch (error) {
	if (!(error instanceof Error) || error.name !== 'TranslationToolError') throw error;
	console.error(error.message);
	process.exit(1);
}
