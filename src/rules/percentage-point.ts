// Percentage points, never percent: `2.3个百分点`, `0.43個百分點`, `1.9百分点`; basis points in
// percentage points (`下调25个基点`, `降息50bp` → 0.25, 0.5).
import { re } from './patterns.js';
import { PRIORITY, type Candidate, type RuleContext, type TokenRule } from './types.js';
import type { NumberToken } from '../numbers/lexer.js';

const SUFFIX = re('y')`个?(?:百分点|(?<bp>基点|[bB][pP](?![a-zA-Z])|BPS?(?![a-zA-Z])|bps(?![a-zA-Z])))`;

export const percentagePoint: TokenRule = {
  id: 'percentage-point',
  examples: [
    { in: '比上年提高0.8个百分点', out: [{ text: '上年', kind: 'date', value: null }, { text: '0.8个百分点', kind: 'percentage_point', value: 0.8 }] },
    { in: '下修0.43个百分点', out: [{ text: '0.43个百分点', kind: 'percentage_point', value: 0.43 }] },
    { in: '快于城镇居民1.9百分点', out: [{ text: '1.9百分点', kind: 'percentage_point', value: 1.9 }] },
    { in: '回落三个百分点', out: [{ text: '三个百分点', kind: 'percentage_point', value: 3 }] },
    { in: '降幅在10至25个基点之间', out: [{ text: '10至25个基点', kind: 'percentage_point', value: 0.1, max: 0.25 }] },
    { in: '金管局公布后，本港银行下调最优惠利率0.125厘，港元定期存款年息3.5厘，立法会议员关注再加息0.25厘', out: [{ text: '0.125厘', kind: 'percentage_point', value: 0.125 }, { text: '3.5厘', kind: 'percent', value: 3.5 }, { text: '0.25厘', kind: 'percentage_point', value: 0.25 }] },
    { in: '月息3厘，三厘米', out: [{ text: '三厘米', kind: 'measure', value: 3 }] },
    { in: '5年期以上LPR下调25个基点，降息50bp', out: [{ text: '5年期以上', kind: 'duration', value: 'P5Y', approx: 'over' }, { text: '25个基点', kind: 'percentage_point', value: 0.25 }, { text: '50bp', kind: 'percentage_point', value: 0.5 }] },
  ],
  match(ctx, tok) {
    const next = ctx.norm[tok.end];
    if (next === '厘') return interestLi(ctx, tok);
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

/** Interest in Hong Kong and Macau text: 厘 is a percent of interest (年息3.5厘), and a move of a rate is in points. */
const LI_CONTEXT = /(?:息|利率|按揭|存款|贷款)[^，。；]{0,10}$/;
const LI_MOVE = /(?:加息|减息|降息|上调|下调|调高|调低|调升|调降|削减|提高|降低|上升|下降|回落)[^，。；\d]{0,8}$/;

function interestLi(ctx: RuleContext, tok: NumberToken): Candidate | null {
  if ((ctx.region !== 'hk' && ctx.region !== 'mo') || tok.chinese || tok.value <= 0 || tok.value >= 20) return null;
  const before = ctx.before(tok.start, 14);
  if (!LI_CONTEXT.test(before)) return null;
  const move = LI_MOVE.test(before);
  return {
    start: tok.start,
    end: tok.end + 1,
    kind: move ? 'percentage_point' : 'percent',
    value: tok.value,
    decimals: tok.decimals,
    rule: 'percentage-point',
    priority: move ? PRIORITY.percentage_point : PRIORITY.percent,
    chinese: false,
  };
}
