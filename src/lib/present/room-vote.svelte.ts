import type { Scenario } from '$lib/content/scenario';
import { ScenarioRun } from '$lib/scenario/scenario-run.svelte';
import { leadingChoice } from './room-vote';

/** What the room chose at one step, and by how many hands, for the slide to keep on show. */
export interface RoomDecision {
	choice: string;
	hands: number;
	of: number;
}

/**
 * A scenario played by a room: the presenter counts hands for each choice, then reveals what
 * follows the choice with the most. Nothing is stored: the votes live as long as the page.
 */
export class RoomVote {
	tallies: number[] = $state([]);
	/** The room's choices so far, in order, as far as the slide has come. */
	decisions: RoomDecision[] = $state([]);
	readonly #scenario: Scenario;
	readonly #run: ScenarioRun;

	constructor(scenario: Scenario) {
		this.#scenario = scenario;
		this.#run = new ScenarioRun(scenario);
	}

	/** The id of the node or ending the room is at, the same in every language's scenario. */
	get at(): string {
		return this.#run.at;
	}

	get node() {
		return this.#scenario.nodes[this.#run.at];
	}

	get ending() {
		return this.#scenario.endings[this.#run.at];
	}

	get leader(): number | undefined {
		return leadingChoice(this.tallies);
	}

	get canGoBack(): boolean {
		return this.#run.canGoBack;
	}

	vote(choice: number): void {
		if (!this.node || choice >= this.node.choices.length) return;
		const tallies = this.node.choices.map((_, index) => this.tallies[index] ?? 0);
		tallies[choice]! += 1;
		this.tallies = tallies;
	}

	/** Follows the leading choice; does nothing while no choice leads. */
	reveal(): void {
		const leader = this.leader;
		if (leader === undefined) return;
		this.decisions = [
			...this.decisions,
			{
				choice: this.node?.choices[leader]?.label ?? '',
				hands: this.tallies[leader] ?? 0,
				of: this.tallies.reduce((total, count) => total + count, 0)
			}
		];
		this.#run.choose(leader);
		this.tallies = [];
	}

	back(): void {
		this.#run.back();
		this.decisions = this.decisions.slice(0, -1);
		this.tallies = [];
	}

	restart(): void {
		this.#run.restart();
		this.decisions = [];
		this.tallies = [];
	}
}
