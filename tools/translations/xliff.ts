import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import {
	ENTRY_STATES,
	type EntryState,
	type TranslationEntry
} from '../../src/lib/content/translation/entries.ts';
import { placeholderDifference } from '../../src/lib/content/translation/placeholders.ts';
import { textHash } from '../../src/lib/content/translation/text-hash.ts';
import type { EnglishUnit } from '../../src/lib/content/translation/units.ts';

/**
 * XLIFF 2.0 (OASIS), the file a translator's tool opens: one <file> per translation file, one
 * <unit> per key with one <segment> whose `state` is the entry's, the English as <source>, the
 * translation as <target>, and the hash of the English kept as a note so the file can be checked
 * against the course when it comes back.
 */
const XLIFF_NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.0';
const FROM_NOTE = 'from';
const LIMIT = 10;

/** The XLIFF of a language's units; with `onlyNeeded`, those missing or outdated only. */
export function buildXliff(
	code: string,
	units: readonly EnglishUnit[],
	entries: ReadonlyMap<string, TranslationEntry>,
	onlyNeeded: boolean
): { xml: string; count: number } {
	const files = new Map<string, object[]>();
	let count = 0;
	for (const unit of units) {
		const entry = entries.get(unit.key);
		const upToDate = entry?.text && entry.from === unit.from;
		if (onlyNeeded && upToDate) continue;
		const where = `${unit.source.file}${unit.source.line ? `:${unit.source.line}` : ''}`;
		const notes = [
			{ '@_category': FROM_NOTE, '#text': unit.from },
			{ '@_category': 'location', '#text': `The English is in ${where}` },
			...(entry?.text && !upToDate
				? [
						{
							'@_category': 'outdated',
							'#text':
								'The English has changed since this was translated: check the translation against it, then set its state.'
						}
					]
				: [])
		];
		// An outdated translation goes out as a draft to redo: it stays in English until it is.
		const state: EntryState = entry?.text ? (upToDate ? entry.state : 'initial') : 'initial';
		const segment = {
			'@_state': state,
			source: unit.english,
			...(entry?.text ? { target: entry.text } : {})
		};
		const list = files.get(unit.name) ?? [];
		list.push({ '@_id': unit.key, notes: { note: notes }, segment });
		files.set(unit.name, list);
		count += 1;
	}
	const document = {
		'?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
		xliff: {
			'@_xmlns': XLIFF_NAMESPACE,
			'@_version': '2.0',
			'@_srcLang': 'en',
			'@_trgLang': code,
			file: [...files].map(([name, unit]) => ({
				'@_id': name,
				'@_original': `lessons/${code}/${name}.yaml`,
				unit
			}))
		}
	};
	const builder = new XMLBuilder({
		ignoreAttributes: false,
		attributeNamePrefix: '@_',
		format: true,
		indentBy: '  ',
		suppressEmptyNode: true
	});
	return { xml: builder.build(document), count };
}

/** One unit of an XLIFF file that came back, checked against the course. */
export interface ReturnedUnit {
	unit: EnglishUnit;
	state: EntryState;
	target: string;
}

/** A refusal: the file does not match the course, with every reason found. */
export class XliffRefusal extends Error {
	override name = 'XliffRefusal';
	constructor(readonly reasons: string[]) {
		super(reasons.join('\n'));
	}
}

type Node = Record<string, unknown>;

/**
 * Reads an XLIFF 2.0 file that a translator's tool wrote, and checks everything in it against the
 * course before anything is changed: that it is XLIFF 2.0 from English into a language offered,
 * that every unit is a key of the course whose English is still the English it was translated
 * from, that every state is one of XLIFF's four, and that each target keeps its placeholders.
 * Throws an XliffRefusal with the reasons; returns the language and its units otherwise.
 */
