import { bindsFamilies, isForParents } from '../audience.ts';
import { ProblemList } from '../content-error.ts';
import { DECISIONS_FILE, POLICY_FILE, SETTING_FILE, type ContentFiles } from '../content-files.ts';
import type { Course } from '../course-model.ts';
import { splitFrontmatter } from '../lesson.ts';
import type { PolicyFile } from '../policy.ts';
import type { Screen } from '../screen.ts';
import { YamlSource, type Path } from '../yaml-source.ts';
import { ENGLISH_TEXT, TEXT_GROUPS, type TextGroup } from './interface-text.ts';
import { onlyPlaceholders } from './placeholders.ts';
import { textHash } from './text-hash.ts';
import type { TranslationFileName } from './translation-files.ts';

/**
 * The translation units of the course: every English text a family reads, each with a stable key
 * derived from where it lives. This module and localise.ts are the only ones that know the keys.
 *
 *   families.<name>[.<n>]  translation.draft  binds.<who>  requests.<label>  present.<name>
 *   policy.englishCounts                       interface strings (src/lib/…, see interface-text.ts)
 *   lesson.<slug>.title  lesson.<slug>.forParents.<n>      a lesson's index.md
 *   request.<id>.proposal  request.<id>.answer            decisions.yaml
 *   clause.<id>.rule  clause.<id>.words                   policy.yaml (clauses binding families)
 *   setting.<field…>  setting.helplines.<name>.for         setting.yaml
 *   <scenario>.title  <scenario>.<step>.situation  <scenario>.<step>.choices.<n>.label
 *   <scenario>.<step>.happened|why  <scenario>.<step>.screen.<field>[.<n>.<field>]
 *
 * Lists count from 1. A text that is nothing but a `[request:id]` has nothing to translate: the
 * request's own words are the unit.
 */
export interface EnglishUnit {
	key: string;
	/** The translation file that holds it. */
	name: TranslationFileName;
	english: string;
	/** `textHash(english)`: what an up-to-date entry's `from` is. */
	from: string;
	/** Where the English lives, for the author who changes it. */
	source: { file: string; line?: number };
}

export const keys = {
	text: (group: TextGroup, name: string, index?: number) =>
		index === undefined ? `${group}.${name}` : `${group}.${name}.${index + 1}`,
	lessonTitle: (slug: string) => `lesson.${slug}.title`,
	lessonPoint: (slug: string, index: number) => `lesson.${slug}.forParents.${index + 1}`,
	request: (id: string, field: 'proposal' | 'answer') => `request.${id}.${field}`,
	clause: (id: string, field: 'rule' | 'words') => `clause.${id}.${field}`,
	setting: (...path: string[]) => `setting.${path.join('.')}`,
	helpline: (name: string, field: 'for' | 'hours') => `setting.helplines.${slug(name)}.${field}`,
	scenario: (id: string, ...path: (string | number)[]) =>
		[id, ...path.map((part) => (typeof part === 'number' ? part + 1 : part))].join('.')
};

/** A helpline's name as a key: `NSPCC helpline` is `nspcc-helpline`. */
function slug(name: string): string {
	return name
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-|-$/g, '');
}

/** The fields of a screen that are words to translate; names, apps and clock times are not. */
const SCREEN_WORDS = new Set([
	'detail',
	'message',
	'audience',
	'text',
	'photo',
	'title',
	'job',
	'bio'
]);
const SCREEN_LISTS = ['comments', 'messages'] as const;

const isWords = (field: string, value: unknown): value is string =>
	typeof value === 'string' &&
	(SCREEN_WORDS.has(field) || (field === 'time' && /\p{L}/u.test(value)));

/** Each translatable text of a screen with its path inside the screen (list indexes from 0). */
export function screenTexts(screen: Screen): { path: (string | number)[]; text: string }[] {
	const found: { path: (string | number)[]; text: string }[] = [];
	for (const [field, value] of Object.entries(screen)) {
		if (isWords(field, value)) found.push({ path: [field], text: value });
	}
	for (const list of SCREEN_LISTS) {
		const items = (screen as Partial<Record<typeof list, Record<string, unknown>[]>>)[list] ?? [];
		items.forEach((item, index) => {
			for (const [field, value] of Object.entries(item)) {
				if (isWords(field, value)) found.push({ path: [list, index, field], text: value });
			}
		});
	}
	return found;
}

/** The scenarios a family meets: at home and at the parents' evening. */
export const scenariosForFamilies = (course: Course) => course.scenarios.filter(isForParents);

/** The raw YAML of a content file, as written: before requests are put in or Markdown compiled. */
export function rawYaml(files: ContentFiles, file: string, lineOffset = 0, text = files[file]) {
	return new YamlSource(file, text ?? '', new ProblemList(), lineOffset);
}

/** A lesson's frontmatter as written. */
export function rawLesson(files: ContentFiles, file: string) {
	const parts = splitFrontmatter(files[file] ?? '');
	const source = rawYaml(files, file, 1, parts?.yaml ?? '');
	return { source, meta: source.value as { title: string; forParents?: string[] } };
}

interface RawScenario {
	title: string;
	nodes: Record<string, { situation: string; screen?: Screen; choices: { label: string }[] }>;
	endings: Record<string, { happened: string; why: string; screen?: Screen }>;
}

export const rawScenario = (files: ContentFiles, file: string) => {
	const source = rawYaml(files, file);
	return { source, scenario: source.value as RawScenario };
};

