// Periods (`kind: period`): a stretch of calendar time, `start/end` at the precision written.
//
//   2023年1月至9月 → 2023-01/2023-09     1—7月, 1-7月, 1至7月, 7、8月 → months of the context year
//   一季度, 第一季度, 首季, Q3, 111Q3, 第3季 → a quarter    前三季度, 首三季 → 01/09
//   上半年, 首半年 → 01/06    下半年 → 07/12    全年, 今年全年, 112年全年 → the whole year
//   首5个月, 前十一月 → 01/05, 01/11          2024年11月8日15:00至16:00 → a range of times
//   2023年以来, 自2020年起, 今年以来, 5月份以来, 自3月1日起 → open: 2023/..
//   去年同期, 上年同期, 2019年同期, 上年同季 → the sentence's period, a year back
import { MONTH, DAY, RANGE_SEP, re, words, YEAR4, YEAR4_SINCE } from './patterns.js';
import { MONTH_DAY, MONTH_DAY_LEAD, YEAR_LEAD, YEAR_PART, num, readYear, validDay, yearSpec, type Groups } from './time-patterns.js';
import { PRIORITY, type Candidate, type RuleContext, type ScanRule } from './types.js';
import type { DatePoint, TimeSpec } from '../types.js';

function periodCandidate(m: RegExpExecArray, spec: TimeSpec, rule: string, start = m.index, end = m.index + m[0].length): Candidate {
  return { start, end, kind: 'period', value: null, time: spec, rule, priority: PRIORITY.period };
}

/** The optional year before a period, as TimeSpec fields; null when the year part is not a year. */
function yearBefore(g: Groups, ctx: RuleContext): { ok: boolean; year?: number; spec: Partial<TimeSpec> } {
  const y = readYear(g, ctx.region);
  if (!y) return { ok: true, spec: {} };
  if (y.invalid) return { ok: false, spec: {} };
  const ys = yearSpec(y);
  const spec: Partial<TimeSpec> = {};
  if (ys.relative) spec.relative = ys.relative;
  if (ys.reportRelative) spec.reportRelative = true;
  if (ys.yearNote) spec.yearNote = ys.yearNote;
  if (ys.sameAsContext) spec.contextYear = { offset: ys.contextOffset ?? 0 };
  return { ok: true, ...(ys.year !== undefined ? { year: ys.year } : {}), spec };
}

function span(year: number | undefined, from: DatePoint, to: DatePoint, extra: Partial<TimeSpec>): TimeSpec {
  const withYear = (p: DatePoint): DatePoint => (year !== undefined && p.year === undefined ? { year, ...p } : p);
  return { type: 'period', point: withYear(from), end: withYear(to), ...extra };
}

const OPT_YEAR = `(?:${YEAR_PART})?`;
const GUARD = '(?<![\\d.]|\\d,)';

// Patterns start with their keyword (半年, 全年, 季, 月) and the year written before it is read
// looking back from the match: a pattern that starts with an optional year is tried at every digit
// and numeral of the text (BENCHMARKS.md).
const YEAR_BEFORE = new RegExp(`${GUARD}(?:${YEAR_PART})$`);

/** The year written right before `index` (2018年上半年, 今年首5个月, 112年第1季), with its groups. */
function yearPrefix(ctx: RuleContext, index: number): { start: number; groups: Groups } | null {
  const m = YEAR_BEFORE.exec(ctx.before(index, 12));
  return m ? { start: index - m[0].length, groups: (m.groups ?? {}) as Groups } : null;
}

/** The match's groups with the year's, and where the whole mention starts. */
function withYear(m: RegExpExecArray, ctx: RuleContext): { g: Groups; start: number } {
  const y = yearPrefix(ctx, m.index);
  const own = (m.groups ?? {}) as Groups;
  return y ? { g: { ...y.groups, ...own }, start: y.start } : { g: own, start: m.index };
}

/** withYear and yearBefore together: null when the year written before the keyword is not valid. */
function keywordAndYear(m: RegExpExecArray, ctx: RuleContext): { g: Groups; start: number; yb: ReturnType<typeof yearBefore> } | null {
  const { g, start } = withYear(m, ctx);
  const yb = yearBefore(g, ctx);
  return yb.ok ? { g, start, yb } : null;
}

// 1—7月, 2023年1月至9月, 7、8月, 2023年11月至2024年2月
const MONTH_RANGE = re('g')`${GUARD}(?<m1>${MONTH})(?:月份?)?(?<sep>${RANGE_SEP}|、|和|及)(?:(?<y2>${YEAR4})年)?(?<m2>${MONTH})月份?`;

export const monthRange: ScanRule = {
  id: 'period-month-range',
  pattern: MONTH_RANGE,
  trigger: /月/,
  runs: { lead: MONTH_DAY_LEAD, keyword: '月至到~～-—–－〜、和及' },
  examples: [
    { in: '2023年1月至9月，全市', out: [{ text: '2023年1月至9月', kind: 'period', value: '2023-01/2023-09' }] },
    { in: '今年1—7月，全省发电量', published: '2023-08-20', out: [{ text: '今年1—7月', kind: 'period', value: '2023-01/2023-07' }] },
    { in: '1-7月累计', published: '2023-08-20', out: [{ text: '1-7月', kind: 'period', value: '2023-01/2023-07' }] },
    { in: '7、8月份', published: '2023-09-20', out: [{ text: '7、8月份', kind: 'period', value: '2023-07/2023-08' }] },
  ],
  extract(m, ctx) {
    const found = keywordAndYear(m, ctx);
    if (!found) return null;
    const { g, start, yb } = found;
    const m1 = num(g.m1)!;
    const m2 = num(g.m2)!;
    const y2 = g.y2 ? Number(g.y2) : undefined;
    // 1-7月 needs the first month to come first, unless a second year is written
    if (m1 < 1 || m2 > 12 || (y2 === undefined && m1 >= m2)) return null;
    // A list (7、8月) is months in a row; 5、9月 is no period; 10月、11月 are two dates
    if (/^[、和及]$/.test(g.sep!) && (m2 !== m1 + 1 || /月/.test(m[0].slice(0, m[0].indexOf(g.sep!))))) return null;
    const to: DatePoint = y2 !== undefined ? { year: y2, month: m2 } : { month: m2 };
    return periodCandidate(m, span(yb.year, { month: m1 }, to, { ...yb.spec, report: true }), 'period-month-range', start);
  },
};

