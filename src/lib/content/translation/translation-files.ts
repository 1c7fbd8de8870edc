/**
 * The translation files of a language, `lessons/<code>/<name>.yaml`, named after what they
 * translate, each with the line that heads it for a translator.
 */
export const TRANSLATION_FILES = {
	interface: 'The words of the pages for families: headings, buttons, labels and notices.',
	families: 'What each lesson asks of families, and the requests the setting makes of families.',
	policy:
		'The rules of the policy that bind families, with the policy’s own words for each, and the note that the English policy is the one that counts.',
	setting:
		'The setting’s details that families read: people’s roles and how to reach them, helplines, the emergency line and complaints.',
	scenarios:
		'The scenarios for families: titles, situations, choices, what is on the phone’s screen, and endings.',
	presentation: 'What the slides of the parents’ evening show around the words above.'
} as const;

export type TranslationFileName = keyof typeof TRANSLATION_FILES;

export const translationFile = (code: string, name: TranslationFileName) =>
	`lessons/${code}/${name}.yaml`;

/** `lessons/<code>/<name>.yaml` for one of the names above: the language and the name. */
export function parseTranslationPath(
	path: string
): { code: string; name: TranslationFileName } | undefined {
	const match = /^lessons\/([^/]+)\/([a-z-]+)\.yaml$/.exec(path);
	if (!match || !(match[2]! in TRANSLATION_FILES)) return undefined;
	return { code: match[1]!, name: match[2] as TranslationFileName };
}
