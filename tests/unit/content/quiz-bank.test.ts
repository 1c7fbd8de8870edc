import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { checkLessonsFolder } from '../../../tools/content/check-lessons-folder';
import { ProblemList } from '$lib/content/content-error';
import { buildCourse } from '$lib/content/build-course';
import { isForStaff } from '$lib/content/audience';
import { DECISIONS_FILE, QUIZ_FILE } from '$lib/content/content-files';
import { awaitsDecision } from '$lib/content/scored-questions';
import { quizPool } from '$lib/quiz/quiz-pool';
import { checkQuizCanBeDrawn, type Question } from '$lib/content/quiz';
import { coverageOf } from '$lib/content/coverage';
import { projectCourse, projectFiles } from '../project-course';
import { problemsOf } from './fixture-course';

const bank = projectFiles[QUIZ_FILE]!.replace(/\n*$/, '\n');
const bankLines = bank.split('\n').length - 1;

/** The project's bank with one question from tests/unit/fixtures/quiz/ added at its end. */
function bankWith(name: string) {
	const question = readFileSync(new URL(`fixtures/quiz/${name}.yaml`, import.meta.url), 'utf8')
		.split('\n')
		.map((line) => (line ? `  ${line}` : line))
		.join('\n');
	return { ...projectFiles, [QUIZ_FILE]: bank + question };
}

describe('the question bank in lessons/quiz.yaml', () => {
	const questions = projectCourse.questions;

	it('has at least 60 questions, a quarter of them situations', () => {
		expect(questions.length).toBeGreaterThanOrEqual(60);
		const situations = questions.filter((question) => question.kind === 'situation');
		expect(situations.length * 4).toBeGreaterThanOrEqual(questions.length);
	});

	it('assesses every clause with at least one question', () => {
		const unassessed = coverageOf(projectCourse)
			.filter((row) => row.questions.length === 0)
			.map((row) => row.clause.id);
		expect(unassessed).toEqual([]);
	});

	it('uses every kind of question', () => {
		expect(new Set(questions.map((question) => question.kind))).toEqual(
			new Set(['single', 'multiple', 'true-false', 'situation'])
		);
	});
});

describe('a broken question stops the build, naming the file, line and question', () => {
	// Lines count from the fixture question's first line; a problem with its options points at the first.
	it.each([
		[
			'no-correct-option',
			7,
			'question broken-no-correct-option has no correct option: mark the right one with correct: true'
		],
		[
			'two-correct-single',
			7,
			'question broken-two-correct is a single question with 2 correct options: mark only one, or make it kind multiple'
		],
		[
			'unknown-clause',
			4,
			'question broken-unknown-clause cites unknown clause id report-to-the-dsl'
		],
		['duplicate-id', 1, 'question who-the-policy-covers has an id used by an earlier question'],
		['one-option', 7, 'question broken-one-option options: must have at least 2'],
		['missing-feedback', 10, 'question broken-missing-feedback options.1.feedback: is missing'],
		[
			'situation-without-scene',
			1,
			'question broken-situation-without-scene situation: is needed for a situation question, and only for one'
		],
		[
			'true-false-options',
			7,
			"question broken-true-false-options must have exactly two options, 'True' then 'False'"
		]
	])('%s', (name, line, message) => {
		expect(problemsOf(bankWith(name))).toEqual([`${QUIZ_FILE}:${bankLines + line}: ${message}`]);
	});

	it('names a question without an id by its place in the list', () => {
		const files = bankWith('one-option');
		files[QUIZ_FILE] = files[QUIZ_FILE].replace('- id: broken-one-option\n    kind:', '- kind:');
		const [problem] = problemsOf(files);
		expect(problem).toMatch(
			new RegExp(`: question ${projectCourse.questions.length + 1} \\(no id\\) `)
		);
	});

	it('reads an unquoted True or False as the words', () => {
		const files = bankWith('unknown-clause');
		files[QUIZ_FILE] = files[QUIZ_FILE].replace(
			"text: 'True'\n        correct: true\n        feedback: Right.",
			'text: True\n        correct: true\n        feedback: Right.'
		);
		expect(problemsOf(files)).toEqual([
			expect.stringMatching(
				/: question broken-unknown-clause cites unknown clause id report-to-the-dsl$/
			)
		]);
	});
});

describe('the bank as a whole', () => {
	it('must assess every clause', () => {
		const file = parse(bank) as { questions: Question[] };
		file.questions = file.questions.filter(
			(question) => !question.clauses.includes('photo-device-policy')
		);
		expect(problemsOf({ ...projectFiles, [QUIZ_FILE]: stringify(file) })).toEqual([
			`${QUIZ_FILE}: clause photo-device-policy is assessed by no scored question: add it to the clauses of a question for staff that tests it (a question that meets an undecided open question is not scored)`
		]);
	});

	it('must exist', () => {
		const files = { ...projectFiles };
		delete files[QUIZ_FILE];
		expect(problemsOf(files)).toContain(`${QUIZ_FILE}: is missing`);
	});

	it('must hold enough staff questions, in every group, for the quizzes the setting asks for', () => {
		const { policy, setting } = projectCourse;
		const staffQuestion = projectCourse.questions.find(
			(question) => question.id === 'who-the-policy-covers'
		)!;
		const parentsQuestion = { ...staffQuestion, id: 'for-parents', audience: 'parents' as const };
		const problems = new ProblemList();
		checkQuizCanBeDrawn(QUIZ_FILE, problems, [staffQuestion, parentsQuestion], policy, setting);
		const messages = problems.items.map((problem) => problem.message);
		expect(messages).toContain(
			'the induction quiz needs 15 questions for staff, but the bank has 1'
		);
		expect(messages).toContain(
			'the refresher quiz needs 10 questions for staff, but the bank has 1'
		);
		expect(messages).toContain('no question for staff assesses a clause of the group friendships');
		expect(messages).not.toContain(
			'no question for staff assesses a clause of the group scope-and-law'
		);
	});
});

