// Multiples: `2倍`, `1.6倍左右`, `一.七倍`, `三倍二` (3.2, as written in 增长三倍二); and, with no
// digits, `翻一番` (2), `翻两番` (4), `翻番`/`翻倍` (2) in multiple-words.ts.
import { DIGITS } from '../numbers/chinese.js';
import { re } from './patterns.js';
import { PRIORITY, type TokenRule } from './types.js';

const SUFFIX = re('y')`倍(?<tenth>[一二三四五六七八九](?![十百千万亿]))?`;

export const multiple: TokenRule = {
  id: 'multiple',
  examples: [
    { in: '相当于扣非净利润的1.6倍左右', out: [{ text: '1.6倍左右', kind: 'multiple', value: 1.6, approx: 'about' }] },
    { in: '规模达到上年同期的约28倍', out: [{ text: '上年同期', kind: 'period', value: null }, { text: '约28倍', kind: 'multiple', value: 28, approx: 'about' }] },
    { in: '出口较去年同期成长一.七倍', out: [{ text: '去年同期', kind: 'period', value: null }, { text: '一.七倍', kind: 'multiple', value: 1.7 }] },
    { in: '利润增长三倍二', out: [{ text: '三倍二', kind: 'multiple', value: 3.2 }] },
    { in: '每户所得差距为6.15倍', out: [{ text: '6.15倍', kind: 'multiple', value: 6.15 }] },
  ],
  match(ctx, tok) {
    if (ctx.norm[tok.end] !== '倍') return null;
    const m = ctx.at(SUFFIX, tok.end);
    if (!m) return null;
    const tenth = m.groups?.tenth;
    return {
      start: tok.start,
      end: tok.end + m[0].length,
      kind: 'multiple',
      value: tenth ? Number((tok.value + DIGITS[tenth]! / 10).toFixed(tok.decimals + 1)) : tok.value,
      decimals: tok.decimals,
      rule: 'multiple',
      priority: PRIORITY.multiple,
      chinese: tok.chinese,
    };
  },
};
