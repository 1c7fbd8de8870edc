import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCourse } from '$lib/content/build-course';
import { fixtureCourseWith, problemsOf } from './fixture-course';

const FILE = 'lessons/01-friends/valid.scenario.yaml';
const valid = readFileSync(new URL('scenarios/valid.scenario.yaml', import.meta.url), 'utf8');

/** Where a screen goes: under the opening step's situation, or under an ending's `happened`. */
const AT_START = '      A parent sends you a **friend request** on a Saturday.\n';
const AT_ENDING = '    happened: The parent understands.\n    why: Staff refuse politely';

/** The valid fixture with `screen` (YAML, indented as under a node) added to its opening step. */
function withScreen(screen: string, where: 'start' | 'ending' = 'start'): Record<string, string> {
	const block = `    screen:\n${screen.replace(/^/gm, '      ')}\n`;
	const text =
		where === 'start'
			? valid.replace(AT_START, `${AT_START}${block}`)
			: valid.replace(AT_ENDING, AT_ENDING.replace('    why:', `${block}    why:`));
	return fixtureCourseWith({ [FILE]: text });
}

const long = (length: number) => 'a'.repeat(length);

describe('a scenario step or ending may show a screen', () => {
	it('keeps a valid screen on the step, trimmed, and leaves steps without one bare', () => {
		const course = buildCourse(
			withScreen('kind: request\napp: Facebook\nfrom: "Leah Morgan  "\ndetail: 3 mutual friends')
		);
		const scenario = course.scenarios[0]!;
		expect(scenario.nodes.request!.screen).toEqual({
			kind: 'request',
			app: 'Facebook',
			from: 'Leah Morgan',
			detail: '3 mutual friends'
		});
		expect(scenario.nodes.ignored).not.toHaveProperty('screen');
	});

	it('keeps a screen on an ending', () => {
		const screen = 'kind: notification\ntext: Leah Morgan has removed her request.';
		const course = buildCourse(withScreen(screen, 'ending'));
		expect(course.scenarios[0]!.endings.declined!.screen).toEqual({
			kind: 'notification',
			text: 'Leah Morgan has removed her request.'
		});
	});

	it.each([
		['request', 'kind: request\nfrom: Leah\nverb: follow\nmessage: Hi!'],
		[
			'post',
			'kind: post\nauthor: Jade\nphoto: A cake\nlikes: 0\ncomments:\n  - author: Sam\n    text: Yum'
		],
		[
			'messages',
			'kind: messages\ntitle: Parents\ngroup: true\nmembers: 23\nmessages:\n  - from: Priya\n    time: "19:42"\n    text: Hello\n  - from: You\n    photo: A screenshot'
		],
		['profile', 'kind: profile\nname: Amy Turner\njob: Early Years Practitioner\nbio: Mum of two.'],
		['notification', 'kind: notification\nfrom: Chloe\ntext: Chloe checked in.\ntime: Just now'],
		['review', 'kind: review\nauthor: A. Parent\nrating: 5\nplace: Little Acorns\ntext: Lovely.']
	])('accepts every kind: %s', (kind, screen) => {
		const course = buildCourse(withScreen(screen));
		expect(course.scenarios[0]!.nodes.request!.screen).toMatchObject({ kind });
	});
});

describe('a broken screen stops the build with its file, line and step', () => {
	// `screen:` is on line 10 of the file; its first field, on line 11.
	it('an unknown kind', () => {
		expect(problemsOf(withScreen('kind: tweet\nfrom: Leah'))).toEqual([
			`${FILE}:11: node request: screen.kind: unknown kind tweet: must be one of request, post, messages, profile, notification, review`
		]);
	});

	it('no kind at all', () => {
		expect(problemsOf(withScreen('from: Leah'))).toEqual([
			`${FILE}:11: node request: screen.kind: is missing: say which kind of screen it is (request, post, messages, profile, notification, review)`
		]);
	});

	it('a missing field', () => {
		expect(problemsOf(withScreen('kind: request\napp: Facebook'))).toEqual([
			`${FILE}:11: node request: screen.from: is missing`
		]);
	});

	it('a mistyped field', () => {
		expect(problemsOf(withScreen('kind: request\nfrom: Leah\nmesage: Hi'))).toEqual([
			`${FILE}:13: node request: screen.mesage: unknown field "mesage": check its spelling`
		]);
	});

	it('a name over 40 characters', () => {
		expect(problemsOf(withScreen(`kind: request\nfrom: ${long(41)}`))).toEqual([
			`${FILE}:12: node request: screen.from: must be at most 40 characters; it has 41, so shorten it`
		]);
	});

	it('a post over 280 characters', () => {
		expect(problemsOf(withScreen(`kind: post\nauthor: Jade\ntext: ${long(281)}`))).toEqual([
			`${FILE}:13: node request: screen.text: must be at most 280 characters; it has 281, so shorten it`
		]);
	});

	it('a message over 280 characters, on an ending', () => {
		const screen = `kind: messages\ntitle: Parents\nmessages:\n  - from: Priya\n    text: ${long(300)}`;
		expect(problemsOf(withScreen(screen, 'ending'))).toEqual([
			expect.stringMatching(
				new RegExp(
					`^${FILE}:\\d+: ending declined: screen\\.messages\\.0\\.text: must be at most 280 characters; it has 300`
				)
			)
		]);
	});

	it('a photo description over 120 characters', () => {
		expect(problemsOf(withScreen(`kind: post\nauthor: Jade\nphoto: ${long(121)}`))).toEqual([
			`${FILE}:13: node request: screen.photo: must be at most 120 characters; it has 121, so shorten it`
		]);
	});

	it('a post with neither text nor a photo', () => {
		expect(problemsOf(withScreen('kind: post\nauthor: Jade\nlikes: 3'))).toEqual([
			`${FILE}:11: node request: screen: a post must have text, a photo, or both`
		]);
	});

	it('more than 6 comments', () => {
		const comments = Array.from({ length: 7 }, () => '  - author: Sam\n    text: Hi').join('\n');
		expect(
			problemsOf(withScreen(`kind: post\nauthor: Jade\ntext: Hi\ncomments:\n${comments}`))
		).toEqual([`${FILE}:15: node request: screen.comments: must have at most 6`]);
	});

	it('more than 8 messages', () => {
		const messages = Array.from({ length: 9 }, () => '  - from: Sam\n    text: Hi').join('\n');
		expect(problemsOf(withScreen(`kind: messages\ntitle: Chat\nmessages:\n${messages}`))).toEqual([
			`${FILE}:14: node request: screen.messages: must have at most 8`
		]);
	});

	it('a count that is not a whole number of zero or more', () => {
		expect(problemsOf(withScreen('kind: post\nauthor: Jade\ntext: Hi\nlikes: -2'))).toEqual([
			`${FILE}:14: node request: screen.likes: must be at least 0`
		]);
	});

	it('a rating outside 1 to 5', () => {
		expect(problemsOf(withScreen('kind: review\nauthor: Al\nrating: 6\ntext: Bad'))).toEqual([
			`${FILE}:13: node request: screen.rating: must be at most 5`
		]);
	});

	it('a follow request with an unknown verb', () => {
		expect(problemsOf(withScreen('kind: request\nfrom: Leah\nverb: poke'))).toEqual([
			`${FILE}:13: node request: screen.verb: must be friend or follow`
		]);
	});
});
