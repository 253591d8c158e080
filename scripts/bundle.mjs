#!/usr/bin/env node
// Bundles the CLI and its worker (dist/bundle/cli.js, dist/bundle/worker.js, shared chunks), after tsc has
// written dist/ for the library. Loading one module instead of seventy is most of the command's
// start-up time (BENCHMARKS.md). cheerio, jschardet and lunar-javascript stay outside: they load only for HTML,
// for bytes that are not UTF-8 and for lunar dates.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['cheerio', 'cheerio/*', 'jschardet', 'string-width', 'lunar-javascript'],
  // CommonJS dependencies (commander) call require(); give the bundle one
  banner: { js: "import { createRequire as __facts_require } from 'node:module'; const require = __facts_require(import.meta.url);" },
  logLevel: 'warning',
  legalComments: 'none',
};

// Chunk names carry a hash: clear the old ones so dist/ holds one build.
rmSync('dist/bundle', { recursive: true, force: true });

// One build with code splitting: the main thread loads the engine chunk only when it processes
// documents itself (one input, or --jobs 1); with worker threads it stays small.
await build({ ...common, entryPoints: { cli: 'src/cli/main.ts', worker: 'src/cli/worker.ts' }, outdir: 'dist/bundle', splitting: true, chunkNames: 'chunk-[hash]' });
