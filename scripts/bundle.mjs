#!/usr/bin/env node
// Bundles the command line after tsc has written dist/ for the library:
//   dist/bundle/facts.cjs        the CLI, its worker loop and the engine, as one CommonJS script
//   dist/bundle/facts.cjs.cache  V8's code cache of it, made by a warm-up run (scripts/warm-cache.mjs)
//   dist/bundle/code-cache.js    the loader bin/facts.js uses (src/cli/code-cache.ts)
//   dist/bundle/worker.js        a worker thread's entry, which loads facts.cjs the same way
// Loading one script instead of seventy modules, and its compiled code instead of its source, is
// most of the command's start-up time (BENCHMARKS.md). cheerio, jschardet and lunar-javascript stay
// outside, required only for HTML, for bytes that are not UTF-8 and for lunar dates. string-width is
// inside (still initialized only for tables): it is an ES module, and a script cannot import() one
// on Node 20 without a flag.
import { rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  external: ['cheerio', 'cheerio/*', 'jschardet', 'lunar-javascript'],
  logLevel: 'warning',
  legalComments: 'none',
};

rmSync('dist/bundle', { recursive: true, force: true });

// The command: a script, since only scripts take a code cache on Node 20. The engine's modules
// keep their lazy start (the main thread initializes them only when it processes documents).
await build({
  ...common,
  format: 'cjs',
  entryPoints: { facts: 'src/cli/bundle.ts' },
  outdir: 'dist/bundle',
  outExtension: { '.js': '.cjs' },
  define: { 'import.meta.url': '__facts_url' },
  banner: { js: "const __facts_url = require('node:url').pathToFileURL(__filename).href;" },
});
// The loader and the worker's entry: small ES modules.
await build({ ...common, format: 'esm', entryPoints: { 'code-cache': 'src/cli/code-cache.ts', worker: 'src/cli/bundle-worker.ts' }, outdir: 'dist/bundle' });

// The code cache, from a run over bundled fixtures (its output is not wanted).
const warm = spawnSync(process.execPath, ['scripts/warm-cache.mjs'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (warm.status !== 0) {
  console.error('bundle: the warm-up run failed; facts.cjs works without its cache, only starts slower');
  process.exitCode = 1;
}
