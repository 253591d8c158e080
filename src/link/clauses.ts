// Sentences and clauses of the normalized text, as positions (never copies of the text).
//
// A sentence ends at 。！？；!?; or a line break. A clause ends at those and at ，,：: (and 、 for
// the purpose of finding what stands right before a number).

export const SENTENCE_END = /[。！？；!?;\n]/;
export const CLAUSE_END = /[。！？；!?;\n，,：:（）()]/;

export interface Segments {
  /** Sentence index of every UTF-16 position, as sorted start offsets. */
  sentenceStarts: number[];
}

export function sentenceStarts(norm: string): number[] {
  const out = [0];
  for (let i = 0; i < norm.length; i++) if (SENTENCE_END.test(norm[i]!)) out.push(i + 1);
  return out;
}

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

/** Start of the clause holding `pos`: after the last clause mark before it, not before `floor`. */
export function clauseStart(norm: string, pos: number, floor = 0, marks: RegExp = CLAUSE_END): number {
  let i = pos;
  while (i > floor && !marks.test(norm[i - 1]!)) i--;
  return i;
}

/** End of the clause holding `pos`. */
export function clauseEnd(norm: string, pos: number, marks: RegExp = CLAUSE_END): number {
  let i = pos;
  while (i < norm.length && !marks.test(norm[i]!)) i++;
  return i;
}
