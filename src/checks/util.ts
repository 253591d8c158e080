// What the checks share: the precision a written number allows, subjects compared across scripts,
// sentences and paragraphs, and how a finding is made.
import type { Document, Fact, Finding, Severity } from '../types.js';
import type { RespectivelyList } from '../link/respectively.js';
import { T2S } from '../document/script-tables.js';
import { CONCENTRATION_UNITS, MEASURE_UNITS } from '../data/units.js';
import { sentenceOf } from '../link/clauses.js';
import { isFullStop } from '../link/marks.js';

export interface CheckContext {
  doc: Document;
  facts: Fact[];
  lists: RespectivelyList[];
  /** Positions where sentences start (after 。！？\n). */
  sentenceStarts: number[];
  /** Positions of the line breaks (paragraph ends), in order. */
  breaks: number[];
  /** The index of a fact in `facts` (a map: findings name facts by index). */
  indexOf(f: Fact): number;
}

export interface Check {
  id: string;
  run(ctx: CheckContext): Finding[];
}

export function finding(doc: Document, rule: string, severity: Severity, start: number, end: number, message: string, extra: Partial<Finding> = {}): Finding {
  return { rule, severity, start, end, text: doc.text.slice(start, end), message, ...extra };
}

/** The range of true values a written quantity allows: its rounding, widened by 近/逾/约. */
const PLACE: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1e3, 仟: 1e3, 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8, 兆: 1e12 };
/** Units that start with a place word (千瓦, 千米, 千克 …: the same characters in both scripts). */
const PLACE_LIKE_UNITS = MEASURE_UNITS.filter((u) => (PLACE[u[0]!] ?? Infinity) < 1e4);
const DIGIT = /[0-9０-９〇零一二三四五六七八九两兩壹贰貳叁參肆伍陆陸柒捌玖]/;

/**
 * The place value of the last written digit: 2488.1万 is precise to 0.1万, 1萬5,612人 to one person
 * (its 萬 comes before more digits), 三千五百万 to 100万, 三万五 to 1000.
 */
export function precisionScale(text: string): number {
  let k = text.length - 1;
  while (k >= 0 && !DIGIT.test(text[k]!)) k--;
  if (k < 0) return 1;
  // the place words after the last digit multiply: 五百万 → 100 × 10000
  let scale = 1;
  // (but 千 that starts a unit is no place: 4212万千瓦 is precise to 1万, not to 1000万)
  for (let j = k + 1; j < text.length && PLACE[text[j]!] !== undefined; j++) {
    if (PLACE_LIKE_UNITS.some((u) => text.startsWith(u, j))) break;
    scale *= PLACE[text[j]!]!;
  }
  // 三万五: a lone digit after 万 is thousands (三万五 = 35000)
  if (scale === 1 && k > 0 && /[万萬亿億]/.test(text[k - 1]!) && !/[0-9０-９]/.test(text[k]!)) scale = PLACE[text[k - 1]!]! / 10;
  return scale;
}

/**
 * The share a part and a whole give is a fifth of the stated one or less, or five times it or more: the
 * whole found is another's (a slip of a figure is not that far off).
 */
export function farOffShare(share: Fact, part: Fact, whole: Fact): boolean {
  return shareOffBy(share, part, whole, 5);
}

/**
 * The share a part and a whole give is `factor` times off the stated one, or more, either way: 2 for a
 * whole that fits its name loosely, 5 for one of another order, 20 for another measure altogether.
 */
export function shareOffBy(share: Fact, part: Fact, whole: Fact, factor: number): boolean {
  const actual = ((part.value as number) / (whole.value as number)) * 100;
  const stated = share.value as number;
  return stated > 0 && (actual <= stated / factor || actual >= stated * factor);
}

/** Two periods written as ISO are the same stretch of time (2024 and 2024-01/2024-12 are one year). */
export function samePeriod(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  const year = (p: string) => (/^\d{4}$/.test(p) ? `${p}-01/${p}-12` : p);
  return year(a) === year(b);
}

