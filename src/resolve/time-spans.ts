// Time mentions that join into one: `111Q3至112Q2`, `2019年至2023年` (a range of two times) and
// `自112年第3季起`, `从今年3月开始` (an open period from a time). The rules find each part; this
// joins them when only a range mark, or 自/从 … 起/以来, stands around them.
import type { Candidate } from '../rules/types.js';
import { PRIORITY } from '../rules/types.js';
import type { TimeSpec } from '../types.js';

/** The end hour of a range within a day: 至4时, -18时30分. */
const HOUR_TO = /^(?:至|到|-|—|~)(?<h>\d{1,2})[时点](?:(?<mi>[0-5]?\d)分)?/;
const RANGE_MARK = /^(?:至|到|~|-|—|–|〜|——)$/;
const SINCE_BEFORE = /^[自从]$/;
const SINCE_AFTER = /^(?:起(?![诉草点步来])|以来|开始|至今)/;

const isTime = (c: Candidate) => (c.kind === 'date' || c.kind === 'period') && c.time !== undefined && !c.time.samePeriod && c.time.end !== 'open';

export function joinTimes(facts: Candidate[], norm: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < facts.length; i++) {
    let c = facts[i]!;
    const next = facts[i + 1];
    if (next && isTime(c) && isTime(next) && RANGE_MARK.test(norm.slice(c.end, next.start)) && !c.time!.relative && !next.time!.relative) {
      const a = c.time!;
      const b = next.time!;
      const end = b.type === 'period' && b.end && b.end !== 'open' ? b.end : b.point;
      const spec: TimeSpec = { type: 'period', point: { ...(a.point ?? {}) }, end: { ...(end ?? {}) } };
      if (a.report || b.report) spec.report = true;
      c = { start: c.start, end: next.end, kind: 'period', value: null, time: spec, rule: 'period-range', priority: PRIORITY.period };
      i++;
    }
    // 22日3时至4时: an hour range within one day
    if (c.kind === 'date' && c.time?.point?.hour !== undefined) {
      const h = HOUR_TO.exec(norm.slice(c.end, c.end + 8));
      const endHour = h ? Number(h.groups!.h) : NaN;
      const newEnd = c.end + (h?.[0].length ?? 0);
      if (h && endHour > c.time.point.hour && endHour <= 24 && (facts[i + 1]?.start ?? Infinity) >= newEnd) {
        const minute = h.groups!.mi !== undefined ? Number(h.groups!.mi) : 0;
        const { second: _s, ...point } = c.time.point;
        const spec: TimeSpec = { ...c.time, type: 'period', end: { ...point, hour: endHour, minute } };
        c = { ...c, end: newEnd, kind: 'period', time: spec, rule: `${c.rule}+hours` };
      }
    }
    if (isTime(c)) {
      const zi = SINCE_BEFORE.test(norm[c.start - 1] ?? '') ? 1 : 0;
      const after = SINCE_AFTER.exec(norm.slice(c.end, c.end + 2));
      // (never into the next fact: Q3至今天 is Q3 and 今天)
      const room = (facts[i + 1]?.start ?? Infinity) >= c.end + (after?.[0].length ?? 0) && (out[out.length - 1]?.end ?? -1) <= c.start - (SINCE_BEFORE.test(norm[c.start - 1] ?? '') ? 1 : 0);
      // (12月2日凌晨1时起: a time of day followed by 起 opens a period without 自 too; 20时开始 is when
      // something began)
      // (预计2025年下半年开始拣选: a period something begins in; 从下半年开始 is one since)
      if (after && room && (zi || (c.kind === 'period' && after[0] !== '开始') || (c.time!.point?.hour !== undefined && after[0] === '起'))) {
        const spec: TimeSpec = { ...c.time!, type: 'period', end: 'open' };
        c = { ...c, start: c.start - zi, end: c.end + after[0].length, kind: 'period', time: spec, rule: `${c.rule}+since` };
      }
    }
    out.push(c);
  }
  return out;
}
