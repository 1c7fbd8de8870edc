import { describe, expect, it } from 'vitest';
import { buildCourse } from '$lib/content/build-course';
import { decisionRows, settingPlaceholders } from '$lib/content/decision-report';
import {
	decisionsMeeting,
	isDecided,
	openQuestionsOfQuestions,
	whoToAsk
} from '$lib/content/decisions';
import { fixtureCourse, problemsOf } from './fixture-course';

const FILE = 'lessons/decisions.yaml';

function withDecisions(yaml: string) {
	return { ...fixtureCourse(), [FILE]: yaml };
}

const OPEN = `decisions:
  - id: before-joining
    question: A friendship from before the child joined?
    meets:
      lessons: [friends]
      questions: [question-2]
  - id: saying-no-kindly
    question: How to say no kindly?
    meets:
      lessons: [friends, saying-no]
    answer: Say it is the policy, and smile.
    decidedBy: A. Patel, DSL
    decidedOn: 2026-09-01
`;

describe('the setting decisions file', () => {
	it('is optional: a course without it has no open questions', () => {
		expect(buildCourse(fixtureCourse()).decisions).toEqual([]);
	});

	it('reads each question with what it meets, empty answers meaning undecided', () => {
		const { decisions } = buildCourse(withDecisions(OPEN));
		expect(decisions.map((decision) => [decision.id, isDecided(decision)])).toEqual([
			['before-joining', false],
			['saying-no-kindly', true]
		]);
		expect(decisions[0]!.meets).toEqual({
			lessons: ['friends'],
			scenarios: [],
			questions: ['question-2']
		});
		expect(decisions[1]!.decidedOn).toBe('2026-09-01');
	});

	it('finds the questions a lesson or a quiz question meets', () => {
		const { decisions } = buildCourse(withDecisions(OPEN));
		expect(decisionsMeeting(decisions, { lesson: 'saying-no' }).map((d) => d.id)).toEqual([
			'saying-no-kindly'
		]);
		expect(decisionsMeeting(decisions, { question: 'question-2' }).map((d) => d.id)).toEqual([
			'before-joining'
		]);
		expect(decisionsMeeting(decisions, { scenario: 'anything' })).toEqual([]);
	});

	it('gives the quiz only the open questions its questions meet, without what else they meet', () => {
		const { decisions } = buildCourse(withDecisions(OPEN));
		expect(openQuestionsOfQuestions(decisions, ['question-1', 'question-2'])).toEqual({
			'question-2': [
				{
					id: 'before-joining',
					question: 'A friendship from before the child joined?',
					answer: '',
					decidedBy: '',
					decidedOn: ''
				}
			]
		});
	});

	it('names an unknown lesson, scenario or question with its line', () => {
		const broken = OPEN.replace('lessons: [friends]', 'lessons: [friend]').replace(
			'questions: [question-2]',
			'questions: [question-99]\n      scenarios: [no-such-scenario]'
		);
		expect(problemsOf(withDecisions(broken))).toEqual([
			`${FILE}:5: decision before-joining meets an unknown lesson: friend`,
			`${FILE}:7: decision before-joining meets an unknown scenario: no-such-scenario`,
			`${FILE}:6: decision before-joining meets an unknown quiz question: question-99`
		]);
	});

	it('rejects a bad id and a misspelt field', () => {
		const broken = OPEN.replace('id: before-joining', 'id: Before Joining').replace(
			'answer: Say',
			'answr: Say'
		);
		expect(problemsOf(withDecisions(broken))).toEqual([
			`${FILE}:2: decision 1.id: must be lower-case letters, digits and single hyphens`,
			`${FILE}:11: decision 2.answr: unknown field "answr": check its spelling`
		]);
	});

	it('reports a repeated id', () => {
		const repeated = OPEN.replace('id: saying-no-kindly', 'id: before-joining');
		expect(problemsOf(withDecisions(repeated))).toEqual([
			`${FILE}:7: decision before-joining has an id used by an earlier decision`
		]);
	});

	it('asks who decided and when once an answer is written', () => {
		const unsigned = OPEN.replace('    decidedBy: A. Patel, DSL\n', '').replace(
			'decidedOn: 2026-09-01',
			'decidedOn: 1 September'
		);
		expect(problemsOf(withDecisions(unsigned))).toEqual([
			`${FILE}:12: decision 2.decidedOn: must be a date such as 2026-09-01`,
			// A missing field has no line of its own: the decision's line stands for it.
			`${FILE}:7: decision 2.decidedBy: is needed once the answer is written: who decided`
		]);
	});
});

describe("the DSL's page", () => {
	it('lists each question with the lessons and questions it meets, by name, and whether it is decided', () => {
		const rows = decisionRows(buildCourse(withDecisions(OPEN)));
		expect(rows.map((row) => [row.decision.id, row.decided])).toEqual([
			['before-joining', false],
			['saying-no-kindly', true]
		]);
		expect(rows[0]!.lessons).toEqual([{ slug: 'friends', title: 'Friend requests' }]);
		expect(rows[0]!.questions).toEqual([{ id: 'question-2', prompt: 'Statement 2.' }]);
		expect(rows[1]!.lessons.map((lesson) => lesson.slug)).toEqual(['friends', 'saying-no']);
	});

	it("shows the setting's details, with an empty name left empty to fill in", () => {
		const placeholders = settingPlaceholders(buildCourse(fixtureCourse()));
		expect(placeholders.map(({ label, value }) => [label, value])).toEqual([
			['Policy version', '2026'],
			['Policy review date', '2026-09-01'],
			['Designated Safeguarding Lead', ''],
			['Lead Practitioner', '']
		]);
	});
});

describe('who a learner asks', () => {
	it('names the DSL where setting.yaml gives a name, and the role where it does not', () => {
		expect(whoToAsk({ role: 'Designated Safeguarding Lead', name: 'Sam Okafor' })).toBe(
			'Sam Okafor, the Designated Safeguarding Lead'
		);
		expect(whoToAsk({ role: 'Designated Safeguarding Lead', name: '' })).toBe(
			'the Designated Safeguarding Lead'
		);
	});
});
