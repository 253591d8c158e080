// Daily averages (part of rate-mismatch): a total over a closed period and its 日均 stated beside it
// must agree, the total divided by the days of the period.
//
//   fires:       全月累计装车34.62万车，日均装车1.21万车 (October: 34.62万 / 31 = 1.12万)
//   holds:       全月完成货物发送量2146.8万吨，…日均发送69.25万吨 (2146.8万 / 31 = 69.25万, info)
//   fires:       端午节假期3天，… 公路人员流动量累计6.00亿人次，日均2.19亿人次 (a holiday's length named before: 6.00亿 / 3 = 2.00亿)
//   stays quiet: a period not yet over at publication, trading or working days (成交, 交易日, 工作日),
//                a total of another unit or of another thing (日均客流 after 货物发送量)
import type { Fact, Finding } from '../types.js';
import { firstAtOrAfter, hasFullStop, isComparedLevel } from '../link/marks.js';
import { isComparedTime } from '../link/period.js';
import { bounds, finding, fmt, overlaps, paragraphStart, sameUnit, sentenceStartOf, sharesAWord, simplify, type CheckContext } from './util.js';

/** The average names itself right before the figure: 日均装车, 日均发送, 平均每日. */
const DAILY_BEFORE = /(?:日均|平均每[日天]|每日平均)(?<what>[\u4e00-\u9fff]{0,8}?)(?:为|达|达到|约|近)?$/;
/** Averages over days that are not calendar days: trading and working days. */
const OTHER_DAYS = /成交|交易|工作日|营业日|开市/;
/** Words that put a sentence in the month the article reports on (全月累计装车…). */
const THIS_MONTH = /全月|当月|本月|月内/;
/**
 * How far off an average may be before it is reported: totals are often rounded from figures the
 * average was taken from, or averaged over a year of another length (460.4万 for 16.85亿 over 365
 * days is 0.3% off and no error).
 */
const TOLERANCE = 0.02;

const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Days of a closed period written as ISO (2024-10, 2024-01/2024-10, 2024-10-01/2024-10-07, 2024); null if not one. */
export function daysOf(period: string): { days: number; last: string } | null {
  let m = /^(\d{4})-(\d{2})$/.exec(period);
  if (m) {
    const d = daysIn(+m[1]!, +m[2]!);
    return { days: d, last: `${m[1]}-${m[2]}-${String(d).padStart(2, '0')}` };
  }
  m = /^(\d{4})-(\d{2})\/(\d{4})-(\d{2})$/.exec(period);
  if (m) {
    let days = 0;
    for (let y = +m[1]!, mo = +m[2]!; y * 12 + mo <= +m[3]! * 12 + +m[4]!; mo === 12 ? (y++, (mo = 1)) : mo++) days += daysIn(y, mo);
    return { days, last: `${m[3]}-${m[4]}-${String(daysIn(+m[3]!, +m[4]!)).padStart(2, '0')}` };
  }
  m = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/.exec(period);
  if (m) return { days: Math.round((Date.parse(m[2]!) - Date.parse(m[1]!)) / 864e5) + 1, last: m[2]! };
  m = /^(\d{4})$/.exec(period);
  if (m) return { days: daysIn(+m[1]!, 2) === 29 ? 366 : 365, last: `${m[1]}-12-31` };
  return null;
}

/** A holiday's length written with it: 端午节假期3天, 春节8天假期, 国庆长假7天, 黄金周期间8天. */
const HOLIDAY_BEFORE = /(?:假期|长假|假日|黄金周|小长假|连假)(?:期间)?(?:共|共计|为期)?$/;
const HOLIDAY_AFTER = /^(?:假期|长假|连假)/;

/**
 * The days of a holiday named in the paragraph before a total that names no period of its own
 * (端午节假期3天，全社会跨区域人员流动量累计6.57亿人次…。其中，…公路人员流动量累计6.00亿人次): the last
 * length in days written as a holiday's before the total, no date or period between them.
 */
