// metric-conflict (warning): one figure given for two different metrics in one article, or one
// metric given two different values for one period.
//
//   fires:      破案数、移送起诉数分别同比上升37.82%、35.8% … 破案率51.8%、同比上升37.82%
//               (the same 37.82% for 破案数 and for 破案率)
//   stays quiet: 35.8% for 移送起诉数 and for 移送起诉 660人 (one metric, said twice); 5% for two
//               metrics (a round figure says little)
import type { Fact, Finding } from '../types.js';
import { finding, sameSubject, simplify, type Check } from './util.js';


/** Distinctive enough to be a copy when it turns up twice: two decimals, or three significant digits. */
function distinctive(f: Fact): boolean {
  const digits = (f.text.match(/\d/g) ?? []).length;
  return (f.decimals ?? 0) >= 2 || digits >= 4;
}

/**
 * 破案数 and 破案率: one stem, one a rate and the other not. This is the confusion that happens (a
 * change of a count copied onto the rate beside it); two unrelated metrics that moved by the same
 * amount (净利润 and 每股收益 when the share count is unchanged) are no evidence of one.
 */
function differentMetrics(a: string, b: string): boolean {
  const x = simplify(a);
  const y = simplify(b);
  if (x.length < 2 || y.length < 2) return false;
  const rateX = /率$/.test(x);
  const rateY = /率$/.test(y);
  if (rateX === rateY) return false;
  const stem = (s: string) => s.replace(/(?:率|数|数量|人数|额|量|总数)$/, '');
  const sx = stem(x);
  const sy = stem(y);
  return sx.length >= 2 && sy.length >= 2 && (sx.includes(sy) || sy.includes(sx));
}

export const metricConflict: Check = {
  id: 'metric-conflict',
  run(ctx) {
    const { doc, facts } = ctx;
    const out: Finding[] = [];
    const seen = new Map<string, Fact[]>();
    for (const f of facts) {
      if ((f.kind !== 'percent' && f.kind !== 'percentage_point') || typeof f.value !== 'number' || !f.subject || !distinctive(f)) continue;
      const key = `${f.kind}:${f.value}:${f.change?.direction ?? ''}:${f.change?.basis ?? ''}`;
      const earlier = seen.get(key) ?? [];
      const clash = earlier.find((e) => e.subject && differentMetrics(e.subject, f.subject!) && !earlier.some((o) => o !== e && sameSubject(o.subject, f.subject)));
      if (clash && !earlier.some((e) => sameSubject(e.subject, f.subject) && !differentMetrics(e.subject!, f.subject!))) {
        out.push(
          finding(doc, 'metric-conflict', 'warning', f.start, f.end, `${f.text} is given for ${f.subject} here and for ${clash.subject} earlier: one figure for two metrics is likely a copy error`, {
            facts: [ctx.indexOf(clash), ctx.indexOf(f)],
          }),
        );
      }
      earlier.push(f);
      seen.set(key, earlier);
    }
    return out;
  },
};