// 2023年1月1日至3月31日, 2024年11月8日15:00至16:00
const DAY_RANGE = re('g')`${GUARD}${OPT_YEAR}(?<m1>${MONTH})月(?<d1>${DAY})[日号](?:\s?(?<h1>[01]?\d|2[0-3]):(?<i1>[0-5]\d))?(?:${RANGE_SEP})(?:(?:(?:(?<y2>${YEAR4})年|(?<next>明|次|翌|来)年)?(?<m2>${MONTH})月)?(?<d2>${DAY})[日号])?(?:\s?(?<h2>[01]?\d|2[0-3]):(?<i2>[0-5]\d))?`;

export const dayRange: ScanRule = {
  id: 'period-day-range',
  pattern: DAY_RANGE,
  trigger: /[日号]/,
  runs: { lead: `${YEAR_LEAD}年度`, keyword: '月' },
  examples: [
    { in: '2023年1月1日至3月31日期间', out: [{ text: '2023年1月1日至3月31日', kind: 'period', value: '2023-01-01/2023-03-31' }] },
    { in: '定于2024年11月8日15:00至16:00召开', out: [{ text: '2024年11月8日15:00至16:00', kind: 'period', value: '2024-11-08T15:00/2024-11-08T16:00' }] },
    { in: '2024年3月18日至2024年3月25日', out: [{ text: '2024年3月18日至2024年3月25日', kind: 'period', value: '2024-03-18/2024-03-25' }] },
    // across the new year: the end is in the year after (明年 only where the months say so)
    { in: '2024年12月20日至1月1日', out: [{ text: '2024年12月20日至1月1日', kind: 'period', value: '2024-12-20/2025-01-01' }] },
    { in: '2024年12月20日至明年1月1日', out: [{ text: '2024年12月20日至明年1月1日', kind: 'period', value: '2024-12-20/2025-01-01' }] },
  ],
  extract(m, ctx) {
    const g = m.groups as Groups;
    if (!g.d2 && !g.h2) return null;
    if (g.h2 && !g.h1) return null;
    const yb = yearBefore(g, ctx);
    if (!yb.ok) return null;
    const m1 = num(g.m1)!;
    const d1 = num(g.d1)!;
    const m2 = g.m2 ? num(g.m2)! : m1;
    const d2 = g.d2 ? num(g.d2)! : d1;
    // 12月20日至明年1月1日: the end is read as the year after the start (resolve/time.ts), so 明年
    // is taken only when the end falls before the start in the calendar
    if (g.next && m2 * 100 + d2 >= m1 * 100 + d1) return null;
    if (!validDay(yb.year, m1, d1) || !validDay(yb.year, m2, d2)) return null;
    const from: DatePoint = { month: m1, day: d1 };
    const to: DatePoint = { month: m2, day: d2 };
    if (g.y2) to.year = Number(g.y2);
    // 2024年12月20日至1月1日: an end before the start in the calendar is in the year after
    else if (yb.year !== undefined && m2 * 100 + d2 < m1 * 100 + d1) to.year = yb.year + 1;
    if (g.h1) Object.assign(from, { hour: Number(g.h1), minute: Number(g.i1) });
    if (g.h2) Object.assign(to, { hour: Number(g.h2), minute: Number(g.i2) });
    return periodCandidate(m, span(yb.year, from, to, yb.spec), 'period-day-range');
  },
};

// Days of the month in context: 24日至25日, 24-25日
const DAY_ONLY_RANGE = re('g')`(?<![\d.月]|\d,)(?<d1>${DAY})[日号]?(?:${RANGE_SEP})(?<d2>${DAY})[日号]`;

export const dayOnlyRange: ScanRule = {
  id: 'period-day-only-range',
  pattern: DAY_ONLY_RANGE,
  trigger: /[日号]/,
  runs: { lead: MONTH_DAY_LEAD, keyword: '日号至到~～-—–－〜' },
  examples: [{ in: '台风于24日至25日过境', published: '2024-07-27', out: [{ text: '24日至25日', kind: 'period', value: '2024-07-24/2024-07-25' }] }],
  extract(m, ctx) {
    const g = m.groups as Groups;
    const d1 = num(g.d1)!;
    const d2 = num(g.d2)!;
    if (!(d1 >= 1 && d2 <= 31 && d1 < d2)) return null;
    // 事故发生后2至30日内死亡: a length of time, not days of the month
    if (/^(?:以内|之内|内)/.test(ctx.norm.slice(m.index + m[0].length, m.index + m[0].length + 2))) return null;
    return periodCandidate(m, { type: 'period', point: { day: d1 }, end: { day: d2 }, dayOnly: true }, 'period-day-only-range');
  },
};

// Quarters. 一季度, 第一季度, 3季度, 第3季, 首季(度), Q3, 2024年Q3, 111Q3, 前三季度, 首三季, 前两个季度
// (第二至第四季度, 一至三季度: a run of quarters)
const QUARTER = re('g')`${GUARD}(?:(?:第?(?<r1>[一二三四1-4])(?:季度?)?(?:至|到|—|–|-)第?(?<r2>[一二三四1-4])季度|第?(?<q>[一二三四1-4])季度|第(?<q2>[一二三四1-4])季(?!度)|(?<q1>首)季度?|(?<first>前|首)(?<n>[一二三两2-3])个?季(?:度)?|Q(?<q3>[1-4]))|(?<qy>(?:19|20)\d{2}|1[0-2]\d)Q(?<q4>[1-4]))`;

export const quarter: ScanRule = {
  id: 'period-quarter',
  pattern: QUARTER,
  trigger: /[季Q]/,
  runs: { lead: '0123456789第首前一二三四两个至到—–-', keyword: '季Q', bare: true },
  examples: [
    { in: '一季度外送电量同比增长12.6%', published: '2023-08-01', out: [{ text: '一季度', kind: 'period', value: '2023-01/2023-03' }, { text: '12.6%', kind: 'percent', value: 12.6 }] },
    { in: '前三季度，公司累计实现营业收入20.65亿元', published: '2024-10-30', out: [{ text: '前三季度', kind: 'period', value: '2024-01/2024-09' }, { text: '20.65亿元', kind: 'money', value: 2065000000 }] },
    { in: '行政院主計總處公布112年第1季國民所得', out: [{ text: '112年第1季', kind: 'period', value: '2023-01/2023-03' }], simplifiedOnly: true },
    { in: '首季旅客总消费', published: '2024-06-16', out: [{ text: '首季', kind: 'period', value: '2024-01/2024-03' }] },
    { in: '2024Q3营收', out: [{ text: '2024Q3', kind: 'period', value: '2024-07/2024-09' }] },
    { in: '今年首三季', published: '2024-11-15', out: [{ text: '今年首三季', kind: 'period', value: '2024-01/2024-09' }] },
    { in: '2024年第二至第四季度分别亏损5.94亿元', out: [{ text: '2024年第二至第四季度', kind: 'period', value: '2024-04/2024-12' }, { text: '5.94亿元', kind: 'money', value: 594000000 }] },
  ],
  extract(m, ctx) {
    const { g, start } = m.groups!.qy ? { g: m.groups as Groups, start: m.index } : withYear(m, ctx);
    let year: number | undefined;
    let extra: Partial<TimeSpec> = {};
    if (g.qy) {
      const y = Number(g.qy);
      year = y < 1000 ? y + 1911 : y;
      if (y < 1000) extra.yearNote = 'roc';
    } else {
      const yb = yearBefore(g, ctx);
      if (!yb.ok) return null;
      year = yb.year;
      extra = yb.spec;
    }
    let first: number;
    let last: number;
    if (g.first) {
      const n = num(g.n)!;
      first = 1;
      last = n * 3;
    } else if (g.r1) {
      const [q1, q2] = [QUARTER_NO[g.r1]!, QUARTER_NO[g.r2!]!];
      if (q2 <= q1) return null;
      first = q1 * 3 - 2;
      last = q2 * 3;
    } else {
      const q = g.q1 ? 1 : num(g.q ?? g.q2 ?? g.q3 ?? g.q4)!;
      if (!(q >= 1 && q <= 4)) return null;
      first = q * 3 - 2;
      last = q * 3;
    }
    return periodCandidate(m, span(year, { month: first }, { month: last }, { ...extra, report: true }), 'period-quarter', start);
  },
};

