// respectively-mismatch (warning): a 分别 list whose subjects and values do not pair up
// (`A、B分别为X、Y、Z`): which value belongs to which is unknown.
import { finding, type Check } from './util.js';

export const respectivelyMismatch: Check = {
  id: 'respectively-mismatch',
  run(ctx) {
    const { doc, lists, facts } = ctx;
    const out = [];
    for (const l of lists) {
      if (l.subjects.length < 2 || l.values.length < 2 || l.subjects.length === l.values.length) continue;
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
