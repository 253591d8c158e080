// Ordinals (`kind: ordinal`): 第九轮, 第33个, 居全省第九, 第三大, 连续第3年. Not scored, but reported,
// and claiming the span keeps 第九轮 from being read as a count. Sector names (第一产业) and
// quarters (第一季度, in period.ts) are not ordinals.
import { re } from './patterns.js';
import { PRIORITY, type TokenRule } from './types.js';

const SUFFIX = re('y')`(?:个月|个季度|个|周|名|位|次|轮|届|期|批|大|度|条|款|项|章|节|季|年|天|场|家|号|阶段|层|级|代|版|款|站|集|部|篇|页|顺位)?`;
const SECTOR = re('y')`产业`;
const QUARTER = re('y')`季(?!节)`;

export const ordinal: TokenRule = {
  id: 'ordinal',
  examples: [
    { in: '深入开展第九轮校园安全隐患排查', out: [{ text: '第九轮', kind: 'ordinal', value: 9 }] },
    { in: '全国第33个“110宣传日”', out: [{ text: '第33个', kind: 'ordinal', value: 33 }] },
    { in: '进入第12周', out: [{ text: '第12周', kind: 'ordinal', value: 12 }] },
    { in: '连续第3个月录得逾千宗', out: [{ text: '第3个月', kind: 'ordinal', value: 3 }, { text: '逾千宗', kind: 'count', value: 1000, approx: 'over' }] },
    { in: '知晓率居全省第九、全市第一', out: [{ text: '第九', kind: 'ordinal', value: 9 }, { text: '第一', kind: 'ordinal', value: 1 }] },
    { in: '第一产业增加值72.8亿元', out: [{ text: '72.8亿元', kind: 'money', value: 7280000000 }] },
  ],
  match(ctx, tok) {
    if (ctx.norm[tok.start - 1] !== '第') return null;
    if (ctx.at(QUARTER, tok.end)) return null; // 第一季度, 第3季: a period
    if (ctx.at(SECTOR, tok.end)) return { start: tok.start - 1, end: tok.end + 2, kind: 'blocked', value: null, rule: 'sector-name', priority: PRIORITY.blocked };
    const m = ctx.at(SUFFIX, tok.end)!;
    return {
      start: tok.start - 1,
      end: tok.end + m[0].length,
      kind: 'ordinal',
      value: tok.value,
      rule: 'ordinal',
      priority: PRIORITY.ordinal,
      chinese: tok.chinese,
    };
  },
};