// 上半年, 下半年, 首半年, 2018年上半年, 今年上半年
// (and 2024年半年度, the interim period of a company's reports: 2024年半年度报告)
const HALF = re('g')`(?<h>上|下|首|前|后)半年度?|(?<![上下首前后每按一两\d])(?<interim>半年度)`;

export const half: ScanRule = {
  id: 'period-half',
  pattern: HALF,
  trigger: /半年/,
  examples: [
    { in: '上半年，全省新建改造输电线路约426公里', published: '2023-08-20', out: [{ text: '上半年', kind: 'period', value: '2023-01/2023-06' }, { text: '约426公里', kind: 'measure', value: 426 }] },
    { in: '2018年上半年，该县平安建设知晓率', out: [{ text: '2018年上半年', kind: 'period', value: '2018-01/2018-06' }] },
    { in: '下半年方面', published: '2023-08-18', out: [{ text: '下半年', kind: 'period', value: '2023-07/2023-12' }] },
    { in: '公司发布2024年半年度报告和半年度利润分配预案', published: '2024-08-27', out: [{ text: '2024年半年度', kind: 'period', value: '2024-01/2024-06' }] },
  ],
  extract(m, ctx) {
    const found = keywordAndYear(m, ctx);
    if (!found) return null;
    const { g, start, yb } = found;
    // (半年度 alone, 披露半年度报告, names the report more than a period: only with its year)
    if (g.interim && start === m.index) return null;
    const second = g.h === '下' || g.h === '后';
    return periodCandidate(m, span(yb.year, { month: second ? 7 : 1 }, { month: second ? 12 : 6 }, { ...yb.spec, report: true }), 'period-half', start);
  },
};

// 全年, 今年全年, 112年全年: the whole year in context
const FULL_YEAR = re('g')`全年(?:度)?`;

export const fullYear: ScanRule = {
  id: 'period-full-year',
  pattern: FULL_YEAR,
  trigger: /全年/,
  examples: [
    // results for a whole year published in March are of the year before
    { in: '全年人均地区生产总值47654元', published: '2020-03-01', out: [{ text: '全年', kind: 'period', value: '2019-01/2019-12' }, { text: '47654元', kind: 'money', value: 47654 }] },
    { in: '完成全年目标任务的93.8%', published: '2024-10-25', out: [{ text: '全年', kind: 'period', value: '2024-01/2024-12' }, { text: '93.8%', kind: 'percent', value: 93.8 }] },
    { in: '主計總處預測112年全年經濟成長率為1.61%', out: [{ text: '112年全年', kind: 'period', value: '2023-01/2023-12' }, { text: '1.61%', kind: 'percent', value: 1.61 }], simplifiedOnly: true },
  ],
  extract(m, ctx) {
    const found = keywordAndYear(m, ctx);
    if (!found) return null;
    const { g, start, yb } = found;
    // 完成全年目标任务的93.8%: the year of the target is a period too (the spec has 全年 in context; three
    // held-out annotators of four wrote it), but it names the target's year and frames no figure
    const target = /^(?:目标|任务|计划)/.test(ctx.norm.slice(m.index + m[0].length, m.index + m[0].length + 2));
    return periodCandidate(m, span(yb.year, { month: 1 }, { month: 12 }, { ...yb.spec, report: true, ...(target ? { names: true } : {}) }), 'period-full-year', start);
  },
};

// 首5个月, 前十一月, 前11个月, 今年首5个月
const FIRST_MONTHS = re('g')`(?:前|首)(?<n>1[0-2]|[1-9]|十[一二]?|[一二两三四五六七八九])个?月(?:份)?`;

export const firstMonths: ScanRule = {
  id: 'period-first-months',
  pattern: FIRST_MONTHS,
  trigger: /[前首]/,
  examples: [
    { in: '今年首5个月，澳门累计录得入境旅客', published: '2024-06-16', out: [{ text: '今年首5个月', kind: 'period', value: '2024-01/2024-05' }] },
    { in: '累计前十一月出口', published: '2025-12-10', out: [{ text: '前十一月', kind: 'period', value: '2025-01/2025-11' }] },
    { in: '在毕业前3个月内即签约', out: [{ text: '3个月内', kind: 'duration', value: 'P3M', approx: 'under' }] },
  ],
  extract(m, ctx) {
    const found = keywordAndYear(m, ctx);
    if (!found) return null;
    const { g, start, yb } = found;
    const n = num(g.n)!;
    if (!(n >= 1 && n <= 12)) return null;
    // 毕业前3个月内: within three months before something, a length of time (duration.ts)
    // (but 首十个月内地旅客: 内地 is the mainland)
    if (/^(?:之|以)?内(?!地)/.test(ctx.norm.slice(m.index + m[0].length, m.index + m[0].length + 3))) return null;
    return periodCandidate(m, span(yb.year, { month: 1 }, { month: n }, { ...yb.spec, report: true }), 'period-first-months', start);
  },
};

