// Completes dates and periods: fills the year and month that were not written, resolves relative
// words, and writes the ISO 8601 value.
//
// Where a missing year comes from, in order: an explicit year earlier in the same sentence, then in
// the same paragraph, then the reference date (`published`; a month more than a month after it is
// taken from the year before, unless the sentence speaks of the future), then the year the document
// reports on (the most frequent explicit year). Relative words (今年, 去年, 昨天) resolve against
// `published`; 上年 and 同期 in a data report resolve against the period the sentence is about.
// Without a reference, a partial date keeps its precision (`--08-27`) and a relative one is null.
import { resolveLunar } from './lunar.js';
import type { DatePoint, TimeSpec } from '../types.js';
import type { Candidate } from '../rules/types.js';
import { isFullStop } from '../link/marks.js';
import { PLAN_WORDS } from '../data/subject-words.js';
import { words } from '../rules/patterns.js';

export interface Resolved {
  kind: 'date' | 'period';
  start: DatePoint;
  end?: DatePoint | 'open';
}

/** A day after 截至 whose year came from the context and lies a year or more before the reference, while the same day this year has passed. */
function asOfLastYear(r: Resolved, spec: TimeSpec, ref: Ref, before: string): boolean {
  const d = r.start;
  if (r.kind !== 'date' || spec.point?.year !== undefined || spec.relative || d.year === undefined || d.month === undefined || d.day === undefined) return false;
  if (!/(?:截至|截止|截至到)$/.test(before)) return false;
  const thisYear = ref.year * 10000 + d.month * 100 + d.day;
  return d.year < ref.year && thisYear <= ref.year * 10000 + ref.month * 100 + ref.day && ref.year * 12 + ref.month - (d.year * 12 + d.month) > 6;
}

/** April to March of the next year: a Hong Kong fiscal year. */
function isFiscalYear(r: Resolved): boolean {
  return r.kind === 'period' && r.start.month === 4 && r.end !== undefined && r.end !== 'open' && r.end.month === 3 && r.end.year === (r.start.year ?? NaN) + 1;
}

interface Ref {
  year: number;
  month: number;
  day: number;
}

// ； joins clauses of one sentence: a time stated before it still frames what follows
// (比此前2023年12月31日创下的…: 此前, 之前 between the word and the time)
const BASELINE_BEFORE = /(?:较|比|与|同|和|对比|相比|相较|跟|较之|高于|低于|好于|快于|慢于|优于|多于|少于|超过|恢复至|达到|为|次于|不及|超越|打破|刷新)(?:此前|之前)?$/;
const FUTURE = /将|预计|预期|计划|拟|定于|即将|届时|有望|可望|可于|下一步/;
const TARGET_WORDS = ['力争', '确保', '力求', '争取'];
/** Words that set a target (力争全年实施重点项目130个以上): what they govern is still to come. */
const TARGET = new RegExp([...TARGET_WORDS, '预计', '预期', '拟'].join('|'));
/** A target word right before a report word (力争全年, 确保全年). */
const TARGET_BEFORE = new RegExp(`(?:${TARGET_WORDS.join('|')})$`);
/** The base period of an index after its time: 为基期, 为基准年, ＝100. */
const BASE_PERIOD_AFTER = /^(?:为|作为)?基[期准]|^[=＝]\s?100(?!\d)/;
/** Words that single out a part of the period told of (单计第二季, 单就12月而言). */
const SINGLED_OUT = /(?:单计|单就|单看|单独看|仅计)$/;
/** Words that put what a sentence tells after its writing (将于12月中旬公布), not plans reported on. */
const WILL = /将于|将在|将|预计|预定|定于|拟于|即将/;

export function formatPoint(p: DatePoint): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  let day = p.day;
  let month = p.month;
  if (p.endOf === 'year') {
    month = 12;
    day = 31;
  } else if (p.endOf === 'month' && month !== undefined) {
    day = daysInMonth(p.year ?? 2001, month);
  }
  if (p.year === undefined) {
    if (month === undefined) return day !== undefined ? `---${pad(day)}` : '';
    return day !== undefined ? `--${pad(month)}-${pad(day)}` : `--${pad(month)}`;
  }
  let s = String(p.year).padStart(4, '0');
  if (month === undefined) return s;
  s += `-${pad(month)}`;
  if (day === undefined) return s;
  s += `-${pad(day)}`;
  if (p.hour === undefined) return s;
  s += `T${pad(p.hour)}:${pad(p.minute ?? 0)}`;
  if (p.second !== undefined) s += `:${pad(p.second)}`;
  return s;
}

export function formatResolved(r: Resolved): string {
  if (r.kind === 'date') return formatPoint(r.start);
  const a = formatPoint(r.start);
  const b = r.end === 'open' || r.end === undefined ? '..' : formatPoint(r.end);
  return `${a}/${b}`;
}

