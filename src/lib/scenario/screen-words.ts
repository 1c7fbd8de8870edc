import type { Screen } from '$lib/content/screen';
import { SCREEN_WORDS, type ScreenWords } from '$lib/content/families-words';
import { fillTemplate } from '$lib/content/translation/template';

/** The name the learner's own messages, posts and profile carry, so that they are drawn as theirs. */
export const LEARNER = 'You';

/**
 * What the screen is, said before it: "On your phone: a friend request from Leah Morgan". It is
 * the card's caption and its accessible name, so that a listener knows what the words that follow
 * are before hearing them.
 */
export function screenLabel(screen: Screen, words: ScreenWords = SCREEN_WORDS): string {
	const what = describe(screen, words);
	return fillTemplate(words.screenOnYourPhone, {
		what: screen.app ? fillTemplate(words.screenOnApp, { what, app: screen.app }) : what
	});
}

function describe(screen: Screen, words: ScreenWords): string {
	switch (screen.kind) {
		case 'request':
			return fillTemplate(
				screen.verb === 'follow' ? words.screenFollowRequestFrom : words.screenFriendRequestFrom,
				{ from: screen.from }
			);
		case 'post':
			return screen.author === LEARNER
				? words.screenYourPost
				: fillTemplate(words.screenPostBy, { author: screen.author });
		case 'messages':
			return fillTemplate(screen.group ? words.screenGroupChatCalled : words.screenMessagesWith, {
				title: screen.title
			});
		case 'profile':
			return screen.name === LEARNER
				? words.screenYourProfile
				: fillTemplate(words.screenProfileOf, { name: screen.name });
		case 'notification':
			return screen.from
				? fillTemplate(words.screenNotificationAbout, { from: screen.from })
				: words.screenANotification;
		case 'review':
			return fillTemplate(screen.place ? words.screenReviewOfBy : words.screenReviewBy, {
				place: screen.place ?? '',
				author: screen.author
			});
	}
}

/**
 * Up to two letters for an avatar: the first of the first and last words of a name ("Leah Morgan"
 * gives LM, "A. Parent" gives AP). Letters are whole characters, so a name in any script works.
 */
export function initials(name: string): string {
	const words = name.split(/[\s.]+/u).filter((word) => /\p{L}/u.test(word));
	const first = (word: string | undefined) => [...(word ?? '')].find((c) => /\p{L}/u.test(c)) ?? '';
	const letters = words.length > 1 ? first(words[0]) + first(words.at(-1)) : first(words[0]);
	return letters.toLocaleUpperCase();
}

/**
 * A count in words, as a screen shows it: "1 like", "24 likes", "23 members", from the templates
 * for one and for more, with the number written as `locale` writes it.
 */
export function counted(count: number, one: string, many: string, locale = 'en-GB'): string {
	return fillTemplate(count === 1 ? one : many, { count: count.toLocaleString(locale) });
}
