#!/usr/bin/env node
// Prints the facts found in a gold file's text (or a text file) one per line, for quick looks.
//   node scripts/show.mjs fixtures/dev/dev-hans-tongji-2019.json
import { readFileSync } from 'node:fs';
import { extractText } from '../dist/pipeline.js';
const file = process.argv[2];
const raw = readFileSync(file, 'utf8');
const gold = file.endsWith('.json') ? JSON.parse(raw) : null;
const text = gold ? gold.text : raw;
const r = extractText(text, gold?.published ? { published: gold.published } : {});
console.log(`script ${r.doc.script} region ${r.doc.region} published ${r.doc.published?.value} (${r.doc.published?.source}) currency ${r.doc.defaultCurrency}`);
for (const f of r.facts) {
  const extra = ['max', 'unit', 'currency', 'approx', 'subject', 'period', 'of', 'baseline'].filter((k) => f[k] !== undefined).map((k) => `${k}=${JSON.stringify(f[k])}`);
  if (f.change) extra.push(`change=${f.change.direction ?? ''}/${f.change.basis ?? ''}`);
  console.log(`${String(f.start).padStart(5)} ${f.kind.padEnd(16)} ${f.text.padEnd(14)} ${JSON.stringify(f.value)} ${extra.join(' ')} [${f.rule}]`);
}
