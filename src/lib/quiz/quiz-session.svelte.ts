import { createActor, type Actor, type SnapshotFrom } from 'xstate';
import type { Certificate, CourseRecords, Journey } from '$lib/records/course-records.svelte';
import { draftOf, parseDraft, quizDraftKey } from './quiz-draft';
import { resumeQuiz } from './quiz-resume';
import { quizMachine, type QuizEvent, type QuizFinished, type QuizInput } from './quiz-machine';
import { newSeed } from './seeded-random';

export type QuizSnapshot = SnapshotFrom<typeof quizMachine>;
type QuizRecords = Pick<
	CourseRecords,
	'loadDraft' | 'saveDraft' | 'clearDraft' | 'recordQuizAttempt'
>;

/**
 * One learner's quiz on one journey: the running machine, its snapshot for the page to render,
 * and the saving that lets an attempt survive a reload and records it when it is finished.
 */
export class QuizSession {
	snapshot: QuizSnapshot = $state.raw()!;
	/** How the writing of a finished attempt to the learner's records is going. */
	recording: 'idle' | 'saving' | 'saved' | 'failed' = $state('idle');
	/** The certificate a pass earned, once it is recorded. */
	certificate: Certificate | undefined = $state();
	readonly resumed: boolean;
	readonly #actor: Actor<typeof quizMachine>;
	readonly #journey: Journey;
	readonly #records: QuizRecords;
	readonly #draftKey: string;
	#writes: Promise<void> = Promise.resolve();

	private constructor(
		actor: Actor<typeof quizMachine>,
		journey: Journey,
		records: QuizRecords,
		resumed: boolean
	) {
		this.#actor = actor;
		this.#journey = journey;
		this.#records = records;
		this.resumed = resumed;
		this.#draftKey = quizDraftKey(journey);
		this.snapshot = actor.getSnapshot();
		actor.subscribe((snapshot) => {
			this.snapshot = snapshot;
			this.#save(snapshot);
		});
		actor.on('quiz.finished', (finished) => this.#record(finished));
	}

	/** Carries on with the learner's unfinished attempt, if there is one that still fits the bank. */
	static async open(
		records: QuizRecords,
		journey: Journey,
		rules: Omit<QuizInput, 'seed'>
	): Promise<QuizSession> {
		const draft = parseDraft(await records.loadDraft(quizDraftKey(journey)));
		const resumed = draft && resumeQuiz(rules, draft);
		const actor =
			resumed ?? createActor(quizMachine, { input: { ...rules, seed: newSeed() } }).start();
		return new QuizSession(actor, journey, records, resumed !== undefined);
	}

	send(event: QuizEvent): void {
		this.#actor.send(event);
	}

	retake(): void {
		this.recording = 'idle';
		this.certificate = undefined;
		this.#actor.send({ type: 'quiz.retake', seed: newSeed() });
	}

	stop(): void {
		this.#actor.stop();
	}

	/**
	 * Writes one at a time, in order, so that an older draft never overwrites a newer one. A draft
	 * that cannot be saved costs only the chance to resume, so the attempt goes on regardless.
	 */
	#queue(write: () => Promise<void>, onFailure = () => {}) {
		this.#writes = this.#writes.then(write).catch(onFailure);
	}

	#save(snapshot: QuizSnapshot) {
		const draft = draftOf(snapshot);
		if (draft) this.#queue(() => this.#records.saveDraft(this.#draftKey, draft));
		else if (snapshot.matches('result'))
			this.#queue(() => this.#records.clearDraft(this.#draftKey));
	}

	#record({ seed, questionIds, score }: QuizFinished) {
		this.recording = 'saving';
		this.#queue(
			async () => {
				this.certificate = await this.#records.recordQuizAttempt({
					journey: this.#journey,
					seed,
					questionIds,
					correct: score.correct,
					total: score.total,
					passMark: score.passMark
				});
				this.recording = 'saved';
			},
			() => (this.recording = 'failed')
		);
	}
}
