// A change linked to the level it modifies, and the previous value that implies:
// `立电诈案件408起、同比下降11.30%` → the percent's `of` is the count, `baseline` 460.
import type { Document, Fact } from '../types.js';
import { SENTENCE_END } from './clauses.js';
import { isComparedLevel } from './marks.js';

const LEVELS = new Set(['count', 'money', 'measure', 'number', 'percent']);
/** The level told again as an average per month or day: 即每月平均约200亿. */
const RESTATED_AVERAGE = /即(?:每[日月年天]平均|平均每[日月年天]|日均|月均)[^，,。；;]{0,4}$/;

/**
 * The level at `k` is inside parentheses that open right where a figure ends (4.8%（10月份为5,752宗）,
 * 612,834,878.55元（约6.13亿元）): an aside; not one opened after a name (留宿旅客（1,512,306人次）).
 */
function inAsideAfterFigure(norm: string, facts: Fact[], k: number): boolean {
  const g = facts[k]!;
  // (within 16 characters: a search back through the whole text would cost its square)
  const from = Math.max(0, g.start - 16);
  const w = norm.slice(from, g.start);
  const at = Math.max(w.lastIndexOf('（'), w.lastIndexOf('('));
  if (at < 0) return false;
  const open = from + at;
  if (/[）)。；;]/.test(norm.slice(open, g.start))) return false;
  for (let j = k - 1; j >= 0 && facts[j]!.end >= open; j--) if (facts[j]!.end === open) return true;
  return false;
}

export function linkBaselines(doc: Document, facts: Fact[]): void {
  const norm = doc.norm;
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i]!;
    if (!f.change?.direction || typeof f.value !== 'number') continue;
    if (f.kind !== 'percent' && f.kind !== 'percentage_point') continue;
    // the nearest level before it in the same sentence, with no change of its own
    let skippedCompared = false;
    for (let k = i - 1; k >= 0 && i - k <= 12; k--) {
      const g = facts[k]!;
      const gap = norm.slice(g.end, facts[k + 1]!.start);
      // a clause that only compares (…551.4亿美元，年减16.0%；与11月的512.5亿美元相比，则增加17.6%)
      // still speaks of the level before its ；
      if (SENTENCE_END.test(gap) && !(/^[^。！？\n]*[；;]$/.test(gap.replace(/(?:与|较|比|和|同|跟)$/, '')) && /[；;](?:与|较|比|和|同|跟)[^；;。！？\n]*$/.test(norm.slice(g.end, f.start)))) break;
      if (g.kind === 'date' || g.kind === 'period' || g.kind === 'duration' || g.kind === 'ordinal') continue;
      if (g.change) {
        if (g.kind === f.kind) continue; // a list of changes (同比分别增长X、Y)
        break;
      }
      if (!LEVELS.has(g.kind) || typeof g.value !== 'number') continue;
      // (即每月平均约200亿: the level again as an average is not what the change is of)
      if (RESTATED_AVERAGE.test(norm.slice(Math.max(0, g.start - 8), g.start))) continue;
      // 较二季度的7.05亿元环比下降: the level compared with, not the one that changed
      // (nor one in parentheses after another figure: 6,028宗，按月上升4.8%（10月份为5,752宗），按年上升29.6%)
      if (isComparedLevel(norm, g.start) || inAsideAfterFigure(norm, facts, k)) {
        skippedCompared = true;
        continue;
      }
      if (f.kind === 'percentage_point' && g.kind !== 'percent') continue;
      if (f.kind === 'percent' && g.kind === 'percent' && !/率|比重|占比|份额/.test(g.subject ?? '')) continue;
      if (g.subject && f.subject && g.subject !== f.subject && !f.subject.includes(g.subject) && !g.subject.includes(f.subject)) break;
      // 另17项重要民生物资价格年涨2.58%: the change names its own subject after the level
      // (but 共有73宗新股上市（2022年：90宗），按年减少18.9%: the noun the level counts is no new subject)
      if (f.subject && f.subject.length >= 2 && doc.text.slice(g.end, f.start).includes(f.subject) && !(skippedCompared && doc.text.startsWith(f.subject, g.end))) break;
      f.of = k;
      const sign = f.change.direction === 'down' ? -1 : f.change.direction === 'up' ? 1 : 0;
      let base: number | null = null;
      if (f.kind === 'percent') {
        const factor = 1 + (sign * Math.abs(f.value)) / 100;
        if (factor > 0) base = g.value / factor;
      } else base = g.value - sign * Math.abs(f.value);
      if (base !== null && Number.isFinite(base)) f.baseline = roundLike(base, g);
      break;
    }
  }
}

/** Rounds an implied value to one more significant digit than its level was written with. */
function roundLike(v: number, level: Fact): number {
  if (level.kind === 'count') return Math.round(v);
  const digits = (level.text.match(/[0-9]/g) ?? []).length || 3;
  return Number(v.toPrecision(Math.min(15, Math.max(2, digits + 1))));
}