function holidayDays(ctx: CheckContext, total: Fact): number | null {
  const { doc, facts } = ctx;
  const para = paragraphStart(ctx, total.start);
  // (免费通行期间，…累计通行2763万辆次: the sentence is of a period named before it)
  const own = doc.norm.slice(Math.max(para, sentenceStartOf(ctx, total.start)), total.start);
  const during = /期间/.test(own);
  // (春节连假为1月25日至2月2日，共9天。…1月28日至2月2日国道实施单一费率…。连假期间国道共发生事故1,278件: the
  // run of days named with the word before 期间, 连假, not the nearest run)
  const key = /([\u4e00-\u9fff]{2})期间/.exec(own)?.[1];
  if (key) {
    for (let k = ctx.indexOf(total) - 1; k >= 0 && total.start - facts[k]!.start <= 1500; k--) {
      const g = facts[k]!;
      if (g.kind !== 'period' || typeof g.value !== 'string' || !/^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/.test(g.value) || isComparedTime(doc.norm, g)) continue;
      if (!doc.norm.slice(Math.max(0, g.start - 8), g.start).includes(key) && !doc.norm.slice(g.end, g.end + 12).includes(key)) continue;
      const run = daysOf(g.value);
      return run && run.days > 1 && run.days <= 31 ? run.days : null;
    }
  }
  for (let k = ctx.indexOf(total) - 1; k >= 0; k--) {
    const g = facts[k]!;
    // (within the paragraph and 600 characters: a paragraph of a megabyte costs no more per figure)
    if (g.start < para || total.start - g.start > 600) return null;
    // (a time compared with, 比2019年同期增长13.9%, frames nothing)
    if ((g.kind === 'date' || g.kind === 'period') && isComparedTime(doc.norm, g)) continue;
    // (2月9日至17日小型客车免费通行收费公路，共9天。免费通行期间，…: the run of days that period is)
    if (g.kind === 'date' || g.kind === 'period') {
      const run = during && g.kind === 'period' && typeof g.value === 'string' && /^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/.test(g.value) ? daysOf(g.value) : null;
      return run && run.days > 1 && run.days <= 31 ? run.days : null;
    }
    if (g.kind !== 'duration') continue;
    const d = typeof g.value === 'string' ? /^P(\d+)D$/.exec(g.value) : null;
    if (!d || g.approx) return null;
    const holiday = HOLIDAY_BEFORE.test(doc.norm.slice(Math.max(0, g.start - 8), g.start)) || HOLIDAY_AFTER.test(doc.norm.slice(g.end, g.end + 3));
    if (holiday) return Number(d[1]);
    // (…，共9天: the length of the period before it, which is read instead)
    if (during && /[，,]共(?:计)?$/.test(doc.norm.slice(Math.max(0, g.start - 3), g.start))) continue;
    return null;
  }
  return null;
}

/** The month the article reports on: the first month named in its opening lines (10月份 → 2024-10). */
function leadMonth(ctx: CheckContext): string | null {
  for (const f of ctx.facts) {
    if (f.start > 300) break;
    if ((f.kind === 'date' || f.kind === 'period') && typeof f.value === 'string' && /^\d{4}-\d{2}$/.test(f.value)) return f.value;
  }
  return null;
}

/** The run of days the article opens with (国庆假期10月1日至7日), a month at most; null if none. */
function leadDays(ctx: CheckContext): { days: number; last: string; label: string } | null {
  for (const f of ctx.facts) {
    if (f.start > 300) break;
    if (f.kind === 'period' && typeof f.value === 'string' && /^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/.test(f.value)) {
      const d = daysOf(f.value);
      return d && d.days > 1 && d.days <= 31 ? { ...d, label: f.value } : null;
    }
  }
  return null;
}

/**
 * The total an average of a period told before is of: the nearest level before its sentence, within
 * 800 characters, of the same unit and of what the average names (接待游客), itself no average, no
 * change and no level compared with.
 */
function earlierTotal(ctx: CheckContext, i: number, what: string): Fact | null {
  const { doc, facts } = ctx;
  const f = facts[i]!;
  for (let k = i - 1; k >= 0 && f.start - facts[k]!.start <= 800; k--) {
    const g = facts[k]!;
    if (g.kind !== f.kind || typeof g.value !== 'number' || g.change || g.approx || !sameUnit(g, f) || (g.value as number) <= (f.value as number)) continue;
    if (isComparedLevel(doc.norm, g.start) || DAILY_BEFORE.test(doc.norm.slice(Math.max(0, g.start - 14), g.start))) continue;
    const subject = simplify(g.subject);
    if (subject.endsWith(what) || (subject.length >= 2 && what.endsWith(subject))) return g;
  }
  return null;
}

/** Two subjects share two characters in a row once 日均/累计/全月 are taken off (装车 and 累计装车), and the average names nothing the total does not. */
function sameThing(average: string, total: string | undefined): boolean {
  const t = simplify(total).replace(/累计|全月|当月|本月|全年|合计|共计|总/g, '');
  const a = average.replace(/日均|平均|每日|每天/g, '');
  // (日均接待外地游客 after 接待游客: two characters the total has not name a part of it)
  let extra = 0;
  for (const ch of a) if (!t.includes(ch)) extra++;
  return sharesAWord(t, a) && extra < 2;
}

