// Candidates → facts: the exact characters of each span, units as written, currencies resolved.
import type { Candidate } from '../rules/types.js';
import type { Document, Fact } from '../types.js';
import { isFullStop } from '../link/marks.js';

/** Currencies whose bare form is 元: a bare 元 after one of them in the same sentence is the same. */
const YUAN_FAMILY = new Set(['CNY', 'TWD', 'HKD', 'MOP']);

export function toFacts(doc: Document, chosen: Candidate[]): Fact[] {
  const facts: Fact[] = [];
  // 营收新台币1,318.1亿元，较第二季的1,273.6亿元季增5.3%: the second amount is in 新台币 too
  let sentenceCurrency: string | null = null;
  let cursor = 0;
  for (const c of chosen) {
    for (; cursor < c.start; cursor++) if (isFullStop(doc.norm.charCodeAt(cursor))) sentenceCurrency = null;
    cursor = Math.max(cursor, c.end);
    if (c.kind === 'blocked') continue;
    // Every fact gets every field, in one order (unset ones undefined): one hidden class for all of
    // them keeps the property reads of the link stages and checks monomorphic (BENCHMARKS.md).
    const f: Fact = { kind: c.kind, start: c.start, end: c.end, text: doc.text.slice(c.start, c.end), value: c.value, max: undefined, unit: undefined, currency: undefined, approx: undefined, subject: undefined, change: undefined, period: undefined, of: undefined, baseline: undefined, relative: undefined, rule: c.rule, implied: undefined, time: undefined, decimals: undefined, listIndex: undefined };
    if (c.max !== undefined) f.max = c.max;
    if (c.unitSpans) f.unit = c.unitSpans.map(([a, b]) => doc.text.slice(a, b)).join(c.unitJoin ?? '/');
    else if (c.unit !== undefined) f.unit = c.unitAt !== undefined ? doc.text.slice(c.unitAt, c.unitAt + c.unit.length) : c.unit;
    if (c.kind === 'money') {
      f.currency = c.currency ?? sentenceCurrency ?? doc.defaultCurrency;
      if (c.currency && YUAN_FAMILY.has(c.currency) && /[元圆]/.test(f.text)) sentenceCurrency = c.currency;
    }
    if (c.approx) f.approx = c.approx;
    if (c.decimals !== undefined) f.decimals = c.decimals;
    if (c.time) f.time = c.time;
    if (c.relative) f.relative = true;
    facts.push(f);
  }
  return facts;
}
