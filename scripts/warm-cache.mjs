#!/usr/bin/env node
// Writes dist/bundle/facts.cjs.cache: runs the bundled command on a few fixtures (both scripts,
// text and HTML; extract and check; JSON and tables) so that the functions those runs need are
// compiled, then saves their bytecode (src/cli/code-cache.ts). Run by scripts/bundle.mjs.
import { rmSync } from 'node:fs';
import { loadCached, saveCache } from '../dist/bundle/code-cache.js';

const url = new URL('../dist/bundle/facts.cjs', import.meta.url);
rmSync(new URL('../dist/bundle/facts.cjs.cache', import.meta.url), { force: true });
const { exports, script } = loadCached(url);
const seed = 'fixtures/seed-meixian.txt';
const html = 'fixtures/html/dev-hans-tongji-2019.html';
for (const [command, ...args] of [
  ['extract', '--format', 'json', seed],
  ['extract', '--format', 'json', html],
  ['check', '--format', 'json', seed],
  ['extract', seed],
  ['check', seed],
]) {
  await exports.main(['node', 'facts', command, '--jobs', '1', ...args]);
}
saveCache(url, script);