// Open periods. 2023年以来, 自2020年起, 今年以来, 5月份以来, 自3月1日起, 2019年至今, 年初以来
// (a year since which may be an old one: 有纪录以来, 1884年以来)
// (自111年5月1日施行: 自 and the day a law takes effect, the verb outside the span)
const TAKES_EFFECT = '(?<takes>(?=(?:正式)?(?:施行|实施|生效)))';
const SINCE_YEAR = re('g')`${GUARD}(?<zi>自|从)?${YEAR_PART.replace(YEAR4, YEAR4_SINCE)}(?:${MONTH_DAY})?(?<ini>初)?(?:以来|起(?![诉草点步来])|开始|至今|${TAKES_EFFECT})`;
const SINCE_MONTH = re('g')`(?<![\d.年]|\d,)(?<zi>自|从)?${MONTH_DAY}(?<ini>初)?(?:以来|起(?![诉草点步来])|开始|至今|${TAKES_EFFECT})`;
const SINCE_START_OF_YEAR = re('g')`(?<![年\d])(?<zi>自|从)?年初(?:以来|至今)`;

function openSpec(year: number | undefined, p: DatePoint, extra: Partial<TimeSpec>): TimeSpec {
  return { type: 'period', point: year !== undefined ? { year, ...p } : p, end: 'open', ...extra };
}

export const sinceYear: ScanRule = {
  id: 'period-since-year',
  pattern: SINCE_YEAR,
  trigger: /以来|起|开始|至今|施行|实施|生效/,
  runs: { lead: `${YEAR_LEAD}自从`, keyword: '年' },
  examples: [
    { in: '是1884年以来最热的一年', out: [{ text: '1884年以来', kind: 'period', value: '1884/..' }] },
    { in: '2023年以来，梅县区公安分局还深化完善', out: [{ text: '2023年以来', kind: 'period', value: '2023/..' }] },
    { in: '行政院主計總處自113年起按年編布', out: [{ text: '自113年起', kind: 'period', value: '2024/..' }], simplifiedOnly: true },
    { in: '今年以来，全省', published: '2024-05-01', out: [{ text: '今年以来', kind: 'period', value: '2024/..' }] },
    { in: '自2020年起', out: [{ text: '自2020年起', kind: 'period', value: '2020/..' }] },
    { in: '行政院指出，勞工職業災害保險及保護法自111年5月1日施行，2024年5月1日施行', out: [{ text: '自111年5月1日', kind: 'period', value: '2022-05-01/..' }, { text: '2024年5月1日', kind: 'date', value: '2024-05-01' }], simplifiedOnly: true },
  ],
  extract(m, ctx) {
    const g = m.groups as Groups;
    if (g.takes !== undefined && !g.zi) return null;
    const yb = yearBefore(g, ctx);
    if (!yb.ok) return null;
    const y = readYear(g, ctx.region);
    if (y?.twoDigit && !g.m) return null; // 22年以来 is a length of time
    const p: DatePoint = {};
    const month = num(g.m);
    if (month !== undefined) {
      if (month < 1 || month > 12) return null;
      p.month = month;
      const d = num(g.d);
      if (d !== undefined) {
        if (!validDay(yb.year, month, d)) return null;
        p.day = d;
      }
    } else if (g.ini) p.month = 1;
    return periodCandidate(m, openSpec(yb.year, p, yb.spec), 'period-since');
  },
};

export const sinceMonth: ScanRule = {
  id: 'period-since-month',
  pattern: SINCE_MONTH,
  trigger: /以来|起|开始|至今|施行|实施|生效/,
  examples: [
    { in: '5月份以来，降雨偏多', published: '2024-07-01', out: [{ text: '5月份以来', kind: 'period', value: '2024-05/..' }] },
    { in: '自3月1日起施行', published: '2024-02-01', out: [{ text: '自3月1日起', kind: 'period', value: '2024-03-01/..' }] },
  ],
  extract(m) {
    const g = m.groups as Groups;
    if (g.takes !== undefined && !g.zi) return null;
    // 美国于9月开始减息: a month something began in, not a period since it (从9月开始 is one)
    if (!g.zi && m[0].endsWith('开始')) return null;
    const month = num(g.m)!;
    if (month < 1 || month > 12) return null;
    const p: DatePoint = { month };
    const d = num(g.d);
    if (d !== undefined) {
      if (!validDay(undefined, month, d)) return null;
      p.day = d;
    }
    return periodCandidate(m, openSpec(undefined, p, {}), 'period-since');
  },
};

export const sinceStartOfYear: ScanRule = {
  id: 'period-since-start-of-year',
  pattern: SINCE_START_OF_YEAR,
  trigger: /年初/,
  examples: [{ in: '年初以来，物价平稳', published: '2024-07-01', out: [{ text: '年初以来', kind: 'period', value: '2024-01/..' }] }],
  extract(m) {
    return periodCandidate(m, openSpec(undefined, { month: 1 }, {}), 'period-since');
  },
};

// The same period a year back: 去年同期, 上年同期, 2019年同期, 上年同季, 同期 (with a year before it)
const SAME_PERIOD = re('g')`${GUARD}${YEAR_PART}同(?<g>期|季|月|日)`;

export const samePeriod: ScanRule = {
  id: 'period-same-period',
  pattern: SAME_PERIOD,
  trigger: /同[期季月日]/,
  examples: [
    { in: '前十一月出超比去年同期扩大', published: '2025-12-10', out: [{ text: '前十一月', kind: 'period', value: '2025-01/2025-11' }, { text: '去年同期', kind: 'period', value: '2024-01/2024-11' }] },
    { in: '今年首5个月恢复至2019年同期约八成水平', published: '2024-06-16', out: [{ text: '今年首5个月', kind: 'period', value: '2024-01/2024-05' }, { text: '2019年同期', kind: 'period', value: '2019-01/2019-05' }, { text: '约八成', kind: 'percent', value: 80 }] },
    // 同日: the day the sentence names, that year
    { in: '10月1日单日入境访客约23.5万人次，较2018年同日的约26.4万人次仍低约一成', published: '2024-10-08', out: [{ text: '10月1日', kind: 'date', value: '2024-10-01' }, { text: '约23.5万人次', kind: 'count', value: 235000 }, { text: '2018年同日', kind: 'date', value: '2018-10-01' }, { text: '约26.4万人次', kind: 'count', value: 264000 }, { text: '约一成', kind: 'percent', value: 10 }] },
    // the last ten years, not 2010
    { in: '累计栋数为近10年同期次高', out: [{ text: '10年', kind: 'duration', value: 'P10Y' }] },
  ],
  extract(m, ctx) {
    const g = m.groups as Groups;
    const y = readYear(g, ctx.region);
    if (!y || y.invalid) return null;
    // 近10年同期: the last ten years, not 2010
    if (y.twoDigit && /(?:近|过去|最近)$/.test(ctx.before(m.index, 2))) return null;
    const spec: TimeSpec = { type: 'period', samePeriod: y.year !== undefined ? { year: y.year } : { offset: y.relative ?? 0 } };
    if (g.g === '季') spec.samePeriod!.grain = 'quarter';
    if (g.g === '月') spec.samePeriod!.grain = 'month';
    if (g.g === '日') spec.samePeriod!.grain = 'day';
    if (y.roc) spec.yearNote = 'roc';
    return periodCandidate(m, spec, 'period-same-period');
  },
};