export function bounds(f: Fact): [number, number] {
  const v = typeof f.value === 'number' ? f.value : NaN;
  const mult = precisionScale(f.text);
  // (每股38仙 is 0.38 HKD written to the cent)
  const unitScale = f.kind === 'money' && /仙|分钱/.test(f.unit ?? f.text) ? 0.01 : 1;
  // (a count written out to the unit, 37个, 2976对, is exact: there is nothing it was rounded from)
  // (and a concentration is compared as published: CONCENTRATION_UNITS)
  const exact = (f.kind === 'count' && mult === 1 && (f.decimals ?? 0) === 0 && Number.isInteger(v)) || (f.kind === 'measure' && !f.approx && CONCENTRATION_UNITS.includes(f.unit ?? ''));
  // (5.76‰ is 0.576 percent, precise to 0.005‰: a tenth of the step of its digits)
  const perMille = f.kind === 'percent' && /‰$/.test(f.text) ? 0.1 : f.kind === 'percent' && /‱$/.test(f.text) ? 0.01 : 1;
  const half = exact ? 0 : 0.5 * 10 ** -(f.decimals ?? 0) * mult * unitScale * perMille;
  let lo = v - half;
  let hi = v + half;
  switch (f.approx) {
    case 'over':
      hi = v * 1.2 + half;
      break;
    // (近七成 is 63% to 70%: nearly is close below; 不足 and 不到 may fall further short)
    case 'nearly':
      lo = v * 0.9 - half;
      break;
    case 'under':
      lo = v * 0.8 - half;
      break;
    // (约176次 was rounded to the unit, and is 3% off at most; 约3000人 to the thousand, 10% at most; 約2,796萬人次
    // to the 萬, 1% at most)
    case 'about': {
      const mantissa = Math.round(Math.abs(v) / (mult * unitScale));
      let place = 0.5 * 10 ** -(f.decimals ?? 0) * mult * unitScale;
      if ((f.decimals ?? 0) === 0 && mantissa > 0) for (let m = mantissa; m % 10 === 0; m /= 10) place *= 10;
      // (three significant figures or more before a place word, 約3,650萬: rounded where the figures end)
      let significant = mantissa;
      while (significant > 0 && significant % 10 === 0) significant /= 10;
      const floor = mult >= 1e4 && significant >= 100 ? 0.01 : 0.03;
      const rel = v === 0 ? 0.1 : Math.min(0.1, Math.max(floor, place / Math.abs(v)));
      lo = v * (1 - rel) - half;
      hi = v * (1 + rel) + half;
      break;
    }
  }
  return [Math.min(lo, hi), Math.max(lo, hi)];
}

/** The sum of some figures and the range their precision allows it (`range` gives each figure's). */
export function sumOf(parts: readonly Fact[], range: (f: Fact) => [number, number] = bounds): { lo: number; hi: number; sum: number } {
  let lo = 0;
  let hi = 0;
  let sum = 0;
  for (const p of parts) {
    const [a, b] = range(p);
    lo += a;
    hi += b;
    sum += p.value as number;
  }
  return { lo, hi, sum };
}

/** The range of a/b × 100 from the ranges of a and b. */
export function ratioBounds(a: [number, number], b: [number, number]): [number, number] {
  if (b[0] <= 0) return [0, Infinity];
  return [(a[0] / b[1]) * 100, (a[1] / b[0]) * 100];
}

export function overlaps(x: [number, number], y: [number, number]): boolean {
  return x[0] <= y[1] && y[0] <= x[1];
}

