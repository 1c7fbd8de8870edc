import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/content/quiz';
import { checkItem, checkItems, cueWords, describeFinding } from '$lib/content/item-check';

function item(
	id: string,
	texts: string[],
	key: number,
	kind: Question['kind'] = 'single'
): Question {
	return {
		id,
		kind,
		audience: 'staff',
		clauses: ['scope'],
		prompt: 'What do you do?',
		options: texts.map((text, index) => ({ text, correct: index === key, feedback: 'Why.' }))
	};
}

describe('cue words', () => {
	it('finds whole words in any case, and their plain forms', () => {
		expect(cueWords('Tell the DSL and report it, as the Policy asks.')).toEqual([
			'policy',
			'DSL',
			'report',
			'ask'
		]);
		expect(cueWords('Decline politely; the Lead Practitioner asked.')).toEqual([
			'Lead Practitioner',
			'politely',
			'ask'
		]);
		expect(cueWords('A reporter tasked with a task')).toEqual([]);
	});
});

describe('one question', () => {
	it('notes a longest key, a lone cue word on the key, and options of very different length', () => {
		const finding = checkItem(item('a', ['Post it.', 'Say no politely, as the policy says.'], 1));
		expect(finding).toMatchObject({
			keys: [1],
			keyLongest: true,
			loneCue: 1,
			loneCueKey: true,
			lengthSpread: [8, 36]
		});
		expect(describeFinding(finding)).toBe(
			'a: key second of 2; key is the longest; only the key has a cue word; options from 8 to 36 characters'
		);
	});

	it('notes a lone cue word on a wrong option, and no spread for true or false', () => {
		const finding = checkItem(item('b', ['True', 'False'], 0, 'true-false'));
		expect(finding).toMatchObject({
			keyLongest: false,
			loneCue: undefined,
			lengthSpread: undefined
		});
		expect(checkItem(item('c', ['Ask the DSL.', 'Leave it.'], 1)).loneCueKey).toBe(false);
	});
});

describe('the bank', () => {
	const balanced = [
		item('q1', ['Aaaa one.', 'Bbbbbbbb two.', 'Cccc three.'], 0),
		item('q2', ['Aaaaaaaa one.', 'Bbbb two.', 'Cccc three.'], 1),
		item('q3', ['Aaaa one.', 'Bbbb two.', 'Cccccccc three.'], 0),
		item('q4', ['Aaaa one.', 'Bbbbbbbb two.', 'Ccc three.'], 2)
	];

	it('reports key positions, and passes when keys are short and uncued', () => {
		const check = checkItems(balanced.slice(1));
		expect(check.failures).toEqual([]);
		expect(check.positions).toEqual([1, 1, 1]);
	});

	it('fails past each limit, and says what to change', () => {
		const cautious = [1, 2, 3, 4, 5].map((n) =>
			item(`c${n}`, ['Post it anyway.', 'Tell the DSL about it today.'], 1)
		);
		const check = checkItems(cautious);
		expect(check.rates).toEqual({ keyLongest: 1, keyPosition: 1, loneCueKey: 1 });
		expect(check.failures).toEqual([
			'the key is the longest option in 100% of single-answer questions (limit 35%): shorten the key or give a wrong option its full reason in c1, c2, c3, c4, c5',
			'the key is the second option in 100% of single-answer questions (limit 40%): move the key to another place in some of c1, c2, c3, c4, c5',
			'the key is the only option with a cue word in 100% of single-answer questions (limit 20%): take the cue word out of the key, or give a wrong option one for its own reason, in c1, c2, c3, c4, c5'
		]);
	});

	it('leaves "all that apply" questions out of the limits', () => {
		const multiple = {
			...item('m', ['Tell the DSL, as the policy asks.', 'No.'], 0),
			kind: 'multiple' as const
		};
		expect(checkItems([...balanced, multiple]).singles).toBe(4);
	});
});
