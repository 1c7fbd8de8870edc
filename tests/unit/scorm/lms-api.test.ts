import { describe, expect, it } from 'vitest';
import { findLmsApi, type Scorm12Api, type WindowLike } from '$lib/scorm/lms-api';

function api(): Scorm12Api {
	const ok = () => 'true';
	return {
		LMSInitialize: ok,
		LMSFinish: ok,
		LMSGetValue: () => '',
		LMSSetValue: ok,
		LMSCommit: ok,
		LMSGetLastError: () => '0',
		LMSGetErrorString: () => ''
	};
}

/** A chain of frames, the first the course's own window; each is its parent's child. */
function frames(count: number): WindowLike[] {
	const chain: WindowLike[] = [];
	for (let i = 0; i < count; i++) chain.push({});
	chain.forEach((win, i) => (win.parent = chain[i + 1] ?? win));
	return chain;
}

describe('finding the LMS', () => {
	it('finds the API on a parent frame', () => {
		const [course, , lms] = frames(3);
		lms!.API = api();
		expect(findLmsApi(course!)).toBe(lms!.API);
	});

	it('takes the nearest API when more than one frame has one', () => {
		const [course, player, lms] = frames(3);
		player!.API = api();
		lms!.API = api();
		expect(findLmsApi(course!)).toBe(player!.API);
	});

	it("looks in the opener's frames when the course opened in a new window", () => {
		const [course] = frames(1);
		const [opener, lms] = frames(2);
		lms!.API = api();
		course!.opener = opener;
		expect(findLmsApi(course!)).toBe(lms!.API);
	});

	it('finds none on its own, or beyond seven parents', () => {
		expect(findLmsApi(frames(1)[0]!)).toBeUndefined();
		const chain = frames(10);
		chain[9]!.API = api();
		expect(findLmsApi(chain[0]!)).toBeUndefined();
	});

	it('ignores something called API that is not one, and a frame it may not read', () => {
		const [course, other, lms] = frames(3);
		course!.API = { LMSInitialize: () => 'true' };
		Object.defineProperty(other, 'API', {
			get() {
				throw new DOMException('Blocked a frame', 'SecurityError');
			}
		});
		lms!.API = api();
		expect(findLmsApi(course!)).toBe(lms!.API);
	});
});