export function readXliff(
	xml: string,
	offered: readonly string[],
	units: readonly EnglishUnit[]
): { code: string; returned: ReturnedUnit[] } {
	const valid = XMLValidator.validate(xml);
	if (valid !== true) {
		const { msg, line } = valid.err;
		throw new XliffRefusal([`It is not well-formed XML: ${msg} (line ${line}).`]);
	}
	const parsed = new XMLParser({
		ignoreAttributes: false,
		attributeNamePrefix: '@_',
		parseTagValue: false,
		parseAttributeValue: false,
		trimValues: false,
		isArray: (name) => ['file', 'unit', 'segment', 'note'].includes(name)
	}).parse(xml) as Node;
	const root = parsed.xliff as Node | undefined;
	if (!root) throw new XliffRefusal(['It is not an XLIFF file: it has no <xliff> element.']);
	if (root['@_version'] !== '2.0' || root['@_xmlns'] !== XLIFF_NAMESPACE) {
		throw new XliffRefusal([
			`It is not XLIFF 2.0 (its version is ${attribute(root, 'version') ?? 'not given'}): export the file as XLIFF 2.0.`
		]);
	}
	const source = attribute(root, 'srcLang') ?? '';
	const code = attribute(root, 'trgLang') ?? '';
	const reasons: string[] = [];
	if (source !== 'en' && !source.startsWith('en-')) {
		reasons.push(`Its source language is ${source || 'not given'}, not English (en).`);
	}
	if (!offered.includes(code)) {
		reasons.push(
			`Its target language is ${code || 'not given'}, which lessons/setting.yaml does not offer (languages: [${offered.join(', ')}]).`
		);
	}
	if (reasons.length > 0) throw new XliffRefusal(reasons);

	const byKey = new Map(units.map((unit) => [unit.key, unit]));
	const seen = new Set<string>();
	const returned: ReturnedUnit[] = [];
	const unknown: string[] = [];
	const changed: string[] = [];
	for (const file of (root.file as Node[] | undefined) ?? []) {
		for (const element of (file.unit as Node[] | undefined) ?? []) {
			const key = attribute(element, 'id') ?? '';
			const unit = byKey.get(key);
			if (!unit) {
				unknown.push(key || '(a unit with no id)');
				continue;
			}
			if (seen.has(key)) {
				reasons.push(`Unit ${key} is in the file twice.`);
				continue;
			}
			seen.add(key);
			const segments = (element.segment as Node[] | undefined) ?? [];
			if (segments.length !== 1) {
				reasons.push(`Unit ${key} has ${segments.length} segments: join them into one.`);
				continue;
			}
			const segment = segments[0]!;
			const english = textOf(segment.source);
			const target = textOf(segment.target);
			if (english === undefined || target === undefined) {
				reasons.push(`Unit ${key} has markup inside its source or target: keep them plain text.`);
				continue;
			}
			if (textHash(english) !== unit.from) {
				changed.push(key);
				continue;
			}
			const state = attribute(segment, 'state') ?? 'initial';
			if (!isEntryState(state)) {
				reasons.push(`Unit ${key} has the state ${state}: it must be ${ENTRY_STATES.join(', ')}.`);
				continue;
			}
			if (state !== 'initial') {
				if (target.trim() === '') {
					reasons.push(`Unit ${key} is ${state} but has no target.`);
					continue;
				}
				for (const difference of placeholderDifference(unit.english, target)) {
					reasons.push(`Unit ${key}: the target ${difference}.`);
				}
			}
			returned.push({ unit, state, target: target.trim() });
		}
	}
	if (unknown.length > 0) {
		reasons.push(
			`${unknown.length} units are not in the course (${listed(unknown)}): the file is for another course, or an older one.`
		);
	}
	if (changed.length > 0) {
		reasons.push(
			`The English of ${changed.length} units has changed since the file was exported (${listed(changed)}): export the language again and carry the translations over.`
		);
	}
	if (reasons.length > 0) throw new XliffRefusal(reasons);
	return { code, returned };
}

/** An attribute's value, as the parser keeps it. */
function attribute(element: Node, name: string): string | undefined {
	const value = element[`@_${name}`];
	return typeof value === 'string' ? value : undefined;
}

const isEntryState = (state: string): state is EntryState =>
	(ENTRY_STATES as readonly string[]).includes(state);

const listed = (keys: string[]) =>
	keys.length > LIMIT
		? `${keys.slice(0, LIMIT).join(', ')} and ${keys.length - LIMIT} more`
		: keys.join(', ');

/** The text of a <source> or <target>: '' when absent, undefined when it holds inline markup. */
function textOf(element: unknown): string | undefined {
	if (element === undefined) return '';
	if (typeof element === 'string') return element;
	if (typeof element !== 'object' || element === null) return undefined;
	const children = Object.keys(element).filter((name) => !name.startsWith('@_'));
	if (children.length === 0) return '';
	if (children.length === 1 && children[0] === '#text') {
		return String((element as Record<string, unknown>)['#text']);
	}
	return undefined;
}
