import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { subsetLanguageFonts } from '$lib/server/fonts/language-fonts';

const fullGurmukhi = readFileSync(
	'node_modules/@fontsource/noto-sans-gurmukhi/files/noto-sans-gurmukhi-gurmukhi-400-normal.woff2'
);

describe('a language’s fonts', () => {
	it('are none for a Latin script, which the system’s fonts read', async () => {
		expect(await subsetLanguageFonts('Latn', 'Zażółć gęślą jaźń, ș ț')).toBeUndefined();
	});

	it('keep only the characters of their script that the pages use, named by their bytes', async () => {
		const few = await subsetLanguageFonts('Guru', 'ਪੰਜਾਬੀ English 123');
		const more = await subsetLanguageFonts('Guru', 'ਪੰਜਾਬੀ ਪਰਿਵਾਰਾਂ ਲਈ ਸਕੂਲ ਦੀ ਨੀਤੀ');
		const regular = (fonts: typeof few) => fonts!.files.find(({ weight }) => weight === 400)!;
		expect(regular(few).bytes.length).toBeLessThan(regular(more).bytes.length);
		expect(regular(more).bytes.length).toBeLessThan(fullGurmukhi.length);
		expect(regular(few).name).toMatch(
			/^noto-sans-gurmukhi-gurmukhi-400-normal\.[0-9a-f]{10}\.woff2$/
		);
		expect(regular(few).name).not.toBe(regular(more).name);
	});

	it('declare each file in a stylesheet that outranks the site’s own font', async () => {
		const fonts = await subsetLanguageFonts('Guru', 'ਪੰਜਾਬੀ');
		for (const { name, weight } of fonts!.files) {
			expect(fonts!.stylesheet).toContain(
				`src:url(./${name}) format("woff2");font-weight:${weight}`
			);
		}
		expect(fonts!.stylesheet).toContain('html:root{--font:"Noto Sans Gurmukhi"');
	});
});