function refOf(published: string | null): Ref | null {
  if (!published) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

function addDays(r: Ref, days: number): DatePoint {
  const d = new Date(Date.UTC(r.year, r.month - 1, r.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const t = year * 12 + (month - 1) + n;
  return { year: Math.floor(t / 12), month: (t % 12) + 1 };
}

/** The year written most often in the document's dates and periods: the year it reports on. */
function reportYear(facts: Candidate[], norm: string, ref: Ref | null): number | undefined {
  const counts = new Map<number, number>();
  let closed = false;
  const nl = norm.indexOf('\n');
  const firstLineEnd = nl < 0 ? 0 : nl;
  for (const f of facts) {
    const y = f.time?.point?.year;
    if (y === undefined || f.time?.samePeriod || f.time?.type === 'duration') continue;
    // a year compared with (较2019年) is not the year reported on; nor is a year after publication
    if (BASELINE_BEFORE.test(norm.slice(Math.max(0, f.start - 3), f.start))) continue;
    if (ref && y > ref.year) continue;
    // the byline's own date (发布时间：2024-02-29) says when, not what about
    if (ref && f.time?.point?.month === ref.month && f.time.point.day === ref.day && y === ref.year) continue;
    // a year in the headline (青溪县2024年上半年…进展情况) says what the article is about: it weighs three
    // (an open period, 2023年以来, weighs half: it says since when more than what the article is about)
    const open = f.time?.end === 'open';
    counts.set(y, (counts.get(y) ?? 0) + (f.start < firstLineEnd ? 3 : 1) * (open ? 0.5 : 1));
    if (!open) closed = true;
  }
  // (a year only ever written as the start of an open period, 2023年以来, says since when, not what the
  // article reports on: a Q3 report of October 2024 may say it and date nothing else)
  if (!closed) return undefined;
  let best: number | undefined;
  let n = 0;
  for (const [y, c] of counts) if (c > n || (c === n && best !== undefined && y < best)) [best, n] = [y, c];
  return best;
}

const TITLE_YEAR = /(?<![\d])((?:19|20)\d{2})年(?:度)?[^\n，。]{0,40}(?:统计公报|统计数字|统计数据|统计资料|(?<!新闻)公报|工作报告|报告|年鉴|白皮书|年报|业绩|决算)|截至((?:19|20)\d{2})年12月31日止(?:的)?(?:年度|财政年度)/;

/** The year in the document's first lines, if they name a bulletin, a report or annual results (2023年全年业绩, 截至2023年12月31日止年度). */
function titleYear(norm: string): number | undefined {
  const m = TITLE_YEAR.exec(norm.slice(0, 400));
  if (!m) return undefined;
  const y = Number(m[1] ?? m[2]);
  // a government work report is delivered early in the year it names and reports on the year before
  // (2025年政府工作报告: 全年 and 上年 in its review are 2024 and 2023; its targets name 2025 or 今年)
  return /政府工作报告/.test(m[0]) ? y - 1 : y;
}

/**
 * A data report with no year written that states results for a period from January not yet over at
 * publication (全年 in a bulletin of March 2024, 上半年 in one of May) reports on the year before.
 */
function reportsOnYearBefore(facts: Candidate[], norm: string, ref: Ref): boolean {
  // (a lead that names the year of publication, 2024年全市计划改造…, reports on it)
  if (norm.slice(0, LEAD).includes(`${ref.year}年`)) return false;
  for (const f of facts) {
    const spec = f.time;
    if (!spec || !spec.report || spec.type !== 'period' || spec.relative || spec.contextYear || spec.point?.year !== undefined) continue;
    const end = spec.end !== 'open' ? spec.end : undefined;
    const endMonth = end?.month ?? spec.months?.[1];
    const startMonth = spec.point?.month ?? spec.months?.[0];
    // only results counted from January (全年, 上半年, 前三季度, 1—7月): 下半年 read in August is a
    // forecast for the half year under way
    if (endMonth === undefined || startMonth !== 1 || endMonth <= ref.month) continue;
    // (nor a plan for the year under way: 达到特区政府全年预算2,160亿澳门元的78.8%)
    if (FUTURE.test(sentenceAround(norm, f.start)) || /预测|预估|目标|测算/.test(sentenceAround(norm, f.start)) || PLAN_AFTER.test(norm.slice(f.end, f.end + 3))) continue;
    return true;
  }
  return false;
}

/** How far into an article its lead reaches (the title, the header line and the first paragraph). */
const LEAD = 400;

/** A plan after a period (全年预算, 全年目标): the period is the year under way, no result reported. */
const PLAN_AFTER = new RegExp(`^的?(?:${words(PLAN_WORDS)})`);

interface Context {
  sentence: number;
  paragraph: number;
  sentenceYear?: number;
  /** The sentence's year came from a year alone (114年为1.89%), not from a date or month. */
  sentenceYearBare?: boolean;
  /** The sentence's year was written (2024年…), not inferred from the publication date (1月4日). */
  sentenceYearWritten?: boolean;
  paragraphYear?: number;
  paragraphYearWritten?: boolean;
  /** The last time (not a baseline) in the sentence, resolved. */
  sentenceTime?: Resolved;
  /** The last closed period in the sentence (前三季度): what 同期 most often refers to. */
  sentencePeriod?: Resolved;
  /** The leading time phrase of the paragraph. */
  paragraphTime?: Resolved;
  /** The last closed period of the paragraph (10月1日至7日… 假期7天，较上年同期). */
  paragraphPeriod?: Resolved;
  /** The last time (not a baseline) of the paragraph, in any sentence. */
  paragraphLast?: Resolved;
  /** The article's lead period: the first closed period in its opening (what a later 同期 falls back to). */
  leadPeriod?: Resolved;
  /** The lead's first period named by a report word (上半年, 前三季度): what a result's 同期 is. */
  leadReport?: Resolved;
  /** The article's lead month (what a later 上年同月 falls back to). */
  leadMonth?: Resolved;
  sentenceMonth?: { year?: number; month: number };
}

/**
 * The context of a new sentence (what the paragraph and the lead said carries on) or of a new
 * paragraph (only the lead carries on). Every field is set, in one order: one hidden class for all.
 */
function newContext(sentence: number, paragraph: number, prev: Context | null, sameParagraph: boolean): Context {
  const keep = sameParagraph && prev !== null;
  return {
    sentence,
    paragraph,
    sentenceYear: undefined,
    sentenceYearBare: undefined,
    sentenceYearWritten: undefined,
    paragraphYear: keep ? prev.paragraphYear : undefined,
    paragraphYearWritten: keep && prev.paragraphYear !== undefined ? Boolean(prev.paragraphYearWritten) : undefined,
    sentenceTime: undefined,
    sentencePeriod: undefined,
    paragraphTime: keep ? prev.paragraphTime : undefined,
    paragraphPeriod: keep ? prev.paragraphPeriod : undefined,
    paragraphLast: keep ? prev.paragraphLast : undefined,
    leadPeriod: prev?.leadPeriod,
    leadReport: prev?.leadReport,
    leadMonth: prev?.leadMonth,
    sentenceMonth: undefined,
  };
}

/** Resolves every temporal candidate in place: sets `value` (and may turn a period into a date). */
export function resolveTimes(facts: Candidate[], norm: string, published: string | null): void {
  const ref = refOf(published);
  // The year reported on: the title's (2023年国民经济和社会发展统计公报), else the year written most
  // often; with a publication date, only a year close to it (a report comes out the year after).
  let docYear = titleYear(norm) ?? reportYear(facts, norm, ref);
  const rolling = /移动平均/.test(norm);
  /** Where the text first writes a year: 当年 or 同年 after it repeats a year named before. */
  const firstYearWritten = norm.search(YEAR_WRITTEN);
  if (ref && docYear !== undefined && docYear !== ref.year && docYear !== ref.year - 1) docYear = undefined;
  // (今年1—9月 in the lead: the article reports on the year of publication, whatever year it names later,
  // 2023年全年 compared with)
  if (ref && docYear === ref.year - 1 && titleYear(norm) === undefined && /今年/.test(norm.slice(0, LEAD))) docYear = undefined;
  if (docYear === undefined && ref && reportsOnYearBefore(facts, norm, ref)) docYear = ref.year - 1;
  let cursor = 0;
  let sentence = 0;
  let paragraph = 0;
  let ctx: Context = newContext(0, 0, null, false);
  let leadSeen = false;
  /** A day other than the reference date has been told of (what a later 当天 refers to). */
  let lastEventDay = false;
  let leadMonthSeen = false;
  /** Where the last time compared with ends (上一期（4月至6月）: the aside after it restates it). */
  let lastBaselineEnd = -1;
  /** The end of the headline: the first line, when the text has more than one. */
  const headlineEnd = Math.max(0, norm.indexOf('\n'));
  for (const f of facts) {
    // advance sentence and paragraph counters up to the fact
    for (; cursor < f.start; cursor++) {
      const ch = norm.charCodeAt(cursor);
      if (ch === 0x0a) {
        paragraph++;
        sentence++;
      } else if (isFullStop(ch)) sentence++;
    }
    if (paragraph !== ctx.paragraph) ctx = newContext(sentence, paragraph, ctx, false);
    else if (sentence !== ctx.sentence) ctx = newContext(sentence, paragraph, ctx, true);
    const spec = f.time;
    if (!spec || spec.type === 'duration') continue;
    const before = norm.slice(Math.max(0, f.start - 4), f.start);
    // 由上年的6.76亿港元增至…, 从2019年的120万辆: the level a change starts from
    // (是2019年的2.1倍: the year a multiple is of)
    // (是2023年（8次）的1.5倍: with the level in parentheses between)
    const fromLevel = /[由从是]$/.test(before) && /^(?:[（(][^（）()]{0,20}[）)])?的/.test(norm.slice(f.end, f.end + 24));
    // 按年下跌16.0%（2022年：1,250亿港元）: the year of a figure given for comparison in parentheses
    // (环比增长4.9%（9月为6046.2万人次）: the same with 为)
    const asideBefore = /[（(]$/.test(before) && (norm[f.end] === '：' || norm[f.end] === ':' || norm[f.end] === '为');
    // 与上一期（4月至6月）相同: the period in parentheses restates the one compared with
    // (与108年同期（西元2019年1至10月）: the same with the calendar named)
    const restatedBy = /[（(](?:西元|公元|即)?$/.exec(norm.slice(Math.max(0, f.start - 3), f.start));
    const restated = restatedBy !== null && f.start - restatedBy[0].length === lastBaselineEnd;
    // (以1999年为基期（1999年＝100）: the base of an index names no year the text is about)
    const basePeriod = BASE_PERIOD_AFTER.test(norm.slice(f.end, f.end + 5));
    // (按2023年末全国总人口14.10亿人计算: the year of what a figure is computed with frames nothing; but
    // 以6月28日收盘价计算 gives the day the figure is of)
    const computedWith = spec.point?.month === undefined && /[按以据]$/.test(before) && /^[^，。；]{0,14}(?:计算|测算|折算)/.test(norm.slice(f.end, f.end + 18));
    const isBaseline = BASELINE_BEFORE.test(before) || fromLevel || asideBefore || restated || basePeriod || computedWith || Boolean(spec.samePeriod) || Boolean(spec.relative?.unit === 'period');
    // whether the sentence speaks of the future: read only when a month after publication needs it
    const future = () => FUTURE.test(sentenceAround(norm, f.start));
    // report words (全年, 上年, 一季度) take the year reported on before the year of publication
    // (预测114年为1.89%，最新预测将于11月29日发布: a forecast year says nothing of a calendar day)
    const forecastYear = ref !== null && ctx.sentenceYear !== undefined && ctx.sentenceYear > ref.year && ctx.sentenceYearBare && spec.point?.day !== undefined;
    // (目标民国119年…；自7月1日起: nor does a target year the paragraph opened with)
    const paragraphYear = forecastYear && ctx.paragraphYear !== undefined && ctx.paragraphYear > ref!.year ? undefined : ctx.paragraphYear;
    // (in a report on the year before, 力争全年… sets a target for the year of writing)
    // (尽管全年亏损，公司仍拟…: only a target in the clause of the report word governs it)
    const reportYear = (): number | undefined => (spec.report && ref && docYear === ref.year - 1 && TARGET.test(clauseAround(norm, f.start)) ? ref.year : docYear);
    // (…至2026年底提升至50%以上；力争全年营业收入降幅收窄: a target for the year of the report, whatever
    // later year the sentence named before it)
    const target = spec.report && spec.point?.year === undefined && TARGET_BEFORE.test(before);
    const contextYear = (): number | undefined => (target ? reportYear() : undefined) ?? (forecastYear ? undefined : ctx.sentenceYear) ?? paragraphYear ?? (spec.report || spec.reportRelative || !ref ? reportYear() : undefined);
    // 10月3日为客流高峰，当日…: 当日 repeats the day the sentence names, or the day the article told of
    // earlier (比赛当天), and says nothing new; with no such day it is the reference date
    if (spec.anaphoric && ((ctx.sentenceTime?.kind === 'date' && ctx.sentenceTime.start.day !== undefined) || lastEventDay)) {
      f.kind = 'blocked';
      continue;
    }
    const contextYearWritten = (): boolean => (!forecastYear && ctx.sentenceYear !== undefined ? Boolean(ctx.sentenceYearWritten) : paragraphYear !== undefined ? Boolean(ctx.paragraphYearWritten) : true);
    // 与105年相比，…时薪已是当年的1.58倍: 当年 (同年) alone repeats a year the text has named and says
    // nothing new (…2024年…。⏎同年共有142,632间本地公司解散)
    if (spec.contextYear && (spec.contextYear.offset ?? 0) === 0 && spec.point?.month === undefined && firstYearWritten >= 0 && firstYearWritten < f.start) {
      f.kind = 'blocked';
      continue;
    }
    const willHappen = () => WILL.test(sentenceAround(norm, f.start));
    if (isBaseline) lastBaselineEnd = f.end;
    // 二○二四至二五年度财政预算案中，预计全年…: 全年 is the fiscal year its sentence names
    const fiscal = spec.report && norm.startsWith('全年', f.start) && f.end - f.start === 2 && ctx.sentencePeriod && isFiscalYear(ctx.sentencePeriod) ? ctx.sentencePeriod : null;
    const headline = f.start < headlineEnd;
    const r0 = fiscal ?? resolveOne(spec, { ref, ctx, contextYear, contextYearWritten, docYear, future, willHappen, rolling, headline });
    // 计划已于2024年9月26日展开。截至一月十二日，…: an "as of" day with no year is the latest such
    // day up to publication, not one in the year an earlier sentence named, a year back
    let r = r0 && ref && asOfLastYear(r0, spec, ref, before) ? { ...r0, start: { ...r0.start, year: ref.year } } : r0;
    // 113年全国一般废弃物产生量…较去年增加1.8% (published in 114年): 去年 compared with in a sentence about
    // the year before publication is the year before that one
    if (r && ref && isBaseline && spec.relative?.unit === 'year' && spec.relative.offset === -1 && norm.startsWith('去年', f.start) && ctx.sentenceYear === ref.year - 1 && ctx.sentenceYearWritten && r.start.year === ref.year - 1) {
      r = { ...r, start: { ...r.start, year: ref.year - 2 } };
    }
    if (!r) {
      f.value = null;
      if (spec.relative || spec.samePeriod || spec.reportRelative) f.relative = true;
      continue;
    }
    f.kind = r.kind;
    const v = formatResolved(r);
    f.value = v === '' || v === '/..' ? null : v;
    if (f.value === null) f.relative = true;
    // keep the context up to date
    const y = r.start.year;
    // the publication date itself (a dateline, 今日) says when the text was written, not what about
    const dateline = ref !== null && r.start.day === ref.day && r.start.month === ref.month && y === ref.year && r.kind === 'date';
    // 2021—2023年年均提高…, 自2019年以来, 自111年5月1日施行: a span over several years, or one from an
    // earlier year up to now, says what a figure covers but names no year for the next sentence's 全年
    // (2023/24年度 is one fiscal year: 同年度 repeats it)
    // (自2012年首届文凭试至今: a year that opens a span up to now with words between)
    const spansYears =
      (r.kind === 'period' && (r.end === 'open' ? y !== undefined && ref !== null && y < ref.year : r.end?.year !== undefined && y !== undefined && (r.end.year - y) * 12 + (r.end.month ?? 12) - (r.start.month ?? 1) >= 12)) ||
      (/[自从]$/.test(before) && y !== undefined && ref !== null && y < ref.year && SINCE_UP_TO_NOW.test(clauseAround(norm, f.start)));
    // 截至2025年1月31日, 会在二○二五年四月出版: a day or month after the year reported on (a cut-off, a
    // deadline, a publication) names no year for the 全年 and 上年 after it
    // (but 预估113年1月…可望在第1季: a month forecast is the year the next times are of)
    const afterReport = docYear !== undefined && y === docYear + 1 && r.kind === 'date' && r.start.month !== undefined && (/截至|截止/.test(before) || /^(?:出版|发布|公布|发表)/.test(norm.slice(f.end, f.end + 2)));
    // 须于2025年底前结束营运: a deadline after the year of writing names no year for what follows
    const deadline = ref !== null && y !== undefined && y > ref.year && /^(?:之|以)?前/.test(norm.slice(f.end, f.end + 2));
    if (!isBaseline && !dateline && y !== undefined && !spansYears && !spec.names && !afterReport && !deadline) {
      ctx.sentenceYear = y;
      ctx.sentenceYearBare = r.start.month === undefined;
      ctx.sentenceYearWritten = spec.point?.year !== undefined;
      // the first year written in a paragraph frames the rest of it (2024年12月… 第4季… 10月); a year
      // only inferred (今日 → the publication year) holds until one is written
      const written = spec.point?.year !== undefined;
      // 长势总体好于上年。预计全年…: a year compared with frames no paragraph
      const comparedYear = Boolean(spec.reportRelative || (spec.relative?.unit === 'year' && spec.relative.offset !== 0));
      if (!comparedYear && (ctx.paragraphYear === undefined || (written && !ctx.paragraphYearWritten))) {
        ctx.paragraphYear = y;
        ctx.paragraphYearWritten = written;
      }
    }
    if (!isBaseline && !dateline && r.kind === 'date' && r.start.day !== undefined && !spec.anaphoric && !spec.relative) lastEventDay = true;
    if (!isBaseline && !spec.names) {
      ctx.sentenceTime = r;
      ctx.paragraphLast = r;
      // (首三季累计出生2,716名（其中上半年1,840名）…低于去年同期: a period in an aside is not what 同期 is of)
      if (r.kind === 'period' && r.end !== 'open' && !inAside(norm, f.start)) {
        ctx.sentencePeriod = r;
        // (单计第二季，…。与2019年同期相比，整体…: a part singled out frames its sentence only)
        if (!SINGLED_OUT.test(before)) ctx.paragraphPeriod = r;
      }
      // the lead's first closed period, and its first month (2024年10月综合消费物价指数…)
      if (r.kind === 'period' && r.end !== 'open' && !leadSeen) {
        if (f.start < LEAD) ctx.leadPeriod = r;
        if (f.start < LEAD && spec.report) ctx.leadReport = r;
        leadSeen = true;
      }
      if (r.kind === 'date' && r.start.month !== undefined && r.start.day === undefined && !leadMonthSeen) {
        if (f.start < LEAD) ctx.leadMonth = r;
        leadMonthSeen = true;
      }
      ctx.paragraphTime ??= r;
      if (r.kind === 'date' && r.start.month !== undefined) ctx.sentenceMonth = { ...(y !== undefined ? { year: y } : {}), month: r.start.month };
    }
  }
}

/**
 * Inside parentheses that name a part (（其中上半年1,840名）, （含…）) opening before `pos` (at most 40
 * characters back); a period in parentheses that restates the one named (黄金周（10月1日至7日）) is none.
 */
function inAside(norm: string, pos: number): boolean {
  for (let k = pos - 1; k >= 0 && pos - k <= 40; k--) {
    const c = norm[k];
    if (c === '（' || c === '(') return /^(?:其中|当中|含|包括)/.test(norm.slice(k + 1, pos));
    if (c === '）' || c === ')' || c === '。' || c === '\n') return false;
  }
  return false;
}

/** The sentence around a position (at most 200 characters each way: a run-on text costs no more). */
/** Words that close a span opened by 自 or 从 at the time of writing (自2012年首届文凭试至今). */
const SINCE_UP_TO_NOW = /至今|以来|迄今/;

/** A year written out: 2016年, 105年, 二〇一六年. */
const YEAR_WRITTEN = /(?:\d{3,4}|[〇○零一二三四五六七八九]{4})年/;

/** The sentence up to `pos`. */
function sentenceBefore(norm: string, pos: number): string {
  let a = pos;
  while (a > 0 && pos - a < 200 && !isFullStop(norm.charCodeAt(a - 1))) a--;
  return norm.slice(a, pos);
}

/** The clause around `pos`: from the mark before it to the mark after it (，；。 and the like). */
function clauseAround(norm: string, pos: number): string {
  let a = pos;
  while (a > 0 && pos - a < 200 && !CLAUSE_END.test(norm[a - 1]!)) a--;
  let b = pos;
  while (b < norm.length && b - pos < 200 && !CLAUSE_END.test(norm[b]!)) b++;
  return norm.slice(a, b);
}
const CLAUSE_END = /[，,；;。！？!?\n]/;

function sentenceAround(norm: string, pos: number): string {
  let b = pos;
  while (b < norm.length && b - pos < 200 && !isFullStop(norm.charCodeAt(b))) b++;
  return sentenceBefore(norm, pos) + norm.slice(pos, b);
}

interface Env {
  ref: Ref | null;
  ctx: Context;
  contextYear: () => number | undefined;
  /** Whether the context year was written in the text (not inferred from the publication date). */
  contextYearWritten: () => boolean;
  docYear: number | undefined;
  future: () => boolean;
  /** The sentence tells what will happen (将于…): WILL. */
  willHappen: () => boolean;
  /** The text gives moving averages of three months (Hong Kong labour figures): 上一期 is a month back. */
  rolling: boolean;
  /** The time is in the headline (the first line), which tells of what is current. */
  headline: boolean;
}

function resolveOne(spec: TimeSpec, env: Env): Resolved | null {
  const { ref, ctx } = env;
  const kind: 'date' | 'period' = spec.type === 'period' ? 'period' : 'date';
  // 正月初一, 腊月二十三: the lunar day nearest the reference date
  if (spec.lunar) {
    const d = resolveLunar(spec.lunar, ref, env.contextYear());
    return d ? { kind: 'date', start: d } : null;
  }
  // the same period a year back (去年同期, 2019年同期, 上年同季)
  if (spec.samePeriod && (spec.samePeriod.year !== undefined || spec.point === undefined || Object.keys(spec.point).length === 0)) {
    return samePeriod(spec, env);
  }
  // 上年度 in a text about the fiscal year 2023/24 (April to March): the fiscal year before
  if (spec.fiscal && spec.relative?.unit === 'year') {
    const about = ctx.sentencePeriod ?? ctx.paragraphPeriod ?? ctx.leadPeriod;
    const aboutEnd = about && about.end !== 'open' ? about.end : undefined;
    if (about?.start.year !== undefined && about.start.month === 4 && about.start.day === undefined && aboutEnd?.year === about.start.year + 1 && aboutEnd.month === 3) {
      const y = about.start.year + spec.relative.offset;
      return { kind: 'period', start: { year: y, month: 4 }, end: { year: y + 1, month: 3 } };
    }
  }
  const start: DatePoint = { ...(spec.point ?? {}) };
  const end: DatePoint | 'open' | undefined = spec.end === 'open' ? 'open' : spec.end ? { ...spec.end } : undefined;
  // relative units other than years
  if (spec.relative && spec.relative.unit !== 'year') {
    const { unit, offset } = spec.relative;
    if (unit === 'day') {
      if (!ref) return null;
      const p = addDays(ref, offset);
      if (start.hour !== undefined) Object.assign(p, { hour: start.hour, minute: start.minute ?? 0 }, start.second !== undefined ? { second: start.second } : {});
      // 自今日起: an open period from that day
      if (end === 'open') return { kind: 'period', start: p, end: 'open' };
      return { kind: 'date', start: p };
    }
    if (unit === 'week') {
      if (!ref) return null;
      const dow = (new Date(Date.UTC(ref.year, ref.month - 1, ref.day)).getUTCDay() + 6) % 7; // Monday = 0
      const monday = addDays(ref, -dow + 7 * offset);
      // 本周三, 上周五: one day of that week
      if (spec.relative.weekday !== undefined) return { kind: 'date', start: addDays({ year: monday.year!, month: monday.month!, day: monday.day! }, spec.relative.weekday - 1) };
      const sunday = addDays({ year: monday.year!, month: monday.month!, day: monday.day! }, 6);
      return { kind: 'period', start: monday, end: sunday };
    }
    if (unit === 'period') {
      // 2024年8月至10月…较上一期: the period before the one the sentence is about
      const about = ctx.sentencePeriod ?? ctx.paragraphPeriod ?? ctx.leadPeriod;
      if (!about || about.start.year === undefined || about.start.month === undefined) return null;
      const { year: y0, month: m0 } = about.start;
      if (about.kind === 'date') {
        if (about.start.day !== undefined) return null;
        return { kind: 'date', start: addMonths(y0, m0, -1) };
      }
      const end = about.end !== 'open' ? about.end : undefined;
      if (!end || end.year === undefined || end.month === undefined) return null;
      // 上週（9月16日至22日）…較前一週: a run of days, and the same number of days before it
      if (about.start.day !== undefined) {
        if (end.day === undefined) return null;
        const first = { year: y0, month: m0, day: about.start.day };
        const days = Math.round((Date.UTC(end.year, end.month - 1, end.day) - Date.UTC(y0, m0 - 1, about.start.day)) / 86_400_000) + 1;
        return { kind: 'period', start: addDays(first, -days), end: addDays(first, -1) };
      }
      const length = end.year * 12 + end.month - (y0 * 12 + m0) + 1;
      // a three-month period that is no calendar quarter is a rolling one (Hong Kong labour figures),
      // and so is any in a text of three-month moving averages (2024年7月至9月…与上一期（6月至8月）)
      const step = length === 3 && ((m0 - 1) % 3 !== 0 || env.rolling) ? 1 : length;
      return { kind: 'period', start: addMonths(y0, m0, -step), end: addMonths(end.year, end.month, -step) };
    }
    if (unit === 'quarter') {
      // 第三季…较上一季: against the quarter the sentence (or paragraph) is about, else the reference's
      // (a paragraph naming no period is about the lead's: 第三季…。按行业统计，…与上季相同 → the second)
      // (内政部今（30）日发布113年第2季…。全国房价所得比…较上季: the period the paragraph named, not its dateline)
      const about = ctx.sentencePeriod ?? (ctx.paragraphTime?.kind === 'period' ? ctx.paragraphTime : undefined) ?? ctx.paragraphPeriod ?? (ctx.paragraphTime === undefined ? (ctx.leadReport ?? ctx.leadPeriod) : undefined);
      const aboutEnd = about && about.end !== 'open' ? about.end : undefined;
      // (截至2024年6月底…较上季: a date of the sentence or paragraph says which quarter the figures are of)
      const dated = [ctx.sentenceTime, ctx.paragraphTime].find((t) => t?.kind === 'date' && t.start.year !== undefined && t.start.month !== undefined);
      const base = aboutEnd?.year !== undefined && aboutEnd.month !== undefined ? { year: aboutEnd.year, month: aboutEnd.month } : dated ? { year: dated.start.year!, month: dated.start.month! } : ref ? { year: ref.year, month: ref.month } : null;
      if (!base) return null;
      const first = addMonths(base.year, Math.floor((base.month - 1) / 3) * 3 + 1, 3 * offset);
      const last = addMonths(first.year, first.month, 2);
      // 上季末: the last day of that quarter
      if (spec.type === 'date') return { kind: 'date', start: { year: last.year, month: last.month, endOf: 'month' } };
      return { kind: 'period', start: { year: first.year, month: first.month }, end: { year: last.year, month: last.month } };
    }
    // month: against the month the sentence is about, else the paragraph's or the lead's month (a
    // report on October: 经季节调整后失业率为3.36%，较上月下降…), else the reference
    const monthOf = (r: Resolved | undefined) => (r && r.kind === 'date' && r.start.year !== undefined && r.start.month !== undefined && r.start.day === undefined ? { year: r.start.year, month: r.start.month } : undefined);
    const base = ctx.sentenceMonth && ctx.sentenceMonth.year !== undefined ? ctx.sentenceMonth : monthOf(ctx.paragraphTime) ?? monthOf(ctx.leadMonth) ?? (ref ? { year: ref.year, month: ref.month } : null);
    if (!base || base.year === undefined) return null;
    const ym = addMonths(base.year, base.month, offset);
    return { kind: 'date', start: { ...start, year: ym.year, month: ym.month } };
  }
  // the year
  let year = start.year;
  if (year === undefined) {
    if (spec.relative) {
      // 上年 in a report: the year before the one the sentence (or document) is about
      if (spec.reportRelative) {
        const y = env.contextYear() ?? (ref ? ref.year : env.docYear);
        if (y === undefined) return null;
        year = y + spec.relative.offset;
      } else {
        if (!ref) return null;
        year = ref.year + spec.relative.offset;
      }
    } else if (spec.contextYear) {
      const y = env.contextYear() ?? ref?.year ?? env.docYear;
      if (y === undefined) return null;
      year = y + spec.contextYear.offset;
    } else if (start.month !== undefined || (end && end !== 'open' && end.month !== undefined) || start.endOf === 'year') {
      year = env.contextYear();
      // (2023年12月18日至2024年3月31日，为期105天。…单日最高出现在2月14日: a day inside the span the
      // paragraph opened with, which runs over a new year, is in the year that puts it inside)
      const across = ctx.paragraphPeriod;
      if (year !== undefined && start.month !== undefined && start.day !== undefined && !spec.report && across && across.end !== 'open' && across.end?.year === (across.start.year ?? NaN) + 1 && year === across.start.year) {
        const md = start.month * 100 + (start.day ?? 1);
        const from = (across.start.month ?? 1) * 100 + (across.start.day ?? 1);
        const to = (across.end.month ?? 12) * 100 + (across.end.day ?? 31);
        if (md < from && md <= to) year = across.end.year;
      }
      // (截至1月4日…。自12月21日起: in a text of early January, a year only inferred from publication
      // says nothing of a day in November or December)
      if (year !== undefined && ref && year === ref.year && ref.month <= 2 && (start.month ?? 0) >= 11 && start.day !== undefined && !env.contextYearWritten()) year = undefined;
      // (自112年8月1日起施行…。各校完整统计将于12月中旬公布: what a sentence says will happen is after
      // publication, whatever year the paragraph spoke of before)
      if (year !== undefined && ref && year < ref.year && start.day !== undefined && env.willHappen()) {
        const month = start.month ?? 1;
        year = month < ref.month || (month === ref.month && (start.day ?? 31) < ref.day) ? ref.year + 1 : ref.year;
      }
      // (行政院会今日通过114年度总预算案。…将于8月底前送请立法院审议: nor, when the paragraph spoke of
      // a later year, does a day still ahead in the year of publication fall in that later year)
      if (year !== undefined && ref && year > ref.year && ctx.sentenceYear === undefined && start.month !== undefined && env.willHappen()) {
        const month = start.month;
        if (month > ref.month || (month === ref.month && (start.day ?? 31) >= ref.day)) year = ref.year;
      }
      if (year === undefined && ref) {
        year = ref.year;
        const month = start.month ?? 1;
        // (in a report on the year before, a day after publication is that year's: a release of 21
        // January on last year's traffic, 春节连假（2月8日至14日）)
        const afterPublication = month > ref.month || (month === ref.month && (start.day ?? 1) > ref.day);
        // (but 臺南高雄5月1日亮橙燈 in the headline of 26 April: a day a headline names in the month ahead is
        // upcoming, whatever year the body reports on)
        const upcoming = env.headline && month <= ref.month + 1;
        if ((month > ref.month + 1 || (afterPublication && env.docYear === ref.year - 1 && !upcoming)) && start.endOf !== 'year' && !env.future()) year -= 1;
      }
      year ??= env.docYear;
    } else if (spec.dayOnly) {
      const m = ctx.sentenceMonth ?? (ref ? { year: ref.year, month: ref.month } : undefined);
      if (m) {
        start.month = m.month;
        if (m.year !== undefined) year = m.year;
      }
    }
  }
  if (year !== undefined) start.year = year;
  if (end && end !== 'open' && end.month === undefined && end.day !== undefined && start.month !== undefined) end.month = start.month;
  if (end && end !== 'open' && end.year === undefined && year !== undefined) {
    // 12月20日至1月1日: an end before the start in the calendar is in the next year
    const wraps = end.month !== undefined && start.month !== undefined && (end.month < start.month || (end.month === start.month && end.day !== undefined && start.day !== undefined && end.day < start.day));
    end.year = wraps ? year + 1 : year;
  }
  if (start.year === undefined && start.month === undefined && start.day === undefined && !start.endOf) return null;
  if (start.year === undefined && start.endOf === 'year') return null;
  if (kind === 'period') return { kind, start, end: end ?? 'open' };
  return { kind, start };
}

/** A day inside a closed period (both with their years). */
function within(day: DatePoint, period: Resolved): boolean {
  if (period.kind !== 'period' || !period.end || period.end === 'open') return false;
  const key = (p: DatePoint) => (p.year ?? NaN) * 10000 + (p.month ?? 1) * 100 + (p.day ?? 1);
  const endKey = (p: DatePoint) => (p.year ?? NaN) * 10000 + (p.month ?? 12) * 100 + (p.day ?? 31);
  const k = key(day);
  return k >= key(period.start) && k <= endKey(period.end);
}

/** The number of days in a month (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The day is the last of the period's last month (6月底 of 上半年). */
function isLastDay(day: DatePoint, period: Resolved): boolean {
  if (period.kind !== 'period' || !period.end || period.end === 'open' || day.year === undefined || day.month === undefined) return false;
  const end = period.end;
  return (end.year ?? period.start.year) === day.year && (end.month ?? 12) === day.month && (day.endOf === 'month' || day.day === daysInMonth(day.year, day.month));
}

/** The month a period covers exactly, from its first day (0时) to its last (24时), or null. */
function wholeMonth(r: Resolved): { year: number; month: number } | null {
  if (r.kind !== 'period' || !r.end || r.end === 'open') return null;
  const { start, end } = r;
  if (start.year === undefined || start.month === undefined || start.day !== 1 || (start.hour ?? 0) !== 0) return null;
  if (end.year !== start.year || end.month !== start.month || end.day === undefined || end.hour === undefined) return null;
  return end.day === daysInMonth(start.year, start.month) && end.hour === 24 ? { year: start.year, month: start.month } : null;
}

function samePeriod(spec: TimeSpec, env: Env): Resolved | null {
  const sp = spec.samePeriod!;
  const c = env.ctx;
  const isMonth = (r: Resolved | undefined) => r?.kind === 'date' && r.start.month !== undefined && r.start.day === undefined;
  const isDate = (r: Resolved | undefined) => r?.kind === 'date' && r.start.day !== undefined;
  // 上年同月: the month the sentence, paragraph or lead is about; 2018年同日: the day
  const month = sp.grain === 'month' ? [c.sentenceTime, c.paragraphTime, c.leadMonth].find(isMonth) : sp.grain === 'day' ? [c.sentenceTime, c.paragraphTime].find(isDate) : undefined;
  // (the publication date is no period a result is compared over when the lead names the period
  // reported on: （香港，2024年8月22日）…每股基本盈利（2023年同期：…） is the first half of 2023; nor
  // is a day inside the lead's period that the paragraph named in another sentence: 10月1日晚上的
  // 烟花…。郵輪旅客…為去年同期的兩倍 is the golden week of the lead)
  const ref = env.ref;
  const isRefDay = (r: Resolved | undefined) => r !== undefined && ref !== null && r.kind === 'date' && r.start.day === ref.day && r.start.month === ref.month && r.start.year === ref.year;
  const insideLead = (r: Resolved | undefined) => r?.kind === 'date' && r.start.day !== undefined && c.leadPeriod !== undefined && within(r.start, c.leadPeriod);
  // (a year alone is no period of its own to be the same as: 今年…仍较112年同期下滑 is the lead's 1至11月)
  const bareYear = (r: Resolved | undefined) => r?.kind === 'date' && r.start.month === undefined && !r.start.endOf && (c.paragraphPeriod ?? c.leadReport ?? c.leadPeriod) !== undefined;
  const sentenceTime = (isRefDay(c.sentenceTime) && c.leadReport) || bareYear(c.sentenceTime) ? undefined : c.sentenceTime;
  const paragraphTime = (isRefDay(c.paragraphTime) && c.leadReport) || insideLead(c.paragraphTime) || bareYear(c.paragraphTime) ? undefined : c.paragraphTime;
  // 通报上半年…。截至6月底，装机容量…。其中，…较上年同期: a stock told at the last day of the period
  // the paragraph reports on is compared with the same day a year back
  const stockAtEnd = c.paragraphLast?.kind === 'date' && c.paragraphPeriod && isLastDay(c.paragraphLast.start, c.paragraphPeriod) ? c.paragraphLast : undefined;
  // (a report on the first half: 今年以来…较上年同期 is the first half a year back, not an open stretch)
  const yearToDate = (r: Resolved | undefined) => r?.kind === 'period' && r.end === 'open' && c.leadReport !== undefined && r.start.year === c.leadReport.start.year && (r.start.month ?? 1) <= (c.leadReport.start.month ?? 1);
  const base = month ?? c.sentencePeriod ?? (yearToDate(sentenceTime) ? c.leadReport : sentenceTime) ?? stockAtEnd ?? c.paragraphPeriod ?? paragraphTime ?? c.leadReport ?? c.leadPeriod ?? c.leadMonth;
  const shift = (p: DatePoint, y0: number | undefined): DatePoint => {
    const out = { ...p };
    if (sp.year !== undefined) out.year = sp.year;
    else if (y0 !== undefined) out.year = y0 + (sp.offset ?? 0);
    return out;
  };
  // (2024年9月1日0时至9月30日24时…与去年同期相比: a window of a whole month is that month)
  const month0 = base ? wholeMonth(base) : null;
  if (month0) return { kind: 'date', start: { year: sp.year ?? month0.year + (sp.offset ?? 0), month: month0.month } };
  if (base && base.start.year !== undefined) {
    const y0 = base.start.year;
    // (较上年同月, in a sentence of 9月底: the month, not its last day)
    if (sp.grain === 'month' && base.kind === 'date' && base.start.month !== undefined) return { kind: 'date', start: { year: shift(base.start, y0).year, month: base.start.month } };
    const end0 = base.end && base.end !== 'open' ? base.end : undefined;
    // (2019年同期 of 元旦假期 2023-12-30/2024-01-01 is 2018-12-30/2019-01-01: a short span over a new year is
    // named by the year it ends in, and both ends move by as many years)
    if (sp.year !== undefined && end0?.year !== undefined && end0.year !== y0 && (end0.year - y0) * 12 + (end0.month ?? 12) - (base.start.month ?? 1) <= 1) {
      const delta = sp.year - end0.year;
      return { kind: 'period', start: { ...base.start, year: y0 + delta }, end: { ...end0, year: end0.year + delta } };
    }
    const start = shift(base.start, y0);
    if (base.kind === 'date') return { kind: 'date', start };
    const end = base.end && base.end !== 'open' ? shift(base.end, base.end.year ?? y0) : base.end;
    // 同期 of an open period (2023年以来) is that stretch a year back: keep it a period
    return { kind: 'period', start, ...(end ? { end } : {}) };
  }
  // no period in the sentence: the year alone
  const y = sp.year ?? ((env.contextYear() ?? env.ref?.year ?? env.docYear) !== undefined ? (env.contextYear() ?? env.ref?.year ?? env.docYear)! + (sp.offset ?? 0) : undefined);
  if (y === undefined) return null;
  return { kind: 'date', start: { year: y } };
}
