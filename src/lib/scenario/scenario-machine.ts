import { assign, setup, type SnapshotFrom } from 'xstate';
import type { Outcome, ScenarioGraph } from '$lib/content/scenario';

/** The way taken so far: `path` holds the node ids visited (the last is where the learner is). */
export interface ScenarioContext {
	path: string[];
	/** `choices[i]` is the index of the choice taken at `path[i]`. */
	choices: number[];
}

export type ScenarioEvent = { type: 'choice.select'; choice: number };

/** What a finished scenario produces: the ending reached, how it measures up, and the way there. */
export interface ScenarioOutput {
	endingId: string;
	outcome: Outcome;
	path: string[];
}

/**
 * Compiles a scenario into a state machine: each node is a state whose choices are guarded
 * `choice.select` transitions, each ending a final state whose output carries its outcome.
 */
export function createScenarioMachine(graph: ScenarioGraph) {
	const nodeStates = Object.entries(graph.nodes).map(
		([id, node]) =>
			[
				id,
				{
					on: {
						'choice.select': node.choices.map((choice, index) => ({
							guard: { type: 'chose' as const, params: { choice: index } },
							target: choice.next,
							actions: { type: 'takeChoice' as const, params: { next: choice.next } }
						}))
					}
				}
			] as const
	);
	const endingStates = Object.entries(graph.endings).map(
		([id, ending]) =>
			[id, { type: 'final' as const, output: { endingId: id, outcome: ending.outcome } }] as const
	);

	type NodeState = (typeof nodeStates)[number][1];
	type EndingState = (typeof endingStates)[number][1];

	return setup({
		types: {
			context: {} as ScenarioContext,
			events: {} as ScenarioEvent,
			output: {} as ScenarioOutput
		},
		guards: {
			chose: ({ event }, params: { choice: number }) => event.choice === params.choice
		},
		actions: {
			takeChoice: assign(({ context, event }, params: { next: string }) => ({
				path: [...context.path, params.next],
				choices: [...context.choices, event.choice]
			}))
		}
	}).createMachine({
		id: graph.id,
		initial: graph.start,
		context: { path: [graph.start], choices: [] },
		states: Object.fromEntries<NodeState | EndingState>([...nodeStates, ...endingStates]),
		output: ({ context, event }) => ({
			...(event.output as Omit<ScenarioOutput, 'path'>),
			path: context.path
		})
	});
}

export type ScenarioMachine = ReturnType<typeof createScenarioMachine>;
export type ScenarioSnapshot = SnapshotFrom<ScenarioMachine>;

/**
 * The progress in a stored snapshot, if it is a way through this scenario as it is now: from the
 * start, along real choices. Anything else (corrupt data, a scenario edited since) gives undefined.
 */
export function progressIn(graph: ScenarioGraph, stored: unknown): ScenarioContext | undefined {
	if (!isRecord(stored) || !isRecord(stored.context)) return undefined;
	const { path, choices } = stored.context;
	if (!isListOf(path, isText) || !isListOf(choices, isWholeNumber)) return undefined;
	if (path.length !== choices.length + 1 || path[0] !== graph.start) return undefined;
	if (stored.value !== path.at(-1)) return undefined;
	const leadsOn = (choice: number, index: number) => {
		const from = path[index]!;
		const node = Object.hasOwn(graph.nodes, from) ? graph.nodes[from] : undefined;
		return node?.choices[choice]?.next === path[index + 1];
	};
	if (!choices.every(leadsOn)) return undefined;
	return { path, choices };
}

/**
 * The machine's snapshot at a point on a way through the scenario. Restoring goes through here, not
 * straight from stored data, so that only a checked path enters the machine.
 */
export function snapshotAt(
	machine: ScenarioMachine,
	graph: ScenarioGraph,
	context: ScenarioContext
): ScenarioSnapshot {
	const value = context.path.at(-1) ?? graph.start;
	const ending = Object.hasOwn(graph.endings, value) ? graph.endings[value] : undefined;
	return machine.resolveState({
		value,
		context,
		output: ending && { endingId: value, outcome: ending.outcome, path: context.path }
	});
}

/** The snapshot one choice back, or undefined at the start. */
export function stepBack(
	machine: ScenarioMachine,
	graph: ScenarioGraph,
	{ context }: ScenarioSnapshot
): ScenarioSnapshot | undefined {
	if (context.choices.length === 0) return undefined;
	return snapshotAt(machine, graph, {
		path: context.path.slice(0, -1),
		choices: context.choices.slice(0, -1)
	});
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null;
}

function isText(value: unknown): value is string {
	return typeof value === 'string';
}

function isWholeNumber(value: unknown): value is number {
	return Number.isInteger(value);
}

function isListOf<T>(value: unknown, isItem: (item: unknown) => item is T): value is T[] {
	return Array.isArray(value) && value.every((item) => isItem(item));
}
