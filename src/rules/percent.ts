// Percentages, in percent units: `37.82%`, `３７％`, `百分之七十九点八`, `三成`, `千分之五`, `11.69‰`,
// fractions `三分之一` (100/3), `五分之一` (20). Percentage points are another kind (percentage-point.ts).
import { DIGITS } from '../numbers/chinese.js';
import { codeAt } from '../numbers/lexer.js';
import { minusBefore, re } from './patterns.js';
import { PRIORITY, type Candidate, type TokenRule } from './types.js';

const SIGN = re('y')`(?<sign>%|‰|‱)`;
const PER = re('')`(?<per>百分之|千分之|万分之)$`;
// 成 is a tenth only as a share: not in 完成, 成为, 成立, 成交, 成本, 成功 …
const CHENG_BEFORE_WEI = re('y')`成`;
const CHENG = re('y')`成(?:(?<tenth>[一二三四五六七八九](?![十百千万亿成]))|(?<tenthDigit>[1-9])(?![\d.%])|(?<half>半))?(?![为立交本功果员绩都长熟型品效就了]|家(?!庭))`;
const FRACTION = re('y')`分之`;

const PER_SCALE: Readonly<Record<string, number>> = { 百分之: 1, 千分之: 0.1, 万分之: 0.01 };

function round(v: number): number {
  return Number(v.toPrecision(15));
}

