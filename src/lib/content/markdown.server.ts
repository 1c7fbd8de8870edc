import { compile } from 'mdsvex';
import { policyCitations } from '../../../scripts/policy-citations.js';
import type { CompiledHtml } from './compiled-html.ts';

/**
 * Compiles Markdown from a file in lessons/ (a scenario's situation, say) to HTML for
 * CompiledMarkdown.svelte, with `[words](policy:clause-id)` linked as in the lesson pages.
 */
export async function compileMarkdown(markdown: string): Promise<CompiledHtml> {
	// The base path is set as svelte.config.js sets it, for the lesson pages' citations.
	const base = process.env.BASE_PATH ?? '';
	const compiled = await compile(markdown, { remarkPlugins: [[policyCitations, { base }]] });
	if (!compiled) throw new Error('mdsvex compiled nothing');
	return compiled.code.trim() as CompiledHtml;
}
