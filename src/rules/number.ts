// Bare numbers (`kind: number`): a value with no unit that still states something.
//
//   三次产业结构为6.8:42.7:50.5 → 6.8, 42.7, 50.5 (each part of a ratio)
//   城乡居民收入倍差为2.26，比上年缩小0.05 → 2.26, 0.05 (a decimal stated as a level or a change)
//   诊疗人次84.2亿 → 8420000000 (a number with 万/亿 and nothing after it)
//   一百六十八万, 两千四百五 → 1680000, 2450 (Chinese numerals with 百/千/万/亿 and nothing after them;
//   money when the sentence is about money: 户均分红三万五 → 35000 CNY)
//
// A plain integer with no unit is not a fact: it is a code, a list number, a year or a name.
import { MONEY_WORDS } from '../data/currencies.js';
import { RANGE_SEP, re, words } from './patterns.js';
import { PRIORITY, type Candidate, type TokenRule } from './types.js';
import type { NumberToken } from '../numbers/lexer.js';

const LEVEL_VERB = re('')`(?:为|是|达|达到|至|到|介于|介乎|缩小|扩大|增加|减少|下降|上升|提高|降低|增长|回落|收窄|录得|报|收于|收报|指数|系数|倍差|比值|汇率|汇价|中间价|数字|数值|读数)$`;
const COLON = ':';
/** A time and 的 before a decimal: the level of that time (较上年同月的105.28, 由2022年的2.45降至…). */
const TIME_DE = /(?:年|月|季|期|季度|年度)的$/;

/** Chinese numerals with a place word (百, 千, 万, 亿), led by a digit: 三万五, 两千四百五, 一百六十八万. */
const CHINESE_COMPOUND = /^[一二两三四五六七八九十][零〇一二两三四五六七八九十百千万亿]*$/;
const PLACE = /[百千万亿]/;
/** A Han character after the numerals: a unit or word this rule does not know (两万点, 三千弟子), or an idiom. */
const HAN_AFTER = /^[\u4e00-\u9fff]/;
/** The sentence before, back to its start: money when it names money (营业额, 分红) or gives an amount in 元. */
const MONEY_SENTENCE = re('')`(?:${words(MONEY_WORDS)}|\d元|[万亿]元)[^。！？；\n]{0,24}$`;

function make(tok: NumberToken, rule: string): Candidate {
  return { start: tok.start, end: tok.end, kind: 'number', value: tok.value, decimals: tok.decimals, rule, priority: PRIORITY.number, chinese: tok.chinese };
}

/** 户均三万五 (money: the sentence is about money), 一百六十八万 (a number). */
function colloquial(norm: string, tok: NumberToken): Candidate {
  const sentence = norm.slice(Math.max(0, tok.start - 40), tok.start);
  if (MONEY_SENTENCE.test(sentence)) return { ...make(tok, 'money-colloquial'), kind: 'money', currency: null, priority: PRIORITY.money };
  return make(tok, 'number-colloquial');
}

/** The tokens of a ratio a:b(:c…) that `tok` belongs to, or null. */
function ratioAround(tokens: NumberToken[], i: number, norm: string): NumberToken[] | null {
  let first = i;
  while (first > 0 && norm[tokens[first]!.start - 1] === COLON && tokens[first - 1]!.end === tokens[first]!.start - 1) first--;
  let last = i;
  while (last + 1 < tokens.length && norm[tokens[last]!.end] === COLON && tokens[last + 1]!.start === tokens[last]!.end + 1) last++;
  if (last === first) return null;
  const parts = tokens.slice(first, last + 1);
  // Two parts are a ratio only with a decimal (a time of day is 10:48).
  if (parts.length === 2 && parts.every((t) => t.decimals === 0)) return null;
  return parts;
}

/** 介于107.5至110.8之间, 介于2.1和2.3之间: a range of two bare levels is one fact with its high end. */
const RANGE_GAP = re('')`^(?:${RANGE_SEP}|(?<and>和|与))$`;
function withHighEnd(norm: string, tokens: NumberToken[], i: number, c: Candidate): Candidate {
  const next = tokens[i + 1];
  if (!next || next.chinese || next.value <= tokens[i]!.value) return c;
  const gap = RANGE_GAP.exec(norm.slice(tokens[i]!.end, next.start));
  // (no unit after the high end: 3至5人 is a count; 和 only after 介于/介乎, before 之间)
  if (!gap || /^[%％‰\u4e00-\u9fff]/.test(norm[next.end] ?? '') && !norm.startsWith('之间', next.end)) return c;
  if (gap.groups!.and && !/介[于乎]$/.test(norm.slice(Math.max(0, c.start - 2), c.start))) return c;
  return { ...c, end: next.end, max: next.value };
}

