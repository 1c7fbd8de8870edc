import { isForParents } from '$lib/content/audience';
import { scenariosOfLesson } from '$lib/content/course-links';
import type { Course } from '$lib/content/course-model';
import type { Clause } from '$lib/content/policy';
import { clausesCitedBy, type Scenario } from '$lib/content/scenario';
import { settingGaps } from '$lib/content/setting';
import { ENGLISH_TEXT, type InterfaceText } from '$lib/content/translation/interface-text';
import { fillTemplate } from '$lib/content/translation/template';

interface SlideBase {
	/** Stable within a deck, for keys and for the speaker-notes window. */
	id: string;
	heading: string;
	/** What the presenter sees in the notes window, never on the big screen. */
	notes: string[];
}

export type Slide =
	| (SlideBase & { kind: 'title'; lines: string[] })
	| (SlideBase & {
			kind: 'points';
			points: string[];
			/** The rules the lesson teaches, for the speaker notes, each with whom it binds. */
			rules: Pick<Clause, 'id' | 'rule' | 'who'>[];
	  })
	| (SlideBase & {
			kind: 'vote';
			scenario: Scenario;
			/** The clauses its endings cite, with the policy's words and whom each binds. */
			clauses: Pick<Clause, 'id' | 'rule' | 'words' | 'who'>[];
	  })
	| (SlideBase & { kind: 'contacts'; lines: string[] });

/**
 * The parents' evening deck, built from the same lessons and scenarios as the course: a title
 * slide; for every lesson whose audience includes parents, its points for parents and then its
 * scenarios for parents as room votes; and where to go with a worry. A translated course and its
 * interface text give the same deck in that language.
 */
export function buildDeck(course: Course, text: InterfaceText = ENGLISH_TEXT): Slide[] {
	const { setting } = course;
	const forParents = course.lessons.filter(isForParents);
	const words = text.present;
	const person = (role: string, name: string) =>
		fillTemplate(name ? words.personNamed : words.personUnnamed, { role, name });

	return [
		{
			kind: 'title',
			id: 'title',
			heading: fillTemplate(words.titleHeading, { policy: setting.policy.title }),
			lines: [
				setting.name,
				fillTemplate(words.policyNumber, { number: setting.policy.number }),
				...settingGaps(setting).map((gap) => `Not yet set by the setting: ${gap}.`)
			],
			notes: [
				`Welcome everyone. Tonight is about the ${setting.policy.title} policy, and what we ask of parents, carers and relatives.`,
				'The policy covers everyone who works here, paid or voluntary, and every parent, carer and relative of a child who attends. Most of its rules are written for staff. Each slide says which points are the policy. Our requests to families say whether the DSL has decided them yet, or only proposed them.',
				'Use the arrow keys or a clicker to move on. B blanks the screen; N opens these notes.'
			]
		},
		...forParents.flatMap((lesson): Slide[] => [
			{
				kind: 'points',
				id: `lesson-${lesson.slug}`,
				heading: lesson.title,
				points: lesson.forParents,
				rules: course.policy.clauses
					.filter((clause) => lesson.clauses.includes(clause.id))
					.map(({ id, rule, who }) => ({ id, rule, who })),
				notes: [lesson.summary]
			},
			...scenariosOfLesson(course, lesson.slug, isForParents).map((scenario): Slide =>
				voteSlide(scenario, course)
			)
		]),
		{
			kind: 'contacts',
			id: 'contacts',
			heading: text.families.contactsHeading,
			lines: [
				fillTemplate(words.talkTo, {
					first: person(setting.people.dsl.role, setting.people.dsl.name),
					second: person(setting.people.leadPractitioner.role, setting.people.leadPractitioner.name)
				}),
				...setting.helplines
					.filter((helpline) => isForParents(helpline) && (helpline.phone || helpline.web))
					.map((helpline) => `${helpline.name}: ${helpline.phone || helpline.web}`),
				setting.emergency,
				...(setting.complaints ? [setting.complaints] : [])
			],
			notes: [
				'Invite questions. Where the policy does not answer a question, say so: the Designated Safeguarding Lead or the Lead Practitioner decides.'
			]
		}
	];
}

function voteSlide(scenario: Scenario, course: Course): Slide {
	const cited = clausesCitedBy(scenario);
	const bestEndings = Object.values(scenario.endings).filter(
		(ending) => ending.outcome === 'follows'
	);
	return {
		kind: 'vote',
		id: `vote-${scenario.id}`,
		heading: scenario.title,
		scenario,
		clauses: course.policy.clauses
			.filter((clause) => cited.has(clause.id))
			.map(({ id, rule, words, who }) => ({ id, rule, words, who })),
		notes: [
			'Read the situation aloud. For each choice, ask for a show of hands and press its number (1 to 4) once per hand, or click its + button. Then press Enter to reveal what follows the most popular choice.',
			...bestEndings.map((ending) => `What we ask, and why: ${ending.why}`)
		]
	};
}

/**
 * What a presentation page carries in its HTML: the first slide and how many there are. The
 * whole deck grows with the course, so the page fetches each slide from /present/slides/.
 */
export function deckOpening(
	course: Course,
	text: InterfaceText = ENGLISH_TEXT
): { first: Slide; count: number } {
	const deck = buildDeck(course, text);
	return { first: deck[0]!, count: deck.length };
}
