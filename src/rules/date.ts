// Dates (`kind: date`): a point in time at the precision written.
//
//   2024-01-09 10:48:52 → 2024-01-09T10:48:52     2024/1/9, 2024.1.9 → 2024-01-09
//   2024年1月9日上午10时 → 2024-01-09T10:00        二〇二四年一月九日 → 2024-01-09
//   2023年 → 2023     2023年8月 → 2023-08     8月27日 → (year from context)-08-27
//   民国113年 → 2024  112/08/18 → 2023-08-18 (Taiwan)   113年 → 2024 in Taiwan text only
//   去年11月 → (reference year − 1)-11    19年3月 → 2019-03
//
// The year and month that are not written come from the reference date and the sentence's
// context (resolve/time.ts). Impossible dates (2月30日, 13月) are not dates.
import { re } from './patterns.js';
import { MONTH_DAY, TIME, YEAR_LEAD, YEAR_PART, num, readTime, readYear, validDay, yearSpec, type Groups } from './time-patterns.js';
import { PRIORITY, type Candidate, type RuleContext, type ScanRule } from './types.js';
import type { DatePoint, TimeSpec } from '../types.js';

// A date written in Chinese: a year, then optionally a month, a day and a time of day. Guarded so
// that no match starts inside a longer number.
const YEAR_DATE = re('g')`(?<![\d.]|\d,)${YEAR_PART}(?:${MONTH_DAY})?(?:(?<=[日号])${TIME})?`;
// The same without a year: 8月, 8月27日, 6月18日20时.
const MONTH_DATE = re('g')`(?<![\d.年]|\d,)${MONTH_DAY}(?:(?<=[日号])${TIME})?`;
// ISO-like: 2024-01-09 10:48:52, 2024/1/9, 2024.1.9, and Taiwan's 112/08/18, 113-05-20.
// A graduating class or intake named by its year: 2024届毕业生 (届 after a year is no count of sessions).
const CLASS_YEAR = re('g')`(?<![\d.]|\d,)(?<y>(?:19|20)\d{2})届`;
const NUMERIC_DATE = re('g')`(?<![\d./-]|\d,)(?<ny>(?:19|20)\d{2}|1[0-2]\d)(?<sep>[-/.])(?<nm>1[0-2]|0?[1-9])\k<sep>(?<nd>3[01]|[12]\d|0?[1-9])(?![\d.%])${TIME}?`;

function point(year: number | undefined, g: Groups): DatePoint | null {
  const p: DatePoint = {};
  if (year !== undefined) p.year = year;
  const m = num(g.m);
  if (m !== undefined) {
    if (m < 1 || m > 12) return null;
    p.month = m;
  }
  const d = num(g.d);
  if (d !== undefined) {
    if (p.month === undefined || !validDay(year, p.month, d)) return null;
    p.day = d;
  }
  const t = readTime(g);
  if (t) Object.assign(p, t);
  return p;
}

function candidate(start: number, end: number, spec: TimeSpec, rule: string): Candidate {
  return { start, end, kind: 'date', value: null, time: spec, rule, priority: PRIORITY.date };
}

/** Words after which a number of years is a length of time: 最长40年, 长达40年, 为期40年, 年限40年. */
const LENGTH_BEFORE = /(?:最长|最短|长达|为期|年限|期限|期间|历时|满|逾|超过|近|约|达|共)$/;

