import * as v from 'valibot';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { ProblemList } from './content-error.ts';

type Path = readonly (string | number)[];

/** A parsed YAML text that can say on which line any value in it stands. */
export class YamlSource {
	readonly file: string;
	readonly value: unknown;
	private readonly doc: Document;
	private readonly lines: LineCounter;
	private readonly lineOffset: number;

	constructor(file: string, text: string, problems: ProblemList, lineOffset = 0) {
		this.file = file;
		this.lineOffset = lineOffset;
		this.lines = new LineCounter();
		this.doc = parseDocument(text, { lineCounter: this.lines, prettyErrors: false });
		for (const error of this.doc.errors) {
			const line = this.lines.linePos(error.pos[0]).line + lineOffset;
			problems.add(file, `is not valid YAML: ${error.message.split('\n')[0]}`, line);
		}
		this.value = this.doc.errors.length > 0 ? undefined : this.doc.toJS();
	}

	/** The line of the value at `path`, or of its nearest ancestor that exists. */
	lineOf(path: Path): number | undefined {
		for (let length = path.length; length >= 0; length--) {
			const node = this.doc.getIn(path.slice(0, length), true);
			if (isNode(node) && node.range) {
				return this.lines.linePos(node.range[0]).line + this.lineOffset;
			}
		}
		return undefined;
	}

	/** Checks the whole value against a schema, reporting each issue at its line. */
	validate<S extends v.GenericSchema>(
		schema: S,
		problems: ProblemList
	): v.InferOutput<S> | undefined {
		if (this.value === undefined) return undefined;
		const result = v.safeParse(schema, this.value);
		if (result.success) return result.output;
		for (const issue of result.issues) {
			const issuePath = (issue.path ?? []).map((item) => item.key as string | number);
			const where = issuePath.length > 0 ? `${issuePath.join('.')}: ` : '';
			problems.add(this.file, `${where}${issue.message}`, this.lineOf(issuePath));
		}
		return undefined;
	}
}
