import { describe, expect, it } from 'vitest';
import { LONGEST_SENTENCE, splitSentences, spokenTexts } from '$lib/read-aloud/sentences';

const sentences = (text: string, longest?: number) =>
	spokenTexts(text, splitSentences(text, longest));

describe('splitSentences', () => {
	it('cuts at full stops, question marks and exclamation marks', () => {
		expect(sentences('Say no politely. Is that rude? No! It is the policy.')).toEqual([
			'Say no politely.',
			'Is that rude?',
			'No!',
			'It is the policy.'
		]);
	});

	it('gives the place of each sentence in the text, without the spaces around it', () => {
		const text = '  One here.   Two there.  ';
		expect(splitSentences(text)).toEqual([
			{ start: 2, end: 11 },
			{ start: 14, end: 24 }
		]);
	});

	it('does not cut after common abbreviations and titles', () => {
		expect(
			sentences('Tell someone, e.g. Mrs. Patel or Dr. Lee, i.e. a person you trust. Then wait.')
		).toEqual(['Tell someone, e.g. Mrs. Patel or Dr. Lee, i.e. a person you trust.', 'Then wait.']);
	});

	it('cuts after a word in capitals such as DSL, but not after an initial', () => {
		expect(sentences('Tell the DSL. She is J. Smith. Policy No. 3 applies.')).toEqual([
			'Tell the DSL.',
			'She is J. Smith.',
			'Policy No. 3 applies.'
		]);
	});

	it('keeps numbers such as 1.2 and version 1.12.3 whole', () => {
		expect(sentences('Read section 1.2 of policy 1.12.3. It is short.')).toEqual([
			'Read section 1.2 of policy 1.12.3.',
			'It is short.'
		]);
	});

	it('keeps a quotation with the sentence it belongs to', () => {
		expect(
			sentences('She wrote, "Are you free on Friday?" and waited. He replied, "No." Then he left.')
		).toEqual([
			'She wrote, "Are you free on Friday?" and waited.',
			'He replied, "No."',
			'Then he left.'
		]);
		expect(sentences('“Please accept my request.” The parent smiled.')).toEqual([
			'“Please accept my request.”',
			'The parent smiled.'
		]);
	});

	it('does not cut after a small word that goes on, such as an ellipsis in mid-sentence', () => {
		expect(sentences('Wait… then decide. Done.')).toEqual(['Wait… then decide.', 'Done.']);
	});

	it('starts a new sentence at each list item and blank line, even with no full stop', () => {
		expect(sentences('Never post:\n- photos of children\n- their names\n\nAsk first')).toEqual([
			'Never post:',
			'- photos of children',
			'- their names',
			'Ask first'
		]);
		expect(sentences('1. Decline politely.\n2. Tell the DSL.')).toEqual([
			'1. Decline politely.',
			'2. Tell the DSL.'
		]);
	});

	it('joins the lines of one paragraph that was wrapped in the source', () => {
		expect(sentences('A sentence that\nwraps onto two lines.')).toEqual([
			'A sentence that wraps onto two lines.'
		]);
	});

	it('cuts a long sentence at a semicolon, then at a comma, so that none is too long', () => {
		const long =
			'Staff must not accept friend requests from parents; they may already know a family from before, which the DSL should hear about, and they must say so in writing.';
		const pieces = sentences(long, 80);
		expect(pieces).toEqual([
			'Staff must not accept friend requests from parents;',
			'they may already know a family from before, which the DSL should hear about,',
			'and they must say so in writing.'
		]);
		expect(pieces.every((piece) => piece.length <= 80)).toBe(true);
	});

	it('cuts at a space when a long sentence has no comma, and keeps every word', () => {
		const long = Array.from({ length: 60 }, (_, index) => `word${index}`).join(' ') + '.';
		const pieces = sentences(long);
		expect(pieces.length).toBeGreaterThan(1);
		expect(pieces.every((piece) => piece.length <= LONGEST_SENTENCE)).toBe(true);
		expect(pieces.join(' ')).toBe(long);
	});

	it('finds nothing to read in an empty or blank text', () => {
		expect(splitSentences('')).toEqual([]);
		expect(splitSentences(' \n\n ')).toEqual([]);
	});
});
