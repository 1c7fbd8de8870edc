/**
 * The web fonts a script needs, where the devices families use may have none that reads it well:
 * Urdu in Nastaliq, the style its readers expect, and Panjabi in Gurmukhi. Latin scripts (Polish,
 * Romanian) use the system's own font, which carries their diacritics, and download nothing.
 * Each is a fontsource package (self-hosted, SIL Open Font Licence), subset when the site is built.
 */
export interface ScriptFont {
	family: string;
	/** The fontsource package and its file for each weight, before subsetting. */
	package: string;
	files: Record<number, string>;
	/** Nastaliq's tall, sloping letters need room between lines, headings' included. */
	lineHeight?: { body: number; headings: number };
}

const SCRIPT_FONTS: Record<string, ScriptFont> = {
	// One weight: Nastaliq subset to the course's Urdu is about 100 kB a weight, and a first visit
	// may bring at most 150 kB of font. Headings stand out by size; bold is the browser's own.
	arab: {
		family: 'Noto Nastaliq Urdu',
		package: '@fontsource/noto-nastaliq-urdu',
		files: { 400: 'noto-nastaliq-urdu-arabic-400-normal.woff2' },
		lineHeight: { body: 2.2, headings: 1.8 }
	},
	guru: {
		family: 'Noto Sans Gurmukhi',
		package: '@fontsource/noto-sans-gurmukhi',
		files: {
			400: 'noto-sans-gurmukhi-gurmukhi-400-normal.woff2',
			700: 'noto-sans-gurmukhi-gurmukhi-700-normal.woff2'
		}
	}
};

/** The font a script (an ISO 15924 code such as `Arab` or `Guru`) needs, or none. */
export function scriptFont(script: string): ScriptFont | undefined {
	return SCRIPT_FONTS[script.slice(0, 4).toLowerCase()];
}
