import type { Screen } from '$lib/content/screen';

/** The name the learner's own messages, posts and profile carry, so that they are drawn as theirs. */
export const LEARNER = 'You';

/**
 * What the screen is, said before it: "On your phone: a friend request from Leah Morgan". It is
 * the card's caption and its accessible name, so that a listener knows what the words that follow
 * are before hearing them.
 */
export function screenLabel(screen: Screen): string {
	return `On your phone: ${describe(screen)}${screen.app ? ` on ${screen.app}` : ''}`;
}

function describe(screen: Screen): string {
	switch (screen.kind) {
		case 'request':
			return `a ${screen.verb ?? 'friend'} request from ${screen.from}`;
		case 'post':
			return screen.author === LEARNER ? 'your post' : `a post by ${screen.author}`;
		case 'messages':
			return screen.group ? `the group chat “${screen.title}”` : `messages with ${screen.title}`;
		case 'profile':
			return screen.name === LEARNER ? 'your profile' : `the profile of ${screen.name}`;
		case 'notification':
			return screen.from ? `a notification about ${screen.from}` : 'a notification';
		case 'review':
			return `a review${screen.place ? ` of ${screen.place}` : ''} by ${screen.author}`;
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

/** A count in words, as a screen shows it: "1 like", "24 likes", "23 members". */
export function counted(count: number, one: string, many = `${one}s`): string {
	return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}
