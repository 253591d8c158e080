// respectively-mismatch (warning): a 分别 list whose subjects and values do not pair up
// (`A、B分别为X、Y、Z`): which value belongs to which is unknown.
import type { RespectivelyList } from '../link/respectively.js';
import { finding, simplify, type Check } from './util.js';

/** The items before 分别 are joined by 及, 和 or 与 only, no 、 (the words the clause holds before 分别). */
function joinedByWordsOnly(norm: string, l: RespectivelyList): boolean {
  // (within 60 characters before 分别: no search through the whole text)
  const window = norm.slice(Math.max(0, l.at - 60), l.at);
  const from = window.lastIndexOf(simplify(l.subjects[0]).slice(0, 2));
  if (from < 0) return false;
  const items = window.slice(from);
  return !/[、，,]/.test(items) && (items.match(/及|和|与/g)?.length ?? 0) >= 2;
}

export const respectivelyMismatch: Check = {
  id: 'respectively-mismatch',
  run(ctx) {
    const { doc, lists, facts } = ctx;
    const out = [];
    for (const l of lists) {
      if (l.subjects.length < 2 || l.values.length < 2 || l.subjects.length === l.values.length) continue;
      // (衣履及康樂及文化大類的價格指數分別上升3.85%及0.94%: items joined by 及 alone, one more than the values, may
      // hold a 及 of their own, 康樂及文化; which one joins the list is not known)
      if (l.subjects.length === l.values.length + 1 && joinedByWordsOnly(doc.norm, l)) continue;
      const first = l.values[0]!;
      const last = l.values[l.values.length - 1]!;
      out.push(
        finding(doc, 'respectively-mismatch', 'warning', first.start, last.end, `分别 pairs ${l.subjects.length} items (${l.subjects.join('、')}) with ${l.values.length} values: they cannot be matched`, {
          facts: l.values.map((v) => ctx.indexOf(v)),
        }),
      );
    }
    return out;
  },
};
