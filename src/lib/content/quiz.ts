import * as v from 'valibot';
import { isForStaff } from './audience.ts';
import type { ProblemList } from './content-error.ts';
import { QUESTION_KINDS, hasOneAnswer } from './question-kinds.ts';
import type { Policy } from './policy.ts';
import { audienceSchema, idSchema, listOf, record, textSchema } from './schema-parts.ts';
import type { Setting } from './setting.ts';
import type { YamlSource } from './yaml-source.ts';

// YAML reads an unquoted True or False as a yes/no value; an author means the words.
const optionTextSchema = v.union(
	[
		textSchema,
		v.pipe(
			v.boolean(),
			v.transform((value) => (value ? 'True' : 'False'))
		)
	],
	'must be text'
);

const questionSchema = v.pipe(
	record({
		id: idSchema,
		kind: v.picklist(QUESTION_KINDS, `must be one of ${QUESTION_KINDS.join(', ')}`),
		audience: audienceSchema,
		clauses: listOf(idSchema, 1, 8),
		situation: v.optional(textSchema),
		prompt: textSchema,
		options: listOf(
			record({
				text: optionTextSchema,
				correct: v.boolean('must be true or false'),
				feedback: textSchema
			}),
			2,
			6
		)
	}),
	v.forward(
		v.check(
			(question) => (question.kind === 'situation') === (question.situation !== undefined),
			'is needed for a situation question, and only for one'
		),
		['situation']
	)
);

const quizFileSchema = record({ questions: listOf(v.unknown(), 1, 500) });

export type Question = v.InferOutput<typeof questionSchema>;

/**
 * Reads the question bank. Each problem names the question (by id, or by its place when the id
 * is missing) as well as the file and line, so an author can find it in a long file.
 */
export function readQuestions(
	source: YamlSource,
	problems: ProblemList,
	clauseIds: Set<string>
): Question[] {
	const file = source.validate(quizFileSchema, problems);
	if (!file) return [];
	const questions: Question[] = [];
	const seen = new Set<string>();
	file.questions.forEach((raw, index) => {
		const at = ['questions', index] as const;
		const name = nameOf(raw, index);
		const report = (message: string, path: readonly (string | number)[] = []) =>
			problems.add(source.file, `${name} ${message}`, source.lineOf([...at, ...path]));

		const result = v.safeParse(questionSchema, raw);
		if (!result.success) {
			for (const issue of result.issues) {
				const path = (issue.path ?? []).map((item) => item.key as string | number);
				report(`${path.length > 0 ? `${path.join('.')}: ` : ''}${issue.message}`, path);
			}
			return;
		}
		const question = result.output;
		if (seen.has(question.id)) report('has an id used by an earlier question', ['id']);
		seen.add(question.id);
		question.clauses.forEach((id, c) => {
			if (!clauseIds.has(id)) report(`cites unknown clause id ${id}`, ['clauses', c]);
		});
		const correct = question.options.filter((option) => option.correct).length;
		if (correct === 0) {
			report('has no correct option: mark the right one with correct: true', ['options']);
		} else if (correct > 1 && hasOneAnswer(question.kind)) {
			report(
				`is a ${question.kind} question with ${correct} correct options: mark only one, or make it kind multiple`,
				['options']
			);
		}
		if (question.kind === 'true-false') {
			const texts = question.options.map((option) => option.text).join(',');
			if (texts !== 'True,False') {
				report("must have exactly two options, 'True' then 'False'", ['options']);
			}
		}
		questions.push(question);
	});
	return questions;
}

function nameOf(raw: unknown, index: number): string {
	const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
	return typeof id === 'string' && id.trim() !== ''
		? `question ${id}`
		: `question ${index + 1} (no id)`;
}

/**
 * Checks that the bank can fill every quiz the setting asks for: enough staff questions for each
 * journey, and a staff question in every group of clauses, so that a draw can cover them all.
 */
export function checkQuizCanBeDrawn(
	file: string,
	problems: ProblemList,
	questions: Question[],
	policy: Policy,
	setting: Setting
) {
	const pool = questions.filter(isForStaff);
	for (const [journey, size] of Object.entries(setting.course.quizQuestions)) {
		if (pool.length < size) {
			problems.add(
				file,
				`the ${journey} quiz needs ${size} questions for staff, but the bank has ${pool.length}`
			);
		}
	}
	const groupOf = groupsByClause(policy);
	const groupsAsked = new Set(pool.flatMap((question) => question.clauses.map(groupOf)));
	for (const group of policy.groups) {
		if (!groupsAsked.has(group.id)) {
			problems.add(file, `no question for staff assesses a clause of the group ${group.id}`);
		}
	}
}

/** The group of each clause, as a function, for drawing questions that cover every group. */
export function groupsByClause(policy: Pick<Policy, 'clauses'>): (clauseId: string) => string {
	const groups = new Map(policy.clauses.map((clause) => [clause.id, clause.group]));
	return (clauseId) => groups.get(clauseId) ?? clauseId;
}
