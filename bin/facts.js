#!/usr/bin/env node
// Thin shim: the CLI is bundled into dist/bundle/ by `npm run build` (run by `prepare`), and loaded
// with its code cache (src/cli/code-cache.ts).
import { loadCached } from '../dist/bundle/code-cache.js';

const { main } = loadCached(new URL('../dist/bundle/facts.cjs', import.meta.url)).exports;

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    // Last resort: an internal error is reported in one line (exit 2); --debug shows the stack.
    const debug = process.argv.includes('--debug');
    process.stderr.write(`facts: internal error: ${debug && err?.stack ? err.stack : (err?.message ?? String(err))}\n`);
    process.exitCode = 2;
  },
);
