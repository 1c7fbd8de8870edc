import { describe, expect, it } from 'vitest';
import { sessionTime } from '$lib/scorm/session-time';

describe('session time for SCORM 1.2', () => {
	it.each([
		[0, '00:00:00'],
		[999, '00:00:00'],
		[61_000, '00:01:01'],
		[(2 * 3600 + 3 * 60 + 4) * 1000, '02:03:04'],
		[125 * 3600 * 1000, '125:00:00'],
		[-5000, '00:00:00'],
		[20_000 * 3600 * 1000, '9999:59:59']
	])('%d ms is %s', (milliseconds, expected) => {
		expect(sessionTime(milliseconds)).toBe(expected);
	});
});
