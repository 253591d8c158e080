// Parts by direction (part of sum-mismatch): a count of things, then how many of them rose, fell and
// held. The groups cannot overlap, so they cannot add up to more than the whole; when all three are
// named they must add up to it.
//
//   fires:       28种蔬菜中，价格比上周上涨的有8种，下降的有17种，持平的有4种 (29 of 28)
//                70个大中城市中，环比下降的城市有63个，持平的有2个，上涨的有3个 (68 of 70: all three named)
//   holds:       …上涨的有8种，下降的有16种，持平的有4种 (28, info)
//   stays quiet: two groups short of the whole (上涨的有8种，下降的有17种: others may be unknown)
import type { Fact, Finding } from '../types.js';
import { firstAtOrAfter, hasFullStop } from '../link/marks.js';
import { bounds, finding, fmt, precisionScale, sameUnit, sumOf, type CheckContext } from './util.js';

/** The whole, then the words that name it and 中: 28种蔬菜中，, 70个大中城市中， */
const AMONG_AFTER = /^[\u4e00-\u9fff]{1,12}中[，,]/;
/** The direction a group is named by, right before 的 in its clause: 上涨的有8种, 环比下降的城市有63个. */
const GROUP = /(?<dir>上涨|上升|增长|提高|下降|下跌|减少|回落|降低|持平|不变|基本持平)的[\u4e00-\u9fff]{0,6}?(?:有|为|共)?$/;
const SIDE: Readonly<Record<string, 'up' | 'down' | 'flat'>> = {
  上涨: 'up', 上升: 'up', 增长: 'up', 提高: 'up',
  下降: 'down', 下跌: 'down', 减少: 'down', 回落: 'down', 降低: 'down',
  持平: 'flat', 不变: 'flat', 基本持平: 'flat',
};

export function partsByDirection(ctx: CheckContext, out: Finding[]): void {
  const { doc, facts } = ctx;
  for (let i = 0; i < facts.length; i++) {
    const whole = facts[i]!;
    if (whole.kind !== 'count' || typeof whole.value !== 'number' || whole.change) continue;
    const among = AMONG_AFTER.exec(doc.norm.slice(whole.end, whole.end + 16));
    if (!among) continue;
    // the groups: counts of the whole's unit in the rest of the sentence, each named by a direction
    const from = whole.end + among[0].length;
    const parts: Fact[] = [];
    const sides = new Set<string>();
    for (let k = firstAtOrAfter(facts, from); k < facts.length; k++) {
      const g = facts[k]!;
      if (hasFullStop(doc.norm, from, g.start)) break;
      if (g.kind !== 'count' || typeof g.value !== 'number' || !sameUnit(g, whole)) continue;
      const clause = doc.norm.slice(Math.max(from, g.start - 20), g.start).replace(/^.*[，,；;]/, '');
      const m = GROUP.exec(clause);
      if (!m) break;
      const side = SIDE[m.groups!.dir!]!;
      // (one group a direction: 上涨的有8种，上涨超过10%的有3种 is a group within a group)
      if (sides.has(side)) return;
      sides.add(side);
      parts.push(g);
    }
    if (parts.length < 2) continue;
    const { lo: sumLo, hi: sumHi, sum } = sumOf(parts, range);
    const [wlo, whi] = range(whole);
    const ids = [ctx.indexOf(whole), ...parts.map((p) => ctx.indexOf(p))];
    const last = parts[parts.length - 1]!;
    if (sumLo > whi) {
      out.push(finding(doc, 'sum-mismatch', 'warning', parts[0]!.start, last.end, `the groups that rose, fell or held add up to ${fmt(sum)}, more than the ${whole.text} they are of`, { facts: ids }));
    } else if (sumHi < wlo && sides.size === 3) {
      out.push(finding(doc, 'sum-mismatch', 'warning', parts[0]!.start, last.end, `the groups that rose, fell and held add up to ${fmt(sum)}, less than the ${whole.text} they are of`, { facts: ids }));
    } else if (sumHi >= wlo && sumLo <= whi) {
      out.push(finding(doc, 'part-whole-consistent', 'info', parts[0]!.start, last.end, `the groups add up to ${fmt(sum)} = ${whole.text}`, { facts: ids }));
    }
  }
}

/** A count of things written in whole digits (8种) is exact; a rounded one (1.2万个) has its bounds. */
function range(f: Fact): [number, number] {
  return !f.approx && !f.decimals && precisionScale(f.text) === 1 ? [f.value as number, f.value as number] : bounds(f);
}
