import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { settingGaps, settingSchema, type Setting } from '$lib/content/setting';
import { buildDeck } from '$lib/present/deck';
import { projectCourse } from '../project-course';

const shipped = projectCourse.setting;
const withPolicy = (version: string, reviewed: string): Setting => ({
	...shipped,
	policy: { ...shipped.policy, version, reviewed }
});
const withDsl = (setting: Setting, name: string): Setting => ({
	...setting,
	people: { ...setting.people, dsl: { ...setting.people.dsl, name } }
});

describe('settingGaps', () => {
	it('names the example policy details and a missing DSL name', () => {
		expect(settingGaps(withDsl(shipped, ''))).toEqual([
			'the version and review date of its own policy',
			'the name of its Designated Safeguarding Lead'
		]);
	});

	it('is empty once the setting has put in its own policy and its DSL', () => {
		expect(settingGaps(withDsl(withPolicy('4', '2026-11-30'), 'Mrs Patel'))).toEqual([]);
	});

	it('counts a changed version or a changed date as the setting’s own', () => {
		expect(settingGaps(withDsl(withPolicy('1.12.3 (2026)', '2026-11-30'), 'Jo'))).toEqual([]);
	});
});

describe("the shipped course's evening", () => {
	const deck = buildDeck(projectCourse);

	it('says on its first slide what the setting has not yet set', () => {
		const gaps = settingGaps(projectCourse.setting);
		expect(deck[0]).toMatchObject({ kind: 'title' });
		for (const gap of gaps) {
			expect(deck[0]?.kind === 'title' && deck[0].lines).toContain(
				`Not yet set by the setting: ${gap}.`
			);
		}
	});

	it('names Ofsted for complaints, beside the setting’s own procedure', () => {
		const contacts = deck.at(-1);
		expect(contacts?.kind === 'contacts' && contacts.lines.join(' ')).toMatch(
			/complaints procedure.*Ofsted/
		);
	});
});

describe('publicAddress', () => {
	const parse = (publicAddress?: unknown) =>
		v.safeParse(settingSchema, { ...shipped, publicAddress });

	it('is optional, and ends with a slash so that a page’s path adds to it', () => {
		expect(parse(undefined)).toMatchObject({ success: true, output: { publicAddress: '' } });
		expect(parse(' https://course.example.org/sub ')).toMatchObject({
			output: { publicAddress: 'https://course.example.org/sub/' }
		});
	});

	it('refuses what a QR code could not send a family to', () => {
		expect(parse('localhost:4173').success).toBe(false);
		expect(parse('course.example.org').success).toBe(false);
		expect(parse('javascript:alert(1)').success).toBe(false);
	});
});
