import { describe, expect, it } from 'vitest';
import { bindsFamilies, isForParents } from '$lib/content/audience';
import { readingGrade } from '$lib/content/reading-grade';
import { FAMILIES_TEXT } from '$lib/families/families-text';
import { familiesView, nextScenario } from '$lib/families/families-view';
import { projectCourse } from '../project-course';

const view = familiesView(projectCourse);

describe('the pages for families', () => {
	it("carry every lesson for families with its parents' points, requests labelled", () => {
		expect(view.lessons.map((lesson) => lesson.slug)).toEqual(
			projectCourse.lessons.filter(isForParents).map((lesson) => lesson.slug)
		);
		const points = view.lessons.flatMap((lesson) => lesson.points);
		expect(points.some((point) => point.includes('[request:'))).toBe(false);
		expect(
			points.filter((point) => point.startsWith('The setting is asking (proposed'))
		).not.toEqual([]);
	});

	it('list only the rules that bind families, each saying whom it binds', () => {
		const families = projectCourse.policy.clauses.filter(bindsFamilies);
		expect(view.rules.map((rule) => rule.id)).toEqual(families.map((clause) => clause.id));
		expect(new Set(view.rules.map((rule) => rule.binds))).not.toContain('Binds staff only');
	});

	it("play every parents' scenario, in the lessons' order, one after another", () => {
		const ids = view.scenarios.map((scenario) => scenario.id);
		expect(new Set(ids)).toEqual(
			new Set(projectCourse.scenarios.filter((s) => s.audience === 'parents').map((s) => s.id))
		);
		expect(ids.length).toBeGreaterThanOrEqual(10);
		const order = (id: string) =>
			projectCourse.lessons.findIndex(
				(lesson) => lesson.slug === projectCourse.scenarios.find((s) => s.id === id)!.lesson
			);
		expect(ids.map(order)).toEqual([...ids.map(order)].sort((a, b) => a - b));
		expect(nextScenario(view.scenarios, ids[0]!)?.id).toBe(ids[1]);
		expect(nextScenario(view.scenarios, ids.at(-1)!)).toBeUndefined();
		expect(nextScenario(view.scenarios, 'no-such-scenario')).toBeUndefined();
	});

	it('give families the helplines for families, not those for professionals', () => {
		expect(view.helplines.map((helpline) => helpline.name)).toEqual(
			projectCourse.setting.helplines.filter(isForParents).map((helpline) => helpline.name)
		);
		expect(view.complaints).toContain('Ofsted');
	});

	it('are written at reading grade 6.5 or below', () => {
		const strings = Object.values(FAMILIES_TEXT).flatMap((value) =>
			typeof value === 'string' ? [value] : value
		);
		expect(readingGrade(strings)).toBeLessThanOrEqual(6.5);
	});
});
