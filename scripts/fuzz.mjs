#!/usr/bin/env node
// Fuzz run: many generated inputs through extract (and check), asserting the invariants the tests
// assert (no throw, every fact is the text at its offsets, in order, without overlap, valid JSON
// shape) and recording the slowest input. Not part of `npm test` (it takes minutes).
//
//   npm run build && node scripts/fuzz.mjs [count=100000] [seed=1]
import fc from 'fast-check';
import { check, extract } from '../dist/index.js';
import { extractJson } from '../dist/format/json.js';

const count = Number(process.argv[2] ?? 100_000);
const seed = Number(process.argv[3] ?? 1);

const PIECES = [
  '0', '1', '2', '9', '12', '2023', '37.82', '1,365', '１２３', '．', '％', '%', '‰', '万', '亿', '萬', '億', '一', '二', '两', '十', '百', '千', '〇', '○', '零', '壹', '贰', '点',
  '年', '月', '日', '号', '季度', '上半年', '同比', '增长', '下降', '个', '起', '人', '元', '美元', '港元', '倍', '个百分点', '成', '分之', '至', '—', '-', '、', '，', '。', '；', '：', '（', '）', '“', '”',
  '约', '近', '逾', '余', '多', '以上', '左右', '第', '去年', '今天', '以来', '连续', '岁', '公里', '吨', '千瓦时', '其中', '分别', '占', '率', '民國', '新臺幣', '全麵', '機製', '星期三',
  '𠮷', '😀', '👨‍👩‍👧', 'é', 'e\u0301', '\u200b', '\ufeff', '\u0000', '\u001b[31m', '\t', '\n', ' ', '　', 'a', 'Q3', 'HK$', '¥', '\ud800', '\udc00', '<p>', '</div>', '&amp;', '<script>',
];
const text = fc.oneof(
  { weight: 6, arbitrary: fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((a) => a.join('')) },
  { weight: 2, arbitrary: fc.string({ maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 120 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 80 }) },
);

const samples = fc.sample(text, { numRuns: count, seed });
let failures = 0;
let facts = 0;
let slowest = { ms: 0, input: '' };
const t0 = performance.now();
samples.forEach((s, i) => {
  const a = performance.now();
  try {
    const r = i % 10 === 0 ? check(s, { published: '2024-01-09' }) : extract(s);
    let last = -1;
    for (const f of r.facts) {
      if (r.doc.text.slice(f.start, f.end) !== f.text) throw new Error(`offsets: ${JSON.stringify(f)}`);
      if (f.start < last || f.end <= f.start) throw new Error(`order: ${JSON.stringify(f)}`);
      last = f.end;
    }
    for (const f of r.findings) if (r.doc.text.slice(f.start, f.end) !== f.text) throw new Error(`finding offsets: ${JSON.stringify(f)}`);
    JSON.parse(JSON.stringify(extractJson(r)));
    facts += r.facts.length;
  } catch (e) {
    failures++;
    if (failures <= 5) console.error(`failure on ${JSON.stringify(s)}: ${e.stack ?? e}`);
  }
  const ms = performance.now() - a;
  // (the first inputs load tables and warm the compiler: they are not the slowest input)
  if (i >= 1000 && ms > slowest.ms) slowest = { ms, input: s };
});
const total = performance.now() - t0;
console.log(
  JSON.stringify(
    { inputs: count, seed, failures, facts, totalSeconds: Number((total / 1000).toFixed(1)), meanMs: Number((total / count).toFixed(3)), slowestMs: Number(slowest.ms.toFixed(1)), slowestLength: slowest.input.length },
    null,
    2,
  ),
);
process.exitCode = failures ? 1 : 0;
