#!/usr/bin/env node
// Checks gold files (format: ../shared/spec/gold-format.md) for mistakes a scorer would trip on:
// every fact and finding `text` must occur in `text` at least `occurrence` times, kinds and values
// must have the right shape, and two facts must not claim the same occurrence of the same text.
//
//   node scripts/validate-gold.mjs fixtures/gold            (a folder or files)
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const KINDS = new Set(['count', 'money', 'percent', 'percentage_point', 'multiple', 'measure', 'number', 'ordinal', 'date', 'period', 'duration']);
const APPROX = new Set(['nearly', 'over', 'about', 'under']);
const DIRECTIONS = new Set(['up', 'down', 'flat']);
const SEVERITIES = new Set(['error', 'warning', 'info']);
const ISO_DATE = /^\d{4}(-\d\d(-\d\d(T\d\d:\d\d(:\d\d)?)?)?)?$|^--\d\d(-\d\d)?$|^---\d\d$/;
const ISO_PERIOD = /^(\d{4}(-\d\d(-\d\d(T\d\d:\d\d(:\d\d)?)?)?)?|\.\.)\/(\d{4}(-\d\d(-\d\d(T\d\d:\d\d(:\d\d)?)?)?)?|\.\.)$/;
const ISO_DURATION = /^P(?!$)(\d+(\.\d+)?Y)?(\d+(\.\d+)?M)?(\d+(\.\d+)?W)?(\d+(\.\d+)?D)?(T(?=\d)(\d+(\.\d+)?H)?(\d+(\.\d+)?M)?(\d+(\.\d+)?S)?)?$/;

const files = process.argv.slice(2).flatMap((p) => (statSync(p).isDirectory() ? readdirSync(p).filter((f) => f.endsWith('.json')).sort().map((f) => join(p, f)) : [p]));
let problems = 0;
for (const file of files) {
  const say = (msg) => {
    problems++;
    console.log(`${file}: ${msg}`);
  };
  let g;
  try {
    g = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    say(`not JSON: ${e.message}`);
    continue;
  }
  for (const k of ['id', 'source', 'script', 'text', 'facts']) if (g[k] == null) say(`missing ${k}`);
  if (!['hans', 'hant'].includes(g.script)) say(`script must be hans or hant`);
  if (g.published != null && !/^\d{4}-\d\d-\d\d(T\d\d:\d\d(:\d\d)?)?$/.test(g.published)) say(`published ${g.published} is not ISO`);
  const claimed = new Map();
  const where = (item, label) => {
    let at = -1;
    for (let n = 0; n < (item.occurrence ?? 1); n++) {
      at = g.text.indexOf(item.text, at + 1);
      if (at < 0) {
        say(`${label} ${JSON.stringify(item.text)} occurrence ${item.occurrence ?? 1} not in text`);
        return -1;
      }
    }
    return at;
  };
  for (const f of g.facts ?? []) {
    const label = `fact ${JSON.stringify(f.text)}#${f.occurrence ?? 1}`;
    if (!KINDS.has(f.kind)) say(`${label}: kind ${f.kind}`);
    const at = where(f, 'fact');
    if (at >= 0) {
      const key = `${at}:${f.text}`;
      if (claimed.has(key)) say(`${label}: same occurrence claimed twice`);
      claimed.set(key, f);
    }
    const v = f.value;
    if (['date'].includes(f.kind) && v != null && !ISO_DATE.test(v)) say(`${label}: date value ${v}`);
    if (f.kind === 'period' && v != null && !ISO_PERIOD.test(v)) say(`${label}: period value ${v}`);
    if (f.kind === 'duration' && v != null && !ISO_DURATION.test(v)) say(`${label}: duration value ${v}`);
    if (!['date', 'period', 'duration'].includes(f.kind) && v != null && typeof v !== 'number') say(`${label}: value must be a number`);
    if ((f.kind === 'count' || f.kind === 'measure') && !f.unit) say(`${label}: ${f.kind} needs unit`);
    if (f.kind === 'money' && !/^[A-Z]{3}$/.test(f.currency ?? '')) say(`${label}: money needs an ISO currency`);
    if (f.approx != null && !APPROX.has(f.approx)) say(`${label}: approx ${f.approx}`);
    if (f.direction != null && !DIRECTIONS.has(f.direction)) say(`${label}: direction ${f.direction}`);
    if (f.basis != null && !/^(yoy|mom|vs:prev|vs:\d{4})$/.test(f.basis)) say(`${label}: basis ${f.basis}`);
  }
  for (const f of g.findings ?? []) {
    if (!SEVERITIES.has(f.severity ?? 'warning')) say(`finding ${f.rule}: severity ${f.severity}`);
    where(f, `finding ${f.rule}`);
  }
  // Facts must not overlap one another.
  const spans = [...claimed.entries()].map(([k, f]) => [Number(k.split(':')[0]), Number(k.split(':')[0]) + f.text.length, f]).sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < spans.length; i++) if (spans[i][0] < spans[i - 1][1]) say(`facts overlap: ${JSON.stringify(spans[i - 1][2].text)} and ${JSON.stringify(spans[i][2].text)}`);
}
console.log(`${files.length} file(s), ${problems} problem(s)`);
process.exit(problems ? 1 : 0);