/** A subject in Simplified, without quotes and spaces, for comparing. */
export function simplify(s: string | undefined): string {
  if (!s) return '';
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const t = T2S[c];
    out += String.fromCharCode(t !== undefined && t !== 0 ? t : c);
  }
  return out.replace(/[“”"'‘’「」\s、，,]/g, '');
}

/** Two subjects name the same thing (one contains the other). */
/** Two subjects share two characters in a row (进出口总额 and 出口; 卫生人员 and 卫生技术人员). */
/** Words of time that frame a name without being part of it: 占全年结婚对数的, 全年倒塌房屋中. */
export const FRAME_TIME = '全年|今年|本年|当年|同期|当期|全月|当月|本月';

/** A figure named after 其中 (or 当中) in its own clause, within `reach` characters back and no earlier than `floor`: a part of something. */
export function afterQizhong(norm: string, f: { start: number }, floor = 0, reach = 16): boolean {
  return /(?:其中|当中)[^，。；;]*$/.test(norm.slice(Math.max(floor, f.start - reach), f.start));
}

/**
 * The words that open a breakdown by some dimension (按地区分，从行业看，依性别分，): one source for every
 * pattern that looks for them (an opener at a sentence start, or after ；).
 */
// (依校区所在县市，: a dimension named by its noun alone after 依 or 按)
export const OPENER_WORDS = '(?:(?:依|按|分|从)[\\u4e00-\\u9fff]{1,8}?(?:观察|来看|看|分|统计|划分)|(?:依|按)[\\u4e00-\\u9fff]{0,6}?(?:县市|地区|区域|国别|行业))[，,]';
/** An opener at the start of the string tested (a sentence's text). */
export const OPENS = new RegExp(`^${OPENER_WORDS}`);
/** Every opener at a sentence start in a text (global: set lastIndex before use). */
export function openersRe(): RegExp {
  return new RegExp(`(?<=^|[。！？\n])${OPENER_WORDS}`, 'g');
}

/** Words that make a figure an average over time (日均客流, 平均每月, 每年): it adds up over no period. */
export const TIME_AVERAGE_WORDS = '日均|月均|年均|周均|每[日天月周年]';

/** Words that make a figure one of additions (新增装机, 新增总数), no stock: no whole or part of one. */
export const ADDED = /新增|新投产|新建成|新建|新开工|新开|新签/;

/** After a count, its noun and 中 (62个品种中, 12宗地块中有): the whole of the counts after it (not 中国, 中心…). */
// (but not 中 of a state, 2间酒店正在兴建中: under construction, in progress)
// (nor 中 after 在, 1,204宗已被撤回或仍在处理中: still being handled; nor the 中 of 中晚籼稻, 中标)
export const COUNTED_AMONG = /^(?<name>[^\P{Script=Han}在]{1,10}?)(?<!兴建|建设|施工|进行|筹备|审理|审核|调查|办理|处理|受理|审批|审查|装修|维修|改造|谈判|规划|推进|运行|修建|在建|营业|开发)中(?![国心央华部型小学医级等期旬游晚标])(?:[，,]|有|共有)?/u;

export function sharesAWord(a: string | undefined, b: string | undefined): boolean {
  const x = simplify(a);
  const y = simplify(b);
  for (let i = 0; i + 2 <= y.length; i++) if (x.includes(y.slice(i, i + 2))) return true;
  return false;
}

export function sameSubject(a: string | undefined, b: string | undefined): boolean {
  const x = simplify(a);
  const y = simplify(b);
  if (x.length < 2 || y.length < 2) return false;
  return x.includes(y) || y.includes(x);
}

export function sentenceStarts(norm: string): number[] {
  // (by character code: a regular expression per character is the slow way, on every document)
  const out = [0];
  for (let i = 0; i < norm.length; i++) if (isFullStop(norm.charCodeAt(i))) out.push(i + 1);
  return out;
}

/** Where the sentence holding `pos` starts. */
export function sentenceStartOf(ctx: CheckContext, pos: number): number {
  return ctx.sentenceStarts[sentenceOf(ctx.sentenceStarts, pos)]!;
}

/** Index of the sentence holding `pos` (the same binary search as the link stage's). */
export { sentenceOf as sentenceIndex } from '../link/clauses.js';

export function paragraphStart(ctx: CheckContext, pos: number): number {
  const lo = breakIndex(ctx.breaks, pos);
  return lo === 0 ? 0 : ctx.breaks[lo - 1]! + 1;
}

/** The first line break at or after `pos`, -1 if none (as norm.indexOf('\n', pos), without the scan). */
export function nextBreak(ctx: CheckContext, pos: number): number {
  const lo = breakIndex(ctx.breaks, pos);
  return lo < ctx.breaks.length ? ctx.breaks[lo]! : -1;
}

/** The positions of the line breaks of a text: made once per text (CheckContext.breaks). */
export function lineBreaks(norm: string): number[] {
  const out: number[] = [];
  for (let i = norm.indexOf('\n'); i >= 0; i = norm.indexOf('\n', i + 1)) out.push(i);
  return out;
}

/**
 * The index of the first line break at or after `pos`, by binary search: a search for '\n' from every
 * figure costs the square of the length in a text of one long paragraph. (The table is the context's:
 * a cache keyed by the text would compare two equal texts character by character on every call.)
 */
function breakIndex(breaks: number[], pos: number): number {
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (breaks[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The last clause mark (，；,; or a sentence end) before `pos`, or where a clause of `reach` characters would start
 * (-1 at the start of the text): a search that never runs back further than that.
 */
export function clauseMarkBefore(norm: string, pos: number, reach = 200): number {
  let k = pos - 1;
  for (; k >= 0 && pos - k <= reach; k--) {
    const c = norm.charCodeAt(k);
    if (c === 0xff0c || c === 0xff1b || c === 0x2c || c === 0x3b || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x0a) return k;
  }
  return k;
}

export const QUANTITY_LEVELS = new Set(['count', 'money', 'measure', 'number']);

/** Same unit of measure: counts by measure word, money by currency, measures by unit. */
export function sameUnit(a: Fact, b: Fact): boolean {
  if (a.kind !== b.kind) return unitInName(a, b) || unitInName(b, a);
  if (a.kind === 'money') return a.currency === b.currency;
  if (a.kind === 'count' || a.kind === 'measure') return simplify(a.unit) === simplify(b.unit);
  return true;
}

/** 总诊疗人次3.12亿: a number whose name ends in a count's unit of two characters or more (医院1.58亿人次) is in that unit. */
function unitInName(n: Fact, c: Fact): boolean {
  return n.kind === 'number' && c.kind === 'count' && c.unit !== undefined && c.unit.length >= 2 && simplify(n.subject).endsWith(simplify(c.unit));
}

export function fmt(n: number, digits = 2): string {
  if (!Number.isFinite(n)) return String(n);
  const abs = Math.abs(n);
  if (abs >= 1e12) return `${Number((n / 1e12).toFixed(digits))}万亿`;
  if (abs >= 1e8) return `${Number((n / 1e8).toFixed(digits))}亿`;
  // 536万 for 5360000 and for 4867.5 万; 205,575 for a count written to the unit
  if (abs >= 1e4 && (!Number.isInteger(n) || n % 1e4 === 0)) return `${Number((n / 1e4).toFixed(digits))}万`;
  if (abs >= 1e4) return n.toLocaleString('en-US');
  return String(Number(n.toFixed(digits)));
}

/**
 * A level of the period compared with, told in its own clause (上年同期为3.40元, 而2023年同期的逆差为
 * 2,679亿元): no part of this period's whole.
 */
export function comparedPeriodLevel(norm: string, f: Fact): boolean {
  return /^(?:而|但)?(?:\d{4}年|\d{3}年|去年|上年|前年)?同期(?:的[^，。；、的]{1,12}?)?[为為是]?$/.test(norm.slice(clauseMarkBefore(norm, f.start, 40) + 1, f.start));
}

/**
 * A bound a figure stays above or below (稳定在37万吨以上, 保持在5%以下), or one each of several periods passed
 * (连续3个月交付量超过1.5万辆): no total of anything.
 */
export function isBound(norm: string, g: Fact): boolean {
  if (g.approx !== 'over' && g.approx !== 'under') return false;
  const before = norm.slice(Math.max(0, g.start - 12), g.start);
  return /以上|以下|之上|之下/.test(g.text) || /(?:稳定|保持|维持|稳)在$/.test(before) || /连续[^，。；;]{1,10}$/.test(before);
}

/** The clause of a figure qualifies its measure as adjusted: 扣除非经常性损益后的, 扣非, 经季节性调整. */
const ADJUSTED = /扣除非经常性损益|扣非|经季节性调整|季节调整/;
export function adjusted(norm: string, f: Fact): boolean {
  return ADJUSTED.test(norm.slice(Math.max(0, clauseMarkBefore(norm, f.start, 40) + 1), f.start));
}

/** The first time the headline names (二〇二四年第三季服务贸易统计数字, 2023年营收…), a year or a span: what the article reports on. */
export function leadPeriodOf(ctx: CheckContext): string | undefined {
  // (a headline of 200 characters at most: a text with no line break is no headline and its figures)
  const headline = ctx.doc.norm.slice(0, 200).indexOf('\n');
  if (headline < 0) return undefined;
  for (const f of ctx.facts) {
    if (f.start > headline) break;
    if ((f.kind === 'period' || f.kind === 'date') && typeof f.value === 'string' && !f.value.includes('..') && !/^\d{4}-\d{2}-\d{2}/.test(f.value)) return f.value;
  }
  return undefined;
}

/** The facts the findings so far refer to (of the rules given, or of every rule): what another reading has checked. */
export function factsChecked(out: readonly Finding[], rules?: readonly string[]): Set<number> {
  const ids = new Set<number>();
  for (const x of out) if (!rules || rules.includes(x.rule)) for (const id of x.facts ?? []) ids.add(id);
  return ids;
}
