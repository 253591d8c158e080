#!/usr/bin/env node
// For gold files: each gold fact's subject/direction/basis next to what facts found (mismatches only).
//   node scripts/attr-diff.mjs fixtures/dev [--attr subject]
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { extractText } from '../dist/pipeline.js';
const t2s = OpenCC.Converter({ from: 't', to: 'cn' });
const args = process.argv.slice(2);
const ai = args.indexOf('--attr');
const attrs = ai >= 0 ? [args[ai + 1]] : ['subject', 'direction', 'basis'];
const paths = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--attr');
const files = paths.flatMap((p) => (statSync(p).isDirectory() ? readdirSync(p).filter((f) => f.endsWith('.json')).map((f) => join(p, f)) : [p]));
let total = 0, right = 0;
for (const file of files) {
  const g = JSON.parse(readFileSync(file, 'utf8'));
  const r = extractText(g.text, g.published ? { published: g.published } : {});
  const out = [];
  for (const gf of g.facts.filter((f) => f.kind !== 'ordinal')) {
    let at = -1;
    for (let n = 0; n < (gf.occurrence ?? 1); n++) at = g.text.indexOf(gf.text, at + 1);
    const p = r.facts.find((f) => f.start < at + gf.text.length && at < f.end);
    for (const a of attrs) {
      const want = gf[a];
      const got = a === 'subject' ? p?.subject : p?.change?.[a];
      if (want == null && (got == null || a === 'subject')) continue;
      total++;
      let ok;
      if (a === 'subject') {
        const x = t2s(String(want)).replace(/[“”"、,，]/g, '');
        const y = t2s(String(got ?? '')).replace(/[“”"、,，]/g, '');
        ok = y.length >= 2 && (y.includes(x) || x.includes(y));
      } else ok = String(got) === String(want);
      if (ok) right++;
      else out.push(`  ${a.padEnd(9)} ${gf.text.padEnd(12)} want ${String(want).padEnd(14)} got ${got ?? '—'}`);
    }
  }
  if (out.length) console.log(`== ${g.id}\n${out.join('\n')}`);
}
console.log(`${right}/${total} right`);
