import type { Journey } from '$lib/journeys/journey';
import {
	inductionProgress,
	type InductionProgress,
	type LessonOutline
} from '$lib/journeys/induction-progress';
import type { LearnerProgress } from '$lib/records/storage/record-schema';

/** What the quiz page shows, once everything it waits for is known. */
export type QuizEntry =
	| { kind: 'quiz' }
	| { kind: 'getting-ready' }
	| { kind: 'choose-learner' }
	| { kind: 'not-loaded' }
	| { kind: 'locked'; induction: InductionProgress }
	| { kind: 'start' };

export interface QuizEntryFacts {
	journey: Journey;
	storage: 'loading' | 'available' | 'unavailable';
	/** The learner taking the quiz, with their progress once it is read. */
	learner: { progress: Pick<LearnerProgress, 'lessonsRead' | 'scenarios'> | undefined } | undefined;
	/** The induction's outline file: it must arrive before the induction quiz can open. */
	outline: { outline: LessonOutline[] | undefined; failed: boolean };
	/** Whether the learner has an unfinished attempt; undefined until their records are read. */
	unfinished: boolean | undefined;
	/** The learner pressed Start. */
	begun: boolean;
}

/**
 * Which of the quiz page's states applies. The induction quiz opens only when the lessons and
 * their scenarios are done; the refresher is for people who have done them before.
 */
export function quizEntry(facts: QuizEntryFacts): QuizEntry {
	const { journey, storage, learner, outline, unfinished, begun } = facts;
	if (learner && (begun || unfinished)) return { kind: 'quiz' };
	if (storage === 'loading') return { kind: 'getting-ready' };
	if (!learner) return { kind: 'choose-learner' };
	if (journey === 'induction') {
		if (!outline.outline) return { kind: outline.failed ? 'not-loaded' : 'getting-ready' };
		if (!learner.progress) return { kind: 'getting-ready' };
		const induction = inductionProgress(outline.outline, learner.progress);
		if (!induction.quizOpen) return { kind: 'locked', induction };
	}
	return unfinished === false ? { kind: 'start' } : { kind: 'getting-ready' };
}

/** The learner's latest pass of this journey's quiz, if any. */
export function lastPassOf(
	progress: LearnerProgress | undefined,
	journey: Journey
): LearnerProgress['quizAttempts'][number] | undefined {
	return progress?.quizAttempts.findLast(
		(attempt) => attempt.journey === journey && attempt.passed
	);
}