export const percent: TokenRule = {
  id: 'percent',
  examples: [
    { in: '近三成家庭的户长年龄在65岁以上', out: [{ text: '近三成', kind: 'percent', value: 30, approx: 'nearly' }, { text: '65岁以上', kind: 'duration', value: 'P65Y', approx: 'over' }] },
    { in: '同比上升37.82%', out: [{ text: '37.82%', kind: 'percent', value: 37.82 }] },
    { in: '年增５６％', out: [{ text: '５６％', kind: 'percent', value: 56 }], simplifiedOnly: true },
    { in: '占入境旅客总数百分之七十九点八', out: [{ text: '百分之七十九点八', kind: 'percent', value: 79.8 }] },
    { in: '按年增加五成', out: [{ text: '五成', kind: 'percent', value: 50 }] },
    { in: '恢复至疫情前近七成', out: [{ text: '近七成', kind: 'percent', value: 70, approx: 'nearly' }] },
    // a range after a change word is compared in percent (30 to 50), not as 3 against 50 (by X, to Y)
    { in: '销量有望增长3至5成', out: [{ text: '3至5成', kind: 'percent', value: 30, max: 50 }] },
    { in: '约八成半市民满意，三成半', out: [{ text: '约八成半', kind: 'percent', value: 85, approx: 'about' }, { text: '三成半', kind: 'percent', value: 35 }] },
    { in: '恢复至疫情前的6成3', out: [{ text: '6成3', kind: 'percent', value: 63 }] },
    { in: '人口出生率为11.69‰', out: [{ text: '11.69‰', kind: 'percent', value: 1.169 }] },
    { in: '不良率为千分之五', out: [{ text: '千分之五', kind: 'percent', value: 0.5 }] },
    { in: '约占三分之一', out: [{ text: '三分之一', kind: 'percent', value: 33.333333333333336 }] },
    { in: '农村人口约占五分之一', out: [{ text: '五分之一', kind: 'percent', value: 20 }] },
    { in: '增速为负2.5%', out: [{ text: '负2.5%', kind: 'percent', value: -2.5 }] },
    { in: '增幅在10%-20%之间', out: [{ text: '10%-20%', kind: 'percent', value: 10, max: 20 }] },
    { in: '楼价跌幅约5%至8%', out: [{ text: '约5%至8%', kind: 'percent', value: 5, max: 8, approx: 'about' }] },
    { in: '两个40%以上', out: [{ text: '40%以上', kind: 'percent', value: 40, approx: 'over' }] },
    { in: '成长率为-3.31%', out: [{ text: '-3.31%', kind: 'percent', value: -3.31 }] },
    { in: '任务完成，成为第一', out: [] },
    { in: '行政村通硬化路比例达到百分之百', out: [{ text: '百分之百', kind: 'percent', value: 100 }] },
    { in: '领取失业给付者中，约6成为45岁以上劳工；增速为负百分之五；三成为', out: [{ text: '约6成', kind: 'percent', value: 60, approx: 'about' }, { text: '45岁以上', kind: 'duration', value: 'P45Y', approx: 'over' }, { text: '负百分之五', kind: 'percent', value: -5 }] },
    { in: '恢复至2019年同期约七成八', out: [{ text: '2019年同期', kind: 'date', value: '2019' }, { text: '约七成八', kind: 'percent', value: 78, approx: 'about' }] },
  ],
  match(ctx, tok, index) {
    const next = codeAt(ctx.norm, tok.end);
    const prev = codeAt(ctx.norm, tok.start - 1);
    // % ‰ ‱ 分 成 after, 之 负 - − before: nothing else makes a percent
    if (next !== 0x25 && next !== 0x2030 && next !== 0x2031 && next !== 0x5206 && next !== 0x6210 && prev !== 0x4e4b && prev !== 0x8d1f && prev !== 0x2d && prev !== 0x2212) return null;
    // a fraction: N分之M (三分之一, 5分之2)
    const f = ctx.at(FRACTION, tok.end);
    if (f) {
      const num = ctx.tokens[index + 1]?.start === tok.end + 2 ? ctx.tokens[index + 1] : undefined;
      if (!num || tok.value === 0) return null;
      return make(tok.start, num.end, (num.value * 100) / tok.value, num.decimals, 'percent-fraction', tok.chinese);
    }
    const sign = ctx.at(SIGN, tok.end);
    const before = ctx.before(tok.start, 4);
    // (a minus sign, but not the dash of a range: 10%-20%)
    const neg = minusBefore(ctx.norm, tok.start);
    const negStart = tok.start - neg;
    if (sign) {
      const s = sign.groups!.sign!;
      const scale = s === '%' ? 1 : s === '‰' ? 0.1 : 0.01;
      const v = round(tok.value * scale) * (neg ? -1 : 1);
      return make(negStart, tok.end + s.length, v, tok.decimals, 'percent', tok.chinese);
    }
    const per = PER.exec(before);
    if (per) {
      // 负百分之五: below zero
      const perStart = tok.start - per[0].length;
      const minus = ctx.norm[perStart - 1] === '负';
      const v = round(tok.value * PER_SCALE[per.groups!.per!]!) * (minus ? -1 : 1);
      return make(minus ? perStart - 1 : perStart, tok.end, v, tok.decimals, 'percent-words', tok.chinese);
    }
    // 约6成为45岁以上劳工: 成为 after an approximation word or digits is a share, then 为 (elsewhere
    // 成为 is "become")
    const cheng = ctx.at(CHENG, tok.end) ?? (ctx.norm.startsWith('成为', tok.end) && (/^\d$/.test(tok.raw) || /(?:约|近|逾|超|达|仅|有|占)$/.test(ctx.before(tok.start, 1))) ? ctx.at(CHENG_BEFORE_WEI, tok.end) : null);
    if (cheng && tok.value > 0 && tok.value <= 10 && (!tok.plainDigits || /^[\d.]+$/.test(tok.raw))) {
      // 七成八 = 78%: a digit after 成 is the next tenth
      // (6成3, with digits, in Taiwan text)
      // (八成半 = 85%: half a tenth)
      const tenth = cheng.groups?.tenth ? (DIGITS[cheng.groups.tenth] ?? 0) : cheng.groups?.tenthDigit ? Number(cheng.groups.tenthDigit) : cheng.groups?.half ? 5 : 0;
      return make(tok.start, tok.end + cheng[0].length, round(tok.value * 10 + tenth), tok.decimals, 'percent-cheng', tok.chinese);
    }
    return null;
  },
};

function make(start: number, end: number, value: number, decimals: number, rule: string, chinese: boolean): Candidate {
  return { start, end, kind: 'percent', value, decimals, rule, priority: PRIORITY.percent, chinese };
}
