// What the checks share: the precision a written number allows, subjects compared across scripts,
// sentences and paragraphs, and how a finding is made.
import type { Document, Fact, Finding, Severity } from '../types.js';
import type { RespectivelyList } from '../link/respectively.js';
import { T2S } from '../document/script-tables.js';

export interface CheckContext {
  doc: Document;
  facts: Fact[];
  lists: RespectivelyList[];
  /** Positions where sentences start (after 。！？\n). */
  sentenceStarts: number[];
  /** The index of a fact in `facts` (a map: findings name facts by index). */
  indexOf(f: Fact): number;
}

export interface Check {
  id: string;
  run(ctx: CheckContext): Finding[];
}

export function finding(doc: Document, rule: string, severity: Severity, start: number, end: number, message: string, extra: Partial<Finding> = {}): Finding {
  return { rule, severity, start, end, text: doc.text.slice(start, end), message, ...extra };
}

/** The range of true values a written quantity allows: its rounding, widened by 近/逾/约. */
export function bounds(f: Fact): [number, number] {
  const v = typeof f.value === 'number' ? f.value : NaN;
  const mult = /[万萬][亿億]|兆/.test(f.text) ? 1e12 : /[亿億]/.test(f.text) ? 1e8 : /[万萬]/.test(f.text) ? 1e4 : 1;
  const unitScale = f.kind === 'money' && /港仙|分钱/.test(f.unit ?? f.text) ? 0.01 : 1;
  const half = 0.5 * 10 ** -(f.decimals ?? 0) * mult * unitScale;
  let lo = v - half;
  let hi = v + half;
  switch (f.approx) {
    case 'over':
      hi = v * 1.2 + half;
      break;
    case 'nearly':
    case 'under':
      lo = v * 0.8 - half;
      break;
    case 'about':
      lo = v * 0.9 - half;
      hi = v * 1.1 + half;
      break;
  }
  return [Math.min(lo, hi), Math.max(lo, hi)];
}

/** The range of a/b × 100 from the ranges of a and b. */
export function ratioBounds(a: [number, number], b: [number, number]): [number, number] {
  if (b[0] <= 0) return [0, Infinity];
  return [(a[0] / b[1]) * 100, (a[1] / b[0]) * 100];
}

export function overlaps(x: [number, number], y: [number, number]): boolean {
  return x[0] <= y[1] && y[0] <= x[1];
}

/** A subject in Simplified, without quotes and spaces, for comparing. */
export function simplify(s: string | undefined): string {
  if (!s) return '';
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const t = T2S[c];
    out += String.fromCharCode(t !== undefined && t !== 0 ? t : c);
  }
  return out.replace(/[“”"'‘’「」\s、，,]/g, '');
}

/** Two subjects name the same thing (one contains the other). */
export function sameSubject(a: string | undefined, b: string | undefined): boolean {
  const x = simplify(a);
  const y = simplify(b);
  if (x.length < 2 || y.length < 2) return false;
  return x.includes(y) || y.includes(x);
}

export function sentenceStarts(norm: string): number[] {
  const out = [0];
  for (let i = 0; i < norm.length; i++) if (/[。！？!?\n]/.test(norm[i]!)) out.push(i + 1);
  return out;
}

/** Index of the sentence holding `pos` (the same binary search as the link stage's). */
export { sentenceOf as sentenceIndex } from '../link/clauses.js';

export function paragraphStart(norm: string, pos: number): number {
  const i = norm.lastIndexOf('\n', pos - 1);
  return i + 1;
}

export const QUANTITY_LEVELS = new Set(['count', 'money', 'measure', 'number']);

/** Same unit of measure: counts by measure word, money by currency, measures by unit. */
export function sameUnit(a: Fact, b: Fact): boolean {
  if (a.kind !== b.kind) return a.kind === 'number' || b.kind === 'number' ? false : false;
  if (a.kind === 'money') return a.currency === b.currency;
  if (a.kind === 'count' || a.kind === 'measure') return simplify(a.unit) === simplify(b.unit);
  return true;
}

export function fmt(n: number, digits = 2): string {
  if (!Number.isFinite(n)) return String(n);
  const abs = Math.abs(n);
  if (abs >= 1e8) return `${Number((n / 1e8).toFixed(digits))}亿`;
  if (abs >= 1e4 && Number.isInteger(n) === false) return `${Number((n / 1e4).toFixed(digits))}万`;
  return String(Number(n.toFixed(digits)));
}
