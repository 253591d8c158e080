// Approximation words around a quantity: `近1亿元`, `逾140万元`, `98%以上`, `1.6倍左右`.
//
// The word becomes part of the span and sets `approx`. Words that only look like one are left out:
// 约 in 节约/签约, 过 in 经过/不过, 近 in 最近/附近 (and, for lengths of time, `近10年来` = "the last
// ten years", where 近 is no approximation).
import type { Approx } from '../types.js';
import { isSeveral } from '../numbers/lexer.js';
import { APPROX_AFTER, APPROX_AFTER_RE, APPROX_BEFORE, APPROX_BEFORE_RE } from './patterns.js';
import type { Candidate, RuleContext } from './types.js';

/** Characters before an approximation word that turn it into another word. */
const NOT_APPROX_AFTER: Readonly<Record<string, string>> = {
  约: '节制签预合公条邀相约特大',
  过: '经通不超越跨度错路闯',
  近: '最附临将接贴亲',
  超: '高赶卖买出入', // 卖超, 买超: net selling and buying (外资卖超123.5亿元); 出超, 入超: a trade surplus and deficit (INCOME_BEFORE_CHAO)
  多: '',
};

/** 入 that ends a word of income or input before 超 (收入超亿元, 投入超10亿元): 超 is "over" there, no 入超. */
const INCOME_BEFORE_CHAO = /[收投流纳输进加转介]入$/;

const TIME_WORDS_AFTER_NEAR = /^(?:来|以来|间|中|里|内|的|同期)/;

export function withApprox(ctx: RuleContext, c: Candidate): Candidate {
  let { start, end } = c;
  let approx: Approx | undefined = c.approx;
  const before = ctx.before(start, 4);
  const pre = APPROX_BEFORE_RE.exec(before);
  if (pre) {
    const word = pre[0];
    const prevChar = before[before.length - word.length - 1] ?? '';
    const last = word[0]!;
    const blocked = word.length === 1 && prevChar !== '' && (NOT_APPROX_AFTER[last] ?? '').includes(prevChar) && !(word === '超' && INCOME_BEFORE_CHAO.test(before.slice(0, before.length - 1)));
    const lastTenYears = word === '近' && c.kind === 'duration' && (TIME_WORDS_AFTER_NEAR.test(ctx.norm.slice(end, end + 2)) || /^$|[\s，。、；：,;:（(“"的在于最]$/.test(prevChar));
    if (!blocked && !lastTenYears) {
      start -= word.length;
      approx ??= APPROX_BEFORE[word];
    }
  }
  // 上千家, 上万人次: 上 before a round number with no digit is "as many as", more than that;
  // 数百名, 几千家, 数十万人, 几十年: "several hundred…", more than the round number too
  if (start === c.start && /^[十百千万亿]/.test(ctx.norm[start] ?? '') && ((ctx.norm[start - 1] === '上' && ctx.norm[start] !== '十') || (start > 0 && isSeveral(ctx.norm, start - 1)))) {
    start -= 1;
    approx ??= 'over';
  }
  const post = ctx.at(APPROX_AFTER_RE, end);
  if (post) {
    const word = post[0];
    // 多/余 after a finished quantity only count when nothing else follows that makes them a word
    // (多元 is "diverse", 余额 a balance): let the unit rules consume inner 余/多 instead.
    const next = ctx.norm[end + word.length] ?? '';
    const okShort = !(word === '多' || word === '余') || !/[元个种样项次万亿名额家条年月人方]/.test(next);
    if (okShort) {
      end += word.length;
      approx ??= APPROX_AFTER[word];
    }
  }
  if (start === c.start && end === c.end && approx === c.approx) return c;
  return { ...c, start, end, ...(approx ? { approx } : {}) };
}
