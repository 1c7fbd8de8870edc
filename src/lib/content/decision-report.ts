import type { Course } from './course-model.ts';
import { isDecided, type Decision } from './decisions.ts';

/** One open question as the DSL's page lists it: what meets it, by name. */
export interface DecisionRow {
	decision: Decision;
	decided: boolean;
	lessons: { slug: string; title: string }[];
	scenarios: { id: string; title: string }[];
	questions: { id: string; prompt: string }[];
}

/** A value of setting.yaml that the setting fills in; `value` is empty until it does. */
export interface Placeholder {
	label: string;
	value: string;
	/** Why the value needs checking even when it is filled in. */
	check: string;
}

export function decisionRows(course: Course): DecisionRow[] {
	return course.decisions.map((decision) => ({
		decision,
		decided: isDecided(decision),
		lessons: course.lessons
			.filter((lesson) => decision.meets.lessons.includes(lesson.slug))
			.map(({ slug, title }) => ({ slug, title })),
		scenarios: course.scenarios
			.filter((scenario) => decision.meets.scenarios.includes(scenario.id))
			.map(({ id, title }) => ({ id, title })),
		questions: course.questions
			.filter((question) => decision.meets.questions.includes(question.id))
			// A situation question's prompt ("What should you do?") says little without its scene.
			.map(({ id, prompt, situation }) => ({
				id,
				prompt: situation ? `${situation.trim()} ${prompt}` : prompt
			}))
	}));
}

/**
 * The setting's own details that the copy of the policy does not give: the course shows them, and
 * certificates record the policy's version and date, so the DSL confirms each one.
 */
export function settingPlaceholders({ setting }: Pick<Course, 'setting'>): Placeholder[] {
	const { policy, people } = setting;
	return [
		{
			label: 'Policy version',
			value: policy.version,
			check: 'The copy of the policy this course was built from has no version. Use your own.'
		},
		{
			label: 'Policy review date',
			value: policy.reviewed,
			check: 'The copy of the policy this course was built from has no date. Use your own.'
		},
		{
			label: people.dsl.role,
			value: people.dsl.name,
			check: 'Learners are told to ask this person wherever the policy does not say.'
		},
		{
			label: people.leadPractitioner.role,
			value: people.leadPractitioner.name,
			check: "The policy names this role as the one who runs the setting's Facebook page."
		}
	];
}
