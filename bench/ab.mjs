#!/usr/bin/env node
// A/B throughput of two builds in one process, rounds alternating, so that the machine's drift (±20%
// on this VM from minute to minute) falls on both alike. Differences of 2–5% show; run it three times.
//
//   git worktree add /tmp/old <rev> && (cd /tmp/old && ln -s "$PWD/../main/node_modules" . && npx tsc)
//   mkdir -p node_modules/.ab && cp -r /tmp/old/dist node_modules/.ab/old && cp -r dist node_modules/.ab/new
//   node bench/ab.mjs node_modules/.ab/old node_modules/.ab/new
//
// (The copies live under node_modules so that their imports resolve.)
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [dirA, dirB] = process.argv.slice(2);
if (!dirA || !dirB) {
  console.error('usage: node bench/ab.mjs DIST_A DIST_B');
  process.exit(2);
}
const A = await import(pathToFileURL(resolve(dirA, 'index.js')).href);
const B = await import(pathToFileURL(resolve(dirB, 'index.js')).href);
const root = new URL('../fixtures/', import.meta.url);
const texts = [readFileSync(new URL('seed-meixian.txt', root), 'utf8')];
for (const d of ['dev', 'gold']) for (const f of readdirSync(new URL(`${d}/`, root))) if (f.endsWith('.json')) texts.push(JSON.parse(readFileSync(new URL(`${d}/${f}`, root), 'utf8')).text);
const chars = texts.reduce((a, t) => a + t.length, 0);
const run = (X) => {
  const t0 = performance.now();
  for (let i = 0; i < 3; i++) for (const t of texts) X.extract(t);
  return (chars * 3) / (performance.now() - t0) / 1000;
};
for (let i = 0; i < 5; i++) run(A), run(B); // warm both
const ra = [];
const rb = [];
for (let r = 0; r < 30; r++) {
  if (r % 2) ra.push(run(A)), rb.push(run(B));
  else rb.push(run(B)), ra.push(run(A));
}
const med = (a) => a.sort((x, y) => x - y)[a.length >> 1];
console.log(`A ${med(ra).toFixed(3)} M chars/s · B ${med(rb).toFixed(3)} M chars/s (medians of 30 rounds) · B/A ${(med(rb) / med(ra)).toFixed(3)}`);
