// Sentences of the normalized text, as positions (never copies of the text). A sentence ends at
// 。！？；!?; or a line break (the same characters as isSentenceEnd in marks.ts, for strings).

export const SENTENCE_END = /[。！？；!?;\n]/;

/** Index of the sentence holding `pos` (binary search). */
export function sentenceOf(starts: number[], pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