/** The words of a daily average at the end of a stretch (…日均客流量约): what is left before them names the part. */
const DAILY_TAIL = /(?:日均|平均每日|每日平均|平均每天|每天平均)[\u4e00-\u9fff]{0,6}?(?:为|达|约|逾|近)?$/;

/** After the last 其中 (当中) of `s`, in its clause, a name of two characters or more. */
function partNamedAfterQizhong(s: string): boolean {
  const at = Math.max(s.lastIndexOf('其中'), s.lastIndexOf('当中'));
  if (at < 0) return false;
  const rest = s.slice(at + 2);
  return !/[，。；]/.test(rest) && /[\u4e00-\u9fff]{2}/.test(rest);
}

export function dailyAverages(ctx: CheckContext, out: Finding[]): void {
  const { doc, facts } = ctx;
  const published = doc.published?.value.slice(0, 10) ?? null;
  let month: string | null | undefined;
  let leadRun: { days: number; last: string; label: string } | null | undefined;
  for (let i = 1; i < facts.length; i++) {
    const f = facts[i]!;
    if (f.kind !== 'count' && f.kind !== 'measure' && f.kind !== 'money') continue;
    if (typeof f.value !== 'number' || f.change) continue;
    const d = DAILY_BEFORE.exec(doc.norm.slice(Math.max(0, f.start - 14), f.start).replace(/^.*[，,；;：:]/, ''));
    if (!d) continue;
    // the total: the level of the same unit just before, in the same sentence, of the same thing
    let total: Fact | null = null;
    for (let k = i - 1; k >= 0 && i - k <= 6; k--) {
      const g = facts[k]!;
      if (g.end <= f.start && hasFullStop(doc.norm, g.end, f.start)) break;
      if (g.kind !== f.kind || typeof g.value !== 'number' || g.change || !sameUnit(g, f)) continue;
      // (not a level compared with: 比2019年的13.27亿人次; nor an average itself: 日均零售7.37万辆，其中…日均零售5.8万辆)
      // (恢复至2019年961.9万人次的77.1%，平均每日旅客量约2.43万人次: the level compared with is passed over)
      if (isComparedLevel(doc.norm, g.start) || /(?:至|到|为)(?:\d{4}年|同期|上年|去年)[^，。；\d]{0,4}$/.test(doc.norm.slice(Math.max(0, g.start - 12), g.start))) continue;
      if ((g.value as number) <= (f.value as number) || DAILY_BEFORE.test(doc.norm.slice(Math.max(0, g.start - 14), g.start))) break;
      total = g;
      break;
    }
    // (假期3天全省共接待游客2486.3万人次…。⏎假期期间，全省日均接待游客882.8万人次: an average of a period
    // told before, its total in an earlier sentence, found by what it counts)
    // (but 暑运期间（7月1日至8月31日）日均客运量…: a sentence that names its period is of that period)
    const own = sentenceStartOf(ctx, f.start);
    let told = !total && d.groups!.what !== '' && /期间/.test(doc.norm.slice(own, f.start));
    for (let k = i - 1; told && k >= 0 && facts[k]!.start >= own; k--) if (facts[k]!.kind === 'date' || facts[k]!.kind === 'period') told = false;
    if (told) total = earlierTotal(ctx, i, simplify(d.groups!.what));
    if (!total) continue;
    // (累计客流量1286.4万人次，…，其中合肥淮河路步行街日均客流量约32万人次: the average of a part named after 其中)
    if (partNamedAfterQizhong(doc.norm.slice(total.end, f.start).replace(DAILY_TAIL, ''))) continue;
    // (12月单月受理2,706件；全年平均每日受理约78件: an average the clause says is of the year is no month's)
    if (/全年/.test(doc.norm.slice(total.end, f.start)) && total.period !== undefined && !/^\d{4}(?:-01\/\d{4}-12)?$/.test(total.period)) continue;
    // (at most 200 characters back: a text without full stops costs linear time)
    const from = Math.max(sentenceStartOf(ctx, total.start), total.start - 200);
    const sentence = doc.norm.slice(from, f.end);
    // (an average with no noun of its own right after the total is of it: 累计6.57亿人次，日均2.19亿人次)
    const what = simplify(d.groups!.what);
    // (…1億1,346萬人次，按年微跌0.4%，佔整體的33.1%，日均約386萬人次: its changes, shares, times and levels
    // compared with may stand between)
    const between = facts.slice(ctx.indexOf(total) + 1, i);
    // (上半年完成客运量8.21亿人次，同比增长7.4%；第四季度日均客运量475.2万人次: an average that names a time of
    // its own, another than the total's, is of that time)
    if (between.some((g) => (g.kind === 'date' || g.kind === 'period') && !isComparedTime(doc.norm, g) && g.value !== total!.period)) continue;
    const onlyAbout = between.every((g) => g.kind === 'percent' || g.kind === 'percentage_point' || g.kind === 'date' || g.kind === 'period' || isComparedLevel(doc.norm, g.start));
    const bare = !what && onlyAbout && !/[\u4e00-\u9fff]/.test(simplify(f.subject).replace(/日均|平均|每日|每天/g, ''));
    if (OTHER_DAYS.test(sentence) || !(bare || told || sameThing(what || simplify(f.subject), total.subject))) continue;
    // the period: the total's own when the sentence names a time (运输期间 names none the days can be
    // counted from), else the month the article reports on when the sentence says 全月
    // (…春节假期（1月21日至27日）…；“五一”假期5天，全省接待游客2917.6万人次，日均583.5万人次: a time of an
    // earlier clause of the sentence frames nothing of this one)
    const head = doc.norm.slice(from, total.start);
    const clauseFrom = from + Math.max(head.lastIndexOf('；'), head.lastIndexOf(';')) + 1;
    let timed = false;
    for (let k = firstAtOrAfter(facts, clauseFrom); k < facts.length && facts[k]!.end <= total.start && !timed; k++) timed = facts[k]!.kind === 'date' || facts[k]!.kind === 'period';
    let period = timed ? (total.period ?? f.period ?? null) : null;
    // (113年春节7天连假共刷卡924.3亿元、日均132.0亿元: a holiday's length told in the clause is its days, not
    // the year its name carries)
    let holiday: number | null = null;
    for (let k = firstAtOrAfter(facts, clauseFrom); k < facts.length && facts[k]!.end <= total.start; k++) {
      const g = facts[k]!;
      const d = g.kind === 'duration' && typeof g.value === 'string' && !g.approx ? /^P(\d+)D$/.exec(g.value) : null;
      if (d && (HOLIDAY_AFTER.test(doc.norm.slice(g.end, g.end + 3)) || HOLIDAY_BEFORE.test(doc.norm.slice(Math.max(0, g.start - 8), g.start)))) holiday = Number(d[1]);
    }
    if (holiday !== null && holiday > 1) period = null;
    if (!period && THIS_MONTH.test(sentence)) period = month === undefined ? (month = leadMonth(ctx)) : month;
    let span: { days: number; last: string; label?: string } | null = period ? daysOf(period) : holiday !== null && holiday > 1 ? { days: holiday, last: '', label: 'the holiday' } : null;
    // (a period not over when the article came out is averaged over the days so far)
    if (span && published !== null && span.last >= published) continue;
    // (a holiday is reported on once it is over: its length is the days)
    if (!span && !timed) {
      const days = holidayDays(ctx, total);
      if (days !== null && days > 1) span = { days, last: '' };
    }
    // (全市12个重点商圈累计客流量1365.2万人次，…日均客流量227.5万人次, in a report on 10月1日至7日: a total
    // 累计 over the run of days the article opens with)
    if (!span && !timed && /累计/.test(sentence)) {
      if (leadRun === undefined) leadRun = leadDays(ctx);
      if (leadRun && (published === null || leadRun.last < published)) span = leadRun;
    }
    if (!span) continue;
    const [tlo, thi] = bounds(total);
    const implied: [number, number] = [tlo / span.days, thi / span.days];
    const ids = [ctx.indexOf(total), ctx.indexOf(f)];
    const actual = (total.value as number) / span.days;
    const [slo, shi] = bounds(f);
    // (an average of a total told in an earlier sentence is reported where it stands)
    if (overlaps(implied, [slo * (1 - TOLERANCE), shi * (1 + TOLERANCE)])) {
      out.push(finding(doc, 'rate-consistent', 'info', told ? f.start : total.start, f.end, `${f.text} = ${total.text} / ${span.days} days = ${fmt(actual)}: holds`, { facts: ids }));
    } else {
      out.push(finding(doc, 'rate-mismatch', 'warning', told ? f.start : total.start, f.end, `the daily average ${f.text} does not match ${total.text} over ${span.days} days (${period ?? span.label ?? 'the holiday'}): ${fmt(actual)} a day`, { facts: ids }));
    }
  }
}