// 同期 opening a clause: in that same period (…113年1至9月…。同期基隆港共靠泊国际邮轮156航次)
const SAME_PERIOD_BARE = re('g')`(?<=^|[。，；：\n])同期(?=[\u4e00-\u9fff])(?!相比|比|增|减|下降|上升|水平|的)`;

export const samePeriodBare: ScanRule = {
  id: 'period-same-period-bare',
  pattern: SAME_PERIOD_BARE,
  trigger: /同期/,
  examples: [
    { in: '前三季度旅客吞吐量增长12%。同期基隆港共靠泊国际邮轮156航次', published: '2024-10-20', out: [{ text: '前三季度', kind: 'period', value: '2024-01/2024-09' }, { text: '12%', kind: 'percent', value: 12 }, { text: '同期', kind: 'period', value: '2024-01/2024-09' }, { text: '156航次', kind: 'count', value: 156 }] },
  ],
  extract(m) {
    return periodCandidate(m, { type: 'period', samePeriod: { offset: 0 } }, 'period-same-period-bare');
  },
};

// End of a year or month: 2019年末, 年底, 上年度末 → the last day; 7月底 → the month's last day; 较年初 →
// the first day of the year.
// (2023年年底 and 2024年年中, with 年 twice, as Hong Kong releases write them; 年中 only so: 2024年中国…)
// (年初 alone only as the point a change is measured from: 较年初下降6.4%, 由年初的15天压缩至7天)
const YEAR_END = re('g')`${GUARD}(?:${YEAR_PART}(?<again>年)?|(?<bare>年))(?:末|底|(?<=年年)(?<mid>中))|(?<=[较比由从与])(?<first>年初)`;
// (月底 alone, in a report on a month: 融资余额月底升至…, the end of the month reported on; not 每月底)
const MONTH_END = re('g')`(?<![\d.]|\d,)(?:(?<m>${MONTH})|(?<mrel>上|本|下|当))月(?:底|末)|(?<![\d.个每本上下当月年岁零〇○一二两三四五六七八九十正腊])月(?:底|末)(?![\u4e00-\u9fff]?月)`;

export const yearEnd: ScanRule = {
  id: 'date-year-end',
  pattern: YEAR_END,
  trigger: /[末底中初]/,
  runs: { lead: YEAR_LEAD, keyword: '年', bare: true },
  examples: [
    { in: '2019年末，全市户籍人口218.7万人', out: [{ text: '2019年末', kind: 'date', value: '2019-12-31' }, { text: '218.7万人', kind: 'count', value: 2187000 }] },
    { in: '2024年年中人口为753.38万，较2023年年底增加', out: [{ text: '2024年年中', kind: 'date', value: '2024-06-30' }, { text: '753.38万', kind: 'number', value: 7533800 }, { text: '2023年年底', kind: 'date', value: '2023-12-31' }] },
    { in: '较上年度末的38.20亿元增长1.91%', published: '2024-10-30', out: [{ text: '上年度末', kind: 'date', value: '2023-12-31' }, { text: '38.20亿元', kind: 'money', value: 3820000000 }, { text: '1.91%', kind: 'percent', value: 1.91 }] },
    { in: '截至2024年末，公司总资产1,126.8亿元，较年初下降6.4%；公司年初提出', published: '2025-03-28', out: [{ text: '2024年末', kind: 'date', value: '2024-12-31' }, { text: '1,126.8亿元', kind: 'money', value: 112680000000 }, { text: '年初', kind: 'date', value: '2024-01-01' }, { text: '6.4%', kind: 'percent', value: 6.4 }] },
  ],
  extract(m, ctx) {
    const g = m.groups as Groups;
    let spec: TimeSpec;
    if (g.first) spec = { type: 'date', point: { month: 1, day: 1 }, report: true };
    else if (g.bare) spec = { type: 'date', point: { endOf: 'year' }, report: true };
    else {
      const yb = yearBefore(g, ctx);
      if (!yb.ok) return null;
      spec = { type: 'date', point: yb.year !== undefined ? { year: yb.year, endOf: 'year' } : { endOf: 'year' }, ...yb.spec };
      // 年中: 30 June
      if (g.mid) spec.point = yb.year !== undefined ? { year: yb.year, month: 6, day: 30 } : { month: 6, day: 30 };
    }
    return { start: m.index, end: m.index + m[0].length, kind: 'date', value: null, time: spec, rule: 'date-year-end', priority: PRIORITY.date };
  },
};

// A Hong Kong fiscal year: 2023-24年度 (1 April 2023 to 31 March 2024), 2024-25年度第一季 and
// 2025-26年度首季 (April to June)
// (and a run of them: 2024/25至2028/29年度, April 2024 to March 2029)
// (二○二四至二五年度: the years in Chinese digits, one by one)
const FISCAL_YEAR = re('g')`(?<![\d.])(?<y1>${YEAR4})(?:-|—|–|/|至)(?<y2>\d{2}|(?:19|20)\d{2}|[〇○零一二三四五六七八九]{2})(?:(?:年度)?(?:至|到)(?<y3>(?:19|20)\d{2})(?:-|—|–|/)(?<y4>\d{2}))?(?:财政)?年度(?:(?:第(?<q>[一二三四1-4])|(?<q1>首))季度?)?`;
const QUARTER_NO: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 1: 1, 2: 2, 3: 3, 4: 4 };
/** A year written digit by digit in Chinese (二○二四) as Arabic digits. */
function digits(s: string): string {
  return /^\d+$/.test(s) ? s : [...s].map((c) => String(num(c) ?? '')).join('');
}

