import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCourse } from '$lib/content/build-course';
import { ProblemList } from '$lib/content/content-error';
import type { ContentFiles } from '$lib/content/content-files';
import { readEntries } from '$lib/content/translation/entries';
import { runTranslations } from '../../../tools/translations/cli';
import { importXliff } from '../../../tools/translations/import';
import type { TranslationProject } from '../../../tools/translations/translation-project';
import { buildXliff, XliffRefusal } from '../../../tools/translations/xliff';
import {
	englishCourse,
	englishFiles,
	translationFiles,
	unit,
	units
} from '../content/translation/translated-files';

const RUMOUR = 'parents-chat-rumour.rumour';
const REVIEWER = { by: 'Anna Nowak', role: 'Parent, fluent in Polish', date: '2026-12-08' };

const project = (files: ContentFiles): TranslationProject => ({
	root: '',
	course: englishCourse,
	files: { ...englishFiles, ...files },
	units
});

const entriesOf = (files: ContentFiles, code = 'pl') => {
	const problems = new ProblemList();
	const entries = readEntries(files, code, problems);
	expect(problems.items).toEqual([]);
	return entries;
};

const exported = (files: ContentFiles, onlyNeeded = false) =>
	buildXliff('pl', units, entriesOf({ ...englishFiles, ...files }), onlyNeeded).xml;

/** The file as a translator's tool gives it back: one unit's target and state changed. */
function edited(xml: string, key: string, state: string, target: string): string {
	const start = xml.indexOf(`<unit id="${key}">`);
	const end = xml.indexOf('</unit>', start);
	const unitXml = xml
		.slice(start, end)
		.replace(/state="[a-z]+"/, `state="${state}"`)
		.replace(/<target>[^<]*<\/target>/, '')
		.replace('</source>', `</source>\n        <target>${target}</target>`);
	return xml.slice(0, start) + unitXml + xml.slice(end);
}

const translated = translationFiles('pl', {
	[`${RUMOUR}.situation`]: { text: 'Jesteś w grupie rodziców.', state: 'final' },
	[`${RUMOUR}.choices.1.label`]: { text: 'Dodaj plotkę', state: 'reviewed' },
	[`${RUMOUR}.choices.2.label`]: { text: 'Nie mieszaj się', state: 'translated' },
	'families.scenarioCount': { text: 'Scenariusz {at} z {of}', state: 'initial' }
});

describe('the XLIFF 2.0 round trip', () => {
	it('writes one unit per key, with its state, the English, the translation and its hash', () => {
		const xml = exported(translated);
		expect(xml).toContain(
			'<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="pl">'
		);
		expect(xml.match(/<unit /g)).toHaveLength(units.length);
		expect(xml).toContain(`<note category="from">${unit(`${RUMOUR}.situation`).from}</note>`);
		expect(xml).toMatch(/<segment state="final">\s*<source>You are in the WhatsApp group/);
		expect(xml).toContain('<target>Jesteś w grupie rodziców.</target>');
		expect(exported(translated, true).match(/<unit /g)).toHaveLength(units.length - 4);
	});

	it('keeps every state and text when a file comes back unchanged', () => {
		const { files, summary } = importXliff(project(translated), exported(translated), {});
		expect(files).toEqual({});
		expect(summary[0]).toMatch(/^0 entries of pl changed/);
	});

	it('takes back new targets and states, records the reviewer, and keeps the rest', () => {
		let xml = exported(translated);
		xml = edited(xml, `${RUMOUR}.choices.2.label`, 'reviewed', 'Nie wtrącaj się w grupie');
		xml = edited(xml, 'families.title', 'translated', 'Dla rodzin &amp; opiekunów');
		const { files } = importXliff(project(translated), xml, REVIEWER);
		const after = { ...translated, ...files };
		const entries = entriesOf(after);
		expect(entries.get(`${RUMOUR}.choices.2.label`)).toMatchObject({
			text: 'Nie wtrącaj się w grupie',
			state: 'reviewed',
			from: unit(`${RUMOUR}.choices.2.label`).from,
			reviewed: REVIEWER
		});
		expect(entries.get('families.title')).toMatchObject({
			text: 'Dla rodzin & opiekunów',
			state: 'translated'
		});
		expect(entries.get('families.title')?.reviewed).toBeUndefined();
		// What did not change keeps its state, its text, and its comments.
		expect(entries.get(`${RUMOUR}.situation`)).toMatchObject({ state: 'final' });
		expect(entries.get('families.scenarioCount')).toMatchObject({ state: 'initial' });
		expect(files['lessons/pl/interface.yaml']).toContain('# For families\nfamilies.title:');
		// And a second round trip gives the same states and texts again.
		const again = importXliff(project(after), exported(after), {});
		expect(again.files).toEqual({});
	});

	it('records the reviewer in language.yaml, and the language as checked, once all is reviewed', () => {
		const everything = translationFiles(
			'pl',
			Object.fromEntries(
				units.map(({ key, english }) => [key, { text: english, state: 'translated' }])
			)
		);
		const xml = exported(everything).replaceAll('state="translated"', 'state="reviewed"');
		const { files } = importXliff(project(everything), xml, REVIEWER);
		const language = 'lessons/pl/language.yaml';
		const course = buildCourse({ ...englishFiles, [language]: files[language]! });
		expect(course.languages.find(({ code }) => code === 'pl')).toMatchObject({
			status: 'checked',
			checked: REVIEWER
		});
		expect(entriesOf({ ...everything, ...files }).get('families.title')?.reviewed).toBeUndefined();
	});

	it('asks who reviewed what comes back reviewed', () => {
		const xml = edited(exported(translated), 'families.title', 'final', 'Dla rodzin');
		expect(() => importXliff(project(translated), xml, {})).toThrow(/say who reviewed them/);
	});
});