export const yearDate: ScanRule = {
  id: 'date-year',
  pattern: YEAR_DATE,
  trigger: /年/,
  runs: { lead: YEAR_LEAD, keyword: '年' },
  examples: [
    { in: '2023年，梅县区立刑事案件1365宗', published: '2024-01-09', out: [{ text: '2023年', kind: 'date', value: '2023' }, { text: '1365宗', kind: 'count', value: 1365 }] },
    { in: '2023年8月，分局依托专项行动', out: [{ text: '2023年8月', kind: 'date', value: '2023-08' }] },
    { in: '公司定于2024年1月9日上午10时召开会议', out: [{ text: '2024年1月9日上午10时', kind: 'date', value: '2024-01-09T10:00' }] },
    { in: '二〇二四年一月九日', out: [{ text: '二〇二四年一月九日', kind: 'date', value: '2024-01-09' }] },
    { in: '二○二一年', out: [{ text: '二○二一年', kind: 'date', value: '2021' }] },
    { in: '10月30日晚间披露', published: '2024-10-30', out: [{ text: '10月30日', kind: 'date', value: '2024-10-30' }] },
    { in: '侦破2007年发生的积案', out: [{ text: '2007年', kind: 'date', value: '2007' }] },
    { in: '民国113年5月20日就职', out: [{ text: '民国113年5月20日', kind: 'date', value: '2024-05-20' }] },
    { in: '去年11月，专案组民警辗转三省', published: '2019-01-11', out: [{ text: '去年11月', kind: 'date', value: '2018-11' }, { text: '三省', kind: 'count', value: 3 }] },
    { in: '2023年2月30日', out: [{ text: '2023年', kind: 'date', value: '2023' }] },
    { in: '结转以后年度使用', out: [] },
    { in: '旅客发送量712.7万人次年增4.2%，次年实施', published: '2024-03-01', out: [{ text: '712.7万人次', kind: 'count', value: 7127000 }, { text: '4.2%', kind: 'percent', value: 4.2 }, { text: '次年', kind: 'date', value: '2025' }] },
    { in: '購屋貸款餘額新臺幣10兆元，寬限期最長5年、貸款年限最長40年；民國40年', out: [{ text: '新臺幣10兆元', kind: 'money', value: 10000000000000 }, { text: '5年', kind: 'duration', value: 'P5Y' }, { text: '40年', kind: 'duration', value: 'P40Y' }, { text: '民國40年', kind: 'date', value: '1951' }] },
  ],
  extract(m, ctx) {
    const g = m.groups as Groups;
    // 以后年度, 今后年度: later years, no year named
    if (g.rel === '后' && /[以之今往此]$/.test(ctx.before(m.index, 1))) return null;
    // 712.7万人次年增4.2%: 次 of a unit (人次, 架次, 班次) before 年增, not 次年 ("the next year")
    if (g.rel === '次' && /[人架车班航辆艘\d万亿]$/.test(ctx.before(m.index, 1))) return null;
    const y = readYear(g, ctx.region);
    if (y?.invalid) return null;
    // A two-digit year stands only before a month (19年3月); 22年 alone is a length of time.
    if (y?.twoDigit && !g.m) return null;
    // (贷款年限最长40年, 长达40年: a Taiwan year of two or three digits after words of length is a length of time)
    if (y?.roc && !g.roc && !g.m && LENGTH_BEFORE.test(ctx.before(m.index, 4))) return null;
    if (g.rel && !g.m && !g.fy) return relativeYearOnly(m, ctx, y!);
    const ys = yearSpec(y);
    let end = m.index + m[0].length;
    let p = point(ys.year, g);
    if (!p) {
      // 2023年2月30日: the month or day is impossible, the year still stands
      p = point(ys.year, {});
      end = m.index + m[0].indexOf('年') + (g.fy ? 2 : 1);
      if (!p || (!ys.year && !ys.relative)) return null;
    }
    // 年度 after a relative word is 本年度 / 上年度: still that year.
    const spec: TimeSpec = { type: 'date', point: p };
    if (ys.relative) spec.relative = ys.relative;
    if (g.fy && ys.relative && !g.m) spec.fiscal = true;
    if (ys.reportRelative) spec.reportRelative = true;
    if (ys.yearNote) spec.yearNote = ys.yearNote;
    if (ys.sameAsContext) spec.contextYear = { offset: ys.contextOffset ?? 0 };
    return candidate(m.index, end, spec, 'date-year');
  },
};

