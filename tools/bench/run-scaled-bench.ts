import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { kB } from './budgets';
import { writeScaledProject } from './scale-course';

interface BenchResult {
	buildSeconds: number;
	offlineCopyGzip: number;
	kinds: { kind: string; path: string; javascriptGzip: number; totalGzip: number }[];
	problems: string[];
}

/** Runs a command in a folder, its output shown; returns its exit status and the seconds taken. */
function timed(folder: string, command: string, args: string[]) {
	const started = performance.now();
	const { status } = spawnSync(command, args, { cwd: folder, stdio: 'inherit' });
	return { status: status ?? 1, seconds: Math.round((performance.now() - started) / 100) / 10 };
}

/**
 * The bench on this course and on a generated one ten times larger, each after a timed
 * `npm run check`, then the two side by side. Non-zero when either fails.
 */
export function runScaledBench(): number {
	const copy = writeScaledProject(process.cwd(), 10);
	const courses = { ours: process.cwd(), 'ten times larger': copy };
	const runs: Record<string, { failed: boolean; checkSeconds: number; result: BenchResult }> = {};
	try {
		for (const [name, folder] of Object.entries(courses)) {
			console.log(`\n=== ${name}: ${folder} ===`);
			const check = timed(folder, 'npm', ['run', 'check', '--silent']);
			const bench = timed(folder, 'node', ['scripts/bench.js']);
			const result = JSON.parse(
				readFileSync(`${folder}/bench-results/bench.json`, 'utf8')
			) as BenchResult;
			runs[name] = {
				failed: check.status !== 0 || bench.status !== 0,
				checkSeconds: check.seconds,
				result
			};
		}
	} finally {
		rmSync(copy, { recursive: true, force: true });
	}
	const ours = runs.ours!;
	const large = runs['ten times larger']!;
	console.log('\nFirst visit, heaviest page of each kind (gzip): ours and ten times larger');
	console.table(
		Object.fromEntries(
			ours.result.kinds.map((kind) => {
				const other = large.result.kinds.find((candidate) => candidate.kind === kind.kind);
				return [
					kind.kind,
					{
						JS: kB(kind.javascriptGzip),
						'JS ×10': other ? kB(other.javascriptGzip) : '–',
						all: kB(kind.totalGzip),
						'all ×10': other ? kB(other.totalGzip) : '–'
					}
				];
			})
		)
	);
	const ratio = (a: number, b: number) => `×${(b / a).toFixed(2)}`;
	const { buildSeconds: b1, offlineCopyGzip: o1 } = ours.result;
	const { buildSeconds: b2, offlineCopyGzip: o2 } = large.result;
	console.log(`Build: ${b1} s and ${b2} s (${ratio(b1, b2)}).`);
	console.log(`Offline copy: ${kB(o1)} and ${kB(o2)} (${ratio(o1, o2)}).`);
	console.log(
		`npm run check: ${ours.checkSeconds} s and ${large.checkSeconds} s (${ratio(ours.checkSeconds, large.checkSeconds)}).`
	);
	console.log(
		`Problems: ${ours.result.problems.length} in ours, ${large.result.problems.length} in the larger course.`
	);
	return ours.failed || large.failed ? 1 : 0;
}
