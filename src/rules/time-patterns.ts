// Fragments shared by the date, period and duration rules, and the functions that read their groups.
//
// Group names are fixed by the fragments: a rule that uses YEAR_PART gets y / y3 / yy / roc / rel,
// one that uses MONTH_DAY gets m / d, TIME gets ap / H / Mi / S / H2 / Mi2 / S2.
import { parseNumber } from '../numbers/chinese.js';
import type { DatePoint, Region, TimeSpec } from '../types.js';
import { DAY, HOUR, MONTH, YEAR4 } from './patterns.js';

/** A year: 2023年, 二〇二四年, 民国113年, 112年 (Taiwan), 19年/零三年 (two digits), 今年/去年/上年… */
export const YEAR_PART = `(?:(?<y>${YEAR4})|民国(?<roc>\\d{1,3}|[一二三四五六七八九十百〇○零]{1,5})|(?<y3>\\d{3})|(?<yy>\\d{2}|[零〇○一二三四五六七八九]{2})|(?<rel>今|去|前|明|上|本|当|同|次|翌|后))年(?<fy>度)?`;

/** Every character of YEAR_PART before its 年 (ScanRule.runs). */
export const YEAR_LEAD = '0123456789〇○零一二三四五六七八九十百民国今去前明上本当同次翌后';
/** Every character of a month or day number (MONTH, DAY). */
export const MONTH_DAY_LEAD = '0123456789一二三四五六七八九十';

/** Month and day: 8月, 8月份, 8月27日, 8月27号. */
export const MONTH_DAY = `(?<m>${MONTH})月份?(?:(?<d>${DAY})[日号])?`;

/** A time of day after a date: 10:48:52, 上午10时, 20时30分, 15:00. */
export const TIME = `(?:\\s?(?<ap>上午|下午|晚上|早上|凌晨|中午|傍晚|晚间|夜间|早晨|晚)?(?<H>${HOUR})(?:时|点)(?:(?<Mi>[0-5]?\\d|[一二三四五]?十[一二三四五六七八九]?|[一二三四五六七八九])分)?(?:(?<S>[0-5]?\\d)秒)?|[ T]?(?<H2>[01]?\\d|2[0-3]):(?<Mi2>[0-5]\\d)(?::(?<S2>[0-5]\\d))?)`;

export type Groups = Record<string, string | undefined>;

export function num(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  if (/^\d+$/.test(s)) return Number(s);
  return parseNumber(s)?.value;
}

/** What a YEAR_PART match says about the year. */
export interface YearRead {
  year?: number;
  relative?: number;
  /** 上年: the year before the report's year (data reports), else the year before publication. */
  report?: boolean;
  /** 当年/同年: the year in context. */
  sameAsContext?: boolean;
  roc?: boolean;
  twoDigit?: boolean;
  /** A three-digit year outside Taiwan text is no year (100年 = a century: a duration). */
  invalid?: boolean;
}

const RELATIVE_YEARS: Readonly<Record<string, Omit<YearRead, 'year'>>> = {
  今: { relative: 0 },
  本: { relative: 0 },
  去: { relative: -1 },
  前: { relative: -2 },
  明: { relative: 1 },
  后: { relative: 2 },
  上: { relative: -1, report: true },
  当: { sameAsContext: true },
  同: { sameAsContext: true },
  次: { relative: 1, sameAsContext: true },
  翌: { relative: 1, sameAsContext: true },
};

export function readYear(g: Groups, region: Region): YearRead | null {
  if (g.y) {
    const y = /^\d/.test(g.y) ? Number(g.y) : Number([...g.y].map((c) => String(num(c) ?? '')).join(''));
    return Number.isFinite(y) ? { year: y } : null;
  }
  if (g.roc) {
    const n = num(g.roc);
    return n === undefined ? null : { year: n + 1911, roc: true };
  }
  if (g.y3) {
    const n = Number(g.y3);
    // (up to 199: the national development council projects to 159年, 2070)
    if (region === 'tw' && n >= 38 && n <= 199) return { year: n + 1911, roc: true };
    return { invalid: true };
  }
  if (g.yy) {
    const n = /^\d+$/.test(g.yy) ? Number(g.yy) : Number([...g.yy].map((c) => String(num(c) ?? 0)).join(''));
    if (region === 'tw' && /^\d+$/.test(g.yy) && n >= 38) return { year: n + 1911, roc: true };
    return { year: n < 50 ? 2000 + n : 1900 + n, twoDigit: true };
  }
  if (g.rel) return { ...RELATIVE_YEARS[g.rel]! };
  return null;
}

/** Hours with 下午/晚上 are afternoon hours: 下午3时 = 15:00. */
export function readTime(g: Groups): Pick<DatePoint, 'hour' | 'minute' | 'second'> | null {
  let hour = num(g.H ?? g.H2);
  if (hour === undefined) return null;
  const minute = num(g.Mi ?? g.Mi2) ?? 0;
  const second = num(g.S ?? g.S2);
  if (g.ap && /下午|晚上|傍晚|晚间|夜间|晚/.test(g.ap) && hour < 12) hour += 12;
  if (hour > 24 || minute > 59 || (second !== undefined && second > 59)) return null;
  return second === undefined ? { hour, minute } : { hour, minute, second };
}

/** The TimeSpec fields for a year read: an absolute year, or a relative one. */
type YearSpec = Pick<TimeSpec, 'relative' | 'reportRelative' | 'yearNote'> & { year?: number; sameAsContext?: boolean; contextOffset?: number };

export function yearSpec(y: YearRead | null): YearSpec {
  if (!y) return {};
  const out: YearSpec = {};
  if (y.year !== undefined) out.year = y.year;
  if (y.roc) out.yearNote = 'roc';
  if (y.twoDigit) out.yearNote = 'two-digit';
  if (y.sameAsContext) {
    out.sameAsContext = true;
    out.contextOffset = y.relative ?? 0;
  }
  if (y.relative !== undefined && !y.sameAsContext) {
    out.relative = { unit: 'year', offset: y.relative };
    if (y.report) out.reportRelative = true;
  }
  return out;
}

export function validDay(year: number | undefined, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const max = new Date(Date.UTC(year ?? 2024, month, 0)).getUTCDate();
  return day <= max;
}
