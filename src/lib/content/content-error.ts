/** One thing wrong with a content file, located as precisely as the file allows. */
export interface ContentProblem {
	file: string;
	line?: number;
	message: string;
}

export function formatProblem({ file, line, message }: ContentProblem): string {
	return `${file}${line ? `:${line}` : ''}: ${message}`;
}

/** Thrown when the content in lessons/ cannot be built; the message lists every problem found. */
export class ContentError extends Error {
	readonly problems: ContentProblem[];

	constructor(problems: ContentProblem[]) {
		const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
		super(
			`The course content has ${count}:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`
		);
		this.name = 'ContentError';
		this.problems = problems;
	}
}

/** Collects problems for one build, so that an author sees all of them at once. */
export class ProblemList {
	readonly items: ContentProblem[] = [];

	add(file: string, message: string, line?: number): void {
		this.items.push({ file, line, message });
	}

	throwIfAny(): void {
		if (this.items.length > 0) throw new ContentError(this.items);
	}
}
