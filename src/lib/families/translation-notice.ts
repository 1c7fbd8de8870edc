import type { InterfaceText } from '$lib/content/translation/interface-text';
import type { LanguageInfo } from '$lib/content/translation/language';
import { fillTemplate } from '$lib/content/translation/template';

/** The notices' words, from a language's interface strings. */
export interface NoticeWords {
	draft: string;
	checked: string;
	approved: string;
}

/** The notices' words in the language of `text`. */
export function noticeWords(text: InterfaceText): NoticeWords {
	return {
		draft: text.translation.draft,
		checked: text.families.checkedNotice,
		approved: text.families.approvedNotice
	};
}

/**
 * What a family reads first on a translated page, in its language: how far to trust the
 * translation. Until a fluent speaker has checked it, that nobody has; then by whom (their role)
 * and when; and once the DSL has approved it, that too. Dates in the language's own words.
 */
export function translationNotice(
	language: Pick<LanguageInfo, 'code' | 'status' | 'checked' | 'approved'>,
	words: NoticeWords
): string {
	const { status, checked, approved } = language;
	const day = (date: string) =>
		new Intl.DateTimeFormat(language.code, { dateStyle: 'long', timeZone: 'UTC' }).format(
			new Date(`${date}T00:00:00Z`)
		);
	if (status === 'draft' || !checked) return words.draft;
	const values = { role: checked.role, date: day(checked.date) };
	if (status === 'approved' && approved) {
		return fillTemplate(words.approved, { ...values, approved: day(approved.date) });
	}
	return fillTemplate(words.checked, values);
}
