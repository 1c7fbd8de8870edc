import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isForParents, isForStaff } from '$lib/content/audience';
import { READING_WORDS_PER_MINUTE, inductionTime } from '$lib/journeys/course-time';
import { inductionOutline } from '$lib/journeys/induction-outline';
import { refresherPlan } from '$lib/refresher/refresher-plan';
import { encodeSuspendData } from '$lib/scorm/suspend-data';
import { projectCourse } from './project-course';
import { wholeCourseWithQuizInProgress } from './scorm/whole-course-state';

// The numbers the READMEs state about the course, read back from their own words, so that a
// change to the course that makes one untrue fails here instead of going stale unnoticed.
// Lines wrap anywhere in Markdown: read the text as one line.
const readme = readFileSync('README.md', 'utf8').replace(/\s+/g, ' ');
const { lessons, scenarios, setting } = projectCourse;

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen'];
const MORE = [...TEENS, 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty'];

/** A number as the README writes it in words: "nine", "fourteen", "twenty-eight". */
function numberWord(n: number): string {
	if (n < 10) return WORDS[n]!;
	if (n < 20) return MORE[n - 10]!;
	const [tens, units] = [Math.floor(n / 10), n % 10];
	return units === 0 ? TENS[tens]! : `${TENS[tens]}-${WORDS[units]}`;
}

/** The one match of `pattern` in `text`, or a failure that says what was not found. */
function stated(text: string, pattern: RegExp): string[] {
	const match = pattern.exec(text);
	expect(match, `the README says ${pattern}`).not.toBeNull();
	return match!.slice(1);
}

describe('what the README says about the course', () => {
	it('counts the lessons and scenarios there are', () => {
		const [lessonCount, scenarioCount, staff, parents] = stated(
			readme,
			/It has ([\w-]+) short lessons written from the policy, ([\w-]+) "what would you do\?" scenarios \(([\w-]+) for staff and ([\w-]+) for families\)/
		);
		expect(lessonCount).toBe(numberWord(lessons.length));
		expect(scenarioCount).toBe(numberWord(scenarios.length));
		expect(staff).toBe(numberWord(scenarios.filter(isForStaff).length));
		expect(parents).toBe(numberWord(scenarios.filter(isForParents).length));
	});

	it("gives the quiz's size and pass mark as lessons/setting.yaml sets them", () => {
		const [questions, passMark] = stated(readme, /The quiz \((\d+) questions, (\d+)% to pass\)/);
		expect(Number(questions)).toBe(setting.course.quizQuestions.induction);
		expect(Number(passMark)).toBe(setting.course.passMark);
		const [mastery] = stated(
			readme,
			/a mastery score equal to the quiz's pass mark \(`passMark`, (\d+)\)/
		);
		expect(Number(mastery)).toBe(setting.course.passMark);
		const [gradeToPass] = stated(readme, /"Grade to pass" to the pass mark \((\d+)\)/);
		expect(Number(gradeToPass)).toBe(setting.course.passMark);
	});

	it("gives the certificate's life, the reminder and the refresher as setting.yaml sets them", () => {
		const { certificateMonths, reminderDays, quizQuestions, refresherScenarios } = setting.course;
		const [months] = stated(readme, /a pass gives a certificate valid for (\d+) months/);
		expect(Number(months)).toBe(certificateMonths);
		const [days] = stated(readme, /From (\d+) days before a certificate expires/);
		expect(Number(days)).toBe(reminderDays);
		const [scenarioCount, questions] = stated(
			readme,
			/([\w-]+) staff scenarios drawn afresh, and a (\d+)-question quiz/
		);
		expect(scenarioCount).toBe(numberWord(refresherScenarios));
		expect(Number(questions)).toBe(quizQuestions.refresher);
	});

	it('gives the saved progress an LMS keeps to within a tenth', () => {
		const state = wholeCourseWithQuizInProgress();
		const oneQuiz = { ...state, quizDrafts: { induction: state.quizDrafts.induction } };
		const [said] = stated(
			readme,
			/about ([\d,]+) characters for the whole course with a quiz in progress/
		);
		const measured = encodeSuspendData(oneQuiz).length;
		expect(Math.abs(Number(said!.replace(',', '')) - measured) / measured).toBeLessThan(0.1);
	});
});

describe('what the README says about how long the journeys take', () => {
	it("gives the induction's time as the course estimates it, from the rate it states", () => {
		const [minutes, rate] = stated(
			readme,
			/About (\d+) minutes for a careful reader, in as many sittings as you like: each lesson's stated reading time, each induction scenario's longest way through read at (\d+) words a minute/
		);
		expect(Number(minutes)).toBe(
			inductionTime(projectCourse, inductionOutline(projectCourse)).minutes
		);
		expect(Number(rate)).toBe(READING_WORDS_PER_MINUTE);
	});

	it("gives the refresher's time as its plan estimates it", () => {
		const [minutes] = stated(readme, /quiz for a new certificate\. About (\d+) minutes\./);
		expect(Number(minutes)).toBe(refresherPlan(projectCourse).minutes);
	});
});
