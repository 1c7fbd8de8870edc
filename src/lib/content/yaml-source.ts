import * as v from 'valibot';
import { LineCounter, parseDocument, isMap, isNode, isScalar, type Document } from 'yaml';
import type { ProblemList } from './content-error.ts';
import type { ContentFiles } from './content-files.ts';

export type Path = readonly (string | number)[];

/** A parsed YAML text that can say on which line any value in it stands. */
export class YamlSource {
	readonly file: string;
	readonly value: unknown;
	readonly #doc: Document;
	readonly #lines: LineCounter;
	readonly #lineOffset: number;

	constructor(file: string, text: string, problems: ProblemList, lineOffset = 0) {
		this.file = file;
		this.#lineOffset = lineOffset;
		this.#lines = new LineCounter();
		this.#doc = parseDocument(text, { lineCounter: this.#lines, prettyErrors: false });
		for (const error of this.#doc.errors) {
			const line = this.#lines.linePos(error.pos[0]).line + lineOffset;
			// The parser's own words for a repeated name do not say which name it is.
			const message =
				error.code === 'DUPLICATE_KEY'
					? `${keyAt(text, error.pos[0])} is used twice as a name here`
					: error.message.split('\n')[0];
			problems.add(file, `is not valid YAML: ${message}`, line);
		}
		this.value = this.#doc.errors.length > 0 ? undefined : this.#doc.toJS();
	}

	/** The line of the value at `path`, or of its nearest ancestor that exists. */
	lineOf(path: Path): number | undefined {
		for (let length = path.length; length >= 0; length--) {
			const node = this.#doc.getIn(path.slice(0, length), true);
			if (isNode(node) && node.range) {
				return this.#lines.linePos(node.range[0]).line + this.#lineOffset;
			}
		}
		return undefined;
	}

	/** The line of the name that `path` ends with, where it names an entry of a map. */
	keyLineOf(path: Path): number | undefined {
		const parent = path.length > 1 ? this.#doc.getIn(path.slice(0, -1), true) : this.#doc.contents;
		const pair = isMap(parent)
			? parent.items.find((item) => isScalar(item.key) && item.key.value === path.at(-1))
			: undefined;
		const key = pair?.key;
		if (isNode(key) && key.range) return this.#lines.linePos(key.range[0]).line + this.#lineOffset;
		return this.lineOf(path);
	}

	/**
	 * Checks the whole value against a schema, reporting each issue at its line. `where` says in
	 * words where in the file an issue is; by default, the dotted path to it.
	 */
	validate<S extends v.GenericSchema>(
		schema: S,
		problems: ProblemList,
		where: (path: Path) => string = (path) => path.join('.')
	): v.InferOutput<S> | undefined {
		if (this.value === undefined) return undefined;
		const result = v.safeParse(schema, this.value);
		if (result.success) return result.output;
		for (const issue of result.issues) {
			const issuePath = (issue.path ?? []).map((item) => item.key as string | number);
			const place = issuePath.length > 0 ? `${where(issuePath)}: ` : '';
			problems.add(this.file, `${place}${issue.message}`, this.lineOf(issuePath));
		}
		return undefined;
	}
}

/** The name written at `offset`, up to its colon. */
function keyAt(text: string, offset: number): string {
	return /^[^:\n]*/.exec(text.slice(offset))![0].trim();
}

/** Parses one of the content files, or reports it missing. */
export function readYamlFile(files: ContentFiles, file: string, problems: ProblemList) {
	const text = files[file];
	if (text === undefined) {
		problems.add(file, 'is missing');
		return undefined;
	}
	return new YamlSource(file, text, problems);
}
