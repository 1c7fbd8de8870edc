import type { Scenario } from '$lib/content/scenario';
import type { CourseRecords } from '$lib/records/course-records.svelte';
import type { ScenarioRun } from './scenario-run.svelte';

export type ScenarioRecords = Pick<
	CourseRecords,
	'connect' | 'loadDraft' | 'saveDraft' | 'clearDraft' | 'recordScenario'
>;

/**
 * Records that keep nothing: a family reading at home plays a scenario without a name, and the
 * device keeps neither their place nor their choices.
 */
export const NOTHING_KEPT: ScenarioRecords = {
	connect: () => Promise.resolve(),
	loadDraft: () => Promise.resolve(undefined),
	saveDraft: () => Promise.resolve(),
	clearDraft: () => Promise.resolve(),
	recordScenario: () => Promise.resolve()
};
type RunModule = typeof import('./scenario-run.svelte');

/** What a step did, for the page to announce: nothing happened, or the learner is somewhere new. */
export type StepResult = 'stepped' | 'ignored';

/**
 * One learner's go at one scenario: the run (XState, downloaded when first needed), the saved
 * place that lets a reload carry on, and the finished scenario recorded in the learner's records.
 * Choices work at once: a choice made before the saved place has been read starts afresh.
 */
export class ScenarioSession {
	run: ScenarioRun | undefined = $state.raw();
	/** The learner carried on from a saved place and has not moved since. */
	resumed = $state(false);
	/**
	 * A saved place was not a way through the scenario as it is now (it changed since, most likely),
	 * so the learner starts again; true until they move.
	 */
	restarted = $state(false);
	/** The learner's place could not be saved on this device. */
	unsaved = $state(false);
	/** The finished scenario could not be written to the learner's records. */
	unrecorded = $state(false);
	/** The run could not be downloaded, so the last choice did nothing. */
	unavailable = $state(false);
	readonly #scenario: Scenario;
	readonly #records: ScenarioRecords;
	readonly #loadRun: () => Promise<RunModule>;
	#starting: Promise<ScenarioRun> | undefined;
	/** A choice waiting for the run to start: a second click meanwhile must not choose again. */
	#choosing = false;
	#moved = false;
	#writes: Promise<void> = Promise.resolve();

	constructor(
		scenario: Scenario,
		records: ScenarioRecords,
		loadRun: () => Promise<RunModule> = () => import('./scenario-run.svelte')
	) {
		this.#scenario = scenario;
		this.#records = records;
		this.#loadRun = loadRun;
	}

	get #draftKey(): string {
		return `scenario:${this.#scenario.id}`;
	}

	/** The id of the node or ending the learner is at. */
	get at(): string {
		return this.run?.at ?? this.#scenario.start;
	}

	get node() {
		return this.#scenario.nodes[this.at];
	}

	get ending() {
		return this.#scenario.endings[this.at];
	}

	get canGoBack(): boolean {
		return this.run?.canGoBack ?? false;
	}

	/** The labels of the choices that led here, in order. */
	get choicesTaken(): string[] {
		const { path = [], choices = [] } = this.run?.snapshot.context ?? {};
		return choices.map(
			(choice, index) => this.#scenario.nodes[path[index] ?? '']?.choices[choice]?.label ?? ''
		);
	}

	/** Looks for the learner's saved place and carries on from it, unless they have already chosen. */
	async open(): Promise<void> {
		try {
			await this.#records.connect();
			const stored = await this.#records.loadDraft(this.#draftKey);
			if (stored === undefined || this.#moved) return;
			const run = await this.#start();
			if (this.#moved) return;
			if (run.resume(stored)) {
				this.resumed = run.canGoBack;
			} else {
				this.restarted = true;
				this.#queue(
					() => this.#records.clearDraft(this.#draftKey),
					() => {}
				);
			}
		} catch {
			// Without storage or the run there is no place to carry on from; the learner starts afresh.
		}
	}

	/** Starts the download as the learner reaches for a choice; a failure shows when they choose. */
	warmUp(): void {
		this.#start().catch(() => {});
	}

	async choose(choice: number): Promise<StepResult> {
		if (this.#choosing) return 'ignored';
		this.#choosing = true;
		let run: ScenarioRun;
		try {
			run = await this.#start();
		} catch {
			this.unavailable = true;
			return 'ignored';
		} finally {
			this.#choosing = false;
		}
		this.unavailable = false;
		run.choose(choice);
		this.#stepped(run);
		const output = run.output;
		if (output) {
			this.#queue(
				() => this.#records.recordScenario({ scenarioId: this.#scenario.id, ...output }),
				(failed) => (this.unrecorded = failed)
			);
		}
		return 'stepped';
	}

	back(): StepResult {
		if (!this.run?.canGoBack) return 'ignored';
		this.run.back();
		this.#stepped(this.run);
		return 'stepped';
	}

	restart(): StepResult {
		if (!this.run?.canGoBack) return 'ignored';
		this.run.restart();
		this.#stepped(this.run);
		return 'stepped';
	}

	stop(): void {
		this.#starting?.then(
			(run) => run.stop(),
			() => {}
		);
	}

	/** The running scenario, started once, however many choices wait for it. */
	#start(): Promise<ScenarioRun> {
		this.#starting ??= this.#loadRun().then(
			({ ScenarioRun }) => (this.run = new ScenarioRun(this.#scenario)),
			(error: unknown) => {
				this.#starting = undefined;
				throw error;
			}
		);
		return this.#starting;
	}

	#stepped(run: ScenarioRun) {
		this.#moved = true;
		this.resumed = false;
		this.restarted = false;
		const place = run.canGoBack ? run.persisted() : undefined;
		this.#queue(
			() =>
				place === undefined
					? this.#records.clearDraft(this.#draftKey)
					: this.#records.saveDraft(this.#draftKey, place),
			(failed) => (this.unsaved = failed)
		);
	}

	/** Writes one at a time, in order, so that an older place never overwrites a newer one. */
	#queue(write: () => Promise<void>, report: (failed: boolean) => void) {
		this.#writes = this.#writes.then(write).then(
			() => report(false),
			() => report(true)
		);
	}
}
