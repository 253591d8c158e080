// Shared test helpers: run the engine on a sentence, convert examples to Traditional, score gold files.
import * as OpenCC from 'opencc-js';
import { extract } from '../../src/index.js';
import type { Fact, Report } from '../../src/types.js';

let s2t: ((s: string) => string) | null = null;
/** Simplified → Traditional (Taiwan standard characters, no phrase changes). */
export function toTraditional(s: string): string {
  s2t ??= OpenCC.Converter({ from: 'cn', to: 'tw' });
  return s2t(s);
}

let t2s: ((s: string) => string) | null = null;
export function toSimplified(s: string): string {
  t2s ??= OpenCC.Converter({ from: 't', to: 'cn' });
  return t2s(s);
}

export function run(text: string, published?: string): Report {
  return extract(text, published ? { published } : {});
}

export function facts(text: string, published?: string): Fact[] {
  return run(text, published).facts.filter((f) => f.kind !== 'ordinal');
}

export interface GoldFact {
  text: string;
  occurrence?: number;
  kind: string;
  value: unknown;
  unit?: string;
  currency?: string;
  approx?: string;
  subject?: string;
  direction?: string;
  basis?: string;
  max?: unknown;
}

export interface Gold {
  id: string;
  script: string;
  published: string | null;
  text: string;
  facts: GoldFact[];
  findings?: { rule: string; severity?: string; text: string; occurrence?: number; note?: string }[];
}

/** Where the n-th occurrence of a gold text is (UTF-16 index), as the scorer finds it. */
export function locate(text: string, needle: string, occurrence = 1): number {
  let at = -1;
  for (let n = 0; n < occurrence; n++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`gold text ${needle} #${occurrence} not found`);
  }
  return at;
}

const TEMPORAL = new Set(['date', 'period']);

export function interval(v: unknown): string | null {
  const parts = String(v ?? '').split('/');
  if (parts.length > 2) return null;
  const one = (x: string, end: boolean): string | null => {
    if (x === '..') return '..';
    let m = /^(\d{4})$/.exec(x);
    if (m) return end ? `${m[1]}-12-31` : `${m[1]}-01-01`;
    m = /^(\d{4})-(\d\d)$/.exec(x);
    if (m) return end ? `${m[1]}-${m[2]}-${String(new Date(Date.UTC(+m[1]!, +m[2]!, 0)).getUTCDate()).padStart(2, '0')}` : `${m[1]}-${m[2]}-01`;
    m = /^(\d{4}-\d\d-\d\d)$/.exec(x);
    return m ? m[1]! : null;
  };
  const a = one(parts[0]!, false);
  const b = one(parts[parts.length - 1]!, true);
  return a && b ? `${a}/${b}` : null;
}

function temporal(v: unknown): string {
  return String(v ?? '')
    .split('/')
    .map((s) => s.replace(/(T\d\d:\d\d):00$/, '$1'))
    .join('/');
}

export function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === 'number') {
    const n = Number(b);
    return Number.isFinite(n) && Math.abs(n - a) <= 1e-9 * Math.max(1, Math.abs(a));
  }
  if (temporal(a) === temporal(b)) return true;
  const x = interval(a);
  return x !== null && x === interval(b);
}

export interface Score {
  gold: number;
  predicted: number;
  strict: number;
  f1: number;
  offsetErrors: number;
  misses: string[];
  spurious: string[];
  wrong: string[];
}

/** A predicted fact with offsets into the gold text (UTF-16, as extract gives them). */
export interface Located {
  start: number;
  end: number;
  kind: string;
  value: unknown;
  unit?: string;
  currency?: string;
  text: string;
}

/** The shared scorer's strict measure (../shared/eval/score.mjs) of predicted facts against a gold file. */
export function scoreFacts(gold: Gold, predicted: Located[], kinds?: string[]): Score {
  const keep = (k: string) => k !== 'ordinal' && (!kinds || kinds.includes(k));
  const g = gold.facts.filter((f) => keep(f.kind)).map((f) => {
    const at = locate(gold.text, f.text, f.occurrence);
    return { ...f, start: at, end: at + f.text.length };
  });
  const p = predicted.filter((f) => keep(f.kind));
  const cand: [number, number, number][] = [];
  g.forEach((a, i) =>
    p.forEach((b, j) => {
      const ov = Math.min(a.end, b.end) - Math.max(a.start, b.start);
      if (ov > 0) cand.push([ov, i, j]);
    }),
  );
  cand.sort((a, b) => b[0] - a[0]);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  let strict = 0;
  const wrong: string[] = [];
  for (const [, i, j] of cand) {
    if (usedG.has(i) || usedP.has(j)) continue;
    usedG.add(i);
    usedP.add(j);
    const a = g[i]!;
    const b = p[j]!;
    const sameKind = a.kind === b.kind || (TEMPORAL.has(a.kind) && TEMPORAL.has(b.kind) && interval(a.value) !== null && interval(a.value) === interval(b.value));
    const ok = sameKind && (a.value == null || sameValue(a.value, b.value)) && (!a.currency || b.currency === a.currency) && (!a.unit || toSimplified(b.unit ?? '') === a.unit);
    if (ok) strict++;
    else wrong.push(`${a.text}: want ${a.kind} ${JSON.stringify(a.value)} ${a.unit ?? ''}${a.currency ?? ''}, got ${b.kind} ${JSON.stringify(b.value)} ${b.unit ?? ''}${b.currency ?? ''}`);
  }
  const P = p.length ? strict / p.length : 0;
  const R = g.length ? strict / g.length : 0;
  return {
    gold: g.length,
    predicted: p.length,
    strict,
    f1: P + R ? (2 * P * R) / (P + R) : 0,
    offsetErrors: 0,
    misses: g.filter((_, i) => !usedG.has(i)).map((f) => `${f.text} [${f.kind}]`),
    spurious: p.filter((_, j) => !usedP.has(j)).map((f) => `${f.text} [${f.kind}]`),
    wrong,
  };
}

/** Extracts a gold file's text and scores it; offsets that do not hold their text are counted. */
export function score(gold: Gold, kinds?: string[]): Score {
  const r = extract(gold.text, gold.published ? { published: gold.published } : {});
  const s = scoreFacts(gold, r.facts, kinds);
  for (const f of r.facts) if (gold.text.slice(f.start, f.end) !== f.text) s.offsetErrors++;
  return s;
}
