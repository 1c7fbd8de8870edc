import { describe, expect, it } from 'vitest';
import { onlyPlaceholders, placeholderDifference } from '$lib/content/translation/placeholders';
import { fillTemplate } from '$lib/content/translation/template';
import { textHash } from '$lib/content/translation/text-hash';

describe('templates and their placeholders', () => {
	it('fill each named placeholder, wherever the language puts it, and nothing in the values', () => {
		expect(fillTemplate('Scenario {at} of {of}', { at: 2, of: 10 })).toBe('Scenario 2 of 10');
		expect(fillTemplate('{of} میں سے {at}', { at: 2, of: 10 })).toBe('10 میں سے 2');
		expect(fillTemplate('Thank you, {name}.', { name: '{at}' })).toBe('Thank you, {at}.');
		expect(fillTemplate('Policy {number}', {})).toBe('Policy {number}');
	});

	it('agree when a translation keeps every placeholder and request mark, in any order', () => {
		expect(placeholderDifference('Scenario {at} of {of}', 'Z {of}: {at}')).toEqual([]);
		expect(
			placeholderDifference(
				'Talk first. [request:come-to-us-first]',
				'Najpierw. [request:come-to-us-first]'
			)
		).toEqual([]);
		expect(placeholderDifference('Scenario {at} of {of}', 'Scenariusz {at} z {od}')).toEqual([
			'lacks {of}',
			'has {od}, which the English has not'
		]);
		expect(placeholderDifference('[request:no-naming-online]', 'Nie.')).toEqual([
			'lacks [request:no-naming-online]'
		]);
	});

	it('leave nothing to translate in a text that is only a request', () => {
		expect(onlyPlaceholders(' [request:no-naming-online] ')).toBe(true);
		expect(onlyPlaceholders('Ask us. [request:no-naming-online]')).toBe(false);
	});

	it('hash the English by its words, not its spacing', () => {
		expect(textHash('One  evening\n a dad asks')).toBe(textHash('One evening a dad asks'));
		expect(textHash('One evening a dad asks')).not.toBe(textHash('One evening a mum asks'));
		expect(textHash('x')).toMatch(/^[0-9a-f]{12}$/);
	});
});
