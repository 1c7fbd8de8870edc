import { bindsFamilies, isForParents } from '../audience.ts';
import { ProblemList } from '../content-error.ts';
import type { ContentFiles } from '../content-files.ts';
import type { Course } from '../course-model.ts';
import type { Decision } from '../decisions.ts';
import { htmlToText, markdownToHtml } from '../markdown.ts';
import { isRequest, withRequests } from '../requests.ts';
import type { Scenario, ScenarioEnding, ScenarioNode } from '../scenario.ts';
import type { Screen } from '../screen.ts';
import type { Helpline, Person, Setting } from '../setting.ts';
import { readEntries } from './entries.ts';
import { ENGLISH_TEXT, type InterfaceText, type TextGroup } from './interface-text.ts';
import type { LanguageInfo } from './language.ts';
import { placeholderDifference } from './placeholders.ts';
import { englishUnits, keys, rawLesson, screenTexts } from './units.ts';

/** Why a unit is shown in English on a translated page. */
export type FallbackReason = 'missing' | 'outdated' | 'placeholders';

export interface Fallback {
	key: string;
	reason: FallbackReason;
}

/** The course as a family reads it in one language. */
export interface LocalisedCourse {
	language: LanguageInfo;
	/** The course with each translatable text in the language where its entry is up to date. */
	course: Course;
	/** The interface strings in the language, English where an entry is missing or outdated. */
	text: InterfaceText;
	/** The units shown in English, and why: no translation, or one made from older English. */
	fallbacks: Fallback[];
}

/**
 * The course in one of the languages the setting offers. `files` holds the English content files
 * the course was built from and the language's translation files. A translation is used only when
 * it was made from the English as it now is and keeps its placeholders; otherwise the English
 * stays, and the unit is listed in `fallbacks`. Throws a ContentError when a translation file is
 * not valid, and an Error for a language the setting does not offer.
 */
export function localiseCourse(course: Course, files: ContentFiles, code: string): LocalisedCourse {
	const language = course.languages.find((candidate) => candidate.code === code);
	if (!language) {
		throw new Error(`${code} is not among the languages in lessons/setting.yaml`);
	}
	const problems = new ProblemList();
	const entries = readEntries(files, code, problems);
	problems.throwIfAny();
	const units = new Map(englishUnits(course, files).map((unit) => [unit.key, unit]));
	const fallbacks: Fallback[] = [];

	/** The translation of a unit, if there is one to trust; undefined where English must stay. */
	const translated = (key: string): string | undefined => {
		const unit = units.get(key);
		if (!unit) return undefined;
		const entry = entries.get(key);
		const reason: FallbackReason | undefined = !entry?.text
			? 'missing'
			: entry.from !== unit.from
				? 'outdated'
				: placeholderDifference(unit.english, entry.text).length > 0
					? 'placeholders'
					: undefined;
		if (reason) fallbacks.push({ key, reason });
		return reason ? undefined : entry!.text;
	};
	const or = (key: string, english: string) => translated(key) ?? english;

	const text = localiseText(or);
	const decisions = course.decisions.map((decision): Decision => {
		if (!isRequest(decision)) return decision;
		return {
			...decision,
			proposal: or(keys.request(decision.id, 'proposal'), decision.proposal),
			answer: decision.answer && or(keys.request(decision.id, 'answer'), decision.answer)
		};
	});
	const wording = { labels: text.requests, locale: code };
	/** A translated text with its requests put in, in the language. */
	const withLocalRequests = (words: string) => withRequests(words, decisions, wording);

	const lessons = course.lessons.map((lesson) => {
		if (!isForParents(lesson)) return lesson;
		const points = rawLesson(files, lesson.file).meta.forParents ?? [];
		return {
			...lesson,
			title: or(keys.lessonTitle(lesson.slug), lesson.title),
			forParents: points.map((point, index) => {
				const key = keys.lessonPoint(lesson.slug, index);
				// A point that is only a request has no words of its own: the request's are translated.
				if (!units.has(key)) return withLocalRequests(point.trim());
				const words = translated(key);
				return words === undefined ? lesson.forParents[index]! : withLocalRequests(words);
			})
		};
	});

	const fillSetting = (words: string) => words.replaceAll('{setting}', course.setting.name);
	const policy = {
		...course.policy,
		clauses: course.policy.clauses.map((clause) => {
			if (!bindsFamilies(clause)) return clause;
			const words = translated(keys.clause(clause.id, 'words'));
			return {
				...clause,
				rule: or(keys.clause(clause.id, 'rule'), clause.rule),
				words: words === undefined ? clause.words : fillSetting(words)
			};
		})
	};

	const scenarios = course.scenarios.map((scenario) =>
		isForParents(scenario) ? localiseScenario(scenario, translated, withLocalRequests) : scenario
	);

	return {
		language,
		course: {
			...course,
			setting: localiseSetting(course.setting, or),
			policy,
			lessons,
			scenarios,
			decisions
		},
		text,
		fallbacks
	};
}

