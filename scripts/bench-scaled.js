// `npm run bench:scaled`: the bench on this course and on a generated one ten times larger (a
// temporary copy of the project), side by side, with `npm run check` timed on both.
// BENCH_LIGHTHOUSE=off measures sizes only.
import { runnerImport } from 'vite';

/** @type {{ module: typeof import('../tools/bench/run-scaled-bench.ts') }} */
const { module } = await runnerImport('./tools/bench/run-scaled-bench.ts', { configFile: false });
process.exitCode = module.runScaledBench();
