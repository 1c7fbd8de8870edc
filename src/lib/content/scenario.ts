import * as v from 'valibot';
import type { ProblemList } from './content-error.ts';
import type { ContentFiles } from './content-files.ts';
import type { Lesson } from './lesson.ts';
import { htmlToText, markdownToHtml, type CompiledHtml } from './markdown.ts';
import type { Audience } from './audience.ts';
import { checkScenarioGraph } from './scenario-graph.ts';
import { audienceSchema, idSchema, record, textSchema } from './schema-parts.ts';
import { YamlSource, type Path } from './yaml-source.ts';

export const OUTCOMES = ['follows', 'partly', 'breaches'] as const;
/** How an ending measures up to the policy. */
export type Outcome = (typeof OUTCOMES)[number];

const scenarioFileSchema = record({
	id: idSchema,
	title: textSchema,
	audience: audienceSchema,
	start: idSchema,
	nodes: v.record(
		idSchema,
		record({
			situation: textSchema,
			// The number of choices is checked with the graph, where the message can say more.
			choices: v.array(record({ label: textSchema, next: idSchema }), 'must be a list')
		}),
		'must be a set of named nodes'
	),
	endings: v.record(
		idSchema,
		record({
			outcome: v.picklist(OUTCOMES, 'must be follows, partly or breaches'),
			happened: textSchema,
			why: textSchema,
			clauses: v.pipe(
				v.array(idSchema, 'must be a list of clause ids'),
				v.minLength(1, 'must name at least one clause id')
			)
		}),
		'must be a set of named endings'
	)
});

type ScenarioFile = v.InferOutput<typeof scenarioFileSchema>;

export interface ScenarioChoice {
	label: string;
	/** The node or ending this choice leads to. */
	next: string;
}

export interface ScenarioNode {
	/** The situation, compiled from the author's Markdown when the site is built. */
	situationHtml: CompiledHtml;
	/** The same situation as plain text, for announcing to screen readers. */
	situationText: string;
	choices: ScenarioChoice[];
}

export interface ScenarioEnding {
	outcome: Outcome;
	happened: string;
	why: string;
	clauses: string[];
}

/** A "what would you do?" scenario: a small graph of situations, choices and endings. */
export interface Scenario {
	id: string;
	title: string;
	audience: Audience;
	/** The slug of the lesson whose folder holds the scenario. */
	lesson: string;
	file: string;
	start: string;
	nodes: Record<string, ScenarioNode>;
	endings: Record<string, ScenarioEnding>;
}

/** What a scenario's machine needs of it: the shape of the graph, not its words. */
export type ScenarioGraph = Pick<Scenario, 'id' | 'start'> & {
	nodes: Record<string, { choices: Pick<ScenarioChoice, 'next'>[] }>;
	endings: Record<string, Pick<ScenarioEnding, 'outcome'>>;
};

/** `lessons/NN-topic/NAME.scenario.yaml`: the lesson's folder and the scenario's name. */
const SCENARIO_FILE = /^lessons\/([^/]+)\/([^/]+)\.scenario\.yaml$/;

/**
 * Reads every scenario file beside the lessons. Each must sit in a lesson's folder and have an id
 * that no other scenario has. Sorted in lesson order, then by id.
 */
export function readScenarios(
	files: ContentFiles,
	problems: ProblemList,
	clauseIds: ReadonlySet<string>,
	lessons: readonly Pick<Lesson, 'file' | 'slug' | 'order'>[]
): Scenario[] {
	const scenarios: (Scenario & { order: number })[] = [];
	for (const [file, text] of Object.entries(files)) {
		const match = SCENARIO_FILE.exec(file);
		if (!match) continue;
		const lesson = lessons.find((candidate) => candidate.file === `lessons/${match[1]}/index.md`);
		if (!lesson) {
			problems.add(file, 'must be in the folder of the lesson it belongs to, beside its index.md');
			continue;
		}
		const scenario = readScenario(file, text, lesson.slug, clauseIds, problems);
		if (scenario) scenarios.push({ ...scenario, order: lesson.order });
	}
	scenarios.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));

	const byId = new Map<string, string>();
	for (const scenario of scenarios) {
		const other = byId.get(scenario.id);
		if (other) problems.add(scenario.file, `has the same id (${scenario.id}) as ${other}`);
		byId.set(scenario.id, scenario.file);
	}
	return scenarios.map(({ order: _order, ...scenario }) => scenario);
}

/** Names the node or ending an issue is in, so that an author can find it. */
function describePath(path: Path): string {
	const [part, id, ...rest] = path;
	if ((part === 'nodes' || part === 'endings') && id !== undefined) {
		const kind = part === 'nodes' ? 'node' : 'ending';
		return rest.length > 0 ? `${kind} ${id}: ${rest.join('.')}` : `${kind} ${id}`;
	}
	return path.join('.');
}

/**
 * Reads one scenario file and checks it: its fields, that its graph holds together (every choice
 * leads somewhere, every node can be reached and can reach an ending, no loops) and that its
 * endings cite real clauses. Problems are added to `problems`; the scenario is returned only when
 * it has none.
 */
export function readScenario(
	file: string,
	text: string,
	lessonSlug: string,
	clauseIds: ReadonlySet<string>,
	problems: ProblemList
): Scenario | undefined {
	const source = new YamlSource(file, text, problems);
	const parsed = source.validate(scenarioFileSchema, problems, describePath);
	if (!parsed) return undefined;

	const before = problems.items.length;
	const report = (message: string, path: Path) => problems.add(file, message, source.lineOf(path));
	const name = file
		.split('/')
		.at(-1)
		?.replace(/\.scenario\.yaml$/, '');
	if (name !== parsed.id) {
		report(`id ${parsed.id} must match the file name (${name}.scenario.yaml)`, ['id']);
	}
	checkScenarioGraph(parsed, report);
	checkClauses(parsed, clauseIds, report);
	if (problems.items.length > before) return undefined;

	return {
		id: parsed.id,
		title: parsed.title,
		audience: parsed.audience,
		lesson: lessonSlug,
		file,
		start: parsed.start,
		nodes: Object.fromEntries(
			Object.entries(parsed.nodes).map(([id, node]) => {
				const situationHtml = markdownToHtml(node.situation);
				return [
					id,
					{ situationHtml, situationText: htmlToText(situationHtml), choices: node.choices }
				];
			})
		),
		endings: parsed.endings
	};
}

type Report = (message: string, path: Path) => void;

function checkClauses(scenario: ScenarioFile, clauseIds: ReadonlySet<string>, report: Report) {
	for (const [id, ending] of Object.entries(scenario.endings)) {
		ending.clauses.forEach((clause, index) => {
			if (!clauseIds.has(clause)) {
				report(`ending ${id}: unknown clause id ${clause}`, ['endings', id, 'clauses', index]);
			}
		});
	}
}

/** Every clause id that an ending of the scenario cites. */
export function clausesCitedBy(scenario: Pick<Scenario, 'endings'>): Set<string> {
	return new Set(Object.values(scenario.endings).flatMap((ending) => ending.clauses));
}

/** What a list of scenarios needs of each. */
export type ScenarioSummary = Pick<Scenario, 'id' | 'title' | 'audience' | 'lesson'>;

export function summariseScenario({ id, title, audience, lesson }: Scenario): ScenarioSummary {
	return { id, title, audience, lesson };
}
