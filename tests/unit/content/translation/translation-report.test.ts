import { describe, expect, it } from 'vitest';
import { buildCourse } from '$lib/content/build-course';
import { translationReport } from '$lib/content/translation/translation-report';
import { englishCourse, englishFiles, translationFiles, unit, units } from './translated-files';

const polish = englishCourse.languages.find((language) => language.code === 'pl')!;
const KEY = 'parents-chat-rumour.rumour.situation';

describe("the check of a language's translation", () => {
	it('counts an up-to-date entry as translated and the rest as missing, at their files', () => {
		const files = { ...englishFiles, ...translationFiles('pl', { [KEY]: { text: 'Jesteś…' } }) };
		const report = translationReport(englishCourse, files, polish);
		expect(report).toMatchObject({
			total: units.length,
			translated: 1,
			outdated: [],
			problems: []
		});
		expect(report.missing).toHaveLength(units.length - 1);
		expect(report.missing[0]).toMatchObject({
			key: 'families.homeLink',
			file: 'lessons/pl/interface.yaml',
			english: { file: 'src/lib/families/families-text.ts' }
		});
	});

	it('reports an entry as outdated, with both lines, once its English sentence changes', () => {
		const translation = translationFiles('pl', { [KEY]: { text: 'Jesteś w grupie.' } });
		const file = 'lessons/06-talking-about-work/parents-chat-rumour.scenario.yaml';
		const changed = {
			...englishFiles,
			[file]: englishFiles[file]!.replace('One evening a dad asks', 'Late one evening a dad asks')
		};
		const report = translationReport(buildCourse(changed), { ...changed, ...translation }, polish);
		expect(report.translated).toBe(0);
		expect(report.outdated).toEqual([
			{ key: KEY, file: 'lessons/pl/scenarios.yaml', line: 1, english: { file, line: 7 } }
		]);
		expect(report.problems).toEqual([]);
	});

	it('fails on a lost placeholder and on a key the course does not have', () => {
		const files = {
			...englishFiles,
			...translationFiles('pl', { 'families.scenarioCount': { text: 'Scenariusz {at} z {z}' } }),
			'lessons/pl/families.yaml': `lesson.no-such-lesson.title:\n  from: ${unit(KEY).from}\n  text: Nic\n  state: translated\n`
		};
		const { problems, translated } = translationReport(englishCourse, files, polish);
		expect(translated).toBe(0);
		expect(problems.map(({ file, line, message }) => [file, line, message])).toEqual([
			[
				'lessons/pl/interface.yaml',
				1,
				'families.scenarioCount: the translation lacks {of}; keep each {name} and [request:id] of the English'
			],
			[
				'lessons/pl/interface.yaml',
				1,
				'families.scenarioCount: the translation has {z}, which the English has not; keep each {name} and [request:id] of the English'
			],
			[
				'lessons/pl/families.yaml',
				1,
				'lesson.no-such-lesson.title is not in the course: its English was removed or moved, so delete the entry'
			]
		]);
	});

	it('reports a translation file that is not valid, at its line', () => {
		const files = {
			...englishFiles,
			'lessons/pl/scenarios.yaml': `${KEY}:\n  from: 12\n  text: x\n  state: done\n`
		};
		const messages = translationReport(englishCourse, files, polish).problems.map(
			({ line, message }) => `${line}: ${message}`
		);
		expect(messages).toEqual([
			`2: ${KEY}.from: must be the hash of the English, as the skeleton wrote it`,
			`4: ${KEY}.state: must be initial, translated, reviewed or final`
		]);
	});
});
