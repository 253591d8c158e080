// The time a number refers to: the last time phrase before it in its sentence (not a comparison
// baseline such as 较2019年), else the paragraph's leading time phrase (`2023年，梅县区立刑事案件
// 1365宗` → 2023).
import type { Document, Fact } from '../types.js';
import { isFullStop } from './marks.js';

const BASELINE_BEFORE = /(?:较|比|与|和|同|对|对比|相比|相较|较之|跟|恢复至|达到|超过|高于|低于)$/;
const QUANTITY = new Set(['count', 'money', 'percent', 'percentage_point', 'multiple', 'measure', 'number']);

export function linkPeriods(doc: Document, facts: Fact[]): void {
  const norm = doc.norm;
  let sentenceTime: Fact | null = null;
  let paragraphTime: Fact | null = null;
  let paragraphFirstSentence = true;
  let cursor = 0;
  for (const f of facts) {
    for (; cursor < f.start; cursor++) {
      const ch = norm.charCodeAt(cursor);
      if (ch === 0x0a) {
        paragraphTime = null;
        paragraphFirstSentence = true;
        sentenceTime = null;
      } else if (isFullStop(ch)) {
        sentenceTime = null;
        paragraphFirstSentence = false;
      }
    }
    cursor = Math.max(cursor, f.start);
    if (f.kind === 'date' || f.kind === 'period') {
      const before = norm.slice(Math.max(0, f.start - 3), f.start);
      if (!BASELINE_BEFORE.test(before) && !f.time?.samePeriod && typeof f.value === 'string') {
        sentenceTime = f;
        if (paragraphFirstSentence && !paragraphTime) paragraphTime = f;
      }
      continue;
    }
    if (!QUANTITY.has(f.kind)) continue;
    const t = sentenceTime ?? paragraphTime;
    if (t && typeof t.value === 'string') f.period = t.value;
  }
}
