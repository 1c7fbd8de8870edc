import { parseArgs } from 'node:util';
import { skeletonFiles } from './skeleton.ts';
import {
	readTranslationProject,
	TranslationToolError,
	writeProjectFiles
} from './translation-project.ts';

const USAGE = `Usage:
  npm run translations -- skeleton <code>
      adds an empty entry for everything lessons/<code>/ lacks, with the English as a comment
  npm run translations -- export <code> [--only-needed] [--out <file>]
      writes <code>.xlf (XLIFF 2.0) for a translator's tool; --only-needed: missing and outdated only
  npm run translations -- import <file.xlf> --reviewer "Name" --role "Role" --date 2026-12-08
      reads a translator's XLIFF back, with each entry's state; refuses a file that does not match`;

/**
 * `npm run translations`: the translators' commands. Returns what to print; throws a
 * TranslationToolError with the reason when it refuses, having written nothing.
 */
export function runTranslations(args: string[], root: string): string[] {
	const { positionals } = parseArgs({ args, allowPositionals: true, strict: false });
	const [command, subject] = positionals;
	if (command === 'skeleton' && subject) return skeleton(root, subject);
	throw new TranslationToolError(USAGE);
}

function skeleton(root: string, code: string): string[] {
	const project = readTranslationProject(root);
	const { files, added } = skeletonFiles(project, code);
	writeProjectFiles(root, files);
	const lines = Object.entries(added).map(([path, count]) => `  ${path}: ${count} entries added`);
	return lines.length > 0
		? [`Skeleton for ${code}:`, ...lines]
		: [`lessons/${code}/ already has an entry for every English text.`];
}
