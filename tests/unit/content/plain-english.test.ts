import { describe, expect, it } from 'vitest';
import { plainEnglishWarnings } from '$lib/content/plain-english';

const long =
	'This sentence goes on and on with one word after another word until it has far more words than any new reader should have to hold in mind at once.';

describe('the plain-English check', () => {
	it('names a long sentence and an idiom in a scenario, with their lines', () => {
		const warnings = plainEnglishWarnings({
			'lessons/01-a/x.scenario.yaml': `id: x
nodes:
  start:
    situation: |
      A short one.
      ${long}
    choices:
      - label: Better safe than sorry
endings:
  done:
    why: >-
      Short. It was a
      free pass.
`
		});
		expect(warnings.map(({ line, message }) => [line, message.split(':')[0]])).toEqual([
			[6, 'a sentence of 30 words (over 25)'],
			[8, '"Better safe than sorry" is an idiom or stock phrase'],
			[13, '"free pass" is an idiom or stock phrase']
		]);
	});

	it("checks a lesson's prose and points, but not the policy's words in a quote", () => {
		const warnings = plainEnglishWarnings({
			'lessons/01-a/index.md': `---
title: A daft title is not prose
keyPoints:
  - Do not post when you are wound up.
---

## Heading

> ${long}

First line of a paragraph,
then it kicked off.
`
		});
		expect(warnings).toEqual([
			{
				file: 'lessons/01-a/index.md',
				line: 4,
				message: '"wound up" is an idiom or stock phrase: say it plainly'
			},
			{
				file: 'lessons/01-a/index.md',
				line: 12,
				message: '"kicked off" is an idiom or stock phrase: say it plainly'
			}
		]);
	});

	it('leaves the policy text and plain short sentences alone', () => {
		expect(
			plainEnglishWarnings({
				'lessons/policy.yaml': `text: ${long} Better safe than sorry.`,
				'lessons/quiz.yaml': 'questions:\n  - prompt: What should you do?\n'
			})
		).toEqual([]);
	});
});
