// Rates per N people or things, as percent (gold-format: `16.9/10万` → 0.0169):
//
//   孕产妇死亡率为15.7/10万 → 0.0157        每十万人口1,198宗 → 1.198 (罪案率)
//   每千人口床位7.23张 is a count per person, not a rate of the whole: left to count.ts
import { parseNumber } from '../numbers/chinese.js';
import { re } from './patterns.js';
import { PRIORITY, type TokenRule } from './types.js';

const DENOMINATOR = '(?:10万|十万|100万|百万|1万|一万|万|1000|1,000|千|100|百|100000|10000)';
const SLASH = re('y')`/(?<den>${DENOMINATOR})(?:人口|人|例|活产儿?)?`;
const PER_BEFORE = re('')`每(?<den>${DENOMINATOR})(?:人口|人|名|例|活产儿?)?(?:中|有|计)?$`;
/** A simple fraction: 1/3, 2/5, 3/10. */
const SLASH_FRACTION = re('y')`/(?<den>[2-9]|1[0-2])(?![\d.,/-])`;
/** Words before a fraction of a whole (约1/3, 占…的1/5, 超过1/4). */
const FRACTION_BEFORE = /(?:约|近|超过|超|逾|占|达|的|仅|不到|不足|将近|了|为|是|有|和|或|、)$/;
const UNIT_AFTER = re('y')`(?:宗|人|例|起|名|件|次|人次)?`;

function denominator(s: string): number | null {
  const v = parseNumber(s.replace(/,/g, ''));
  return v && v.value > 0 ? v.value : null;
}

export const ratePer: TokenRule = {
  id: 'rate-per',
  examples: [
    { in: '孕产妇死亡率为15.7/10万', out: [{ text: '15.7/10万', kind: 'percent', value: 0.0157 }] },
    { in: '整体罪案率为每十万人口1,198宗', out: [{ text: '每十万人口1,198宗', kind: 'percent', value: 1.198 }] },
    { in: '约1/3的企业，占全国的1/5，于2024/1/3发布，比分3/5', out: [{ text: '约1/3', kind: 'percent', value: 33.333333333333336, approx: 'about' }, { text: '1/5', kind: 'percent', value: 20 }, { text: '2024/1/3', kind: 'date', value: '2024-01-03' }] },
  ],
  match(ctx, tok) {
    if (ctx.norm[tok.end] !== '/' && !ctx.norm.slice(Math.max(0, tok.start - 10), tok.start).includes('每')) return null;
    const slash = ctx.at(SLASH, tok.end);
    if (slash) {
      const den = denominator(slash.groups!.den!);
      if (!den) return null;
      return { start: tok.start, end: tok.end + slash[0].length, kind: 'percent', value: Number(((tok.value * 100) / den).toPrecision(12)), decimals: tok.decimals, rule: 'rate-per', priority: PRIORITY.percent, chinese: tok.chinese };
    }
    // 约1/3的企业, 占全国的1/5: a fraction, as percent like 三分之一 (not a date: 2024/1/3 is one whole)
    const frac = ctx.at(SLASH_FRACTION, tok.end);
    if (frac) {
      const den = Number(frac.groups!.den);
      const n = tok.value;
      if (!tok.plainDigits || n <= 0 || n >= den || /[\d./-]/.test(ctx.norm[tok.start - 1] ?? '')) return null;
      if (!FRACTION_BEFORE.test(ctx.before(tok.start, 2)) && !/^(?:的|以上|左右|强|多)/.test(ctx.norm.slice(tok.end + frac[0].length, tok.end + frac[0].length + 2))) return null;
      return { start: tok.start, end: tok.end + frac[0].length, kind: 'percent', value: (n * 100) / den, decimals: 0, rule: 'rate-fraction', priority: PRIORITY.percent, chinese: false };
    }
    const before = PER_BEFORE.exec(ctx.before(tok.start, 10));
    if (!before) return null;
    const den = denominator(before.groups!.den!);
    if (!den) return null;
    const unit = ctx.at(UNIT_AFTER, tok.end)!;
    return {
      start: tok.start - before[0].length,
      end: tok.end + unit[0].length,
      kind: 'percent',
      value: Number(((tok.value * 100) / den).toPrecision(12)),
      decimals: tok.decimals,
      rule: 'rate-per',
      priority: PRIORITY.percent,
      chinese: tok.chinese,
    };
  },
};
