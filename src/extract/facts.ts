// Candidates → facts: the exact characters of each span, units as written, currencies resolved.
import type { Candidate } from '../rules/types.js';
import type { Document, Fact } from '../types.js';

export function toFacts(doc: Document, chosen: Candidate[]): Fact[] {
  const facts: Fact[] = [];
  for (const c of chosen) {
    if (c.kind === 'blocked') continue;
    const f: Fact = { kind: c.kind, start: c.start, end: c.end, text: doc.text.slice(c.start, c.end), value: c.value, rule: c.rule };
    if (c.max !== undefined) f.max = c.max;
    if (c.unitSpans) f.unit = c.unitSpans.map(([a, b]) => doc.text.slice(a, b)).join('/');
    else if (c.unit !== undefined) f.unit = c.unitAt !== undefined ? doc.text.slice(c.unitAt, c.unitAt + c.unit.length) : c.unit;
    if (c.kind === 'money') f.currency = c.currency ?? doc.defaultCurrency;
    if (c.approx) f.approx = c.approx;
    if (c.decimals !== undefined) f.decimals = c.decimals;
    if (c.time) f.time = c.time;
    if (c.relative) f.relative = true;
    facts.push(f);
  }
  return facts;
}
