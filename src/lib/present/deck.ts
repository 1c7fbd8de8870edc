import type { Course } from '$lib/content/course-model';

interface SlideBase {
	/** Stable within a deck, for keys and for the speaker-notes window. */
	id: string;
	heading: string;
	/** What the presenter sees in the notes window, never on the big screen. */
	notes: string[];
}

export type Slide =
	| (SlideBase & { kind: 'title'; lines: string[] })
	| (SlideBase & { kind: 'points'; points: string[] })
	| (SlideBase & { kind: 'contacts'; lines: string[] });

/**
 * The parents' evening deck, built from the same lessons as the course: a title slide, the points
 * for parents of every lesson whose audience includes parents, and where to go with a worry.
 */
export function buildDeck(course: Course): Slide[] {
	const { setting } = course;
	const forParents = course.lessons.filter((lesson) => lesson.audience !== 'staff');
	const rulesById = new Map(course.policy.clauses.map((clause) => [clause.id, clause.rule]));
	const person = (role: string, name: string) => (name ? `${role}: ${name}` : `the ${role}`);

	return [
		{
			kind: 'title',
			id: 'title',
			heading: `${setting.policy.title}: what our policy asks of families`,
			lines: [setting.name, `Policy ${setting.policy.number}`],
			notes: [
				`Welcome everyone. Tonight is about the ${setting.policy.title} policy and what it asks of parents, carers and relatives, as well as of staff.`,
				'The policy binds everyone who works here, paid or voluntary, and every parent, carer and relative of a child who attends.',
				'Use the arrow keys or a clicker to move on. B blanks the screen; N opens these notes.'
			]
		},
		...forParents.map((lesson): Slide => ({
			kind: 'points',
			id: `lesson-${lesson.slug}`,
			heading: lesson.title,
			points: lesson.forParents,
			notes: [
				lesson.summary,
				...lesson.clauses.map((id) => `Policy rule ${id}: ${rulesById.get(id) ?? ''}`)
			]
		})),
		{
			kind: 'contacts',
			id: 'contacts',
			heading: 'Worried about something you have seen online?',
			lines: [
				`Talk to ${person(setting.people.dsl.role, setting.people.dsl.name)} or ${person(setting.people.leadPractitioner.role, setting.people.leadPractitioner.name)}.`,
				...setting.helplines
					.filter((helpline) => helpline.phone)
					.map((helpline) => `${helpline.name}: ${helpline.phone}`),
				setting.emergency
			],
			notes: [
				'Invite questions. Where the policy does not answer a question, say so: the Designated Safeguarding Lead or the Lead Practitioner decides.'
			]
		}
	];
}
