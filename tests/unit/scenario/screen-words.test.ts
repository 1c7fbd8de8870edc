import { describe, expect, it } from 'vitest';
import { SCREEN_WORDS } from '$lib/content/families-words';
import { counted, initials, screenLabel } from '$lib/scenario/screen-words';

describe('the label said before a screen', () => {
	it.each([
		[{ kind: 'request', from: 'Leah' }, 'On your phone: a friend request from Leah'],
		[
			{ kind: 'request', from: 'Leah', verb: 'follow', app: 'Instagram' },
			'On your phone: a follow request from Leah on Instagram'
		],
		[{ kind: 'post', author: 'Jade Parker', text: 'Hi' }, 'On your phone: a post by Jade Parker'],
		[
			{ kind: 'messages', title: 'Sunflower Room parents', group: true, messages: [] },
			'On your phone: the group chat “Sunflower Room parents”'
		],
		[
			{ kind: 'messages', title: 'Priya', messages: [], app: 'WhatsApp' },
			'On your phone: messages with Priya on WhatsApp'
		],
		[{ kind: 'profile', name: 'Amy Turner' }, 'On your phone: the profile of Amy Turner'],
		[{ kind: 'profile', name: 'You', app: 'LinkedIn' }, 'On your phone: your profile on LinkedIn'],
		[{ kind: 'post', author: 'You', photo: 'A puppy' }, 'On your phone: your post'],
		[{ kind: 'notification', text: 'x' }, 'On your phone: a notification'],
		[
			{ kind: 'notification', from: 'Chloe Evans', text: 'x', app: 'Facebook' },
			'On your phone: a notification about Chloe Evans on Facebook'
		],
		[
			{ kind: 'review', author: 'A. Parent', rating: 1, text: 'x', place: 'Little Acorns' },
			'On your phone: a review of Little Acorns by A. Parent'
		]
	] as const)('%o', (screen, label) => {
		expect(screenLabel(screen as Parameters<typeof screenLabel>[0])).toBe(label);
	});

	it('is said in the words it is given, values where the language puts them', () => {
		const words = {
			...SCREEN_WORDS,
			screenOnYourPhone: 'W twoim telefonie: {what}',
			screenOnApp: '{what} w {app}',
			screenFriendRequestFrom: 'zaproszenie od {from}'
		};
		expect(screenLabel({ kind: 'request', from: 'Leah', app: 'Facebook' }, words)).toBe(
			'W twoim telefonie: zaproszenie od Leah w Facebook'
		);
	});
});

describe('initials for an avatar', () => {
	it.each([
		['Leah Morgan', 'LM'],
		['Priya', 'P'],
		['A. Parent', 'AP'],
		['Mary Jane van der Berg', 'MB'],
		['  jade   parker ', 'JP'],
		['عائشہ خان', 'عخ'],
		['Sunflower Room parents 🌻', 'SP']
	])('%s gives %s', (name, expected) => {
		expect(initials(name)).toBe(expected);
	});
});

describe('a count in words', () => {
	it('says one thing in the singular and others in the plural', () => {
		const { screenOneLike, screenManyLikes, screenOneMember, screenManyMembers } = SCREEN_WORDS;
		expect(counted(1, screenOneLike, screenManyLikes)).toBe('1 like');
		expect(counted(0, screenOneLike, screenManyLikes)).toBe('0 likes');
		expect(counted(1200, screenOneMember, screenManyMembers)).toBe('1,200 members');
	});

	it('writes the number as the language does', () => {
		expect(counted(1200, '{count} like', '{count} polubień', 'pl')).toBe('1200 polubień');
		expect(counted(24, 'x', '{count} پسند', 'ur')).toBe('24 پسند');
	});
});
