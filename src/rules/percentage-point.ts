// Percentage points, never percent: `2.3个百分点`, `0.43個百分點`, `1.9百分点`; basis points in
// percentage points (`下调25个基点`, `降息50bp` → 0.25, 0.5).
import { re } from './patterns.js';
import { PRIORITY, type TokenRule } from './types.js';

const SUFFIX = re('y')`个?(?:百分点|(?<bp>基点|[bB][pP](?![a-zA-Z])|BPS?(?![a-zA-Z])|bps(?![a-zA-Z])))`;

export const percentagePoint: TokenRule = {
  id: 'percentage-point',
  examples: [
    { in: '比上年提高0.8个百分点', out: [{ text: '上年', kind: 'date', value: null }, { text: '0.8个百分点', kind: 'percentage_point', value: 0.8 }] },
    { in: '下修0.43个百分点', out: [{ text: '0.43个百分点', kind: 'percentage_point', value: 0.43 }] },
    { in: '快于城镇居民1.9百分点', out: [{ text: '1.9百分点', kind: 'percentage_point', value: 1.9 }] },
    { in: '回落三个百分点', out: [{ text: '三个百分点', kind: 'percentage_point', value: 3 }] },
    { in: '降幅在10至25个基点之间', out: [{ text: '10至25个基点', kind: 'percentage_point', value: 0.1, max: 0.25 }] },
    { in: '5年期以上LPR下调25个基点，降息50bp', out: [{ text: '5年期以上', kind: 'duration', value: 'P5Y', approx: 'over' }, { text: '25个基点', kind: 'percentage_point', value: 0.25 }, { text: '50bp', kind: 'percentage_point', value: 0.5 }] },
  ],
  match(ctx, tok) {
    const next = ctx.norm[tok.end];
    if (next !== '个' && next !== '百' && next !== '基' && next !== 'b' && next !== 'B') return null;
    const m = ctx.at(SUFFIX, tok.end);
    if (!m) return null;
    const bp = m.groups!.bp !== undefined;
    return {
      start: tok.start,
      end: tok.end + m[0].length,
      kind: 'percentage_point',
      value: bp ? Number((tok.value / 100).toPrecision(12)) : tok.value,
      decimals: bp ? tok.decimals + 2 : tok.decimals,
      rule: 'percentage-point',
      priority: PRIORITY.percentage_point,
      chinese: tok.chinese,
    };
  },
};
