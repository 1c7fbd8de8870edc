declare const compiledFromLessons: unique symbol;

/**
 * HTML compiled at build time from Markdown in lessons/. It is the only HTML the site renders as
 * HTML (through CompiledMarkdown.svelte); anything a learner types stays text.
 */
export type CompiledHtml = string & { readonly [compiledFromLessons]: true };
