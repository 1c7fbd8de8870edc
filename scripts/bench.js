// `npm run bench`: builds the site, measures what a first visit to each page downloads and runs
// Lighthouse on each kind of page; exits non-zero when anything is over budget. Vite's runner
// loads the TypeScript, so Node needs no extra loader.
import { runnerImport } from 'vite';

/** @type {{ module: typeof import('../tools/bench/run-bench.ts') }} */
const { module } = await runnerImport('./tools/bench/run-bench.ts', { configFile: false });
process.exitCode = await module.runBench();
