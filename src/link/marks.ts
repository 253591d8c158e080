// Punctuation tests by character code: the link and resolve stages walk the text once each, and a
// regular expression per character is the slow way to do it.

/** 。！？!? and a line break: the end of a full sentence. */
export function isFullStop(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f || c === 0x0a;
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

/** A level named as the one compared with: 较二季度的7.05亿元, 较去年同期的249人, 与11月的512.5亿美元. */
export function isComparedLevel(norm: string, start: number): boolean {
  return /(?:较|比|与|相比)[^，。；]{0,10}的$/.test(norm.slice(Math.max(0, start - 14), start));
}
