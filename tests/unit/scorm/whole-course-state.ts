import type { QuizDraft } from '$lib/quiz/quiz-draft';
import type { ResumeState } from '$lib/scorm/suspend-data';
import { projectCourse } from '../project-course';

const byLength = (a: string, b: string) => b.length - a.length;

/** The longest value the project's course can produce: every step done and a quiz nearly over. */
export function wholeCourseWithQuizInProgress(): ResumeState {
	const size = projectCourse.setting.course.quizQuestions.induction;
	const questions = [...projectCourse.questions]
		.sort((a, b) => byLength(a.id, b.id))
		.slice(0, size);
	const everyOption = (index: number) => questions[index]!.options.map((_, option) => option);
	const draft: QuizDraft = {
		version: 1,
		seed: 4_294_967_295,
		questionIds: questions.map((question) => question.id),
		answers: questions.slice(0, size - 1).map((_, index) => everyOption(index)),
		selection: everyOption(size - 1),
		stage: 'question'
	};
	return {
		lessonsRead: projectCourse.lessons.map((lesson) => lesson.slug),
		scenarios: Object.fromEntries(
			projectCourse.scenarios.map((scenario) => [
				scenario.id,
				{ endingId: Object.keys(scenario.endings).sort(byLength)[0]!, outcome: 'breaches' }
			])
		),
		quizDrafts: { induction: draft, refresher: { ...draft, stage: 'feedback' } },
		bestAttempts: {
			induction: { correct: 11, total: size, passMark: 80 },
			refresher: { correct: 10, total: 10, passMark: 80 }
		}
	};
}