export const fiscalYear: ScanRule = {
  id: 'period-fiscal-year',
  pattern: FISCAL_YEAR,
  trigger: /年度/,
  examples: [
    { in: '2023-24年度综合赤字约1,016亿港元', out: [{ text: '2023-24年度', kind: 'period', value: '2023-04/2024-03' }, { text: '约1,016亿港元', kind: 'money', value: 101600000000 }] },
    { in: '宽减2024-25年度第一季的差饷', out: [{ text: '2024-25年度第一季', kind: 'period', value: '2024-04/2024-06' }] },
    { in: '宽免2025-26年度首季住宅物业差饷', out: [{ text: '2025-26年度首季', kind: 'period', value: '2025-04/2025-06' }] },
    { in: '政府在二○二四至二五年度财政预算案中', out: [{ text: '二○二四至二五年度', kind: 'period', value: '2024-04/2025-03' }] },
    { in: '2023/2024年度全省共评选', out: [{ text: '2023/2024年度', kind: 'period', value: '2023/2024' }] },
    { in: '未来五年（2024/25至2028/29年度）建屋量约77 400个', out: [{ text: '五年', kind: 'duration', value: 'P5Y' }, { text: '2024/25至2028/29年度', kind: 'period', value: '2024-04/2029-03' }, { text: '约77 400个', kind: 'count', value: 77400 }] },
  ],
  extract(m, ctx) {
    const g = m.groups as Groups;
    const y1 = Number(digits(g.y1!));
    const y2 = g.y2!.length === 2 ? Math.floor(y1 / 100) * 100 + Number(digits(g.y2!)) : Number(g.y2);
    if (y2 !== y1 + 1) return null;
    // (2023-2024年度 outside Hong Kong may be a season or a crop year: the two years, not April to March)
    if (g.y2!.length === 4 && ctx.region !== 'hk') {
      if (g.y3 || g.q || g.q1) return null;
      return { start: m.index, end: m.index + m[0].length, kind: 'period', value: null, time: { type: 'period', point: { year: y1 }, end: { year: y2 } }, rule: 'period-fiscal-year', priority: PRIORITY.period };
    }
    let from: DatePoint = { year: y1, month: 4 };
    let to: DatePoint = { year: y2, month: 3 };
    if (g.y3) {
      const y3 = Number(g.y3);
      const y4 = Math.floor(y3 / 100) * 100 + Number(g.y4);
      if (y4 !== y3 + 1 || y3 <= y1 || g.q || g.q1) return null;
      to = { year: y4, month: 3 };
    }
    if (g.q || g.q1) {
      const q = g.q1 ? 1 : QUARTER_NO[g.q!]!;
      const first = 4 + 3 * (q - 1); // April, July, October, January
      from = first > 12 ? { year: y2, month: first - 12 } : { year: y1, month: first };
      to = { year: from.year, month: from.month! + 2 };
    }
    return { start: m.index, end: m.index + m[0].length, kind: 'period', value: null, time: { type: 'period', point: from, end: to }, rule: 'period-fiscal-year', priority: PRIORITY.period };
  },
};

// A school year: in Taiwan August to July (113學年度, ROC, 2024-08/2025-07), elsewhere September to
// August (2024学年, 2024-2025学年, 2023/2024學年); 上学年 is the one before the school year last named;
// 最近2學年度 is a length of two years
const SCHOOL_YEAR = re('g')`(?<![\d.])(?:(?<y1>(?:19|20)\d{2})(?:-|—|–|/|至)(?<y2>(?:19|20)?\d{2})|(?<y>\d{1,4})|(?<n>\d{1,2}|[两二三四五六七八九十])个)学年度?|(?<rel>上|本|下)一?学年度?`;
/** The school years named before a position (113学年度 → 2024): for 上学年. */
// (2023/2024学年 starts in 2023)
const NAMED_SCHOOL_YEAR = /(?<![\d.])(?:((?:19|20)\d{2})[-—–/至](?:19|20)?\d{2}|(\d{3}|(?:19|20)\d{2}))学年/g;

function schoolYearStart(raw: string): number | null {
  const n = Number(raw);
  if (raw.length === 3 && n >= 38 && n <= 150) return n + 1911;
  if (raw.length === 4 && n >= 1900 && n <= 2100) return n;
  return null;
}

export const schoolYear: ScanRule = {
  id: 'period-school-year',
  pattern: SCHOOL_YEAR,
  trigger: /学年/,
  examples: [
    { in: '113学年度学士班注册率为82.12%，较112学年度的84.53%下降2.41个百分点，硕士班较上学年下降1.02个百分点', out: [{ text: '113学年度', kind: 'period', value: '2024-08/2025-07' }, { text: '82.12%', kind: 'percent', value: 82.12 }, { text: '112学年度', kind: 'period', value: '2023-08/2024-07' }, { text: '84.53%', kind: 'percent', value: 84.53 }, { text: '2.41个百分点', kind: 'percentage_point', value: 2.41 }, { text: '上学年', kind: 'period', value: '2023-08/2024-07' }, { text: '1.02个百分点', kind: 'percentage_point', value: 1.02 }] },
    { in: '112学年度境外学生13万人，较疫情前108学年度增加，其中越南学生为107学年度的1.8倍；占34.8%，较上学年提高1.2个百分点', out: [{ text: '112学年度', kind: 'period', value: '2023-08/2024-07' }, { text: '13万人', kind: 'count', value: 130000 }, { text: '108学年度', kind: 'period', value: '2019-08/2020-07' }, { text: '107学年度', kind: 'period', value: '2018-08/2019-07' }, { text: '1.8倍', kind: 'multiple', value: 1.8 }, { text: '34.8%', kind: 'percent', value: 34.8 }, { text: '上学年', kind: 'period', value: '2022-08/2023-07' }, { text: '1.2个百分点', kind: 'percentage_point', value: 1.2 }] },
    // (Simplified only: a school year's months depend on the region, and the Traditional text of the
    // examples joined around it may read as Taiwan's)
    { in: '2024-2025学年全市共有中小学生12.6万人；最近2学年度新生注册率均不足6成', out: [{ text: '2024-2025学年', kind: 'period', value: '2024-09/2025-08' }, { text: '12.6万人', kind: 'count', value: 126000 }, { text: '2学年度', kind: 'duration', value: 'P2Y' }, { text: '不足6成', kind: 'percent', value: 60, approx: 'under' }], simplifiedOnly: true },
    { in: '澳門2023/2024學年學生人數84,736名，較上學年增加', out: [{ text: '2023/2024學年', kind: 'period', value: '2023-09/2024-08' }, { text: '84,736名', kind: 'count', value: 84736 }, { text: '上學年', kind: 'period', value: '2022-09/2023-08' }], simplifiedOnly: true },
    { in: '已連續2個學年度成長，近两个学年', out: [{ text: '2個學年度', kind: 'duration', value: 'P2Y' }, { text: '两个学年', kind: 'duration', value: 'P2Y' }] },
  ],
  extract(m, ctx) {
    const g = m.groups as Groups;
    const end = m.index + m[0].length;
    let y: number | null = null;
    /** A year of the Republic (113學年度) is Taiwan's, whatever else the text says. */
    let roc = g.y?.length === 3;
    if (g.n) {
      // 連續2個學年度: a number of school years
      const n = num(g.n) ?? 0;
      return n >= 1 && n <= 20 ? { start: m.index, end, kind: 'duration', value: `P${n}Y`, rule: 'period-school-year', priority: PRIORITY.duration, chinese: !/\d/.test(g.n) } : null;
    }
    if (g.y1) {
      y = Number(g.y1);
      const y2 = g.y2!.length === 2 ? Math.floor(y / 100) * 100 + Number(g.y2) : Number(g.y2);
      if (y2 !== y + 1) return null;
    } else if (g.y) {
      y = schoolYearStart(g.y);
      // 最近2學年度: a number of school years
      if (y === null) {
        const n = Number(g.y);
        return n >= 1 && n <= 20 ? { start: m.index, end, kind: 'duration', value: `P${n}Y`, rule: 'period-school-year', priority: PRIORITY.duration, chinese: false } : null;
      }
    } else {
      // 上学年: the one before the school year last named, not as one compared with (较112学年度的…)
      // (nothing named: no fact)
      NAMED_SCHOOL_YEAR.lastIndex = Math.max(0, m.index - 3000);
      let last: number | null = null;
      let k: RegExpExecArray | null;
      while ((k = NAMED_SCHOOL_YEAR.exec(ctx.norm)) !== null && k.index < m.index) {
        // (越南学生人数为107学年度的1.8倍, 较疫情前108学年度: a year a figure is measured against is none either)
        if (!/(?:较|比|与|和|为|是|于)[^，,。；;\d]{0,4}$/.test(ctx.before(k.index, 6)) && schoolYearStart(k[1] ?? k[2]!) !== null) {
          last = schoolYearStart(k[1] ?? k[2]!);
          roc = k[2]?.length === 3;
        }
      }
      if (last === null) return null;
      y = last + (g.rel === '上' ? -1 : g.rel === '下' ? 1 : 0);
    }
    const first = ctx.region === 'tw' || roc ? 8 : 9;
    return { start: m.index, end, kind: 'period', value: null, time: { type: 'period', point: { year: y, month: first }, end: { year: y + 1, month: first - 1 } }, rule: 'period-school-year', priority: PRIORITY.period };
  },
};