/** A clause's words as policy.yaml writes them, `{setting}` unfilled, and the line they start. */
export function rawClauseWords(policy: YamlSource, id: string): { words: string; line?: number } {
	const { sections } = policy.value as PolicyFile;
	let line: number | undefined;
	const parts: string[] = [];
	sections.forEach((section, s) =>
		section.blocks.forEach((block, b) => {
			if (block.clause !== id) return;
			line ??= policy.lineOf(['sections', s, 'blocks', b]);
			parts.push([block.text, ...(block.items ?? [])].filter(Boolean).join(' '));
		})
	);
	return { words: parts.join(' '), line };
}

/**
 * Every unit of the course, in the order a translator meets them: file by file, then as the
 * English reads. `course` is the course built from `files`.
 */
export function englishUnits(course: Course, files: ContentFiles): EnglishUnit[] {
	const units: EnglishUnit[] = [];
	const add = (
		key: string,
		name: TranslationFileName,
		text: string,
		source: YamlSource | string,
		path: Path = []
	) => {
		const english = text.trim();
		if (onlyPlaceholders(english)) return;
		units.push({
			key,
			name,
			english,
			from: textHash(english),
			source:
				typeof source === 'string'
					? { file: source }
					: { file: source.file, line: source.lineOf(path) }
		});
	};

	for (const group of Object.keys(ENGLISH_TEXT) as TextGroup[]) {
		const { file, source } = TEXT_GROUPS[group];
		const texts: Record<string, string | readonly string[]> = ENGLISH_TEXT[group];
		for (const [name, value] of Object.entries(texts)) {
			if (typeof value === 'string') add(keys.text(group, name), file, value, source);
			else value.forEach((line, index) => add(keys.text(group, name, index), file, line, source));
		}
	}

	for (const lesson of course.lessons.filter(isForParents)) {
		const { source, meta } = rawLesson(files, lesson.file);
		add(keys.lessonTitle(lesson.slug), 'families', meta.title, source, ['title']);
		(meta.forParents ?? []).forEach((point, index) =>
			add(keys.lessonPoint(lesson.slug, index), 'families', point, source, ['forParents', index])
		);
	}
	const decisions = rawYaml(files, DECISIONS_FILE);
	const rawDecisions = (
		decisions.value as { decisions: { id: string; proposal?: string; answer?: string }[] }
	).decisions;
	rawDecisions.forEach((decision, index) => {
		if (!decision.proposal?.trim()) return;
		for (const field of ['proposal', 'answer'] as const) {
			const text = decision[field];
			if (text?.trim())
				add(keys.request(decision.id, field), 'families', text, decisions, [
					'decisions',
					index,
					field
				]);
		}
	});

	const policy = rawYaml(files, POLICY_FILE);
	(policy.value as PolicyFile).clauses.forEach((clause, index) => {
		if (!bindsFamilies(clause)) return;
		add(keys.clause(clause.id, 'rule'), 'policy', clause.rule, policy, ['clauses', index, 'rule']);
		const { words, line } = rawClauseWords(policy, clause.id);
		units.push({
			...unitOf(keys.clause(clause.id, 'words'), 'policy', words),
			source: { file: POLICY_FILE, line }
		});
	});

	const setting = rawYaml(files, SETTING_FILE);
	const { setting: built } = course;
	const settingText = (path: string[], text: string) =>
		add(keys.setting(...path), 'setting', text, setting, path);
	settingText(['course', 'title'], built.course.title);
	settingText(['policy', 'title'], built.policy.title);
	for (const person of ['dsl', 'leadPractitioner'] as const) {
		settingText(['people', person, 'role'], built.people[person].role);
		if (built.people[person].contact)
			settingText(['people', person, 'contact'], built.people[person].contact);
	}
	settingText(['emergency'], built.emergency);
	if (built.complaints) settingText(['complaints'], built.complaints);
	built.helplines.forEach((helpline, index) => {
		if (!isForParents(helpline)) return;
		add(keys.helpline(helpline.name, 'for'), 'setting', helpline.for, setting, [
			'helplines',
			index,
			'for'
		]);
		if (helpline.hours)
			add(keys.helpline(helpline.name, 'hours'), 'setting', helpline.hours, setting, [
				'helplines',
				index,
				'hours'
			]);
	});

	for (const { id, file } of scenariosForFamilies(course)) {
		const { source, scenario } = rawScenario(files, file);
		const screen = (step: string[], shown: Screen | undefined) => {
			for (const { path, text } of shown ? screenTexts(shown) : []) {
				add(keys.scenario(id, step[1]!, 'screen', ...path), 'scenarios', text, source, [
					...step,
					'screen',
					...path
				]);
			}
		};
		add(keys.scenario(id, 'title'), 'scenarios', scenario.title, source, ['title']);
		for (const [node, step] of Object.entries(scenario.nodes)) {
			add(keys.scenario(id, node, 'situation'), 'scenarios', step.situation, source, [
				'nodes',
				node,
				'situation'
			]);
			screen(['nodes', node], step.screen);
			step.choices.forEach((choice, index) =>
				add(keys.scenario(id, node, 'choices', index, 'label'), 'scenarios', choice.label, source, [
					'nodes',
					node,
					'choices',
					index,
					'label'
				])
			);
		}
		for (const [ending, step] of Object.entries(scenario.endings)) {
			add(keys.scenario(id, ending, 'happened'), 'scenarios', step.happened, source, [
				'endings',
				ending,
				'happened'
			]);
			screen(['endings', ending], step.screen);
			add(keys.scenario(id, ending, 'why'), 'scenarios', step.why, source, [
				'endings',
				ending,
				'why'
			]);
		}
	}
	return units;
}

function unitOf(key: string, name: TranslationFileName, text: string): Omit<EnglishUnit, 'source'> {
	const english = text.trim();
	return { key, name, english, from: textHash(english) };
}
