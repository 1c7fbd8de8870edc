// `npm run check` runs this: it validates everything in lessons/ and names each problem's file
// and line. Vite's runner loads the TypeScript validator, so Node needs no extra loader.
import { runnerImport } from 'vite';

/** @type {{ module: typeof import('../tools/content/check-lessons-folder.ts') }} */
const { module } = await runnerImport('./tools/content/check-lessons-folder.ts', {
	configFile: false
});
const result = module.checkLessonsFolder(process.cwd());
// The item-writing check (see lessons/README.md): each question's key, then the bank's figures.
if (result.items) {
	const [overall, ...perQuestion] = result.items;
	for (const line of perQuestion) console.log(line);
	console.log(overall);
}
// Missing and outdated translations show in English: reported, they never fail the check.
if (result.translations && result.translations.length > 0) {
	console.log('Translations for families (missing or outdated entries show in English):');
	for (const line of result.translations) console.log(`  ${line}`);
}
if (result.ok) {
	console.log(result.summary);
	// Notices inform the author; they never fail the check.
	if (result.notices.length > 0) {
		console.log(`Notice: the setting has ${result.notices.length} questions still to decide:`);
		for (const notice of result.notices) console.log(`  ${notice}`);
	}
	if (result.warnings.length > 0) {
		console.log(`Plain English: ${result.warnings.length} warnings (they do not stop the build):`);
		for (const warning of result.warnings) console.log(`  warning: ${warning}`);
	}
} else {
	console.error(`The course content has problems:\n${result.problems.join('\n')}`);
	process.exit(1);
}
