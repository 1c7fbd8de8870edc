import { describe, expect, it, vi } from 'vitest';
import { CourseRecords } from '$lib/records/course-records.svelte';
import { memoryStore } from '$lib/records/key-value-store';
import { DATABASE, packageDatabase } from '$lib/records/record-keys';
import { LmsLink } from '$lib/scorm/lms-link';
import { fakeLms } from './fake-lms';

const draft = { s: 5, i: ['q1', 'q2'], a: ['0'], c: '1', t: 'q' };

/** The course's records as a page sees them, linked to `lms` (or to none) the way the layout does. */
async function courseIn(win: object) {
	const link = new LmsLink(win, '/pluginfile.php/42/mod_scorm/content/3/');
	const records = new CourseRecords(undefined, Promise.resolve(link.records));
	await records.connect(async () => memoryStore());
	return { link, records };
}

describe('the course inside an LMS', () => {
	it("has the LMS's learner as its only learner, who cannot be switched", async () => {
		const { link, records } = await courseIn({ API: fakeLms().api });
		expect(link.connected).toBe(true);
		expect(records.learner?.name).toBe('Ada Okafor');
		expect(records.learners).toHaveLength(1);
		expect(records.learnerFixed).toBe(true);
	});

	it('resumes the lessons, scenarios and quiz that the LMS kept', async () => {
		const lms = fakeLms({
			'cmi.suspend_data': JSON.stringify({
				v: 1,
				l: ['why-it-matters'],
				s: { 'old-post-argument': 'delete:f' },
				q: { induction: draft }
			})
		});
		const { records } = await courseIn({ API: lms.api });
		expect(records.progress?.lessonsRead).toEqual(['why-it-matters']);
		expect(records.progress?.scenarios['old-post-argument']).toMatchObject({ outcome: 'follows' });
		expect(await records.loadDraft('quiz:induction')).toMatchObject({ seed: 5, selection: [1] });
	});

	it('reports a lesson read to the LMS, and commits', async () => {
		const lms = fakeLms();
		const { records } = await courseIn({ API: lms.api });
		lms.calls.length = 0;
		await records.markLessonRead('your-profile');
		await vi.waitFor(() => expect(lms.calls.at(-1)).toBe('commit'));
		expect(JSON.parse(lms.data['cmi.suspend_data']!)).toEqual({ v: 1, l: ['your-profile'] });
	});

	it('says why it could not resume what the LMS kept, and carries on', async () => {
		const lms = fakeLms({ 'cmi.suspend_data': '{"v":9}' });
		const { link, records } = await courseIn({ API: lms.api });
		expect(link.resumeProblem).toBe('it was saved by a newer version of the course (format 9)');
		expect(records.learner?.name).toBe('Ada Okafor');
		expect(records.progress?.lessonsRead).toEqual([]);
	});
});

describe('the package opened on its own', () => {
	it('is not connected, and lets a learner enter a name as the site does', async () => {
		const { link, records } = await courseIn({});
		expect(link.connected).toBe(false);
		expect(records.learnerFixed).toBe(false);
		expect(records.learner).toBeUndefined();
	});
});

describe("a package's browser database", () => {
	it('differs from the site’s, from other packages’ and from other learners’', () => {
		const names = [
			DATABASE.name,
			packageDatabase('/pluginfile.php/42/mod_scorm/content/3/').name,
			packageDatabase('/pluginfile.php/42/mod_scorm/content/3/', 'u42').name,
			packageDatabase('/pluginfile.php/42/mod_scorm/content/3/', 'u43').name,
			packageDatabase('/pluginfile.php/57/mod_scorm/content/1/', 'u42').name
		];
		expect(new Set(names).size).toBe(names.length);
	});
});