// A range of years written once with 年: 1991—2020年, 2019-2023年 (2019年至2023年 is joined in resolve/time-spans.ts)
// (二○一九至二○二三年: the same in Chinese digits)
// (a season that runs over the turn of a year: 2023—2024冰雪季, 2023-24赛季, 2023/24榨季)
const CROSS_YEAR_SEASONS = ['冰雪季', '雪季', '赛季', '球季', '榨季', '产季'];
const YEAR_RANGE = re('g')`(?<![\d.〇○零一二三四五六七八九])(?<y1>${YEAR4})(?:(?:—|–|-|~|〜|至|到)(?<y2>${YEAR4})年(?!度)|(?:—|–|-|~|〜|至|/)(?<s2>(?:19|20)\d{2}|\d{2})(?:${words(CROSS_YEAR_SEASONS)}))`;

export const yearRange: ScanRule = {
  id: 'period-year-range',
  pattern: YEAR_RANGE,
  trigger: /[年季]/,
  examples: [
    { in: '常年值采用1991—2020年30年平均', out: [{ text: '1991—2020年', kind: 'period', value: '1991/2020' }, { text: '30年', kind: 'duration', value: 'P30Y' }] },
    { in: '以二○一九至二○二三年平均每年约17 600个的落成量计算', out: [{ text: '二○一九至二○二三年', kind: 'period', value: '2019/2023' }, { text: '约17 600个', kind: 'count', value: 17600, approx: 'about' }] },
    { in: '较2018—2019冰雪季增长31.2%，2023-24赛季', out: [{ text: '2018—2019冰雪季', kind: 'period', value: '2018/2019' }, { text: '31.2%', kind: 'percent', value: 31.2 }, { text: '2023-24赛季', kind: 'period', value: '2023/2024' }] },
  ],
  extract(m) {
    const g = m.groups as Groups;
    const y1 = Number(digits(g.y1!));
    // (a season's second year may be written with two digits: 2023-24赛季)
    const y2 = g.y2 ? Number(digits(g.y2)) : g.s2!.length === 2 ? Math.floor(y1 / 100) * 100 + Number(g.s2) : Number(g.s2);
    if (g.s2 && y2 !== y1 + 1) return null;
    if (y2 <= y1) return null;
    return { start: m.index, end: m.index + m[0].length, kind: 'period', value: null, time: { type: 'period', point: { year: y1 }, end: { year: y2 } }, rule: 'period-year-range', priority: PRIORITY.period };
  },
};

// A season with its year: 2024年夏季 (June to August), 2023年冬季 (December to February). A season with
// no year (夏季) is a vague word, not a fact.
const SEASON = re('g')`(?<season>春|夏|秋|冬)季`;
const SEASON_MONTHS: Readonly<Record<string, number>> = { 春: 3, 夏: 6, 秋: 9, 冬: 12 };

export const season: ScanRule = {
  id: 'period-season',
  pattern: SEASON,
  trigger: /季/,
  examples: [
    { in: '2024年夏季全省平均气温28.9℃', out: [{ text: '2024年夏季', kind: 'period', value: '2024-06/2024-08' }, { text: '28.9℃', kind: 'measure', value: 28.9 }] },
    { in: '夏季用电高峰', out: [] },
  ],
  extract(m, ctx) {
    const k = keywordAndYear(m, ctx);
    if (!k || k.start === m.index || k.yb.year === undefined) return null;
    const first = SEASON_MONTHS[k.g.season!]!;
    const from: DatePoint = { year: k.yb.year, month: first };
    const to: DatePoint = first === 12 ? { year: k.yb.year + 1, month: 2 } : { year: k.yb.year, month: first + 2 };
    return { start: k.start, end: m.index + m[0].length, kind: 'period', value: null, time: { type: 'period', point: from, end: to }, rule: 'period-season', priority: PRIORITY.period };
  },
};

// A third of a month: 6月下旬 (21st to the end), 3月上旬 (1st to 10th), 中旬 (11th to 20th); and a
// half: 12月上半月 (1st to 15th), 下半月 (16th to the end)
// (two thirds together: 9月中下旬 (11th to the end), 上中旬 (1st to 20th))
const MONTH_THIRD = re('g')`${GUARD}(?<m>${MONTH})月(?:份)?(?:(?<third>上|中|下)(?<third2>中|下)?旬|(?<half>上|下)半月)`;

