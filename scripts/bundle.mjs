#!/usr/bin/env node
// Bundles the CLI and its worker into one file each (dist/cli.js, dist/worker.js), after tsc has
// written dist/ for the library. Loading one module instead of seventy is most of the command's
// start-up time (BENCHMARKS.md). cheerio and jschardet stay outside: they load only for HTML and
// for bytes that are not UTF-8.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['cheerio', 'cheerio/*', 'jschardet', 'string-width'],
  // CommonJS dependencies (commander) call require(); give the bundle one
  banner: { js: "import { createRequire as __facts_require } from 'node:module'; const require = __facts_require(import.meta.url);" },
  logLevel: 'warning',
  legalComments: 'none',
};

await build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js' });
await build({ ...common, entryPoints: ['src/cli/worker.ts'], outfile: 'dist/worker.js' });