export const number: TokenRule = {
  id: 'number',
  examples: [
    { in: '市区紫外线指数最高达11', out: [{ text: '11', kind: 'number', value: 11 }] },
    { in: '以新台币兑美元汇率32.2为基础', out: [{ text: '32.2', kind: 'number', value: 32.2 }] },
    // a range of two levels (介于2.1和2.3之间: 和 only after 介于)
    { in: '生产指数介于107.5至110.8之间', out: [{ text: '107.5至110.8', kind: 'number', value: 107.5, max: 110.8 }] },
    { in: '倍差介于2.1和2.3之间', out: [{ text: '2.1和2.3', kind: 'number', value: 2.1, max: 2.3 }] },
    { in: '三次产业结构调整为6.8:42.7:50.5。', out: [{ text: '6.8', kind: 'number', value: 6.8 }, { text: '42.7', kind: 'number', value: 42.7 }, { text: '50.5', kind: 'number', value: 50.5 }] },
    { in: '城乡居民收入倍差为2.26，比上年缩小0.05。', out: [{ text: '2.26', kind: 'number', value: 2.26 }, { text: '上年', kind: 'date' }, { text: '0.05', kind: 'number', value: 0.05 }] },
    { in: '诊疗人次84.2亿', out: [{ text: '84.2亿', kind: 'number', value: 8420000000 }] },
    { in: '文号1532，编号2023', out: [] },
    // Chinese numerals with a place word and nothing after them; money in a sentence about money
    { in: '全县人口一百六十八万。', out: [{ text: '一百六十八万', kind: 'number', value: 1680000 }] },
    { in: '光那一天营业额就有四万八。', out: [{ text: '四万八', kind: 'money', value: 48000, currency: 'CNY' }] },
    { in: '合作社分红367.5万元，户均三万五；每户又省下两千四百五。', out: [{ text: '367.5万元', kind: 'money', value: 3675000, currency: 'CNY' }, { text: '三万五', kind: 'money', value: 35000, currency: 'CNY' }, { text: '两千四百五', kind: 'money', value: 2450, currency: 'CNY' }] },
    { in: '千万不要轻信，万一受骗，首度站上两万点大关', out: [] },
    { in: '接单动向指数为50，持平', out: [{ text: '50', kind: 'number', value: 50 }] },
    { in: '楼价较2021年9月398.8的历史高峰下跌约两成四', out: [{ text: '2021年9月', kind: 'date', value: '2021-09' }, { text: '398.8', kind: 'number', value: 398.8 }, { text: '约两成四', kind: 'percent', value: 24 }] },
    { in: '售价指数临时数字为296.4，较9月份的修订数字293.8按月上升0.9%', published: '2024-11-25', out: [{ text: '296.4', kind: 'number', value: 296.4 }, { text: '9月份', kind: 'date', value: '2024-09' }, { text: '293.8', kind: 'number', value: 293.8 }, { text: '0.9%', kind: 'percent', value: 0.9 }] },
    { in: '10月指数为105.83，较上年同月的105.28上升0.52%', published: '2024-11-21', out: [{ text: '10月', kind: 'date', value: '2024-10' }, { text: '105.83', kind: 'number', value: 105.83 }, { text: '上年同月', kind: 'date', value: '2023-10' }, { text: '105.28', kind: 'number', value: 105.28 }, { text: '0.52%', kind: 'percent', value: 0.52 }] },
  ],
  match(ctx, tok, i) {
    const ratio = ctx.norm[tok.end] === COLON || ctx.norm[tok.start - 1] === COLON ? ratioAround(ctx.tokens, i, ctx.norm) : null;
    if (ratio) return make(tok, 'number-ratio');
    if (tok.scaled && !tok.chinese) return make(tok, 'number-scaled');
    if (tok.scaled && tok.chinese && /\d/.test(tok.raw)) return make(tok, 'number-scaled');
    if (tok.decimals > 0 && !tok.chinese && LEVEL_VERB.test(ctx.before(tok.start, 4))) return withHighEnd(ctx.norm, ctx.tokens, i, make(tok, 'number-level'));
    if (tok.decimals > 0 && !tok.chinese && TIME_DE.test(ctx.before(tok.start, 3))) return make(tok, 'number-level');
    if (tok.chinese && CHINESE_COMPOUND.test(tok.raw) && PLACE.test(tok.raw) && !HAN_AFTER.test(ctx.norm[tok.end] ?? '')) return colloquial(ctx.norm, tok);
    // 接单动向指数为50: an index value, even a whole one
    if (!tok.chinese && /指数(?:最高|最低|平均)?(?:为|是|报|达|录得)$/.test(ctx.before(tok.start, 7)) && !/^[%％‰个点]/.test(ctx.norm[tok.end] ?? '')) return make(tok, 'number-index');
    // 动向指数为54.8，已连续5个月高于50: the threshold of an index named just before
    if (!tok.chinese && /(?:高于|低于|跌破|站上|重回)$/.test(ctx.before(tok.start, 2)) && /指数/.test(ctx.before(tok.start, 30)) && !/^[%％‰个点万亿元]/.test(ctx.norm[tok.end] ?? '')) return make(tok, 'number-index');
    // 较2021年9月398.8的历史高峰: a time, the level, 的 and what it was
    if (tok.decimals > 0 && !tok.chinese && /[年月]$/.test(ctx.before(tok.start, 1)) && ctx.norm[tok.end] === '的') return make(tok, 'number-level');
    return null;
  },
};
