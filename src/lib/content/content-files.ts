/** Content files, keyed by their path inside the project (`lessons/setting.yaml`). */
export type ContentFiles = Record<string, string>;

export const SETTING_FILE = 'lessons/setting.yaml';
export const POLICY_FILE = 'lessons/policy.yaml';
export const QUIZ_FILE = 'lessons/quiz.yaml';
export const DECISIONS_FILE = 'lessons/decisions.yaml';

/** `lessons/<code>/language.yaml`: the description of a language offered to families. */
export const LANGUAGE_FILE = /^lessons\/([^/]+)\/language\.yaml$/;
export const languageFile = (code: string) => `lessons/${code}/language.yaml`;

/** Which files in lessons/ are course content (the rest, such as README.md, are for people). */
export function isContentFile(path: string): boolean {
	return (
		/^lessons\/[^/]+\.yaml$/.test(path) ||
		/^lessons\/[^/]+\/index\.md$/.test(path) ||
		/^lessons\/[^/]+\/[^/]+\.scenario\.yaml$/.test(path) ||
		// A language's description is the setting's, like setting.yaml: a bad one stops the build.
		LANGUAGE_FILE.test(path)
	);
}