describe('a file that does not match the course', () => {
	const xml = exported(translated);
	const refusal = (file: string) => {
		try {
			importXliff(project(translated), file, REVIEWER);
		} catch (error) {
			if (error instanceof XliffRefusal) return error.reasons.join('\n');
			throw error;
		}
		throw new Error('the file was accepted');
	};

	it('is refused for another language, another source language or another course', () => {
		expect(refusal(xml.replace('trgLang="pl"', 'trgLang="de"'))).toMatch(
			/target language is de, which lessons\/setting.yaml does not offer/
		);
		expect(refusal(xml.replace('srcLang="en"', 'srcLang="fr"'))).toMatch(/source language is fr/);
		expect(refusal(xml.replaceAll('unit id="families.', 'unit id="other.'))).toMatch(
			/units are not in the course \(other\.homeLink/
		);
	});

	it('is refused when the English has changed since it was exported', () => {
		const changed = xml.replace(
			'<source>For families</source>',
			'<source>For families and carers</source>'
		);
		expect(refusal(changed)).toMatch(
			/The English of 1 units has changed since the file was exported \(families.homeLink\)/
		);
	});

	it('is refused when damaged, or not XLIFF 2.0, or its placeholders are broken', () => {
		expect(refusal(xml.slice(0, xml.length / 2))).toMatch(/not well-formed XML/);
		expect(refusal('<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"/>')).toMatch(
			/not XLIFF 2.0 \(its version is 1.2\)/
		);
		expect(refusal(edited(xml, 'families.scenarioCount', 'translated', 'Scenariusz {at}'))).toMatch(
			/families.scenarioCount: the target lacks \{of\}/
		);
		expect(refusal(edited(xml, 'families.title', 'done', 'Dla rodzin'))).toMatch(
			/state done: it must be initial, translated, reviewed, final/
		);
	});
});

describe('npm run translations -- import', () => {
	const root = mkdtempSync(join(tmpdir(), 'translations-'));
	cpSync('lessons', join(root, 'lessons'), { recursive: true });
	afterAll(() => rmSync(root, { recursive: true }));
	const snapshot = () =>
		Object.fromEntries(
			readdirSync(join(root, 'lessons', 'pl')).map((name) => [
				name,
				readFileSync(join(root, 'lessons', 'pl', name), 'utf8')
			])
		);

	it('refuses a damaged or foreign file with its reasons and changes nothing', () => {
		runTranslations(['export', 'pl', '--out', 'pl.xlf'], root);
		const good = readFileSync(join(root, 'pl.xlf'), 'utf8');
		const before = snapshot();
		writeFileSync(join(root, 'damaged.xlf'), good.slice(0, 2000));
		writeFileSync(join(root, 'foreign.xlf'), good.replace('trgLang="pl"', 'trgLang="fr"'));
		expect(() => runTranslations(['import', 'damaged.xlf'], root)).toThrow(
			/Refused damaged.xlf; nothing was changed:\n {2}It is not well-formed XML/
		);
		expect(() => runTranslations(['import', 'foreign.xlf'], root)).toThrow(/target language is fr/);
		expect(snapshot()).toEqual(before);
	});

	it('writes what comes back, in files the project keeps formatted', () => {
		const xml = edited(
			readFileSync(join(root, 'pl.xlf'), 'utf8'),
			`${RUMOUR}.situation`,
			'translated',
			'Jesteś w grupie rodziców.\nJeden tata pyta o panią Jones.'
		);
		writeFileSync(join(root, 'back.xlf'), xml);
		expect(runTranslations(['import', 'back.xlf'], root)[0]).toMatch(/^1 entries of pl changed/);
		expect(snapshot()['scenarios.yaml']).toContain(
			`${RUMOUR}.situation:\n  from: ${unit(`${RUMOUR}.situation`).from}\n  text: |-\n    Jesteś w grupie rodziców.\n    Jeden tata pyta o panią Jones.\n  state: translated\n`
		);
	});
});
