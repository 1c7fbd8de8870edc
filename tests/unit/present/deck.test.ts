import { describe, expect, it } from 'vitest';
import { buildCourse } from '$lib/content/build-course';
import { buildDeck, deckOpening } from '$lib/present/deck';
import { fixtureCourse } from '../content/fixture-course';

describe('buildDeck', () => {
	const course = buildCourse(fixtureCourse());
	const deck = buildDeck(course);

	it("opens with the setting's name and closes with where to go with a worry", () => {
		expect(deck[0]).toMatchObject({
			kind: 'title',
			lines: [
				'Little Acorns Nursery',
				'Policy 1.12.3',
				'Not yet set by the setting: the name of its Designated Safeguarding Lead.'
			]
		});
		expect(deck.at(-1)).toMatchObject({
			kind: 'contacts',
			lines: [
				'Talk to the Designated Safeguarding Lead or the Lead Practitioner.',
				'NSPCC helpline: 0808 800 5000',
				'Call 999.'
			]
		});
	});

	it('gives families their contacts and the complaints route, not the helpline for professionals', () => {
		const files = fixtureCourse();
		files['lessons/setting.yaml'] = files['lessons/setting.yaml']!.replace(
			'helplines:\n',
			`complaints: Ask for the complaints procedure.
helplines:
  - name: Professionals Online Safety Helpline
    for: Professionals.
    phone: 0344 381 4772
    audience: staff
  - name: NCA-CEOP
    for: Reporting online abuse.
    web: https://www.ceop.police.uk/Safety-Centre/
`
		);
		expect(buildDeck(buildCourse(files)).at(-1)).toMatchObject({
			lines: [
				'Talk to the Designated Safeguarding Lead or the Lead Practitioner.',
				'NCA-CEOP: https://www.ceop.police.uk/Safety-Centre/',
				'NSPCC helpline: 0808 800 5000',
				'Call 999.',
				'Ask for the complaints procedure.'
			]
		});
	});

	it('shows only lessons whose audience includes parents, with their points for parents', () => {
		const lessons = deck.filter((slide) => slide.kind === 'points');
		expect(lessons).toEqual([
			expect.objectContaining({
				heading: 'Saying no',
				points: ['Please do not send requests.', 'Staff will say no kindly.']
			})
		]);
	});

	it('gives the presenter the rules behind each slide in words, with no rule ids in the notes', () => {
		const slide = deck.find((candidate) => candidate.id === 'lesson-saying-no');
		expect(slide).toMatchObject({ rules: [{ id: 'refuse-politely', rule: 'Refuse politely.' }] });
		expect(slide?.notes.join(' ')).not.toContain('refuse-politely');
	});

	it('gives every slide a distinct id', () => {
		expect(new Set(deck.map((slide) => slide.id)).size).toBe(deck.length);
	});
});

describe('deckOpening', () => {
	it('carries the first slide and how many there are, not the rest of the deck', () => {
		const course = buildCourse(fixtureCourse());
		const deck = buildDeck(course);
		expect(deck.length).toBeGreaterThan(2);
		expect(deckOpening(course)).toEqual({ first: deck[0], count: deck.length });
	});
});