describe('questions that wait for the setting', () => {
	const { pool } = quizPool(projectCourse);
	const inPool = new Set(pool.map((question) => question.id));
	const waiting = projectCourse.questions.filter((question) =>
		awaitsDecision(question, projectCourse.decisions)
	);

	it('leaves out of the scored pool every question that meets an undecided open question', () => {
		expect(waiting.map((question) => question.id)).toContain('helping-with-closed-page');
		for (const question of waiting) expect(inPool.has(question.id)).toBe(false);
		const others = projectCourse.questions.filter(
			(question) => isForStaff(question) && !waiting.includes(question)
		);
		expect(pool).toEqual(others);
	});

	it('scores such a question once the DSL records the decision', () => {
		const decided = projectFiles[DECISIONS_FILE]!.replace(
			/(- id: photo-ban-and-closed-page[\s\S]*?)answer: ''\n {4}decidedBy: ''\n {4}decidedOn: ''/,
			'$1answer: Staff help on the page as the Lead Practitioner asks.\n    decidedBy: A. Patel, DSL\n    decidedOn: 2026-12-01'
		);
		expect(decided).not.toBe(projectFiles[DECISIONS_FILE]);
		const course = buildCourse({ ...projectFiles, [DECISIONS_FILE]: decided });
		expect(quizPool(course).pool.map((question) => question.id)).toContain(
			'helping-with-closed-page'
		);
	});

	it('does not count as assessing a clause, in the build or on the coverage page', () => {
		const waitingFor = projectFiles[DECISIONS_FILE]!.replace(
			'questions: [helping-with-closed-page]',
			'questions: [helping-with-closed-page, outing-photos-on-your-phone]'
		);
		expect(problemsOf({ ...projectFiles, [DECISIONS_FILE]: waitingFor })).toEqual([
			`${QUIZ_FILE}: clause photo-device-policy is assessed by no scored question: add it to the clauses of a question for staff that tests it (a question that meets an undecided open question is not scored)`
		]);
		const assessing = coverageOf(projectCourse).flatMap((row) =>
			row.questions.map((question) => question.id)
		);
		for (const question of waiting) expect(assessing).not.toContain(question.id);
	});
});

describe('npm run check', () => {
	it('reports the item check on the shipped bank, which passes it', () => {
		const result = checkLessonsFolder(process.cwd());
		expect(result.ok).toBe(true);
		expect(result.items?.[0]).toMatch(/^Item check over \d+ single-answer questions: key longest/);
		expect(result.items).toContainEqual(
			expect.stringMatching(/^ {2}lessons\/quiz\.yaml: helping-with-closed-page: key /)
		);
	});

	it('fails a bank whose keys give themselves away, and says what to change', () => {
		const file = parse(bank) as { questions: Question[] };
		for (const question of file.questions) {
			if (question.kind === 'multiple' || question.kind === 'true-false') continue;
			const key = question.options.find((option) => option.correct)!;
			key.text = `${key.text} Then tell the DSL, as the policy asks, and say so politely.`;
			question.options = [key, ...question.options.filter((option) => option !== key)];
		}
		const root = mkdtempSync(join(tmpdir(), 'quiz-check-'));
		try {
			cpSync(join(process.cwd(), 'lessons'), join(root, 'lessons'), { recursive: true });
			writeFileSync(join(root, QUIZ_FILE), stringify(file));
			const result = checkLessonsFolder(root);
			expect(result.ok).toBe(false);
			if (result.ok) return;
			expect(result.problems).toEqual([
				expect.stringMatching(
					/^lessons\/quiz\.yaml: the key is the longest option in \d+% of single-answer questions \(limit 35%\): shorten the key/
				),
				expect.stringMatching(
					/^lessons\/quiz\.yaml: the key is the first option in \d+% of single-answer questions \(limit 40%\)/
				),
				expect.stringMatching(
					/^lessons\/quiz\.yaml: the key is the only option with a cue word in \d+% of single-answer questions \(limit 20%\)/
				)
			]);
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});

	it('reports a broken question with its file, line and id', () => {
		const root = mkdtempSync(join(tmpdir(), 'quiz-check-'));
		try {
			cpSync(join(process.cwd(), 'lessons'), join(root, 'lessons'), { recursive: true });
			writeFileSync(join(root, QUIZ_FILE), bankWith('no-correct-option')[QUIZ_FILE]);
			expect(checkLessonsFolder(root)).toEqual({
				ok: false,
				problems: [
					`${QUIZ_FILE}:${bankLines + 7}: question broken-no-correct-option has no correct option: mark the right one with correct: true`
				]
			});
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});
});
