import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cruise, type IConfiguration } from 'dependency-cruiser';
import { afterEach, describe, expect, it } from 'vitest';

// The project's own rules, as `npm run lint` applies them.
const { forbidden } = createRequire(import.meta.url)('../../.dependency-cruiser.cjs') as Required<
	Pick<IConfiguration, 'forbidden'>
>;

let project: string | undefined;

afterEach(() => {
	if (project) rmSync(project, { recursive: true, force: true });
	project = undefined;
});

/** Writes the files into a throwaway project and names each rule they break. */
async function brokenRules(files: Record<string, string>): Promise<string[]> {
	project = mkdtempSync(join(tmpdir(), 'layers-'));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(project, path)), { recursive: true });
		writeFileSync(join(project, path), text);
	}
	const result = await cruise([...folders(files)], {
		baseDir: project,
		ruleSet: { forbidden },
		tsPreCompilationDeps: true,
		validate: true
	});
	if (typeof result.output === 'string') throw new Error('expected a cruise result');
	return [...new Set(result.output.summary.violations.map((violation) => violation.rule.name))];
}

/** The top-level folders the files are in. */
function folders(files: Record<string, string>): Set<string> {
	return new Set(Object.keys(files).map((path) => path.split('/')[0] ?? path));
}

describe("the project's layers", () => {
	it('fail on a cycle made only of type imports', async () => {
		expect(
			await brokenRules({
				'src/lib/content/course.ts':
					"import type { Lesson } from './lesson.ts';\nexport type Course = { lessons: Lesson[] };\n",
				'src/lib/content/lesson.ts':
					"import type { Course } from './course.ts';\nexport type Lesson = { course: Course };\n"
			})
		).toEqual(['no-cycle']);
	});

	it('fail on browser code importing a type from src/lib/server', async () => {
		expect(
			await brokenRules({
				'src/lib/records/sign-off.ts':
					"import type { Edition } from '../server/edition.ts';\nexport type Signed = Edition;\n",
				'src/lib/server/edition.ts': 'export type Edition = { version: string };\n'
			})
		).toEqual(['browser-code-imports-no-server-code']);
	});

	it("fail on Node's own modules outside src/lib/server", async () => {
		expect(
			await brokenRules({
				'src/lib/records/hash.ts':
					"import { createHash } from 'node:crypto';\nexport const hash = createHash;\n"
			})
		).toEqual(['node-only-code-stays-in-server-or-tools']);
	});

	it('fail on tools importing the tests, and the app importing tools', async () => {
		expect(
			(
				await brokenRules({
					'tools/bench.ts':
						"import { port } from '../tests/e2e/port.ts';\nexport const bench = port;\n",
					'tests/e2e/port.ts': 'export const port = 4173;\n',
					'src/lib/page.ts':
						"import { bench } from '../../tools/bench.ts';\nexport const page = bench;\n"
				})
			).sort()
		).toEqual(['nothing-imports-tests', 'the-app-imports-no-tools']);
	});

	it('pass the same files laid out as the README says', async () => {
		expect(
			await brokenRules({
				'src/lib/content/course.ts':
					"import type { Lesson } from './lesson.ts';\nexport type Course = { lessons: Lesson[] };\n",
				'src/lib/content/lesson.ts': 'export type Lesson = { title: string };\n',
				'src/lib/server/edition.ts':
					"import { createHash } from 'node:crypto';\nimport type { Course } from '../content/course.ts';\nexport const edition = (course: Course) => createHash('sha256').update(String(course.lessons.length));\n"
			})
		).toEqual([]);
	});
});
