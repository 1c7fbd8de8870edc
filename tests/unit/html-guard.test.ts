import { readFileSync, readdirSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const component = `<script lang="ts">
	let { text }: { text: string } = $props();
</script>

<p>{@html text}</p>
`;

/** Lints the component as if it were saved at filePath, which must exist for the type checker. */
async function atHtmlErrors(filePath: string) {
	const [result] = await new ESLint().lintText(component, { filePath });
	const messages = result?.messages ?? [];
	expect(messages.filter((message) => message.fatal)).toEqual([]);
	return messages.filter((message) => message.ruleId === 'svelte/no-at-html-tags');
}

describe('the {@html} guard', () => {
	it.each([
		'src/routes/+page.svelte',
		'src/routes/+layout.svelte',
		'src/lib/components/content/KeyPoints.svelte'
	])('fails lint for {@html} in %s', async (filePath) => {
		const errors = await atHtmlErrors(filePath);
		expect(errors).toHaveLength(1);
		expect(errors[0]?.severity).toBe(2);
	});

	it('allows {@html} only in the component for compiled lesson content', async () => {
		expect(await atHtmlErrors('src/lib/components/content/CompiledMarkdown.svelte')).toEqual([]);
	});

	it('is switched off by no comment in the source', () => {
		const disabling = readdirSync('src', { recursive: true, encoding: 'utf8' })
			.filter((file) => /\.(svelte|ts|js)$/.test(file))
			.filter((file) =>
				/eslint-disable[^\n]*no-at-html-tags/.test(readFileSync(`src/${file}`, 'utf8'))
			);
		expect(disabling).toEqual([]);
	});
}, 60_000);
