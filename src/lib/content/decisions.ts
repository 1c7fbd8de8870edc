import * as v from 'valibot';
import type { ProblemList } from './content-error.ts';
import { DECISIONS_FILE, type ContentFiles } from './content-files.ts';
import { idSchema, listOf, record, textSchema } from './schema-parts.ts';
import type { Person } from './setting.ts';
import { readYamlFile } from './yaml-source.ts';

const optionalText = v.optional(v.pipe(v.string('must be text'), v.trim()), '');

// YAML reads 2026-09-01 as a date; an empty value means "not decided yet".
const optionalDate = v.optional(
	v.pipe(
		v.union([v.string(), v.date()], 'must be a date such as 2026-09-01'),
		v.transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value)),
		v.trim(),
		v.check(
			(value) => value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value),
			'must be a date such as 2026-09-01'
		)
	),
	''
);

const idList = v.optional(v.array(idSchema, 'must be a list of ids'), []);

const decisionSchema = v.pipe(
	record({
		id: idSchema,
		question: textSchema,
		meets: record({ lessons: idList, scenarios: idList, questions: idList }),
		answer: optionalText,
		decidedBy: optionalText,
		decidedOn: optionalDate
	}),
	v.forward(
		v.check(
			(decision) => decision.answer === '' || decision.decidedBy !== '',
			'is needed once the answer is written: who decided'
		),
		['decidedBy']
	),
	v.forward(
		v.check(
			(decision) => decision.answer === '' || decision.decidedOn !== '',
			'is needed once the answer is written: the date of the decision'
		),
		['decidedOn']
	)
);

const decisionsFileSchema = record({ decisions: listOf(decisionSchema, 1, 100) });

/** A question the policy leaves open, and the setting's answer to it once the DSL records one. */
export type Decision = v.InferOutput<typeof decisionSchema>;

/** What a decision may meet: the ids that exist in the course. */
export interface DecisionTargets {
	lessons: ReadonlySet<string>;
	scenarios: ReadonlySet<string>;
	questions: ReadonlySet<string>;
}

const KINDS = {
	lessons: 'lesson',
	scenarios: 'scenario',
	questions: 'quiz question'
} as const;

/**
 * Reads `lessons/decisions.yaml`: the setting's open questions. Each must have its own id and meet
 * only lessons (by slug), scenarios and quiz questions (by id) that exist. A course without the
 * file has no recorded questions.
 */
export function readDecisions(
	files: ContentFiles,
	problems: ProblemList,
	targets: DecisionTargets
): Decision[] {
	if (files[DECISIONS_FILE] === undefined) return [];
	const source = readYamlFile(files, DECISIONS_FILE, problems);
	const parsed = source?.validate(decisionsFileSchema, problems, (path) =>
		path[0] === 'decisions' && typeof path[1] === 'number'
			? [`decision ${path[1] + 1}`, ...path.slice(2)].join('.')
			: path.join('.')
	);
	if (!source || !parsed) return [];

	const seen = new Set<string>();
	parsed.decisions.forEach((decision, index) => {
		if (seen.has(decision.id)) {
			problems.add(
				DECISIONS_FILE,
				`decision ${decision.id} has an id used by an earlier decision`,
				source.lineOf(['decisions', index, 'id'])
			);
		}
		seen.add(decision.id);
		for (const kind of Object.keys(KINDS) as (keyof typeof KINDS)[]) {
			decision.meets[kind].forEach((id, at) => {
				if (!targets[kind].has(id)) {
					problems.add(
						DECISIONS_FILE,
						`decision ${decision.id} meets an unknown ${KINDS[kind]}: ${id}`,
						source.lineOf(['decisions', index, 'meets', kind, at])
					);
				}
			});
		}
	});
	return parsed.decisions;
}

export function isDecided(decision: Pick<Decision, 'answer'>): boolean {
	return decision.answer !== '';
}

/** Where a decision can be met: one lesson, one scenario or one quiz question. */
export type DecisionPlace = { lesson: string } | { scenario: string } | { question: string };

/** The open questions that a lesson, scenario or quiz question meets, in the file's order. */
export function decisionsMeeting(decisions: readonly Decision[], place: DecisionPlace): Decision[] {
	return decisions.filter((decision) =>
		'lesson' in place
			? decision.meets.lessons.includes(place.lesson)
			: 'scenario' in place
				? decision.meets.scenarios.includes(place.scenario)
				: decision.meets.questions.includes(place.question)
	);
}

/** What a learner reads of an open question: the question and the setting's answer, if any. */
export type OpenQuestion = Pick<Decision, 'id' | 'question' | 'answer' | 'decidedBy' | 'decidedOn'>;

/**
 * The open questions each quiz question meets, for the questions that meet any: the quiz page
 * carries only these, not the whole file.
 */
export function openQuestionsOfQuestions(
	decisions: readonly Decision[],
	questionIds: readonly string[]
): Record<string, OpenQuestion[]> {
	const open: Record<string, OpenQuestion[]> = {};
	for (const id of questionIds) {
		const met = decisionsMeeting(decisions, { question: id });
		if (met.length === 0) continue;
		open[id] = met.map(({ id, question, answer, decidedBy, decidedOn }) => ({
			id,
			question,
			answer,
			decidedBy,
			decidedOn
		}));
	}
	return open;
}

/** Who a learner asks about an open question: the DSL by name where setting.yaml gives one. */
export function whoToAsk(dsl: Pick<Person, 'role' | 'name'>): string {
	return dsl.name ? `${dsl.name}, the ${dsl.role}` : `the ${dsl.role}`;
}
