import { Marked } from 'marked';

const ENTITIES: Record<string, string> = {
	'&amp;': '&',
	'&lt;': '<',
	'&gt;': '>',
	'&quot;': '"',
	'&#39;': "'"
};

function escapeHtml(text: string): string {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;');
}

const markdown = new Marked({
	gfm: true,
	renderer: {
		// Authors write prose, not markup: raw HTML in a content file is shown as the text it is.
		html: ({ text }) => escapeHtml(text),
		// The site never loads anything from another origin, so an image stands as its description.
		image: ({ text }) => escapeHtml(text)
	}
});

/** Markdown from a content file, as HTML for the page. Runs when the site is built. */
export function markdownToHtml(text: string): string {
	return markdown.parse(text, { async: false }).trim();
}

/** The words of HTML made by `markdownToHtml`, for places that need plain text (a live region). */
export function htmlToText(html: string): string {
	return html
		.replace(/<[^>]*>/g, ' ')
		.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity)
		.replace(/\s+/g, ' ')
		.trim();
}
