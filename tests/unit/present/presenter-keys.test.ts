import { describe, expect, it } from 'vitest';
import { commandForKey, keyBelongsToControl, moveTo } from '$lib/present/presenter-keys';

describe('commandForKey', () => {
	it.each([
		['ArrowRight', 'next'],
		[' ', 'next'],
		['PageDown', 'next'],
		['ArrowLeft', 'previous'],
		['PageUp', 'previous'],
		['Home', 'first'],
		['End', 'last'],
		['b', 'blank'],
		['B', 'blank'],
		['.', 'blank'],
		['f', 'fullscreen'],
		['n', 'notes'],
		['Escape', 'leave'],
		['Enter', 'reveal']
	])('maps %j to %s', (key, type) => {
		expect(commandForKey({ key })?.type).toBe(type);
	});

	it('maps 1 to 4 to a vote for that choice', () => {
		expect(['1', '2', '3', '4'].map((key) => commandForKey({ key }))).toEqual(
			[0, 1, 2, 3].map((choice) => ({ type: 'vote', choice }))
		);
	});

	it('leaves other keys, and shortcuts with Ctrl, Alt or Meta, to the browser', () => {
		expect(commandForKey({ key: 'x' })).toBeUndefined();
		expect(commandForKey({ key: '5' })).toBeUndefined();
		expect(commandForKey({ key: 'f', ctrlKey: true })).toBeUndefined();
		expect(commandForKey({ key: 'ArrowRight', altKey: true })).toBeUndefined();
		expect(commandForKey({ key: 'n', metaKey: true })).toBeUndefined();
	});
});

describe('keyBelongsToControl', () => {
	it('gives Enter and Space to a control reached with Tab', () => {
		expect(keyBelongsToControl('Enter', 'keyboard')).toBe(true);
		expect(keyBelongsToControl(' ', 'keyboard')).toBe(true);
		expect(keyBelongsToControl('ArrowRight', 'keyboard')).toBe(false);
	});

	it('keeps the presenter keys for the presentation after a click, or with no control focused', () => {
		for (const key of ['Enter', ' ', '1']) {
			expect(keyBelongsToControl(key, 'pointer')).toBe(false);
			expect(keyBelongsToControl(key, undefined)).toBe(false);
		}
	});
});

describe('moveTo', () => {
	it('moves one slide at a time and stays within the deck', () => {
		expect(moveTo(0, { type: 'previous' }, 5)).toBe(0);
		expect(moveTo(0, { type: 'next' }, 5)).toBe(1);
		expect(moveTo(4, { type: 'next' }, 5)).toBe(4);
		expect(moveTo(3, { type: 'previous' }, 5)).toBe(2);
	});

	it('jumps to the first and last slides', () => {
		expect(moveTo(2, { type: 'first' }, 5)).toBe(0);
		expect(moveTo(2, { type: 'last' }, 5)).toBe(4);
	});

	it('does not move for commands that are not moves', () => {
		expect(moveTo(2, { type: 'blank' }, 5)).toBe(2);
	});
});