export const monthDate: ScanRule = {
  id: 'date-month',
  pattern: MONTH_DATE,
  trigger: /月/,
  examples: [
    { in: '10月30日晚间披露', published: '2024-10-30', out: [{ text: '10月30日', kind: 'date', value: '2024-10-30' }] },
    { in: '6月18日20时开始', published: '2024-06-01', out: [{ text: '6月18日20时', kind: 'date', value: '2024-06-18T20:00' }] },
    { in: '8月份', published: '2024-10-01', out: [{ text: '8月份', kind: 'date', value: '2024-08' }] },
    { in: '2月30日', out: [] },
    { in: '13月', out: [] },
  ],
  extract(m, ctx) {
    const g = m.groups as Groups;
    // a month after 前/首/第 belongs to a period or an ordinal (前8月, 首5个月)
    if (/[前首第近每逐隔]$/.test(ctx.before(m.index, 1))) return null;
    const p = point(undefined, g);
    if (!p) return null;
    return candidate(m.index, m.index + m[0].length, { type: 'date', point: p }, 'date-month');
  },
};

/** 今年, 去年, 上年, 当年 on their own: a relative year. */
function relativeYearOnly(m: RegExpExecArray, _ctx: RuleContext, y: NonNullable<ReturnType<typeof readYear>>): Candidate | null {
  const spec: TimeSpec = { type: 'date', point: {} };
  if (y.sameAsContext) spec.contextYear = { offset: y.relative ?? 0 };
  else if (y.relative !== undefined) spec.relative = { unit: 'year', offset: y.relative };
  if (y.report) spec.reportRelative = true;
  return candidate(m.index, m.index + m[0].length, spec, 'date-relative-year');
}

export const numericDate: ScanRule = {
  id: 'date-numeric',
  pattern: NUMERIC_DATE,
  trigger: /\d[-/.]\d/,
  examples: [
    { in: '時間:2024-01-09 10:48:52  瀏覽', out: [{ text: '2024-01-09 10:48:52', kind: 'date', value: '2024-01-09T10:48:52' }] },
    { in: '发布于2024/1/9', out: [{ text: '2024/1/9', kind: 'date', value: '2024-01-09' }] },
    { in: '截止2024.1.9', out: [{ text: '2024.1.9', kind: 'date', value: '2024-01-09' }] },
    { in: '發布日期：112/08/18', out: [{ text: '112/08/18', kind: 'date', value: '2023-08-18' }] },
    { in: '於113-05-20公告', out: [{ text: '113-05-20', kind: 'date', value: '2024-05-20' }] },
  ],
  extract(m) {
    const g = m.groups as Groups;
    let year = Number(g.ny);
    let yearNote: TimeSpec['yearNote'];
    if (year < 1000) {
      year += 1911; // ROC: 112/08/18
      yearNote = 'roc';
    }
    const p = point(year, { ...g, m: g.nm, d: g.nd });
    if (!p) return null;
    const spec: TimeSpec = { type: 'date', point: p };
    if (yearNote) spec.yearNote = yearNote;
    return candidate(m.index, m.index + m[0].length, spec, 'date-numeric');
  },
};

export const classYear: ScanRule = {
  id: 'date-class-year',
  pattern: CLASS_YEAR,
  trigger: /\d届/,
  examples: [
    { in: '2024届毕业生共8,215人，较2023届增加312人；第十二届', out: [{ text: '2024届', kind: 'date', value: '2024' }, { text: '8,215人', kind: 'count', value: 8215 }, { text: '2023届', kind: 'date', value: '2023' }, { text: '312人', kind: 'count', value: 312 }, { text: '第十二届', kind: 'ordinal', value: 12 }] },
  ],
  extract(m) {
    return candidate(m.index, m.index + m[0].length, { type: 'date', point: { year: Number(m.groups!.y) }, names: true }, 'date-class-year');
  },
};
