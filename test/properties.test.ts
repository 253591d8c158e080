// Property-based tests (fast-check): whatever the input, extraction never throws and its output
// keeps its invariants; converting a text between the scripts does not change what is found.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, extract } from '../src/index.js';
import { extractJson } from '../src/format/json.js';
import { rules } from '../src/rules/index.js';
import { schemaErrors } from './support/schema.js';
import { toTraditional } from './support/helpers.js';

// Pieces that exercise the rules: digits, numerals, units, marks, and characters that are hard on
// offsets (astral CJK, emoji, combining marks, full-width forms, controls).
const PIECES = [
  '0', '1', '2', '9', '12', '2023', '37.82', '1,365', '１２３', '．', '％', '%', '‰', '万', '亿', '萬', '億', '一', '二', '两', '十', '百', '千', '〇', '○', '零', '壹', '贰', '点',
  '年', '月', '日', '号', '季度', '上半年', '同比', '增长', '下降', '个', '起', '人', '元', '美元', '港元', '倍', '个百分点', '成', '分之', '至', '—', '-', '、', '，', '。', '；', '：', '（', '）', '“', '”',
  '约', '近', '逾', '余', '多', '以上', '左右', '第', '去年', '今天', '以来', '连续', '岁', '公里', '吨', '千瓦时', '其中', '分别', '占', '率',
  '𠮷', '😀', '👨‍👩‍👧', 'é', 'e\u0301', '\u200b', '\ufeff', '\u0000', '\u001b[31m', '\t', '\n', ' ', '　', 'a', 'Q3', 'HK$', '¥', '\ud800', '\udc00',
];

const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));
const mixed = fc.oneof(text, fc.string({ maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 40 }));

function cp(s: string, i: number): number {
  return [...s.slice(0, i)].length;
}

describe('properties', () => {
  it('extract never throws, and every fact is the text at its offsets, in order, without overlap', () => {
    fc.assert(
      fc.property(mixed, (s) => {
        const r = extract(s);
        let last = -1;
        for (const f of r.facts) {
          expect(r.doc.text.slice(f.start, f.end)).toBe(f.text);
          expect(f.start).toBeGreaterThanOrEqual(last);
          expect(f.end).toBeGreaterThan(f.start);
          last = f.end;
        }
        const json = extractJson(r);
        expect(schemaErrors(json)).toEqual([]);
        const cps = [...r.doc.text];
        for (const f of json.facts ?? []) expect(cps.slice(f.start, f.end).join('')).toBe(f.text);
        expect(JSON.parse(JSON.stringify(json))).toEqual(json);
      }),
      { numRuns: 400 },
    );
  });

  it('check never throws and its findings point into the text', () => {
    fc.assert(
      fc.property(text, (s) => {
        const r = check(s, { published: '2024-01-09' });
        for (const f of r.findings) {
          expect(r.doc.text.slice(f.start, f.end)).toBe(f.text);
          expect(['error', 'warning', 'info']).toContain(f.severity);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('offsets in code points stay right after characters beyond U+FFFF', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('𠮷', '😀', '𩸽', 'a', '，'), { maxLength: 20 }), fc.constantFrom('12亿元', '37.82%', '2023年8月'), (prefix, fact) => {
        const s = prefix.join('') + '营收' + fact;
        const json = extractJson(extract(s));
        const f = json.facts![0]!;
        expect(f.start).toBe(cp(s, s.indexOf(fact)));
        expect([...s].slice(f.start, f.end).join('')).toBe(f.text);
      }),
      { numRuns: 200 },
    );
  });

  // Sentences from the rules' own examples, joined at random: the same kinds and values in both scripts.
  const sentences = rules.flatMap((r) => r.examples.filter((e) => !e.simplifiedOnly && !e.published).map((e) => e.in));
  // (150 texts of up to six sentences: it failed twice under a full parallel run on a slow VM and never
  // alone, most likely past the default five seconds)
  it('converting between Simplified and Traditional does not change the kinds and values found', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...sentences), { minLength: 1, maxLength: 6 }), (parts) => {
        const hans = parts.join('。');
        const hant = toTraditional(hans);
        const ra = extract(hans, { published: '2024-01-09' });
        const rb = extract(hant, { published: '2024-01-09' });
        // (a text may be read as Hong Kong's in Traditional and the mainland's in Simplified, 差饷 beside 2023-2024年度:
        // a region reads some times its own way, a fiscal year April to March; the property is of one region)
        fc.pre(ra.doc.region === rb.doc.region);
        const a = ra.facts.map((f) => `${f.kind}:${JSON.stringify(f.value)}`);
        const b = rb.facts.map((f) => `${f.kind}:${JSON.stringify(f.value)}`);
        expect(b).toEqual(a);
      }),
      { numRuns: 150 },
    );
  });
});

describe('regressions found by the fuzz run (scripts/fuzz.mjs)', () => {
  it('a bare number that becomes the low end of a range is not also a fact of its own', () => {
    const r = extract('2023万--壹十一%连续万');
    for (let i = 1; i < r.facts.length; i++) expect(r.facts[i]!.start).toBeGreaterThanOrEqual(r.facts[i - 1]!.end);
  });
});

describe('regressions found by the fuzz run, continued', () => {
  it('an open period never reaches into the next fact (Q3至今天)', () => {
    const r = extract('壹美元Q3至今天12１２３');
    for (let i = 1; i < r.facts.length; i++) expect(r.facts[i]!.start).toBeGreaterThanOrEqual(r.facts[i - 1]!.end);
  });
});

describe('regressions found by the script-conversion property', () => {
  it('N周年 is an anniversary in Taiwan text too (a three-digit 年 there is a year of the Republic)', () => {
    const r = extract('民國113年5月20日就職。建黨103週年');
    expect(r.facts.map((f) => [f.text, f.value])).toEqual([['民國113年5月20日', '2024-05-20'], ['103週年', 'P103Y']]);
  });
});
