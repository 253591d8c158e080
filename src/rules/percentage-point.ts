// Percentage points, never percent: `2.3个百分点`, `0.43個百分點`, `1.9百分点`.
import { re } from './patterns.js';
import { PRIORITY, type TokenRule } from './types.js';

const SUFFIX = re('y')`个?百分点`;

export const percentagePoint: TokenRule = {
  id: 'percentage-point',
  examples: [
    { in: '比上年提高0.8个百分点', out: [{ text: '上年', kind: 'date', value: null }, { text: '0.8个百分点', kind: 'percentage_point', value: 0.8 }] },
    { in: '下修0.43个百分点', out: [{ text: '0.43个百分点', kind: 'percentage_point', value: 0.43 }] },
    { in: '快于城镇居民1.9百分点', out: [{ text: '1.9百分点', kind: 'percentage_point', value: 1.9 }] },
    { in: '回落三个百分点', out: [{ text: '三个百分点', kind: 'percentage_point', value: 3 }] },
  ],
  match(ctx, tok) {
    const next = ctx.norm[tok.end];
    if (next !== '个' && next !== '百') return null;
    const m = ctx.at(SUFFIX, tok.end);
    if (!m) return null;
    return {
      start: tok.start,
      end: tok.end + m[0].length,
      kind: 'percentage_point',
      value: tok.value,
      decimals: tok.decimals,
      rule: 'percentage-point',
      priority: PRIORITY.percentage_point,
      chinese: tok.chinese,
    };
  },
};
