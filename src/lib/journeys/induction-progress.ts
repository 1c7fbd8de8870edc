import { resolve } from '$app/paths';
import type { LearnerProgress } from '$lib/records/storage/record-schema';

/** What the induction asks of one lesson: reading it, and finishing each of its scenarios. */
export interface LessonOutline {
	slug: string;
	title: string;
	scenarios: { id: string; title: string }[];
}

export interface LessonProgress extends LessonOutline {
	read: boolean;
	scenariosFinished: string[];
	done: boolean;
}

/** Where the learner should go next: a lesson to read, a scenario to finish, or the quiz. */
export type NextStep =
	| { kind: 'lesson'; slug: string; title: string }
	| { kind: 'scenario'; id: string; title: string; lessonTitle: string }
	| { kind: 'quiz' };

export interface InductionProgress {
	lessons: LessonProgress[];
	/** Steps done and in all: each lesson read and each scenario finished is one step. */
	stepsDone: number;
	steps: number;
	percent: number;
	/** The quiz opens once every lesson is read and every scenario finished. */
	quizOpen: boolean;
	next: NextStep;
}

type Done = Pick<LearnerProgress, 'lessonsRead' | 'scenarios'>;

/** How far a learner is through the induction, in course order. */
export function inductionProgress(
	outline: LessonOutline[],
	progress: Done | undefined
): InductionProgress {
	const read = new Set(progress?.lessonsRead ?? []);
	const finished = new Set(Object.keys(progress?.scenarios ?? {}));
	const lessons = outline.map((lesson): LessonProgress => {
		const scenariosFinished = lesson.scenarios.map((s) => s.id).filter((id) => finished.has(id));
		const isRead = read.has(lesson.slug);
		return {
			...lesson,
			read: isRead,
			scenariosFinished,
			done: isRead && scenariosFinished.length === lesson.scenarios.length
		};
	});
	const steps = lessons.reduce((total, lesson) => total + 1 + lesson.scenarios.length, 0);
	const stepsDone = lessons.reduce(
		(total, lesson) => total + (lesson.read ? 1 : 0) + lesson.scenariosFinished.length,
		0
	);
	return {
		lessons,
		stepsDone,
		steps,
		percent: steps === 0 ? 100 : Math.round((stepsDone / steps) * 100),
		quizOpen: lessons.every((lesson) => lesson.done),
		next: nextStep(lessons)
	};
}

/** A step of the induction the learner is on: a lesson page or a scenario. */
export type Place = { kind: 'lesson'; slug: string } | { kind: 'scenario'; id: string };

/**
 * Where the induction goes on from `here`, once it is done: the first step not yet done after it
 * in course order, else one skipped before it, else the quiz. `here` counts as done, since its
 * record may still be on its way to storage. Undefined where the induction has no such step (a
 * scenario for parents).
 */
export function nextStepAfter(induction: InductionProgress, here: Place): NextStep | undefined {
	const steps = induction.lessons.flatMap((lesson): { step: NextStep; done: boolean }[] => [
		{
			step: { kind: 'lesson', slug: lesson.slug, title: lesson.title },
			done: lesson.read
		},
		...lesson.scenarios.map((scenario) => ({
			step: { kind: 'scenario' as const, ...scenario, lessonTitle: lesson.title },
			done: lesson.scenariosFinished.includes(scenario.id)
		}))
	]);
	const at = steps.findIndex(({ step }) =>
		here.kind === 'lesson'
			? step.kind === 'lesson' && step.slug === here.slug
			: step.kind === 'scenario' && step.id === here.id
	);
	if (at === -1) return undefined;
	const onward = [...steps.slice(at + 1), ...steps.slice(0, at)];
	return onward.find(({ done }) => !done)?.step ?? { kind: 'quiz' };
}

function nextStep(lessons: LessonProgress[]): NextStep {
	for (const lesson of lessons) {
		if (!lesson.read) return { kind: 'lesson', slug: lesson.slug, title: lesson.title };
		const scenario = lesson.scenarios.find((s) => !lesson.scenariosFinished.includes(s.id));
		if (scenario) return { kind: 'scenario', ...scenario, lessonTitle: lesson.title };
	}
	return { kind: 'quiz' };
}

/** Where a next step of the induction is: its lesson, its scenario, or the induction quiz. */
export function nextStepHref(next: NextStep): string {
	switch (next.kind) {
		case 'lesson':
			return resolve('/lessons/[slug]', { slug: next.slug });
		case 'scenario':
			return resolve('/scenarios/[id]', { id: next.id });
		case 'quiz':
			return resolve('/quiz/[journey]', { journey: 'induction' });
	}
}
