import { bindsFamilies, isForParents } from '$lib/content/audience';
import { clausesById } from '$lib/content/clauses';
import { scenariosOfLesson } from '$lib/content/course-links';
import { clausesCitedBy } from '$lib/content/scenario';
import type { Course } from '$lib/content/course-model';
import type { Helpline, Person } from '$lib/content/setting';
import { ENGLISH_TEXT, type InterfaceText } from '$lib/content/translation/interface-text';

/** One lesson as families read it at home: its points for parents, requests labelled. */
export interface FamilyLesson {
	slug: string;
	title: string;
	points: string[];
}

/** A rule of the policy that binds families, with whom it binds in words. */
export interface FamilyRule {
	id: string;
	rule: string;
	binds: string;
}

/** A parents' scenario in the order families play them: the lessons' order. */
export interface FamilyScenario {
	id: string;
	title: string;
}

/** What the pages for families show: all of it from the course, nothing written for them alone. */
export interface FamiliesView {
	lessons: FamilyLesson[];
	rules: FamilyRule[];
	scenarios: FamilyScenario[];
	people: Person[];
	helplines: Helpline[];
	emergency: string;
	complaints: string;
	signOff: boolean;
}

/** The view of a course, in English or, given a localised course and its text, in its language. */
export function familiesView(course: Course, text: InterfaceText = ENGLISH_TEXT): FamiliesView {
	const { setting } = course;
	const lessons = course.lessons.filter(isForParents);
	return {
		lessons: lessons.map(({ slug, title, forParents }) => ({ slug, title, points: forParents })),
		rules: course.policy.clauses
			.filter(bindsFamilies)
			.map(({ id, rule, who }) => ({ id, rule, binds: text.binds[who] })),
		scenarios: lessons.flatMap((lesson) =>
			scenariosOfLesson(course, lesson.slug, (scenario) => scenario.audience === 'parents').map(
				({ id, title }) => ({ id, title })
			)
		),
		people: [setting.people.dsl, setting.people.leadPractitioner],
		helplines: setting.helplines.filter(isForParents),
		emergency: setting.emergency,
		complaints: setting.complaints,
		signOff: setting.familySignOff
	};
}

/** Where a family goes after a scenario: the next one, or none after the last. */
export function nextScenario(
	scenarios: readonly FamilyScenario[],
	id: string
): FamilyScenario | undefined {
	const at = scenarios.findIndex((scenario) => scenario.id === id);
	return at === -1 ? undefined : scenarios[at + 1];
}

/** One parents' scenario as its page shows it, or undefined if families have no such scenario. */
export function familyScenarioPage(course: Course, id: string) {
	const { scenarios } = familiesView(course);
	const at = scenarios.findIndex((candidate) => candidate.id === id);
	const scenario = course.scenarios.find((candidate) => candidate.id === id);
	if (at === -1 || !scenario) return undefined;
	return {
		scenario,
		// As on the evening's slides, a family reads only the rules that bind families.
		clauses: clausesById(course.policy, [...clausesCitedBy(scenario)])
			.filter(bindsFamilies)
			.map(({ id, rule, words }) => ({ id, rule, words })),
		at: at + 1,
		count: scenarios.length,
		next: nextScenario(scenarios, scenario.id)
	};
}
