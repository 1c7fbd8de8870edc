import { describe, expect, it } from 'vitest';
import { handoutView } from '$lib/families/handout';
import { projectCourse } from '../project-course';

const withAddress = (publicAddress: string) => ({
	...projectCourse,
	setting: { ...projectCourse.setting, publicAddress }
});

describe('the handout for families', () => {
	it('lists every request, each labelled decided or proposed', () => {
		const { requests } = handoutView(projectCourse, '/families');
		expect(requests.length).toBeGreaterThan(0);
		for (const request of requests) {
			expect(request).toMatch(/^The setting (has decided|is asking \(proposed, not yet decided\))/);
		}
	});

	it('says where to take a worry: the emergency line, helplines families can reach, complaints', () => {
		const handout = handoutView(projectCourse, '/families');
		expect(handout.emergency).toContain('999');
		expect(handout.helplines.map((helpline) => helpline.name)).toEqual(
			expect.arrayContaining(['NSPCC helpline', 'NCA-CEOP'])
		);
		expect(handout.helplines.every((helpline) => helpline.audience !== 'staff')).toBe(true);
		expect(handout.complaints).toContain('Ofsted');
	});

	it('points to the pages in its language under the public address, or nowhere without one', () => {
		expect(handoutView(projectCourse, '/ur/families').address).toBe('');
		expect(handoutView(withAddress('https://example.org/course/'), '/ur/families').address).toBe(
			'https://example.org/course/ur/families'
		);
	});
});
