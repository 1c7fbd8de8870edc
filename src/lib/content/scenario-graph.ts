import type { Path } from './yaml-source.ts';

export const MIN_CHOICES = 2;
export const MAX_CHOICES = 4;

/** What the checks need of a scenario file: its start, its nodes' choices and its endings' names. */
interface GraphFile {
	start: string;
	nodes: Record<string, { choices: { next: string }[] }>;
	endings: Record<string, unknown>;
}

type Report = (message: string, path: Path) => void;

/**
 * Checks that a scenario's graph holds together: every choice leads somewhere, every node can be
 * reached and can reach an ending, and no choice leads back, so that every path ends.
 */
export function checkScenarioGraph(scenario: GraphFile, report: Report) {
	const { nodes, endings, start } = scenario;
	const isNode = (id: string) => Object.hasOwn(nodes, id);
	const isEnding = (id: string) => Object.hasOwn(endings, id);

	for (const id of Object.keys(nodes)) {
		if (isEnding(id)) {
			report(`${id} is both a node and an ending: every id must be different`, ['endings', id]);
		}
	}
	if (!isNode(start)) {
		report(
			isEnding(start)
				? `start: ${start} is an ending; the start must be a node with choices`
				: `start: there is no node named ${start}`,
			['start']
		);
		return;
	}

	for (const [id, node] of Object.entries(nodes)) {
		const count = node.choices.length;
		if (count < MIN_CHOICES || count > MAX_CHOICES) {
			report(
				`node ${id} has ${count} ${count === 1 ? 'choice' : 'choices'}: a node needs ${MIN_CHOICES} to ${MAX_CHOICES}`,
				['nodes', id, 'choices']
			);
		}
		node.choices.forEach((choice, index) => {
			if (!isNode(choice.next) && !isEnding(choice.next)) {
				report(
					`node ${id}, choice ${index + 1}: leads to ${choice.next}, which is neither a node nor an ending`,
					['nodes', id, 'choices', index, 'next']
				);
			}
		});
	}

	const reached = reachableFrom(start, nodes);
	for (const [kind, ids] of [
		['node', Object.keys(nodes)],
		['ending', Object.keys(endings)]
	] as const) {
		for (const id of ids) {
			if (!reached.has(id)) {
				report(`${kind} ${id} cannot be reached from the start (${start})`, [`${kind}s`, id]);
			}
		}
	}

	const endingReachable = nodesThatReachAnEnding(nodes, isEnding);
	for (const id of Object.keys(nodes)) {
		if (!endingReachable.has(id)) {
			report(`node ${id}: no ending can be reached from it`, ['nodes', id]);
		}
	}

	for (const loop of loopsFrom(start, nodes)) {
		report(
			`node ${loop.from}, choice ${loop.choice + 1}: leads back to ${loop.to}, which comes before it; a scenario must move forward so that every path ends`,
			['nodes', loop.from, 'choices', loop.choice, 'next']
		);
	}
}

type Nodes = GraphFile['nodes'];

function reachableFrom(start: string, nodes: Nodes): Set<string> {
	const reached = new Set([start]);
	const queue = [start];
	for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
		for (const { next } of nodes[id]?.choices ?? []) {
			if (!reached.has(next)) {
				reached.add(next);
				queue.push(next);
			}
		}
	}
	return reached;
}

function nodesThatReachAnEnding(nodes: Nodes, isEnding: (id: string) => boolean): Set<string> {
	const good = new Set<string>();
	let grew = true;
	while (grew) {
		grew = false;
		for (const [id, node] of Object.entries(nodes)) {
			if (good.has(id)) continue;
			if (node.choices.some(({ next }) => isEnding(next) || good.has(next))) {
				good.add(id);
				grew = true;
			}
		}
	}
	return good;
}

/** Choices that lead back to a node on the way to them, found by walking depth first. */
function loopsFrom(start: string, nodes: Nodes) {
	const loops: { from: string; choice: number; to: string }[] = [];
	const onPath = new Set<string>();
	const done = new Set<string>();
	const visit = (id: string) => {
		onPath.add(id);
		nodes[id]?.choices.forEach(({ next }, choice) => {
			if (onPath.has(next)) loops.push({ from: id, choice, to: next });
			else if (!done.has(next) && Object.hasOwn(nodes, next)) visit(next);
		});
		onPath.delete(id);
		done.add(id);
	};
	visit(start);
	return loops;
}
