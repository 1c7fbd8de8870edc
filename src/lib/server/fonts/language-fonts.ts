import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';
import { scriptFont, type ScriptFont } from './script-fonts';

/** One font file a language's pages download, subset to the characters its pages use. */
export interface FontFile {
	/** Its name under /fonts/, with a hash of its bytes so that a changed subset is a new file. */
	name: string;
	weight: number;
	bytes: Uint8Array<ArrayBuffer>;
}

/** A language's fonts: their files and the stylesheet that declares them. */
export interface LanguageFonts {
	font: ScriptFont;
	files: FontFile[];
	stylesheet: string;
}

const require = createRequire(import.meta.url);

/**
 * Subsets the script's font to the characters of that script in `text` (every word the
 * language's pages show), weight by weight. The rest (English words still untranslated, numbers,
 * the names of other languages) is left to the system's fonts, as on the English pages.
 */
export async function subsetLanguageFonts(
	script: string,
	text: string
): Promise<LanguageFonts | undefined> {
	const font = scriptFont(script);
	if (!font) return undefined;
	const ofScript = new RegExp(`\\p{Script_Extensions=${script}}`, 'u');
	const characters = [...new Set(text)].filter((character) => ofScript.test(character)).join('');
	const files = await Promise.all(
		Object.entries(font.files).map(async ([weight, file]): Promise<FontFile> => {
			const original = await readFile(require.resolve(`${font.package}/files/${file}`));
			const bytes = new Uint8Array(
				await subsetFont(original, characters, { targetFormat: 'woff2' })
			);
			const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 10);
			return {
				name: `${file.replace(/\.woff2$/, '')}.${hash}.woff2`,
				weight: Number(weight),
				bytes
			};
		})
	);
	return { font, files, stylesheet: fontStylesheet(font, files) };
}

/**
 * The @font-face rules, and the font and line height the language's pages take: a stylesheet
 * file, since the site's content security policy allows no inline style. Paths are relative, so
 * they hold under any base path.
 */
export function fontStylesheet(
	font: ScriptFont,
	files: readonly Pick<FontFile, 'name' | 'weight'>[]
): string {
	const faces = files.map(
		({ name, weight }) =>
			`@font-face{font-family:"${font.family}";src:url(./${name}) format("woff2");font-weight:${weight};font-display:swap}`
	);
	// Linked before the site's own stylesheets, so each rule is one step more specific than theirs.
	const { body, headings } = font.lineHeight ?? {};
	const lineHeight = font.lineHeight
		? `html body{line-height:${body}}\nhtml :is(h1,h2,h3,h4){line-height:${headings}}`
		: '';
	return `${faces.join('\n')}\nhtml:root{--font:"${font.family}",system-ui,sans-serif}\n${lineHeight}\n`;
}