type Or = (key: string, english: string) => string;
type Translated = (key: string) => string | undefined;

function localiseText(or: Or): InterfaceText {
	const groups = (Object.keys(ENGLISH_TEXT) as TextGroup[]).map((group) => {
		const texts: Record<string, string | readonly string[]> = ENGLISH_TEXT[group];
		const entries = Object.entries(texts).map(([name, value]): [string, string | string[]] => [
			name,
			typeof value === 'string'
				? or(keys.text(group, name), value)
				: value.map((line, index) => or(keys.text(group, name, index), line))
		]);
		return [group, Object.fromEntries(entries)] as const;
	});
	return Object.fromEntries(groups) as unknown as InterfaceText;
}

function localiseSetting(setting: Setting, or: Or): Setting {
	const person = (role: 'dsl' | 'leadPractitioner'): Person => {
		const { contact, ...rest } = setting.people[role];
		return {
			...rest,
			role: or(keys.setting('people', role, 'role'), rest.role),
			contact: contact && or(keys.setting('people', role, 'contact'), contact)
		};
	};
	const helpline = (line: Helpline): Helpline =>
		isForParents(line)
			? {
					...line,
					for: or(keys.helpline(line.name, 'for'), line.for),
					hours: line.hours && or(keys.helpline(line.name, 'hours'), line.hours)
				}
			: line;
	return {
		...setting,
		course: { ...setting.course, title: or(keys.setting('course', 'title'), setting.course.title) },
		policy: { ...setting.policy, title: or(keys.setting('policy', 'title'), setting.policy.title) },
		people: { dsl: person('dsl'), leadPractitioner: person('leadPractitioner') },
		emergency: or(keys.setting('emergency'), setting.emergency),
		complaints: setting.complaints && or(keys.setting('complaints'), setting.complaints),
		helplines: setting.helplines.map(helpline)
	};
}

function localiseScenario(
	scenario: Scenario,
	translated: Translated,
	withLocalRequests: (words: string) => string
): Scenario {
	const { id } = scenario;
	const or = (english: string, ...path: (string | number)[]) =>
		translated(keys.scenario(id, ...path)) ?? english;
	const screen = (shown: Screen | undefined, step: string) => {
		if (!shown) return {};
		const copy = structuredClone(shown);
		for (const { path, text } of screenTexts(shown)) {
			setAt(copy, path, or(text, step, 'screen', ...path));
		}
		return { screen: copy };
	};
	const nodes = Object.entries(scenario.nodes).map(([step, node]): [string, ScenarioNode] => {
		const situation = translated(keys.scenario(id, step, 'situation'));
		const situationHtml = situation === undefined ? node.situationHtml : markdownToHtml(situation);
		return [
			step,
			{
				...node,
				situationHtml,
				situationText: situation === undefined ? node.situationText : htmlToText(situationHtml),
				...screen(node.screen, step),
				choices: node.choices.map((choice, index) => ({
					...choice,
					label: or(choice.label, step, 'choices', index, 'label')
				}))
			}
		];
	});
	const endings = Object.entries(scenario.endings).map(
		([step, ending]): [string, ScenarioEnding] => {
			const words = (field: 'happened' | 'why') => {
				const translation = translated(keys.scenario(id, step, field));
				return translation === undefined ? ending[field] : withLocalRequests(translation);
			};
			return [
				step,
				{
					...ending,
					happened: words('happened'),
					why: words('why'),
					...screen(ending.screen, step)
				}
			];
		}
	);
	return {
		...scenario,
		title: or(scenario.title, 'title'),
		nodes: Object.fromEntries(nodes),
		endings: Object.fromEntries(endings)
	};
}

/** Sets the value at a path inside a copy made for the purpose. */
function setAt(target: object, path: (string | number)[], value: string): void {
	let at = target as Record<string | number, unknown>;
	for (const part of path.slice(0, -1)) at = at[part] as Record<string | number, unknown>;
	at[path.at(-1)!] = value;
}
