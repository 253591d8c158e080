// Punctuation tests by character code: the link and resolve stages walk the text once each, and a
// regular expression per character is the slow way to do it.
import { SPACE_CHARS } from '../rules/patterns.js';

/** 。！？!? and a line break: the end of a full sentence. */
export function isFullStop(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f || c === 0x0a;
}

/**
 * A comparison with a time named by what came before it, the words ending in 前: 较疫情前(108学年度),
 * 比新冠疫情前 (not 较此前, 比之前: "than before"). A regular-expression source, to compose.
 */
export const THAN_BEFORE = '(?:较|比|与|和|同)(?!此前|之前|以前|先前)[\\u4e00-\\u9fff]{1,4}前';

/** A full stop anywhere in norm[from, to). */
export function hasFullStop(norm: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isFullStop(norm.charCodeAt(k))) return true;
  return false;
}

/** A full stop, or ；/; (a clause of one sentence ends). */
export function isSentenceEnd(c: number): boolean {
  return isFullStop(c) || c === 0xff1b || c === 0x3b;
}

/** The index of the first item whose start is at or after `pos` (items sorted by start). */
export function firstAtOrAfter<T extends { start: number }>(items: readonly T[], pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A level named as the one compared with: 较二季度的7.05亿元, 较去年同期的249人, 与11月的512.5亿美元,
 * 较2023-24年度修订预算的5,218亿元,
 * 较上年实际销售金额1,718.6亿元,
 * and the earlier figure given in parentheses: （2022年为4.80万对）, （2022年：191.03亿港元）, （上年同期：…）,
 * （2022年底为1,286个, 9月份为18.85元/公斤）, a clause of the time before (，上年同期为2214.55亿元，同比增长6.4%), or in
 * parentheses after the time it is of: 恢复至疫情前108年（11,864,105人次）的66.3%.
 */
const COMPARED_BEFORE = /(?:较|比|与|相比)[^，。；]{0,10}的$|[，,；;](?:上年同期|去年同期|上年|去年|上期|上月|上季度?)末?(?:[（(][^（）()]{0,8}[）)])?(?:为|是)$|(?:较|比)[^，。；的]{11,18}的$|(?:恢复|回升|回到|相当于|较|比)[^，。；（(]{0,10}(?:年|月|季|期|年度)[（(]$|(?:较|比)(?:上年|去年|前年|上月|上季|上期|\d{4}年)[^，。；的\d]{0,8}$|[（(][^（）()，。；]{0,8}(?:年|月份?|季度?|期|年度)(?:底|末|初)?(?:同期)?(?:为|是|：|:)$/;
export function isComparedLevel(norm: string, start: number): boolean {
  return COMPARED_BEFORE.test(norm.slice(Math.max(0, start - 20), start));
}

/**
 * A class of characters tested by code (the same as a one-character class of a regular expression,
 * without making a string of the character and running a pattern on it): `new CharClass('，。；')`,
 * with `\s`, CJK ideographs (一-鿿) or Latin letters (A-Za-z) added by option.
 */
export class CharClass {
  private readonly table = new Uint8Array(0x10000);
  constructor(chars: string, opts: { space?: boolean; cjk?: boolean; latin?: boolean } = {}) {
    for (const ch of chars + (opts.space ? SPACE_CHARS : '')) this.table[ch.charCodeAt(0)] = 1;
    if (opts.cjk) this.table.fill(1, 0x4e00, 0xa000);
    if (opts.latin) {
      this.table.fill(1, 0x41, 0x5b);
      this.table.fill(1, 0x61, 0x7b);
    }
  }
  /** True when the character at `i` of `s` is in the class (false past either end). */
  at(s: string, i: number): boolean {
    return this.table[s.charCodeAt(i)] === 1;
  }
}