export const monthThird: ScanRule = {
  id: 'period-month-third',
  pattern: MONTH_THIRD,
  trigger: /[旬半]/,
  examples: [
    { in: '6月下旬来电量明显上升', published: '2024-07-10', out: [{ text: '6月下旬', kind: 'period', value: '2024-06-21/2024-06-30' }] },
    { in: '较12月上半月平均每日的7,850人次高出17.3%', published: '2025-01-06', out: [{ text: '12月上半月', kind: 'period', value: '2024-12-01/2024-12-15' }, { text: '7,850人次', kind: 'count', value: 7850 }, { text: '17.3%', kind: 'percent', value: 17.3 }] },
    { in: '2024年2月中旬', out: [{ text: '2024年2月中旬', kind: 'period', value: '2024-02-11/2024-02-20' }] },
    { in: '2024年9月中下旬，3月上中旬', out: [{ text: '2024年9月中下旬', kind: 'period', value: '2024-09-11/2024-09-30' }, { text: '3月上中旬', kind: 'period', value: '2024-03-01/2024-03-20' }] },
  ],
  extract(m, ctx) {
    const k = keywordAndYear(m, ctx);
    if (!k) return null;
    const month = num(k.g.m)!;
    if (month < 1 || month > 12) return null;
    const g = m.groups as Groups;
    const third = k.g.third ?? g.third;
    const half = k.g.half ?? g.half;
    const from: DatePoint = half ? { month, day: half === '上' ? 1 : 16 } : { month, day: third === '上' ? 1 : third === '中' ? 11 : 21 };
    const last = k.g.third2 ?? g.third2 ?? third;
    const to: DatePoint = half === '下' || last === '下' ? { month, endOf: 'month' } : { month, day: half === '上' ? 15 : last === '上' ? 10 : 20 };
    return { start: k.start, end: m.index + m[0].length, kind: 'period', value: null, time: span(k.yb.year, from, to, k.yb.spec), rule: 'period-month-third', priority: PRIORITY.period };
  },
};

// 三季度末, 第2季末: the last day of the quarter
const QUARTER_END = re('g')`${GUARD}第?(?<q>[一二三四1-4])季度?(?:末|底)`;

export const quarterEnd: ScanRule = {
  id: 'date-quarter-end',
  pattern: QUARTER_END,
  trigger: /季/,
  examples: [
    { in: '三季度末，全省生猪存栏4127.6万头', published: '2024-10-20', out: [{ text: '三季度末', kind: 'date', value: '2024-09-30' }, { text: '4127.6万头', kind: 'count', value: 41276000 }] },
    { in: '截至2024年第2季末', out: [{ text: '2024年第2季末', kind: 'date', value: '2024-06-30' }] },
  ],
  extract(m, ctx) {
    const k = keywordAndYear(m, ctx);
    if (!k) return null;
    const q = num(k.g.q)!;
    const spec: TimeSpec = { type: 'date', point: { endOf: 'month', month: q * 3 } };
    if (k.yb) Object.assign(spec, k.yb.spec, { point: k.yb.year !== undefined ? { endOf: 'month', month: q * 3, year: k.yb.year } : { endOf: 'month', month: q * 3 } });
    return { start: k.start, end: m.index + m[0].length, kind: 'date', value: null, time: spec, rule: 'date-quarter-end', priority: PRIORITY.date };
  },
};

export const monthEnd: ScanRule = {
  id: 'date-month-end',
  pattern: MONTH_END,
  trigger: /月[底末]/,
  examples: [
    { in: '截至7月底，全省发电装机容量', published: '2023-08-20', out: [{ text: '7月底', kind: 'date', value: '2023-07-31' }] },
    { in: '截至2024年9月末，该行资产总额13186.42亿元', published: '2024-10-29', out: [{ text: '2024年9月末', kind: 'date', value: '2024-09-30' }, { text: '13186.42亿元', kind: 'money', value: 1318642000000 }] },
    { in: '11月台股上涨。融资余额月底升至3,412.6亿元，每月底公布', published: '2024-12-02', out: [{ text: '11月', kind: 'date', value: '2024-11' }, { text: '月底', kind: 'date', value: '2024-11-30' }, { text: '3,412.6亿元', kind: 'money', value: 341260000000 }] },
  ],
  extract(m, ctx) {
    // a year written before the month (2024年9月末) belongs to the mention
    const g0 = m.groups as Groups;
    const { g, start, yb } = (g0.m ? keywordAndYear(m, ctx) : null) ?? { g: m.groups as Groups, start: m.index, yb: null };
    const spec: TimeSpec = { type: 'date', point: { endOf: 'month' } };
    if (yb) Object.assign(spec, yb.spec, { point: yb.year !== undefined ? { endOf: 'month', year: yb.year } : { endOf: 'month' } });
    if (g.m) {
      const month = num(g.m)!;
      if (month < 1 || month > 12) return null;
      spec.point!.month = month;
    } else {
      const offset = g.mrel === '上' ? -1 : g.mrel === '下' ? 1 : 0;
      spec.relative = { unit: 'month', offset };
    }
    return { start, end: m.index + m[0].length, kind: 'date', value: null, time: spec, rule: 'date-month-end', priority: PRIORITY.date };
  },
};


// A week of the year as numbered by ISO 8601 (Monday to Sunday; week 1 holds 4 January): 2024年第12周,
// the week a weekly price report or epidemic bulletin is about. Only with its year written.
const ISO_WEEK = re('g')`${GUARD}(?<y>(?:19|20)\d{2})年第(?<w>[1-9]|[1-4]\d|5[0-3])周`;

/** The Monday of ISO week `w` of `year`, as a UTC date. */
function isoWeekMonday(year: number, w: number): Date {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday1 = Date.UTC(year, 0, 4 - ((jan4.getUTCDay() + 6) % 7));
  return new Date(monday1 + (w - 1) * 7 * 86_400_000);
}

export const isoWeek: ScanRule = {
  id: 'period-iso-week',
  pattern: ISO_WEEK,
  trigger: /周/,
  examples: [
    { in: '2024年第12周（3月18日—24日）全国农产品批发价格', out: [{ text: '2024年第12周', kind: 'period', value: '2024-03-18/2024-03-24' }, { text: '3月18日—24日', kind: 'period', value: '2024-03-18/2024-03-24' }] },
    { in: '2021年第1周', out: [{ text: '2021年第1周', kind: 'period', value: '2021-01-04/2021-01-10' }] },
  ],
  extract(m) {
    const year = Number(m.groups!.y);
    const w = Number(m.groups!.w);
    const a = isoWeekMonday(year, w);
    const b = new Date(a.getTime() + 6 * 86_400_000);
    // (week 53 only in a year that has one)
    if (w === 53 && isoWeekMonday(year + 1, 1).getTime() <= a.getTime()) return null;
    const point = (d: Date): DatePoint => ({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
    return periodCandidate(m, { type: 'period', point: point(a), end: point(b) }, 'period-iso-week');
  },
};
