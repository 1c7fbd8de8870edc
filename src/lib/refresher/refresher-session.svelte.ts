import type { Audience } from '$lib/content/audience';
import { newSeed } from '$lib/quiz/seeded-random';
import type { CourseRecords } from '$lib/records/course-records.svelte';
import { drawRefresherScenarios } from './refresher-draw';
import {
	REFRESHER_DRAFT,
	finishedInRound,
	newRound,
	parseRound,
	type RefresherRound
} from './refresher-round';

type RefresherRecords = Pick<CourseRecords, 'loadDraft' | 'saveDraft' | 'progress' | 'learner'>;

/**
 * One learner's round of the refresher: the scenarios drawn for them, kept so that a reload or a
 * later visit shows the same ones, and how many of them are finished in this round. A guest's
 * round is kept once they act on it (open one of its situations, or draw again): a first visit
 * that only looks then never downloads the storage library to keep a draw nobody used.
 */
export class RefresherSession<S extends { id: string; audience: Audience }> {
	readonly #records: RefresherRecords;
	readonly #scenarios: readonly S[];
	readonly #count: number;
	/** Counts the openings, so that a learner's round never shows after another learner's opening. */
	#opening = 0;
	// Raw: a round is replaced, never changed, and storage needs the plain object, not a proxy.
	round: RefresherRound | undefined = $state.raw();
	/** The round drawn could not be kept on this device: a reload will draw another. */
	unsaved = $state(false);
	#kept = false;
	readonly drawn: S[];
	readonly finished: number;

	constructor(records: RefresherRecords, scenarios: readonly S[], count: number) {
		this.#records = records;
		this.#scenarios = scenarios;
		this.#count = count;
		this.drawn = $derived(
			this.round ? drawRefresherScenarios(this.#scenarios, this.#count, this.round.seed) : []
		);
		this.finished = $derived(this.drawn.filter((scenario) => this.isFinished(scenario.id)).length);
	}

	/** Finished since this round began, rather than in an earlier year. */
	isFinished(scenarioId: string): boolean {
		const finishedAt = this.#records.progress?.scenarios[scenarioId]?.finishedAt;
		return this.round !== undefined && finishedInRound(finishedAt, this.round);
	}

	/** Shows the current learner's round, or draws one when none is stored (or it is damaged). */
	async open(): Promise<void> {
		const opening = ++this.#opening;
		this.round = undefined;
		let stored: unknown;
		try {
			stored = await this.#records.loadDraft(REFRESHER_DRAFT);
		} catch {
			stored = undefined;
		}
		if (opening !== this.#opening) return;
		const round = parseRound(stored);
		if (round) {
			this.round = round;
			this.#kept = true;
		} else {
			this.#draw();
			if (this.#records.learner) await this.keep();
		}
	}

	async drawAgain(): Promise<void> {
		this.#draw();
		await this.keep();
	}

	/** Keeps the round shown on this device, if it is not kept already. */
	async keep(): Promise<void> {
		const round = this.round;
		if (!round || this.#kept) return;
		try {
			await this.#records.saveDraft(REFRESHER_DRAFT, round);
			this.#kept = true;
			this.unsaved = false;
		} catch {
			this.unsaved = true;
		}
	}

	#draw() {
		this.round = newRound(newSeed());
		this.#kept = false;
	}
}
