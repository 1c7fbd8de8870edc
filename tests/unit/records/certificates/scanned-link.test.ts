import { describe, expect, it } from 'vitest';
import { scannedFragment } from '$lib/records/certificates/scanned-link';

const checkPage = new URL('https://course.example.org/verify');

describe('scannedFragment', () => {
	it('gives the certificate’s fields from a link to the check page', () => {
		expect(scannedFragment('https://course.example.org/verify#id=7K3M&n=Amira', checkPage)).toBe(
			'id=7K3M&n=Amira'
		);
	});

	it('takes a link printed on another address of the course', () => {
		expect(scannedFragment('http://192.168.1.20:4173/verify#id=7K3M', checkPage)).toBe('id=7K3M');
	});

	it.each([
		['text that is not a link', 'hello'],
		['a link to another page', 'https://course.example.org/records#id=7K3M'],
		['a link with no certificate', 'https://course.example.org/verify'],
		['a script address', 'javascript:alert(1)//verify#id=1']
	])('refuses %s', (_label, scanned) => {
		expect(scannedFragment(scanned, checkPage)).toBeUndefined();
	});
});
