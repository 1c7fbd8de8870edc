import { ProblemList } from './content-error.ts';
import type { Course } from './course-model.ts';
import { POLICY_FILE, QUIZ_FILE, SETTING_FILE, type ContentFiles } from './content-files.ts';
import { readDecisions, type Decision } from './decisions.ts';
import { checkInductionScenarios } from './induction-scenarios.ts';
import { readLessons, type Lesson } from './lesson.ts';
import { readPolicy, type Policy } from './policy.ts';
import { checkQuizCanBeDrawn, readQuestions, type Question } from './quiz.ts';
import { scoredQuestions } from './scored-questions.ts';
import { checkRequestMarks, withRequests } from './requests.ts';
import { readScenarios, type Scenario, type ScenarioEnding } from './scenario.ts';
import { settingSchema, type Setting } from './setting.ts';
import { readLanguages } from './translation/language.ts';
import { YamlSource, readYamlFile } from './yaml-source.ts';

// Vite loads the config again for the server's bundle, so one `vite build` would read the course
// twice before SvelteKit's analyse and prerender threads read it once each: one course per content
// per thread.
const BUILT = Symbol.for('social-networking-course.built');
const shared = globalThis as typeof globalThis & Record<symbol, Map<string, Course> | undefined>;
const built = (shared[BUILT] ??= new Map<string, Course>());

/**
 * Builds the course from the files in lessons/. Throws a ContentError naming every file, line and
 * problem, so that a broken edit stops the build with a message an author can act on. The same
 * files give the same course, built once.
 */
export function buildCourse(files: ContentFiles): Course {
	const content = JSON.stringify(Object.entries(files).sort(([a], [b]) => a.localeCompare(b)));
	const known = built.get(content);
	if (known) return known;
	const course = readCourse(files);
	built.set(content, course);
	return course;
}

function readCourse(files: ContentFiles): Course {
	const problems = new ProblemList();
	const setting = readSetting(files, problems);
	const languages = readLanguages(files, problems, setting?.languages ?? []);
	const policy = readPolicy(files, problems, setting?.name ?? '');
	const clauseIds = new Set(policy?.clauses.map((clause) => clause.id));
	const lessons = readLessons(files, problems, clauseIds);
	const beforeScenarios = problems.items.length;
	const scenarios = readScenarios(files, problems, clauseIds, lessons);
	// A scenario that failed to read would look unknown to the lessons that name it.
	if (problems.items.length === beforeScenarios) {
		checkInductionScenarios(files, problems, lessons, scenarios);
	}
	const questions = readQuiz(files, problems, clauseIds);
	const decisions = readDecisions(files, problems, {
		lessons: new Set(lessons.map((lesson) => lesson.slug)),
		scenarios: new Set(scenarios.map((scenario) => scenario.id)),
		questions: new Set(questions.map((question) => question.id))
	});
	checkRequestMarks(files, decisions, problems);
	// A lesson or question that failed to read would make its clauses look untaught or unassessed:
	// report coverage once the rest is sound.
	if (policy && setting && problems.items.length === 0) {
		checkEveryClauseIsTaught(files, problems, policy, lessons);
		const scored = scoredQuestions(questions, decisions);
		checkEveryClauseIsAssessed(problems, policy, scored);
		checkQuizCanBeDrawn(QUIZ_FILE, problems, scored, policy, setting);
	}
	problems.throwIfAny();
	return {
		setting: setting!,
		policy: policy!,
		lessons: lessons.map((lesson) => ({
			...lesson,
			forParents: lesson.forParents.map((point) => withRequests(point, decisions))
		})),
		scenarios: scenarios.map((scenario) => scenarioWithRequests(scenario, decisions)),
		questions,
		decisions,
		languages
	};
}

// Requests go in what an ending says: a scenario's situation and choices set the scene.
function scenarioWithRequests(scenario: Scenario, decisions: Decision[]): Scenario {
	const endings = Object.entries(scenario.endings).map(([id, ending]): [string, ScenarioEnding] => [
		id,
		{
			...ending,
			happened: withRequests(ending.happened, decisions),
			why: withRequests(ending.why, decisions)
		}
	]);
	return { ...scenario, endings: Object.fromEntries(endings) };
}

function readSetting(files: ContentFiles, problems: ProblemList): Setting | undefined {
	return readYamlFile(files, SETTING_FILE, problems)?.validate(settingSchema, problems);
}

function checkEveryClauseIsTaught(
	files: ContentFiles,
	problems: ProblemList,
	policy: Policy,
	lessons: Lesson[]
) {
	const taught = new Set(lessons.flatMap((lesson) => lesson.clauses));
	const source = new YamlSource(POLICY_FILE, files[POLICY_FILE] ?? '', new ProblemList());
	policy.clauses.forEach((clause, index) => {
		if (!taught.has(clause.id)) {
			problems.add(
				POLICY_FILE,
				`clause ${clause.id} is taught by no lesson: add it to the clauses of the lesson that teaches it`,
				source.lineOf(['clauses', index])
			);
		}
	});
}

function readQuiz(files: ContentFiles, problems: ProblemList, clauseIds: Set<string>) {
	const source = readYamlFile(files, QUIZ_FILE, problems);
	return source ? readQuestions(source, problems, clauseIds) : [];
}

function checkEveryClauseIsAssessed(problems: ProblemList, policy: Policy, questions: Question[]) {
	const assessed = new Set(questions.flatMap((question) => question.clauses));
	for (const clause of policy.clauses) {
		if (!assessed.has(clause.id)) {
			problems.add(
				QUIZ_FILE,
				`clause ${clause.id} is assessed by no scored question: add it to the clauses of a question for staff that tests it (a question that meets an undecided open question is not scored)`
			);
		}
	}
}
