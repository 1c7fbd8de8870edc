import { createActor, type Actor } from 'xstate';
import type { ScenarioGraph } from '$lib/content/scenario';
import {
	createScenarioMachine,
	progressIn,
	snapshotAt,
	stepBack,
	type ScenarioMachine,
	type ScenarioOutput,
	type ScenarioSnapshot
} from './scenario-machine';

/**
 * One learner's way through a scenario: a running actor of its machine, with the snapshot as
 * state that a page can read. Going back and resuming start a fresh actor from a checked snapshot,
 * because an ending is a final state that takes no more events.
 */
export class ScenarioRun {
	snapshot: ScenarioSnapshot = $state.raw()!;
	readonly #graph: ScenarioGraph;
	readonly #machine: ScenarioMachine;
	#actor: Actor<ScenarioMachine> | undefined;

	constructor(graph: ScenarioGraph) {
		this.#graph = graph;
		this.#machine = createScenarioMachine(graph);
		this.#run();
	}

	/** The id of the node or ending the learner is at. */
	get at(): string {
		return this.snapshot.context.path.at(-1) ?? this.#graph.start;
	}

	get output(): ScenarioOutput | undefined {
		return this.snapshot.status === 'done' ? this.snapshot.output : undefined;
	}

	get canGoBack(): boolean {
		return this.snapshot.context.choices.length > 0;
	}

	choose(choice: number): void {
		this.#actor?.send({ type: 'choice.select', choice });
	}

	back(): void {
		const previous = stepBack(this.#machine, this.#graph, this.snapshot);
		if (previous) this.#run(previous);
	}

	restart(): void {
		this.#run();
	}

	/** Carries on from a stored snapshot; false, and no change, when it is not a way through. */
	resume(stored: unknown): boolean {
		const progress = progressIn(this.#graph, stored);
		if (!progress) return false;
		this.#run(snapshotAt(this.#machine, this.#graph, progress));
		return true;
	}

	/** The snapshot in the form to store, as XState persists it. */
	persisted(): unknown {
		return this.#actor?.getPersistedSnapshot();
	}

	stop(): void {
		this.#actor?.stop();
	}

	#run(snapshot?: ScenarioSnapshot) {
		this.#actor?.stop();
		const actor = createActor(this.#machine, snapshot && { snapshot });
		actor.subscribe((next) => (this.snapshot = next));
		actor.start();
		this.#actor = actor;
		this.snapshot = actor.getSnapshot();
	}
}
