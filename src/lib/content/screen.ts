import * as v from 'valibot';
import { listOf, record, textSchema, wholeNumber } from './schema-parts.ts';

/**
 * A scenario's `screen`: what is on the learner's phone at a step or an ending, as plain text that
 * the course draws as a phone-like card. The format is agreed with the authors in lessons/README.md;
 * the limits keep a card short enough to take in at a glance and to fit a projector slide.
 */

export const SCREEN_LIMITS = {
	/** A person's display name, or a chat's title. */
	name: 40,
	/** The words of a post, message, comment, bio, review or notification. */
	words: 280,
	/** What a photo shows, in place of the photo. */
	photo: 120,
	/** A job line on a profile. */
	job: 80,
	/** The app, a time, who can see it, a place, a detail line. */
	label: 80,
	comments: 6,
	messages: 8
} as const;

export const SCREEN_KINDS = [
	'request',
	'post',
	'messages',
	'profile',
	'notification',
	'review'
] as const;
export type ScreenKind = (typeof SCREEN_KINDS)[number];

const upTo = (max: number) =>
	v.pipe(
		textSchema,
		v.maxLength(
			max,
			(issue) => `must be at most ${max} characters; it has ${issue.received}, so shorten it`
		)
	);

const name = upTo(SCREEN_LIMITS.name);
const words = upTo(SCREEN_LIMITS.words);
const photo = upTo(SCREEN_LIMITS.photo);
const label = upTo(SCREEN_LIMITS.label);
const count = wholeNumber(0, 1_000_000_000);

const hasTextOrPhoto = (input: { text?: string; photo?: string }) =>
	input.text !== undefined || input.photo !== undefined;

const requestSchema = record({
	kind: v.literal('request'),
	app: v.optional(label),
	from: name,
	verb: v.optional(v.picklist(['friend', 'follow'], 'must be friend or follow')),
	detail: v.optional(label),
	message: v.optional(words)
});

const postSchema = record({
	kind: v.literal('post'),
	app: v.optional(label),
	author: name,
	time: v.optional(label),
	audience: v.optional(label),
	text: v.optional(words),
	photo: v.optional(photo),
	likes: v.optional(count),
	/** How many comments there are, where more are under the post than it shows. */
	commentCount: v.optional(count),
	comments: v.optional(listOf(record({ author: name, text: words }), 1, SCREEN_LIMITS.comments))
});

const messageSchema = v.pipe(
	record({
		from: name,
		time: v.optional(label),
		text: v.optional(words),
		photo: v.optional(photo)
	}),
	v.check((message) => hasTextOrPhoto(message), 'a message must have text, a photo, or both')
);

const messagesSchema = record({
	kind: v.literal('messages'),
	app: v.optional(label),
	title: name,
	group: v.optional(v.boolean('must be true or false')),
	members: v.optional(count),
	messages: listOf(messageSchema, 1, SCREEN_LIMITS.messages)
});

const profileSchema = record({
	kind: v.literal('profile'),
	app: v.optional(label),
	name,
	job: v.optional(upTo(SCREEN_LIMITS.job)),
	bio: v.optional(words),
	audience: v.optional(label)
});

const notificationSchema = record({
	kind: v.literal('notification'),
	app: v.optional(label),
	from: v.optional(name),
	text: words,
	time: v.optional(label)
});

const reviewSchema = record({
	kind: v.literal('review'),
	app: v.optional(label),
	author: name,
	rating: wholeNumber(1, 5),
	place: v.optional(label),
	text: words,
	time: v.optional(label)
});

const KIND_LIST = SCREEN_KINDS.join(', ');

export const screenSchema = v.pipe(
	v.variant(
		'kind',
		[requestSchema, postSchema, messagesSchema, profileSchema, notificationSchema, reviewSchema],
		(issue) => {
			const kind = issue.input;
			if (kind === undefined) return `is missing: say which kind of screen it is (${KIND_LIST})`;
			if (typeof kind === 'string') return `unknown kind ${kind}: must be one of ${KIND_LIST}`;
			return `must be one of ${KIND_LIST}`;
		}
	),
	// A variant's options must be plain objects, so the one rule across a post's fields is here.
	v.check(
		(screen) => screen.kind !== 'post' || hasTextOrPhoto(screen),
		'a post must have text, a photo, or both'
	)
);

export type Screen = v.InferOutput<typeof screenSchema>;
export type ScreenOf<K extends ScreenKind> = Extract<Screen, { kind: K }>;
export type ScreenMessage = ScreenOf<'messages'>['messages'][number];
export type ScreenComment = NonNullable<ScreenOf<'post'>['comments']>[number];
