// sum-mismatch (warning): parts that exceed their whole, or shares of one whole that add up to more
// than 100%. Parts are the figures of the same unit after 其中 (each ；-separated group on its own:
// 其中城镇人口…、乡村人口…；男性…、女性… are two breakdowns of one whole), or the values of a 分别
// list. When the parts add up to the whole it is reported as info (part-whole-consistent).
//
//   fires:      医院38355个，其中公立医院11772个、民营医院27583个 (39355 > 38355)
//               分别占总数的79.8%、21%和6.9% (107.7% > 100%)
//   stays quiet: 医院38355个，其中公立医院11772个、民营医院26583个 (38355: holds, info)
import type { Fact, Finding } from '../types.js';
import { COMPLEMENTS, DEFINED_WHOLES, NESTED, OVERLAPPING, PARTITIONS, SIDES } from '../data/complements.js';
import { firstAtOrAfter, hasFullStop, isComparedLevel } from '../link/marks.js';
import { within } from '../link/period.js';
import { DIGITS } from '../numbers/chinese.js';
import { MEASURE_WORDS } from '../data/units.js';
import { partsByDirection } from './sum-by-direction.js';
import { naturalIncrease, sentenceBalances, tradeBalances } from './trade-balance.js';
import { ADDED, adjusted, factsChecked, isBound, leadPeriodOf, OPENER_WORDS, TIME_AVERAGE_WORDS, OPENS, openersRe, afterQizhong, bounds, farOffShare, samePeriod, COUNTED_AMONG, FRAME_TIME, finding, fmt, nextBreak, sameSubject, sharesAWord, sameUnit, paragraphStart, sentenceStartOf, simplify, sumOf, type Check, type CheckContext } from './util.js';

/** A breakdown is read within this many characters: a text without full stops costs linear time. */
const REACH = 300;

/** Where the clause or sentence from `at` ends: at `mark` (which includes 其中 again) or REACH characters on. */
function clauseEnd(norm: string, at: number, mark: RegExp): number {
  const window = norm.slice(at, at + REACH);
  const m = window.slice(2).search(mark);
  return m < 0 ? at + window.length : at + 2 + m;
}

function isLevel(f: Fact): boolean {
  // (a rate per unit adds up to nothing: 谷物单位面积产量437.8公斤/亩 is no part of 394.5公斤/亩)
  return (f.kind === 'count' || f.kind === 'money' || f.kind === 'measure') && typeof f.value === 'number' && !f.change && !(f.unit ?? '').includes('/');
}

/** Measure words of two characters or more (人次, 架次, 标箱), which a name may end in. */
const LONG_MEASURE_WORDS = MEASURE_WORDS.filter((w) => w.length >= 2);
/** 总诊疗人次3.12亿: a number named by what it counts, a whole of counts in that unit (util.sameUnit). */
function isNamedCount(f: Fact): boolean {
  if (f.kind !== 'number' || typeof f.value !== 'number' || f.change) return false;
  const name = simplify(f.subject);
  return LONG_MEASURE_WORDS.some((w) => name.endsWith(w));
}

function partsOfQizhong(ctx: CheckContext, out: Finding[]): void {
  const { doc, facts } = ctx;
  const re = /其中/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(doc.norm)) !== null) {
    const at = m.index;
    // the whole: the last level before 其中 in the same sentence (or the one just before it)
    let wi = firstAtOrAfter(facts, at) - 1;
    while (wi >= 0 && facts[wi]!.end > at) wi--;
    if (wi < 0) continue;
    let whole: Fact | null = null;
    // 其中 opening a sentence (…总额4.90万亿元，比上年增长4.6%。其中，出口…) breaks down the sentence before
    const opensSentence = /[。！？]$/.test(doc.norm.slice(Math.max(0, at - 1), at));
    for (let k = wi; k >= 0 && wi - k <= 16; k--) {
      const g = facts[k]!;
      const between = doc.norm.slice(g.end, opensSentence ? at - 1 : at);
      if (/[。！？\n]/.test(between)) break;
      // 累计2106.5万辆次，日均300.9万辆次，其中小型客车2013.2万辆次: an average is no whole
      // (nor is a difference from another figure: 较常年同期偏高1.2℃)
      // (nor an amount taken off another: 扣除非消费支出25.8万元后即为可支配所得；其中…)
      // (nor a target: 已完成全年36万辆交付目标的91.2%)
      // (nor a bound each of several meets: 3个设区市机动车保有量均超过200万辆，其中…)
      // (nor the base of a multiple: 约为正常数目21.7个的2.4倍，其中7月份多达17个)
      // (an average per day may be the whole of averages per day: 期貨及期權合約平均每日成交張數…，其中期貨平均每日…)
      // (nor the level of the year before: 共运输旅客628.4万人次，上年同期为584.6万人次，同比增长7.5%。其中，…)
      // (nor the whole of a share: 业务收入612.4亿元，…占全行营业收入2069.3亿元的29.6%。其中，利息净收入…)
      // (nor a bound kept for years: 粮食总产量58.32万吨，…连续8年稳定在50万吨以上；…。其中，…; nor a range, 90—144平方米户型)
      if ((isLevel(g) || isNamedCount(g)) && (!isAverage(doc.norm, g) || perDay(doc.norm, g)) && !isDifference(doc.norm, g) && !isBound(doc.norm, g) && g.max === undefined && !(opensSentence && isComparedLevel(doc.norm, g.start)) && !isShareWhole(doc.norm, g) && !isDeducted(doc.norm, g) && !/^[\u4e00-\u9fff]{0,4}目标/.test(doc.norm.slice(g.end, g.end + 6)) && !/^的(?:约|近)?[\d.]+倍/.test(doc.norm.slice(g.end, g.end + 10)) && !/均(?:超过|达到|达|在|为|高于|突破|不低于)?$/.test(doc.norm.slice(Math.max(0, g.start - 4), g.start))) {
        whole = g;
        break;
      }
    }
    if (!whole) continue;
    // 抽检19.35万批次，检出不合格6028批次，…，其中重点品种抽检1.86万批次: the parts name an earlier level of
    // the sentence (抽检), not the nearest one (不合格); 销售彩票206.10亿元，筹集彩票公益金52.37亿元。其中，体育彩票
    // 销售…: the level whose name shares most with the parts' (销售彩票, not 彩票公益金)
    const firstPart = partAfter(ctx, firstAtOrAfter(facts, at), at);
    const partName = firstPart?.subject;
    if (partName) {
      let best = wordsShared(whole.subject, partName);
      const stop = opensSentence ? at - 1 : at;
      // (within the clause before 其中, or the sentence before 。其中; a whole is no smaller than its part, and
      // no part itself: 其中自产煤销售量1096万吨 is a peer of the parts of 15230万吨)
      const end = opensSentence ? /[。！？\n]/ : /[。！？\n；;]/;
      for (let k = ctx.indexOf(whole) - 1; k >= 0 && wi - k <= 16; k--) {
        const g = facts[k]!;
        if (end.test(doc.norm.slice(g.end, stop))) break;
        const shared = wordsShared(g.subject, partName);
        if (shared > best && isLevel(g) && sameUnit(g, whole) && (g.value as number) >= (firstPart!.value as number) && !afterQizhong(doc.norm, g) && !isAverage(doc.norm, g) && !isDifference(doc.norm, g)) {
          whole = g;
          best = shared;
        }
      }
    }
    // (其他业务收入3.71亿元。其中，高端酒…收入236.82亿元: a whole many times smaller than the first part is no whole of
    // it; the largest level of the sentence before that is, 酒类业务收入308.75亿元; a part a little over its whole is
    // the slip this check is for: 销售额2,284.5亿元。其中，住宅销售额2,398.6亿元)
    if (firstPart && 2 * (whole.value as number) < (firstPart.value as number) && sameUnit(whole, firstPart)) {
      let larger: Fact | null = null;
      for (let k = wi; k >= 0 && wi - k <= 16; k--) {
        const g = facts[k]!;
        if (/[。！？\n]/.test(doc.norm.slice(g.end, opensSentence ? at - 1 : at))) break;
        // (not many times smaller either; the name closest to the parts', then the larger: 抽检19.35万批次 for
        // 其中重点品种抽检20.1万批次, the slip this check reports)
        if (!isLevel(g) || !sameUnit(g, whole) || 2 * (g.value as number) < (firstPart.value as number) || isComparedLevel(doc.norm, g.start) || isAverage(doc.norm, g)) continue;
        const w = wordsShared(g.subject, partName);
        if (!larger || w > wordsShared(larger.subject, partName) || (w === wordsShared(larger.subject, partName) && (g.value as number) > (larger.value as number))) larger = g;
      }
      if (!larger) continue;
      whole = larger;
    }
    // 。其中 after a sentence listing three or more figures of the whole's unit: which of them it breaks
    // down is not said (…61.4亿元。其中，研发费用加计扣除政策减税124.7亿元 is of an earlier one)
    if (opensSentence && levelsOfSentenceBefore(ctx, wi, whole) >= 3) continue;
    // across a full stop the whole must be what the parts are parts of: 每股盈余49.55元。其中第一季营收…
    // is no breakdown of 49.55元; 进出口总额…。其中，出口… is one of 进出口总额
    // (投票数为14,046,892票。其中有效票…，无效票…: two parts that divide a whole are its parts, named as they may be)
    // (其中，东港港…；南湾港…；西江港等其余港口合计…: parts closed by the rest are all of the whole's)
    // (实有经营主体538.29万户…。其中，企业…；个体工商户…；农民专业合作社…: parts one a clause that are members of
    // one set of complements)
    if (opensSentence && !sharesAWord(whole.subject, partSubjectAfter(ctx, wi + 1, at)) && !dividesWhole(levelsAfter(ctx, at, whole, 2)) && !closedByRest(ctx, whole, at) && !definedAs(ctx, whole, partSubjectAfter(ctx, wi + 1, at)) && !clausePartsOf(ctx, whole, at)) continue;
    // 全年新增装机约946万千瓦。其中，火电装机4712万千瓦: parts that name the whole's head (装机) without its
    // 新增 are parts of the stock told before it, not of the additions
    if (opensSentence && addedOnly(doc.norm, whole, partSubjectAfter(ctx, wi + 1, at))) continue;
    checkParts(ctx, out, whole, wi + 1, at);
    // (粮食播种面积128.6万亩…；粮食总产量58.32万吨…；平均单产453.5公斤/亩。其中，夏粮播种面积56.2万亩，总产24.86万吨；秋粮
    // 播种面积72.4万亩，总产34.46万吨: parts one a clause that are complements break down every measure of the sentence
    // before, each against its last level)
    for (const other of otherMeasures(ctx, wi, whole, opensSentence ? at - 1 : at)) if (clausePartsOf(ctx, other, at)) checkParts(ctx, out, other, wi + 1, at);
  }
}

/** The last level of each unit other than `whole`'s in the sentence that ends at `stop` (16 figures back at most). */
function otherMeasures(ctx: CheckContext, wi: number, whole: Fact, stop: number): Fact[] {
  const { doc, facts } = ctx;
  const out: Fact[] = [];
  for (let k = wi - 1; k >= 0 && wi - k <= 16; k--) {
    const g = facts[k]!;
    if (/[。！？\n]/.test(doc.norm.slice(g.end, stop))) break;
    if (!isLevel(g) || sameUnit(g, whole) || out.some((o) => sameUnit(o, g)) || isAverage(doc.norm, g) || isDifference(doc.norm, g) || isComparedLevel(doc.norm, g.start) || isShareWhole(doc.norm, g) || isBound(doc.norm, g) || g.approx === 'over' || g.approx === 'under') continue;
    out.push(g);
  }
  return out;
}

/** The whole names its parts in parentheses before it (…发电装机（水电、风电、太阳能发电和生物质发电合计）达到…), the part among them. */
function definedAs(ctx: CheckContext, whole: Fact, part: string | undefined): boolean {
  const m = DEFINED_SUM.exec(ctx.doc.norm.slice(Math.max(0, whole.start - 48), whole.start));
  const name = simplify(part);
  return m !== null && name.length >= 2 && m.groups!.items!.split(/[、和及与]/).some((it) => it.length >= 2 && (name.startsWith(it) || it.startsWith(name)));
}

/** How many two-character words of `b` are in `a` (销售彩票 and 体育彩票销售 share 彩票 and 销售). */
function wordsShared(a: string | undefined, b: string | undefined): number {
  const x = simplify(a);
  const y = simplify(b);
  const seen = new Set<string>();
  for (let i = 0; i + 2 <= y.length; i++) if (x.includes(y.slice(i, i + 2))) seen.add(y.slice(i, i + 2));
  return seen.size;
}

/** How many levels of `whole`'s unit the sentence that ends with facts[wi] has. */
function levelsOfSentenceBefore(ctx: CheckContext, wi: number, whole: Fact): number {
  let n = 0;
  for (let k = wi; k >= 0 && !/[。！？\n]/.test(ctx.doc.norm.slice(ctx.facts[k]!.end, ctx.facts[wi]!.end)); k--) {
    const g = ctx.facts[k]!;
    if (isLevel(g) && sameUnit(g, whole)) n++;
  }
  return n;
}

/** A level that is an average per day, head or household (日均, 人均, 平均, 每人): never a whole of parts. */
// (a median too: 薪酬中位数为20,800澳门元)
// (次均医药费用, per visit; 单均, 亩均, 床均 …)
// (每万人口病床数72.5床: a figure per ten thousand people is no level either)
// (平均每件处罚案件罚没款约2532万元: twelve characters may stand between 平均 and the figure)
const AVERAGE_BEFORE = /(?:日均|月均|年均|周均|平均|人均|户均|场均|[次单件台床车亩]均|中位数|中位|每[日天月年人户]|每[十百千万]+(?:人|名|户|个))[^，,；;。]{0,12}$/;
function isAverage(norm: string, g: Fact): boolean {
  return AVERAGE_BEFORE.test(norm.slice(Math.max(0, g.start - 14), g.start));
}

/** An average per day of the clause's figure (平均每日成交张数为141.2万张, 日均客流): one of them adds up with others. */
function perDay(norm: string, g: Fact): boolean {
  return /(?:平均每日|平均每天|日均)[^，,；;。]{0,10}$/.test(norm.slice(Math.max(0, g.start - 14), g.start));
}

/** An amount deducted from another (扣除非消费支出25.8万元后): no whole of what follows. */
function isDeducted(norm: string, g: Fact): boolean {
  return /(?:扣除|减去|扣减|剔除|除去)[^，。；]{0,8}$/.test(norm.slice(Math.max(0, g.start - 12), g.start));
}

/**
 * A figure stated against another (比上年多3个, 较常年同期偏高1.2℃): a difference, no level; and the level
 * compared with (较2023-24年度修订预算的5,218亿元), no part either.
 */
function isDifference(norm: string, g: Fact): boolean {
  return /(?:比|较)[^，。；]{0,6}$/.test(norm.slice(Math.max(0, g.start - 8), g.start)) || isComparedLevel(norm, g.start);
}

/** The first `n` levels of `whole`'s unit after `at` in its sentence. */
function levelsAfter(ctx: CheckContext, at: number, whole: Fact, n: number): Fact[] {
  const end = clauseEnd(ctx.doc.norm, at, /[。！？\n]/);
  const out: Fact[] = [];
  for (let k = firstAtOrAfter(ctx.facts, at); k < ctx.facts.length && ctx.facts[k]!.start < end && out.length < n; k++) {
    const g = ctx.facts[k]!;
    if (isLevel(g) && sameUnit(g, whole)) out.push(g);
  }
  return out;
}

/** The first level after `at`. */
function partAfter(ctx: CheckContext, first: number, at: number): Fact | undefined {
  for (let k = first; k < ctx.facts.length && ctx.facts[k]!.start < at + REACH; k++) {
    const g = ctx.facts[k]!;
    if (g.start >= at && isLevel(g)) return g;
  }
  return undefined;
}

/** The subject of the first level after `at`. */
function partSubjectAfter(ctx: CheckContext, first: number, at: number): string | undefined {
  return partAfter(ctx, first, at)?.subject;
}

/**
 * The index of the nearest level before `before` (within `reach` characters) named one of `names`, of
 * `period` when one is given, and no level compared with (结婚登记5.83万对（2022年为4.80万对）); -1 if none.
 */
function levelNamed(ctx: CheckContext, before: number, names: string[], reach: number, period?: string, tail?: Fact): number {
  const { doc, facts } = ctx;
  const find = (named: (s: string) => boolean): number => {
    for (let k = firstAtOrAfter(facts, before) - 1; k >= 0 && before - facts[k]!.start < reach; k--) {
      const g = facts[k]!;
      if (g.end > before || !isLevel(g) || !g.subject || !named(simplify(g.subject)) || isComparedLevel(doc.norm, g.start)) continue;
      // (公共充电桩中，…: the stock of that name, not what was added, 新增公共充电桩1.08万台, unless the name says 新增)
      if (!names.some((n) => ADDED.test(n)) && ADDED.test(doc.norm.slice(Math.max(0, g.start - 12), g.start))) continue;
      // (of the unit of the part that follows: 造船完工量3586万载重吨, not 造船完工量1268万修正总吨)
      if (tail && !sameUnit(g, tail)) continue;
      // (nor one part of a breakdown by period: 分阶段看，上半年全市新设经营主体10.29万户，第三季度… is no whole of
      // the 新设经营主体中 after it, the nine months' 15.36万户 is)
      if (BY_PERIOD_BEFORE.test(doc.norm.slice(sentenceStartOf(ctx, g.start), g.start))) continue;
      if (period === undefined || g.period === period) return k;
    }
    return -1;
  };
  const exact = find((s) => names.includes(s));
  // (with `tail`, the first part, and no level of the very name, a name of three characters or more may
  // end the level's: 完工量 of 造船完工量, but not 居民存款 of 非居民存款)
  return exact >= 0 || !tail ? exact : find((s) => names.some((n) => n.length >= 3 && s.endsWith(n) && !/[非不未无]$/.test(s.slice(0, -n.length))));
}

/**
 * A part above its whole is no error when the sentence also tells of a loss the whole nets off: 投资收益额
 * 256.9亿元…。其中，已实现收益额1046.8亿元…；交易类资产公允价值变动额-789.9亿元 (a figure of the unit below
 * zero, or 亏损 and 损失 after the parts).
 */
function lossBeside(ctx: CheckContext, whole: Fact, lastPart: Fact): boolean {
  const { doc, facts } = ctx;
  const end = clauseEnd(doc.norm, lastPart.end, /[。！？\n]/);
  for (let k = ctx.indexOf(lastPart) + 1; k < facts.length && facts[k]!.start < end; k++) {
    const g = facts[k]!;
    if (sameUnit(g, whole) && typeof g.value === 'number' && g.value < 0) return true;
  }
  return /亏损|损失|为负/.test(doc.norm.slice(lastPart.end, end));
}

/** A whole of additions (新增装机) and a part named by the head alone (火电装机): of different things. */
function addedOnly(norm: string, whole: Fact, part: string | undefined): boolean {
  const head = simplify(whole.subject);
  const p = simplify(part);
  const clause = norm.slice(Math.max(0, whole.start - 16), whole.start).split(/[，,；;。！？\n]/).pop()!;
  return head.length >= 2 && ADDED.test(clause) && !ADDED.test(p) && p.endsWith(head);
}

/**
 * Parts that add up to more than their whole, but less than twice it: more than twice is another breakdown's
 * (12月单月销量6842辆。分细分市场看，公路客车销量9536辆…; 酒店及公寓共138间…其中五星级酒店46间，客房28,735间), no slip.
 */
function overWhole(partsLo: number, wholeHi: number): boolean {
  return partsLo > wholeHi && partsLo <= 2 * wholeHi;
}

/** Flows in and out: a net balance, whose parts are signed. */
const FLOWS_IN = /净流入|流入|顺差|盈余|净买入|买超/;
const FLOWS_OUT = /净流出|流出|逆差|赤字|净卖出|卖超/;

/** A share right after a figure, of a whole it names: ，占B2C发票的71.1%. */
const SHARE_OF_AFTER = /^[，,]?(?:占|佔)(?<of>[^，。；、%]{2,12}?)(?:的|之)/;

/** The side of a balance a subject ends with (SIDES): [set, side], or null. */
function sideOf(subject: string | undefined): [number, number] | null {
  const s = simplify(subject);
  for (let i = 0; i < SIDES.length; i++) {
    // (进出口 is both sides, no one of them)
    const found = SIDES[i]!.map((words) => words.some((w) => s.endsWith(w) && !(w === '出口' && s.endsWith('进出口'))));
    if (found.filter(Boolean).length === 1) return [i, found.indexOf(true)];
  }
  return null;
}

/** A part named by the other side of the whole's balance: 支出 for a whole of 收入. */
function otherSide(whole: Fact, g: Fact): boolean {
  const w = sideOf(whole.subject);
  const p = w && sideOf(g.subject);
  return p !== null && p !== undefined && w![0] === p[0] && w![1] !== p[1];
}

/** The parts: levels of the same unit after `at`, up to the next ； or the end of the sentence. */
// (…，其中中高端酒店400家以上，并将在未来3年内完成约1000家: a clause opening with 并 or 同时 says something else)
function checkParts(ctx: CheckContext, out: Finding[], whole: Fact, first: number, at: number, ends: RegExp = /[。！？\n；;]|其中|[，,](?:并|同时|此外|另外)/, parallel = false): void {
  const { doc, facts } = ctx;
  {
    // (（其中县道42.3公里、乡道58.6公里），改造危旧桥梁…: a 其中 in parentheses ends with them)
    const close = /[（(]$/.test(doc.norm.slice(Math.max(0, at - 1), at)) ? doc.norm.slice(at, at + REACH).search(/[）)]/) : -1;
    const end = close >= 0 ? Math.min(at + close, clauseEnd(doc.norm, at, ends)) : clauseEnd(doc.norm, at, ends);
    const parts: Fact[] = [];
    const ownAside = at === whole.end + 1 && /[（(]/.test(doc.norm[whole.end] ?? '');
    const wholeAdded = ADDED.test(simplify(whole.subject) + doc.norm.slice(Math.max(0, whole.start - 12), whole.start));
    // (a whole per day has parts per day, the same averages: they add up as the totals would)
    const daily = perDay(doc.norm, whole);
    for (let k = first; k < facts.length && facts[k]!.start < end; k++) {
      const g = facts[k]!;
      if (g.start < at) continue;
      // (the parts in the parentheses that open right after the whole are its own: partsInParentheses)
      // (另有9家公司终止上市: what 另有 adds is no part)
      // (大豆产量2065万吨，…大豆产量连续3年稳定在2000万吨以上: a bound on a part named before is no part of its own)
      const bound = (g.approx === 'over' || g.approx === 'under') && g.subject !== undefined && parts.some((p) => p.subject === g.subject);
      // (通航54个航点，其中内地航点26个、国际及地区航点28个，全年新开航点7个: what was added is no part of a stock)
      // (but 其中续建项目75个、新开工项目53个: one listed beside the other parts is one of them)
      const added = ADDED.test(simplify(g.subject) + doc.norm.slice(Math.max(0, g.start - 6), g.start)) && !wholeAdded && !(parts.length > 0 && doc.norm.slice(parts[parts.length - 1]!.end, g.start).includes('、'));
      if (isLevel(g) && !bound && !added && !otherSide(whole, g) && sameUnit(g, whole) && !isDifference(doc.norm, g) && !isBasisOf(doc.norm, g) && (ownAside || !isIncludedAside(doc.norm, g)) && (daily ? perDay(doc.norm, g) : !isAverage(doc.norm, g)) && !isTotal(doc.norm, g) && !/另有|另外|此外/.test(doc.norm.slice(Math.max(0, g.start - 3), g.start))) parts.push(g);
    }
    // (其中B2C发票6.51亿张，占80.2%，存入载具的云端发票4.63亿张，占B2C发票的71.1%: a part said to be a share of an
    // earlier part is inside it, no part of the whole beside it)
    for (let k = parts.length - 1; k > 0; k--) {
      const of = SHARE_OF_AFTER.exec(doc.norm.slice(parts[k]!.end, parts[k]!.end + 20))?.groups?.of;
      if (of && parts.slice(0, k).some((p) => sameSubject(p.subject, of))) parts.splice(k, 1);
    }
    if (parts.length === 2 && /^[；;]/.test(doc.norm.slice(end, end + 1))) parts.push(...complementsAcrossClauses(ctx, whole, parts, end));
    if (parts.length === 1) {
      const more = complementsAcrossClauses(ctx, whole, parts, end);
      // (其中再出口103.2億元，…；本地產品出口14.7億元: the parts of a partition, one a clause)
      const divided = more.length === 0 ? oneLevelAClause(ctx, whole, end) : [];
      // (其中发明专利授权9864件…；实用新型专利授权31508件，外观设计专利授权6255件: the parts a whole is made of by
      // definition, whatever the clauses hold)
      const dividedFits = more.length === 0 && (dividesWhole([parts[0]!, ...divided]) || definedParts(whole, [parts[0]!, ...divided]));
      const defined = more.length === 0 && !dividedFits ? levelsAfter(ctx, end, whole, 4) : [];
      parts.push(...(more.length > 0 ? more : dividedFits ? divided : definedParts(whole, [parts[0]!, ...defined]) ? defined : clausesClosedByRest(ctx, whole, end)));
    }
    // 上半年15.77万辆，第三季度9.36万辆，前三季度合计25.13万辆: a last part that is the sum of the others is a subtotal
    if (parts.length >= 3) {
      const others = parts.slice(0, -1);
      const [lo, hi] = bounds(parts[parts.length - 1]!);
      const o = sumOf(others);
      if (o.lo <= hi && o.hi >= lo) parts.pop();
    }
    // 卫生技术人员1248.8万人，执业（助理）医师478.2万人，注册护士563.7万人: the later parts fit inside
    // the first, a breakdown of the breakdown (unless the parts are complements, like 出口 and 进口)
    // (the values of one 分别 list are parallel: 医院、西医基层…分别为…)
    // (items joined by 、 are parallel: 70至74周岁7.35万人、75至79周岁4.12万人、80周岁及以上3.08万人)
    // (…剂型37个，注射剂21个，其他剂型5个: a last part of 其他 closes a partition of the whole)
    // (nor after a breakdown's opener, 按融资来源划分，…: its parts are parallel by what it says)
    // (…其中卫生技术人员45318人，乡村医生和卫生员3105人，其他技术人员2416人…: the parts the whole is made of by definition,
    // or a rest among them that is no rest of the first, 其他技术人员 beside 卫生技术人员, are parallel too)
    if (parts.length >= 3 && !parallel && !allComplements(parts) && !oneList(ctx, parts) && !doc.norm.slice(parts[0]!.end, parts[1]!.start).includes('、') && !RESTS.test(simplify(parts[parts.length - 1]!.subject)) && !definedParts(whole, parts) && !restBeside(parts)) {
      const rest = sumOf(parts.slice(1)).lo;
      if (rest <= bounds(parts[0]!)[1]) parts.splice(1);
    }
    // …分别为5,896亿元、1,462亿元；其余669亿元为…: the rest, in the next clause, is a part too
    if (parts.length >= 2) {
      const rest = remainderAfter(ctx, whole, end);
      if (rest && !parts.includes(rest)) parts.push(rest);
    }
    // (net flows both ways are no parts that add up: 净流出913亿元。其中，直接投资录得净流入215亿元；证券投资录得净流出…)
    const flows = parts.length >= 2 ? doc.norm.slice(Math.max(0, whole.start - 12), parts[parts.length - 1]!.end) : '';
    if (FLOWS_IN.test(flows) && FLOWS_OUT.test(flows)) return;
    // (groups that overlap are no partition: 国有控股, 股份制, 私营 enterprises)
    // (nor the highest and the lowest of a ranking: 其中以金融及保险业7万1,394元最高，住宿及餐饮业3万3,048元最低)
    if (parts.length > 0 && !overlapping(doc.norm, parts) && !parts.some((p) => RANKED.test(doc.norm.slice(p.end, p.end + 4)))) {
      const { lo: sumLo, hi: sumHi, sum } = sumOf(parts);
      const [wlo, whi] = bounds(whole);
      const ids = [ctx.indexOf(whole), ...parts.map((p) => ctx.indexOf(p))];
      const lastPart = parts[parts.length - 1]!;
      // (中学学生人数为312 460人，其中初中…162 480人，高中…157 380人: the whole told just before its parts is in the
      // span, either may be the wrong figure)
      // (and across the full stop before 。其中: 实有经营主体538.29万户，同比增长8.5%…。其中，企业142.36万户…)
      const gap = doc.norm.slice(whole.end, parts[0]!.start);
      // (and in its sentence up to a 其中 that leads the parts: 累计加工原油1062.2万吨，同比增长1.8%，其中一季度、二季度、
      // 三季度分别加工352.6万吨…)
      const from = whole.end <= parts[0]!.start && (gap.length <= 24 || (gap.length <= 60 && /[。！？]?(?:其中|当中)/.test(gap))) && !/[。！？](?!其中|当中)|\n/.test(gap) ? whole.start : parts[0]!.start;
      if (sumLo > whi && !overWhole(sumLo, whi)) return;
      // (在管面积4.12亿平方米…其中来自第三方的面积2.36亿平方米…；住宅业态2.68亿平方米，非住宅业态1.44亿平方米: when the
      // others make the whole exactly, the one left out is of another dimension)
      if (sumLo > whi && parts.length >= 3 && parts.some((p) => { const r = sumOf(parts.filter((q) => q !== p)); return r.lo <= whi && r.hi >= wlo; })) return;
      if (sumLo > whi && !lossBeside(ctx, whole, lastPart)) {
        out.push(
          finding(doc, 'sum-mismatch', 'warning', from, lastPart.end, `the parts add up to ${fmt(sum)}, more than the whole ${whole.text}`, { facts: ids }),
        );
      } else if (sumHi < wlo && namesAll(whole, parts)) {
        // 产业及社福移工79万2,416人：产业移工56万9,872人；社福移工21万2,544人 (10,000 short)
        out.push(
          finding(doc, 'sum-mismatch', 'warning', from, lastPart.end, `the parts add up to ${fmt(sum)}, less than the whole ${whole.text} that names them all`, { facts: ids }),
        );
      } else if (sumHi < wlo && (dividesWhole(parts) || definedParts(whole, parts) || tilesPeriod(whole, parts))) {
        // 博物馆198个，其中国有博物馆126个、非国有博物馆62个 (10 short)
        out.push(
          finding(doc, 'sum-mismatch', 'warning', from, lastPart.end, `the parts add up to ${fmt(sum)}, less than the whole ${whole.text} they divide between them`, { facts: ids }),
        );
      } else if (parts.length >= 2 && sumHi >= wlo) {
        out.push(finding(doc, 'part-whole-consistent', 'info', parts[0]!.start, lastPart.end, `the parts add up to ${fmt(sum)} = ${whole.text}`, { facts: ids }));
      }
    }
  }
}

/** The whole a share is of, told inside it: 占全行营业收入2069.3亿元的29.6%, 已达全年预算数1,670亿元的152.6%. */
const SHARE_OPENS = /(?:占|佔|达到|达|为|相当于|完成)[^，。；;\d]{0,16}$/;
const SHARE_CLOSES = /^的(?:约|近|逾|超过)?(?:[\d.]+(?:%|％|倍)|[一二三四五六七八九]成)/;
function isShareWhole(norm: string, g: Fact): boolean {
  return norm[g.end] === '的' && SHARE_CLOSES.test(norm.slice(g.end, g.end + 12)) && SHARE_OPENS.test(norm.slice(Math.max(0, g.start - 17), g.start));
}

/** A figure in parentheses that a part includes (80周岁及以上3.08万人（含百岁以上老人126人）): a part of a part. */
// (and a whole a share is of: 相当于全年预测落成量（约22 500个）的72.2%)
// (and a breakdown in parentheses right after a part: 医院5.32万张（公立医院4.06万张、民营医院1.26万张）)
const INCLUDED_ASIDE = /[（(](?:含|包括|其中)[^（()）]{0,20}$|(?:相当于|占|佔|为)[^，。；\d（(]{1,16}[（(](?:约|近|逾)?$|\d[^\d（(，,。；;、]{0,4}[（(][^（()）]{0,20}$/;
function isIncludedAside(norm: string, g: Fact): boolean {
  return INCLUDED_ASIDE.test(norm.slice(Math.max(0, g.start - 24), g.start));
}

/** A total named in its own clause (长照服务人力总数约10.5万人): no part of the whole before 其中. */
function isTotal(norm: string, g: Fact): boolean {
  // (全年新建家庭养老床位2350张，其中第四季度新建820张，累计达6820张: a running total opening its clause is no part)
  return /(?:总数|总量|总计|合计|总额)[^，。；\d]{0,4}$|[，,；;]累计(?:达到|达|为|已达)?$/.test(norm.slice(Math.max(0, g.start - 8), g.start));
}

/** A figure another is reckoned from (以全年幸运博彩毛收入2,400亿澳门元作估算基础): no part of anything. */
const BASIS_AFTER = /^(?:作|为|作为)[^，。；]{0,6}(?:基础|基准|计算|估算|测算|依据)/;
// (以公司70万吨的年产能计算: a figure after 以 that a computation is made on)
const BASIS_BEFORE = /以[^，。；;\d]{0,6}$/;
const BASIS_OF_AFTER = /^[^，。；;\d]{0,8}(?:计算|测算|估算)/;
function isBasisOf(norm: string, g: Fact): boolean {
  if (BASIS_BEFORE.test(norm.slice(Math.max(0, g.start - 7), g.start)) && BASIS_OF_AFTER.test(norm.slice(g.end, g.end + 12))) return true;
  return BASIS_AFTER.test(norm.slice(g.end, g.end + 12));
}

/** Two or more parts name groups of one overlapping breakdown (data/complements.ts OVERLAPPING). */
function overlapping(norm: string, parts: Fact[]): boolean {
  // (the group is named in the clause before the figure: 国有控股企业实现利润总额612.5亿元)
  const named = parts.map((p) => norm.slice(Math.max(0, p.start - 20), p.start).replace(/^.*[，,；;。：:]/, ''));
  if (OVERLAPPING.some((set) => named.filter((t) => set.some((w) => t.includes(w))).length >= 2)) return true;
  // (一级资本净额516.83亿元、核心一级资本净额445.26亿元: names of two tiers of one nested set, each inside the next)
  return NESTED.some((tiers) => new Set(parts.map((p, i) => tiers.find((w) => simplify(p.subject).includes(w) || named[i]!.includes(w))).filter(Boolean)).size >= 2);
}

/** All the parts are values of one 分别 list. */
function oneList(ctx: CheckContext, parts: Fact[]): boolean {
  return ctx.lists.some((l) => parts.every((p) => l.values.includes(p)));
}

/** The level of a clause that opens with 其余/其他 right after `from` (a ； between), in the unit of the whole. */
function remainderAfter(ctx: CheckContext, whole: Fact, from: number): Fact | null {
  const { doc, facts } = ctx;
  if (!/^[；;]\s*(?:其余|其他|其它|余下)/.test(doc.norm.slice(from, from + 4))) return null;
  const end = clauseEnd(doc.norm, from + 1, /[。！？\n；;，,]/);
  for (let k = firstAtOrAfter(facts, from); k < facts.length && facts[k]!.start < end; k++) {
    const g = facts[k]!;
    if (isLevel(g) && sameUnit(g, whole)) return g;
  }
  return null;
}

/**
 * 健保医疗费用总额为8,854亿元。依部门别观察，医院、西医基层…分别为5,896亿元、1,462亿元…: a sentence
 * that opens with a breakdown (依…观察, 按…分, 分…看, 从…看) gives parts of the total just before it.
 */
const BREAKDOWN = openersRe();
/** The end of a sentence, a 其中, or a ； before another opener. */
const CLAUSE_OR_OPENER = new RegExp(`[。！？\\n]|其中|当中|[；;](?=${OPENER_WORDS})`);
/** A whole worth breaking down: a total, not one figure among others. */
const TOTAL = /总|合计|共计|累计|全部/;
function partsOfBreakdown(ctx: CheckContext, out: Finding[]): void {
  const { doc, facts } = ctx;
  BREAKDOWN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BREAKDOWN.exec(doc.norm)) !== null) {
    const at = m.index + m[0].length;
    sharesOfBreakdown(ctx, out, at);
    /** The first part after the opener in the unit of `u`. */
    const first = firstAtOrAfter(facts, at);
    const levelAfter = (u: Fact): Fact | undefined => facts.slice(first, first + 4).find((p) => isLevel(p) && sameUnit(p, u));
    // the whole: the last level of the sentence before, when it is a total
    let whole: Fact | null = null;
    let wi = -1;
    let byName = false;
    let lastLevel = -1;
    for (let k = firstAtOrAfter(facts, m.index) - 1; k >= 0; k--) {
      const g = facts[k]!;
      // (the sentence before the opener, which may end its paragraph: …正增长。⏎分港区看，)
      if (/[。！？\n]/.test(doc.norm.slice(g.end, m.index).replace(/[。！？\n]+$/, ''))) break;
      // (nor an amount taken off another: 扣除非消费支出25.8万元后即为可支配所得；其中…)
      // (nor a part of another breakdown: 有息负债总额为1,268.5亿元，…其中短期…、长期有息负债1,021.7亿元。按融资
      // 来源划分，… is of the total before 其中)
      // (nor a bound it has kept above: 粮食总产量38.72万吨，…连续5年稳定在37万吨以上。分品种看，…)
      if (isLevel(g) && !isAverage(doc.norm, g) && !isDifference(doc.norm, g) && !isDeducted(doc.norm, g) && !afterQizhong(doc.norm, g, 0, 40) && !isBound(doc.norm, g)) {
        // (or one the parts after the opener divide between them: 全省一般公共预算支出3986.72亿元…。按级次分，
        // 省级支出…；市县级支出…)
        // (but not a part of a breakdown the sentence before gave: …其中，税收收入…；非税收入568.27亿元。分级次看，…)
        // (or one whose name the first part's holds: 完成集装箱吞吐量118.6万标箱。分港区看，东港区完成集装箱吞吐量…)
        const lead = levelAfter(g);
        // (but not a part of another breakdown: 从来源看，…来自第三方的在管面积1.64亿平方米。从业态看，住宅在管面积…)
        // (or one whose head every part of the sentence after ends with: 规模以上工业企业18426家…。按门类分，制造业企业
        // 16958家，采矿业企业452家，…供应业企业1176家)
        const named = simplify(g.subject).length >= 4 && lead !== undefined && (simplify(lead.subject).includes(simplify(g.subject)) || headOfAll(ctx, g, at)) && !OPENS.test(doc.norm.slice(sentenceStartOf(ctx, g.start), g.start));
        // (across a paragraph break, only a whole the parts name: …合计销售37.01亿元。⏎分地市看，合肥市彩票销量… is of
        // all the province's sales, told in another paragraph)
        const crossed = doc.norm.slice(g.end, m.index).includes('\n');
        const total = !crossed && (TOTAL.test(simplify(g.subject)) || TOTAL.test(doc.norm.slice(Math.max(0, g.start - 3), g.start)) || (dividesWhole(oneLevelAClause(ctx, g, at)) && !/其中|当中/.test(doc.norm.slice(sentenceStartOf(ctx, g.start), g.start))));
        if (named || total) {
          whole = g;
          wi = k;
          byName = !total;
        } else lastLevel = k;
        break;
      }
    }
    // (门店总数为9356家，…；全年新开门店1862家，关闭门店578家。按经营模式划分，加盟门店…: when the last level is no
    // total, a total of that sentence named so, sharing a word with the first part)
    for (let k = lastLevel - 1; !whole && lastLevel > 0 && k >= 0; k--) {
      const g = facts[k]!;
      if (/[。！？\n]/.test(doc.norm.slice(g.end, m.index).replace(/[。！？\n]+$/, ''))) break;
      const lead = isLevel(g) && TOTAL.test(simplify(g.subject)) ? levelAfter(g) : undefined;
      if (lead && sharesAWord(g.subject, lead.subject) && !isComparedLevel(doc.norm, g.start) && !afterQizhong(doc.norm, g, 0, 40) && !isBound(doc.norm, g) && !isAverage(doc.norm, g)) {
        whole = g;
        wi = k;
      }
    }
    // (…减值损失…，合计24.52亿元。分地区看，境外收入214.36亿元: a first part many times the total before is of
    // another whole)
    const lead = whole ? levelAfter(whole) : undefined;
    if (whole && lead && (lead.value as number) > 2 * (whole.value as number)) whole = null;
    // (12月单月销量6842辆…。分细分市场看，公路客车销量9536辆: a whole of a shorter time than the parts' is no whole of them)
    if (whole && lead && narrower(whole.period, lead.period)) whole = null;
    // (a whole found by its name alone, the parts one a clause: only more than it is reported, a breakdown by
    // name may leave parts out)
    if (whole && byName) {
      const parts = oneLevelAClause(ctx, whole, at);
      if (parts.length >= 2 && !overlapping(doc.norm, parts)) {
        const { lo, sum } = sumOf(parts);
        const ids = [ctx.indexOf(whole), ...parts.map((p) => ctx.indexOf(p))];
        if (overWhole(lo, bounds(whole)[1])) out.push(finding(doc, 'sum-mismatch', 'warning', parts[0]!.start, parts[parts.length - 1]!.end, `the parts add up to ${fmt(sum)}, more than the whole ${whole.text}`, { facts: ids }));
        continue;
      }
    }
    if (whole) {
      checkParts(ctx, out, whole, wi + 1, at, undefined, true);
      continue;
    }
    clausesOfBreakdown(ctx, out, at);
  }
}

/**
 * `whole` is the one level of its unit in its sentence, no share of another (五星級酒店住客286.5萬人次，佔住客總數的
 * 69.4%) nor in a sentence of 其中, and every level of that unit in the sentence from `at` (two at least) ends with the last two characters
 * of its subject and is of its period (上半年…产值 is no whole of 第2季's).
 */
function headOfAll(ctx: CheckContext, whole: Fact, at: number): boolean {
  const { doc, facts } = ctx;
  const from = sentenceStartOf(ctx, whole.start);
  // (其中，第二季度单季实现营业收入38.75亿元: nor a part 其中 singles out)
  if (/^[，,]?[（(]?(?:占|佔)/.test(doc.norm.slice(whole.end, whole.end + 3)) || /^(?:其中|当中)/.test(doc.norm.slice(from, from + 2))) return false;
  for (let k = ctx.indexOf(whole) - 1; k >= 0 && facts[k]!.start >= from; k--) if (isLevel(facts[k]!) && sameUnit(facts[k]!, whole)) return false;
  const head = simplify(whole.subject).slice(-2);
  const end = clauseEnd(doc.norm, at, /[。！？\n]/);
  let n = 0;
  for (let k = firstAtOrAfter(facts, at); k < facts.length && facts[k]!.start < end; k++) {
    const g = facts[k]!;
    if (!isLevel(g) || !sameUnit(g, whole)) continue;
    if (!simplify(g.subject).endsWith(head) || (g.period !== undefined && whole.period !== undefined && g.period !== whole.period)) return false;
    n++;
  }
  return n >= 2;
}

/**
 * 按客源地统计，10月内地旅客2,236,019人次…；香港旅客559,184人次…；台湾旅客82,315人次；国际旅客201,248人次:
 * one part a clause, the first level of each unit in each, against the largest earlier figure (within a few
 * paragraphs) of the same unit whose subject shares a word with the parts (入境旅客 2,978,766人次).
 * Against the largest, so a part named earlier (其中留宿旅客…) is never taken for the whole.
 */
function clausesOfBreakdown(ctx: CheckContext, out: Finding[], at: number): void {
  const { doc, facts } = ctx;
  const sentenceEnd = clauseEnd(doc.norm, at, /[。！？\n]/);
  // the clauses, split at ；, and in each the first level of every unit before a 其中 (道路运输领域发生事故
  // 764起、死亡689人；建筑施工领域发生事故173起、死亡158人；…: one breakdown of 起, one of 人)
  const groups: Fact[][] = [];
  let clauses = 0;
  for (let cs = at; cs < sentenceEnd; ) {
    const semi = doc.norm.slice(cs, sentenceEnd).search(/[；;]/);
    const ce = semi < 0 ? sentenceEnd : cs + semi;
    const sub = doc.norm.slice(cs, ce).indexOf('其中');
    const stop = sub < 0 ? ce : cs + sub;
    const seen: Fact[] = [];
    for (let k = firstAtOrAfter(facts, cs); k < facts.length && facts[k]!.start < stop; k++) {
      const g = facts[k]!;
      if (!isLevel(g) || isAverage(doc.norm, g) || isDifference(doc.norm, g) || isBasisOf(doc.norm, g) || seen.some((x) => sameUnit(x, g))) continue;
      seen.push(g);
      const group = groups.find((gr) => sameUnit(gr[0]!, g));
      if (group) group.push(g);
      else if (clauses === 0) groups.push([g]);
    }
    if (seen.length) clauses++;
    cs = ce + 1;
  }
  // (every clause gives one of the unit's parts, three or more; or two that are complements: 分客源看，
  // 全省接待省外游客4863.2万人次…；接待省内游客8136.8万人次)
  const breakdowns = groups.filter((parts) => parts.length >= 2 && parts.length === clauses);
  // (or one clause that lists them: 分地区看，东部、中部、西部和东北地区分别完成电信业务收入7795亿元、3012亿元、
  // 3686亿元和602亿元)
  const listed = respectivelyListed(ctx, at, sentenceEnd);
  if (listed) breakdowns.push(listed);
  const checked: { parts: Fact[]; whole: Fact; sum: number; lo: number; hi: number }[] = [];
  for (const parts of breakdowns) {
    if (overlapping(doc.norm, parts)) continue;
    // (a list's whole is named by the words that introduce the list: …地区分别完成电信业务收入)
    const listName = parts === listed ? doc.norm.slice(at, parts[0]!.start) : null;
    let whole: Fact | null = null;
    // (the level whose name is inside every part's, 快递业务量 of 同城快递业务量, before a larger one that only
    // shares a word with them, 寄递业务量)
    // (进出口总额 is inside 民营企业进出口 as 进出口; and of the parts' own period: not October's 进出口 for 前10个月)
    const name = (g: Fact): string => simplify(g.subject).replace(/(?:总额|总量|总数|总值|合计|总计)$/, '');
    const inside = (g: Fact): boolean => name(g).length >= 3 && parts.every((p) => simplify(p.subject).includes(name(g)));
    const period = parts[0]!.period;
    const kin = (g: Fact): boolean => {
      const names = [simplify(g.subject), ...parts.map((p) => simplify(p.subject))];
      let n = 0;
      while (n < Math.min(...names.map((x) => x.length)) && names.every((x) => x[x.length - 1 - n] === names[0]![names[0]!.length - 1 - n])) n++;
      const own = names[0]!.slice(0, names[0]!.length - n);
      return n > 0 && own.length > 0 && names.slice(1).every((x) => [...x.slice(0, x.length - n)].some((ch) => own.includes(ch)));
    };
    for (let k = firstAtOrAfter(facts, at) - 1; k >= 0 && at - facts[k]!.end < 1500; k--) {
      const g = facts[k]!;
      if (!isLevel(g) || !sameUnit(g, parts[0]!) || isAverage(doc.norm, g) || isDifference(doc.norm, g)) continue;
      if (period !== undefined && g.period !== undefined && !samePeriod(period, g.period)) continue;
      if (listName !== null ? simplify(g.subject).length < 4 || !listName.includes(simplify(g.subject)) : !parts.every((p) => sharesAWord(g.subject, p.subject))) continue;
      // (then one whose name shares a character with every part's, besides the word they all end in: 稻谷产量 for
      // 早稻产量, 一季稻产量, 晚稻产量, not the larger 粮食总产量)
      const rank = (h: Fact): number => (inside(h) ? 2 : 0) + (kin(h) ? 1 : 0);
      if (!whole || rank(g) > rank(whole) || (rank(g) === rank(whole) && (g.value as number) > (whole.value as number))) whole = g;
    }
    // (按行業劃分，酒店及飲食業…53,206人；…；其餘行業合共30,398人: parts closed by the rest name no word of their
    // whole; it is the largest figure of their unit and period told before, 外地僱員共有183,472人)
    const rest = parts !== listed && parts.length >= 3 && RESTS.test(simplify(parts[parts.length - 1]!.subject));
    let largest: Fact | null = null;
    for (let k = firstAtOrAfter(facts, at) - 1; !whole && rest && k >= 0 && at - facts[k]!.end < 1500; k--) {
      const g = facts[k]!;
      if (!isLevel(g) || !sameUnit(g, parts[0]!) || g.approx || isAverage(doc.norm, g) || isDifference(doc.norm, g) || isComparedLevel(doc.norm, g.start)) continue;
      if (period !== undefined && g.period !== undefined && !samePeriod(period, g.period)) continue;
      if (!largest || (g.value as number) > (largest.value as number)) largest = g;
    }
    // (no smaller than any part: 每10股派发现金红利3.20元 is no whole of 32.18亿元)
    if (largest && parts.every((p) => (p.value as number) <= (largest!.value as number))) whole ??= largest;
    if (whole) checked.push({ parts, whole, ...sumOf(parts) });
  }
  // (按交易方式分，挂牌协议交易成交量3040万吨、成交额29.6亿元；大宗协议交易成交量1.576亿吨、成交额141.6亿元: the
  // amounts of one unit that add up to their whole say the clauses are all the parts, and so must the others
  // add up to theirs, two parts or more, short or over)
  const adds = (c: (typeof checked)[number]): boolean => c.lo <= bounds(c.whole)[1] && c.hi >= bounds(c.whole)[0];
  for (const c of checked) {
    const { parts, whole, lo, hi, sum } = c;
    const [wlo, whi] = bounds(whole);
    const complete = parts !== listed && checked.some((o) => o !== c && o.parts !== listed && adds(o));
    // (every clause gives one of the unit's parts, three or more; or two that are complements: 分客源看，
    // 全省接待省外游客4863.2万人次…；接待省内游客8136.8万人次)
    if (!complete && parts !== listed && parts.length < (allComplements(parts) ? 2 : 3)) continue;
    const ids = [ctx.indexOf(whole), ...parts.map((p) => ctx.indexOf(p))];
    if (overWhole(lo, whi)) out.push(finding(doc, 'sum-mismatch', 'warning', parts[0]!.start, parts[parts.length - 1]!.end, `the parts add up to ${fmt(sum)}, more than the whole ${whole.text}`, { facts: ids }));
    else if (complete && hi < wlo) out.push(finding(doc, 'sum-mismatch', 'warning', parts[0]!.start, parts[parts.length - 1]!.end, `the parts add up to ${fmt(sum)}, less than the whole ${whole.text}, though the other figures of the same clauses add up to theirs`, { facts: ids }));
  }
}

/** Three or more levels of one unit joined by 、, 和, 及 after a 分别 in the first clause from `at`. */
function respectivelyListed(ctx: CheckContext, at: number, end: number): Fact[] | null {
  const { doc, facts } = ctx;
  const semi = doc.norm.slice(at, end).search(/[；;，,]同比|[；;]/);
  const clauseEnd = semi < 0 ? end : at + semi;
  const k0 = doc.norm.slice(at, clauseEnd).indexOf('分别');
  if (k0 < 0) return null;
  const fenbie = at + k0;
  const run: Fact[] = [];
  for (let k = firstAtOrAfter(facts, fenbie); k < facts.length && facts[k]!.start < clauseEnd; k++) {
    const g = facts[k]!;
    if (run.length > 0 && !/^[、和及与]$/.test(doc.norm.slice(run[run.length - 1]!.end, g.start))) break;
    if (!isLevel(g) || (run.length > 0 && !sameUnit(g, run[0]!))) break;
    run.push(g);
  }
  // (4项水果出口量分别为…，合计占生鲜水果出口总量的79.3%: a list that is a share of its whole names some of the parts)
  if (run.length < 3 || /^[^。！？\n；;]{0,6}(?:合计|合共|共|总共)?[占佔]/.test(doc.norm.slice(run[run.length - 1]!.end, end))) return null;
  return run;
}

/** The member of a set of complements a subject opens with: the longest (非公立 before 公立). */
function memberOf(subject: string, set: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const w of set) if (subject.startsWith(w) && (!best || w.length > best.length)) best = w;
  return best;
}

/**
 * Every subject names a different member of one set of complements (国际 is a member of two sets: 国内航线
 * and 国际航线 are of the one that holds both).
 */
function ofOneSet(subjects: readonly string[]): boolean {
  return COMPLEMENTS.some((set) => {
    const used = new Set<string>();
    for (const s of subjects) {
      const w = memberOf(s, set);
      if (!w || used.has(w)) return false;
      used.add(w);
    }
    return true;
  });
}

/**
 * The parts one a clause after `at` are members of one set of complements (two or more) or the parts the
 * whole is made of by definition.
 */
function clausePartsOf(ctx: CheckContext, whole: Fact, at: number): boolean {
  const parts = oneLevelAClause(ctx, whole, at);
  return (parts.length >= 2 && ofOneSet(clauseNames(ctx, parts))) || definedParts(whole, parts);
}

/**
 * What each part of a breakdown one a clause is of: its subject, or, when that names no member of a set of
 * complements, its clause up to it (其中，夏粮播种面积56.2万亩，总产24.86万吨: 总产 is 夏粮's).
 */
function clauseNames(ctx: CheckContext, parts: readonly Fact[]): string[] {
  const norm = ctx.doc.norm;
  return parts.map((p) => {
    const s = simplify(p.subject);
    if (COMPLEMENTS.some((set) => memberOf(s, set) !== undefined)) return s;
    // (within 40 characters: from the last ；, 其中 or full stop before it)
    const lead = norm.slice(Math.max(0, p.start - 40), p.start).replace(/^.*(?:[；;。！？\n]|其中)/s, '');
    return simplify(lead.replace(/^[，,：:\s]+/, ''));
  });
}

/** Every part names a different member of one set of complements. */
function allComplements(parts: Fact[]): boolean {
  return ofOneSet(parts.map((p) => simplify(p.subject)));
}

/**
 * 其中，出口3.57万亿元，增长3.9%；进口1.43万亿元: one part a clause. The first level of each following
 * clause of the sentence joins when all the parts (`first`, those of the first clause, and these) name
 * different members of one set of complements, or different items the whole names (产业及社福移工人数: 产业
 * 移工, 社福移工).
 * (其中，国内航线567.2万人次，国际航线52.6万人次…；地区航线10.6万人次: the first clause may hold more than one)
 */
function complementsAcrossClauses(ctx: CheckContext, whole: Fact, first: readonly Fact[], from: number): Fact[] {
  const more = oneLevelAClause(ctx, whole, from);
  const all = [...first, ...more];
  if (ofOneSet(clauseNames(ctx, all))) return more;
  const items = all.map((p) => namedInWhole(whole, p.subject)?.word);
  return items.every((w) => w !== undefined) && new Set(items).size === items.length ? more : [];
}

/**
 * The first level of the whole's unit in each clause (split at ；) from `from` to the end of the
 * sentence or a 其中: the parts of a breakdown written one a clause.
 */
function oneLevelAClause(ctx: CheckContext, whole: Fact, from: number): Fact[] {
  const { doc, facts } = ctx;
  const sentenceEnd = clauseEnd(doc.norm, from, /[。！？\n]|其中/);
  const out: Fact[] = [];
  let clauseStart = from;
  for (let k = firstAtOrAfter(facts, from); k < facts.length && facts[k]!.start < sentenceEnd; k++) {
    const g = facts[k]!;
    // (…秋粮占比超过六成；全省粮食总产已连续8年稳定在800亿斤以上: a bound kept for years is no part)
    if (!isLevel(g) || !sameUnit(g, whole) || g.start < clauseStart || isDifference(doc.norm, g) || isAverage(doc.norm, g) || isBound(doc.norm, g)) continue;
    out.push(g);
    // the next part is the first level after the next ；
    const next = doc.norm.slice(g.end, sentenceEnd).search(/[；;]/);
    if (next < 0) break;
    clauseStart = g.end + next;
  }
  return out;
}

/**
 * 其中，东港港完成2105.7万标箱…；南湾港完成756.3万标箱…；西江港等其余港口合计完成464.4万标箱: one part a
 * clause, the last the rest (其余, 其他), which says the clauses before it list the whole's parts.
 */
function clausesClosedByRest(ctx: CheckContext, whole: Fact, from: number): Fact[] {
  const norm = ctx.doc.norm;
  // (the parts ended with their sentence: what follows is of another)
  if (!/^[；;]/.test(norm.slice(from, from + 1))) return [];
  const more = oneLevelAClause(ctx, whole, from);
  const last = more[more.length - 1];
  if (!last) return [];
  // (the words of the last part's own clause, at most 16 characters back: no search through the whole text)
  const clauseOf = (p: Fact): string => {
    const before = norm.slice(Math.max(0, p.start - 16), p.start);
    return before.slice(Math.max(before.lastIndexOf('；'), before.lastIndexOf(';')) + 1);
  };
  // (医疗保健行业有8宗，其中5宗为生物科技公司…；资讯科技行业6宗…；其余7宗: clauses that name another of the
  // kind the whole is one of, 行业, are its peers, not its parts)
  const kind = PEER_KIND.exec(simplify(whole.subject))?.[0];
  if (kind && more.some((p) => clauseOf(p).includes(kind))) return [];
  return REST.test(clauseOf(last)) ? more : [];
}
const REST = /其余|其他|其它/;
/** After a figure, the place it holds in a ranking: no part of a partition. */
const RANKED = /^(?:为|居)?(?:最高|最低|最多|最少|最大|最小|次之|居首|居次)/;
/** A part that is the rest of a breakdown: 其他剂型, 专业公共卫生机构及其他医疗卫生机构. */
const RESTS = /^(?:其他|其余|其它)|(?:及|和|与|等)(?:其他|其余|其它)/;
/** Kinds whose members a text lists one a clause (消费行业…；医疗保健行业…；资讯科技行业…). */
const PEER_KIND = /(?:行业|产业|板块|地区|区域|省份|城市|国家|口岸|市场|领域|类别)$/;

/** The sentence from `at` gives one part a clause, closed by the rest (clausesClosedByRest). */
function closedByRest(ctx: CheckContext, whole: Fact, at: number): boolean {
  const end = clauseEnd(ctx.doc.norm, at, /[。！？\n]/);
  const semi = ctx.doc.norm.slice(at, end).search(/[；;]/);
  return semi >= 0 && clausesClosedByRest(ctx, whole, at + semi).length > 0;
}

/** The set of items a whole names in its own subject (namedInWhole), beside the sets of COMPLEMENTS. */
const NAMED = -1;

/**
 * A part named by an item of the whole's own subject and the head they share: 产业移工 of 在台产业及社福
 * 移工人数 (item 产业, head 移工).
 */
function namedInWhole(whole: Fact, subject: string | undefined): { set: number; word: string } | null {
  const s = simplify(subject);
  const w = simplify(whole.subject);
  if (s.length < 4) return null;
  const head = s.slice(-2);
  const item = s.slice(0, -2);
  const at = w.indexOf(item);
  // the item and, after it in the whole, the shared head (产业…移工)
  return at >= 0 && w.indexOf(head, at + item.length) > 0 ? { set: NAMED, word: item } : null;
}

/**
 * Two parts that leave nothing of their whole over: a group and its negation (国有博物馆, 非国有博物馆) or
 * the two sides of a partition with the same head (城镇人口, 乡村人口; data/complements.ts PARTITIONS).
 */
/** `q` is `p` negated: 非国有 of 国有, 不过夜旅客 of 过夜旅客. */
function negates(p: string, q: string): boolean {
  return q.length === p.length + 1 && /^[非不]/.test(q) && q.slice(1) === p;
}

export function dividesWhole(parts: Fact[]): boolean {
  const names = parts.map((p) => simplify(p.subject));
  if (names.some((n) => n.length < 2)) return false;
  if (parts.length === 2 && (negates(names[1]!, names[0]!) || negates(names[0]!, names[1]!))) return true;
  // (every member of one partition opens one part, and what follows it is the same: 大型水库、中型水库、小型水库)
  return PARTITIONS.some((set) => {
    if (set.length !== parts.length) return false;
    const heads = new Set<string>();
    const used = new Set<string>();
    for (const n of names) {
      const member = set.find((x) => n.startsWith(x) && !used.has(x));
      if (!member) return false;
      used.add(member);
      heads.add(n.slice(member.length));
    }
    return heads.size === 1;
  });
}

/** The parts are those the whole is made of by definition (义务教育在校生: 小学, 初中; data/complements.ts). */
function definedParts(whole: Fact, parts: readonly Fact[]): boolean {
  const w = simplify(whole.subject);
  return DEFINED_WHOLES.some((d) => {
    if (!w.includes(d.whole) || d.parts.length !== parts.length) return false;
    const used = new Set<string>();
    return parts.every((p) => {
      const m = d.parts.find((x) => simplify(p.subject).startsWith(x) && !used.has(x));
      if (m) used.add(m);
      return m !== undefined;
    });
  });
}

/** A later part named as a rest (其他技术人员) whose name does not hold the first part's (卫生技术人员): the rest of the whole, not of the first part. */
function restBeside(parts: readonly Fact[]): boolean {
  const first = simplify(parts[0]!.subject);
  return first.length >= 2 && parts.slice(1).some((p) => {
    const s = simplify(p.subject);
    return RESTS.test(s) && !s.includes(first);
  });
}

/**
 * The parts' periods follow one another with no gap and together make the whole's (一季度, 二季度, 三季度 of 前三季度):
 * a partition by time (spans of months, as partsByPeriod reads them: monthSpan).
 */
function tilesPeriod(whole: Fact, parts: readonly Fact[]): boolean {
  const w = monthSpan(whole.period);
  const spans = parts.map((p) => monthSpan(p.period));
  if (!w || parts.length < 2 || spans.some((x) => x === null)) return false;
  const sorted = (spans as [number, number][]).slice().sort((a, b) => a[0] - b[0]);
  return sorted[0]![0] === w[0] && sorted[sorted.length - 1]![1] === w[1] && sorted.every((x, i) => i === 0 || x[0] === sorted[i - 1]![1] + 1);
}

/** The parts are every item the whole's subject joins (产业及社福移工: two items, two parts): a partition. */
function namesAll(whole: Fact, parts: Fact[]): boolean {
  if (parts.length < 2) return false;
  const items = parts.map((p) => namedInWhole(whole, p.subject)?.word);
  if (items.some((w) => w === undefined) || new Set(items).size !== items.length) return false;
  const joins = simplify(whole.subject).match(/及|和|与|、/g)?.length ?? 0;
  return joins + 1 === parts.length;
}

/**
 * 从年龄结构看，16—20岁占1.5%，21—30岁占11.2%，…，50岁以上占31.4%: the shares after a breakdown's opener,
 * one a clause (X占P%, or a part and then 占P%), divide one whole and add up to 100% at most. The run ends at
 * the sentence's end or a ； that opens another breakdown, at 其中, or at a percent that is no such share.
 */
function sharesOfBreakdown(ctx: CheckContext, out: Finding[], at: number): void {
  const { doc, facts } = ctx;
  // (to the end of the sentence, or a ； that opens another breakdown: …占33.2%；按胎次观察，第一胎占55.3%)
  const end = clauseEnd(doc.norm, at, CLAUSE_OR_OPENER);
  const shares: Fact[] = [];
  for (let k = firstAtOrAfter(facts, at); k < facts.length && facts[k]!.start < end; k++) {
    const g = facts[k]!;
    // (社会团体37.1万个，占42.1%，比上年下降0.8%；…: the parts and their changes stand between the shares)
    if (g.kind !== 'percent' || g.change) continue;
    if (typeof g.value !== 'number' || !/(?:占|佔)$/.test(doc.norm.slice(Math.max(0, g.start - 1), g.start))) break;
    // (one share a clause: a mark between this share and the one before)
    if (shares.length > 0 && !/[，,、；;]/.test(doc.norm.slice(shares[shares.length - 1]!.end, g.start))) break;
    shares.push(g);
  }
  if (shares.length < 2) return;
  const { lo, sum } = sumOf(shares);
  if (lo <= 100.0001) return;
  out.push(finding(doc, 'sum-mismatch', 'warning', shares[0]!.start, shares[shares.length - 1]!.end, `shares of one whole add up to ${Number(sum.toFixed(2))}%, more than 100%`, { facts: shares.map((v) => ctx.indexOf(v)) }));
}

/**
 * 渔业产值由海水养殖、淡水养殖、海洋捕捞、淡水捕捞和水产苗种五部分构成，分别为436.2亿元、…和34.8亿元: the
 * parts a level of that name told before is made of, as many values as items, add up to it, no more and no less.
 */
const COMPOSED = /(?<=^|[。；;\n，,])(?<name>[\u4e00-\u9fff]{2,10}?)(?:主要)?由(?<items>[^，。；;\d]{2,60}?)(?:[一二三四五六七八九两\d]{1,2}(?:个|大)?部分|等)?(?:构成|组成)[，,]/g;
function partsOfComposition(ctx: CheckContext, out: Finding[]): void {
  const { doc, facts } = ctx;
  // (most texts say nothing is made of anything: no pass of the pattern over them)
  if (!doc.norm.includes('构成') && !doc.norm.includes('组成')) return;
  COMPOSED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = COMPOSED.exec(doc.norm)) !== null) {
    const at = m.index + m[0].length;
    const parts = respectivelyListed(ctx, at, clauseEnd(doc.norm, at, /[。！？\n]/));
    const items = m.groups!.items!.split(/、|和|及|与|以及/).filter((x) => x.length > 0).length;
    if (!parts || parts.length !== items) continue;
    const wi = levelNamed(ctx, m.index, [m.groups!.name!], 2000);
    if (wi < 0 || !sameUnit(facts[wi]!, parts[0]!)) continue;
    const whole = facts[wi]!;
    const { lo, hi, sum } = sumOf(parts);
    const [wlo, whi] = bounds(whole);
    const ids = [wi, ...parts.map((p) => ctx.indexOf(p))];
    const first = parts[0]!;
    const last = parts[parts.length - 1]!;
    if (lo <= whi && hi >= wlo) out.push(finding(doc, 'part-whole-consistent', 'info', first.start, last.end, `the parts add up to ${fmt(sum)} = ${whole.text}`, { facts: ids }));
    else out.push(finding(doc, 'sum-mismatch', 'warning', first.start, last.end, `the ${items} parts ${whole.subject ?? whole.text} is made of add up to ${fmt(sum)}, ${lo > whi ? 'more' : 'less'} than ${whole.text}`, { facts: ids }));
  }
}

/**
 * 来自新加坡、南韩及日本的进口货值分别为402亿元、298亿元及186亿元。上述五个主要来源地合计3,333亿元: a total of
 * the N figures told before it (上述N个, 以上N项, 这N家, 三者), the last N levels of its unit in the paragraph;
 * it must equal their sum, more or less.
 */
const ABOVE_TOTAL = /(?:(?:上述|以上|前述|这|這)(?<n>[两二三四五六七八九十]|\d{1,2})(?:个|個|项|項|类|類|家|大|种|種|所|座|地|省|市|区|国)?|(?<m>[两二三四五六七八九])者)[^，。；;\d]{0,12}?(?:合计|合共|共计|总计|共)(?:为|达|达到|约|完成|实现|(?:影响|拉动|贡献)[^，。；;\d]{0,8})?$/;
function partsOfAbove(ctx: CheckContext, out: Finding[], i: number, m: RegExpExecArray): void {
  const { doc, facts } = ctx;
  const whole = facts[i]!;
  const word = m.groups!.n ?? m.groups!.m!;
  const n = /^\d+$/.test(word) ? Number(word) : DIGITS[word]!;
  if (!(n >= 2 && n <= 12)) return;
  const at = whole.start - m[0].length;
  const para = paragraphStart(ctx, at);
  const parts: Fact[] = [];
  // (at most 60 figures back: a paragraph of a megabyte costs no more per total)
  // (上述5项合计影响CPI上涨0.89个百分点: contributions in points, each told after 影响, 拉动 or 贡献)
  const points = whole.kind === 'percentage_point';
  for (let k = i - 1; k >= 0 && k >= i - 60 && parts.length < n; k--) {
    const g = facts[k]!;
    if (g.start < para) break;
    if (points) {
      if (g.kind === 'percentage_point' && typeof g.value === 'number' && CONTRIBUTION.test(doc.norm.slice(Math.max(0, g.start - 10), g.start))) parts.unshift(g);
      continue;
    }
    // (其中集成电路151.4亿美元: a part of a part is none of the N)
    // (已達全年預算數1,670億元的152.6%: nor the whole of a share)
    if (!isLevel(g) || !sameUnit(g, whole) || isDifference(doc.norm, g) || isAverage(doc.norm, g) || afterQizhong(doc.norm, g, para) || isShareWhole(doc.norm, g)) continue;
    parts.unshift(g);
  }
  if (parts.length !== n) return;
  if (points) {
    // (影响CPI下跌0.03个百分点: a contribution downward counts against the others)
    const sign = (g: Fact): number => (/(?:下跌|下降|减少|拉低|拖累)[^，。；;\d]{0,4}$/.test(doc.norm.slice(Math.max(0, g.start - 8), g.start)) ? -1 : 1);
    let lo = 0;
    let hi = 0;
    for (const g of parts) {
      const [a, b] = bounds(g);
      lo += sign(g) > 0 ? a : -b;
      hi += sign(g) > 0 ? b : -a;
    }
    const [a, b] = bounds(whole);
    const [wlo, whi] = sign(whole) > 0 ? [a, b] : [-b, -a];
    const sum = parts.reduce((t, g) => t + sign(g) * (g.value as number), 0);
    const ids = [ctx.indexOf(whole), ...parts.map((g) => ctx.indexOf(g))];
    if (lo > whi || hi < wlo) out.push(finding(doc, 'sum-mismatch', 'warning', parts[0]!.start, whole.end, `the ${n} contributions before add up to ${fmt(sum)} points, not the ${whole.text} said to be their total`, { facts: ids }));
    else out.push(finding(doc, 'part-whole-consistent', 'info', parts[0]!.start, whole.end, `the ${n} contributions before add up to ${fmt(sum)} points = ${whole.text}`, { facts: ids }));
    return;
  }
  if (parts.some((p) => (p.value as number) > (whole.value as number))) return;
  statedTotal(ctx, out, whole, parts, `the ${n} figures before`);
}

/** The levels with a phrase before them that says they total other figures (上述N个…合计, （A、B和C合计）). */
/** What a figure in points adds to a rate: 影响CPI上涨0.33个百分点, 拉动增长1.2个百分点. */
const CONTRIBUTION = /(?:影响|拉动|贡献)[^，。；;\d]{0,8}$/;
function statedTotals(ctx: CheckContext, out: Finding[]): void {
  const { doc, facts } = ctx;
  for (let i = 0; i < facts.length; i++) {
    const whole = facts[i]!;
    const points = whole.kind === 'percentage_point' && typeof whole.value === 'number';
    if (!isLevel(whole) && !points) continue;
    const before = doc.norm.slice(Math.max(0, whole.start - 48), whole.start);
    const above = ABOVE_TOTAL.exec(before);
    if (above && (!points || CONTRIBUTION.test(before))) partsOfAbove(ctx, out, i, above);
    if (points) continue;
    const defined = DEFINED_SUM.exec(before);
    if (defined) partsOfDefined(ctx, out, i, defined);
  }
}

/** A total said to be of these parts (上述…合计, （…合计）): their sum, more or less, either way; reported over all of them. */
function statedTotal(ctx: CheckContext, out: Finding[], whole: Fact, parts: Fact[], label: string): void {
  const { lo, hi, sum } = sumOf(parts);
  const [wlo, whi] = bounds(whole);
  const ids = [ctx.indexOf(whole), ...parts.map((p) => ctx.indexOf(p))];
  if (lo > whi || hi < wlo) out.push(finding(ctx.doc, 'sum-mismatch', 'warning', parts[0]!.start, whole.end, `${label} add up to ${fmt(sum)}, not the ${whole.text} said to be their total`, { facts: ids }));
  else out.push(finding(ctx.doc, 'part-whole-consistent', 'info', parts[0]!.start, whole.end, `${label} add up to ${fmt(sum)} = ${whole.text}`, { facts: ids }));
}

/**
 * 清洁能源发电量（水电、风电和太阳能发电合计）964.6亿千瓦时: a whole defined by the parts it adds up, each a
 * level of its name told before in the paragraph; it must equal their sum, more or less.
 */
const DEFINED_SUM = /[（(](?<items>[\u4e00-\u9fff、和及与]{2,40}?)(?:合计|之和|总和|加总|相加)[）)](?:为|达|达到|约)?$/;
function partsOfDefined(ctx: CheckContext, out: Finding[], i: number, m: RegExpExecArray): void {
  const { doc, facts } = ctx;
  const whole = facts[i]!;
  const names = m.groups!.items!.split(/[、和及与]/).filter((x) => x.length > 0);
  if (names.length < 2) return;
  const para = paragraphStart(ctx, whole.start - m[0].length);
  const parts: Fact[] = [];
  for (const name of names) {
    let found: Fact | null = null;
    for (let k = i - 1; k >= 0 && k >= i - 60 && !found; k--) {
      const g = facts[k]!;
      if (g.start < para) break;
      if (isLevel(g) && sameUnit(g, whole) && !isDifference(doc.norm, g) && simplify(g.subject).endsWith(name) && simplify(g.subject).length <= name.length + 2) found = g;
    }
    if (!found || parts.includes(found)) break;
    parts.push(found);
  }
  if (parts.length !== names.length) return;
  parts.sort((a, b) => a.start - b.start);
  statedTotal(ctx, out, whole, parts, names.join('、'));
}

/** 医院中，公立医院11772个，民营医院27583个: the parts of a whole named earlier (医院38355个). */
function partsOfNamed(ctx: CheckContext, out: Finding[]): void {
  const { doc, facts } = ctx;
  // (从船型结构看，完工量中散货船1685万载重吨、…: the first part may follow 中 at once)
  // (全年城乡居民生活用电量中，: a name up to twelve characters, its time before it taken off below)
  const re = /(?<=^|[。；;\n，,])(?<name>[\u4e00-\u9fff]{2,12}?)中(?<comma>[，,])?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(doc.norm)) !== null) {
    const name = m.groups!.name!;
    // (全年倒塌房屋中: the time or place before the name is the whole's frame, not its name)
    const bare = name.replace(FRAME_BEFORE_NAME, '');
    const at = m.index + m[0].length;
    // (without the comma, the part must follow at once, and the whole's name may be longer: 造船完工量)
    const lead = m.groups!.comma ? undefined : firstPartAt(ctx, at);
    if (lead === null) continue;
    const wi = levelNamed(ctx, m.index, [name, bare], 2000, undefined, lead);
    if (wi < 0) continue;
    const whole = facts[wi]!;
    // (入境旅客中，内地旅客866,105人次，占86.1%: a level of the name the first part's own share puts far off,
    // 171,302 a single day's, is another's of that name)
    if (shareDisowns(ctx, firstAtOrAfter(facts, at), whole)) continue;
    // (倒塌房屋中，洪涝灾害造成1,102间，占59.1%；地震灾害造成354间；…: one part a clause, to the end of the
    // sentence; but 医院中，公立医院86个，民营医院182个；三级医院31个: the clause after ； is another breakdown)
    const first = clauseEnd(doc.norm, at, /[。！？\n；;]/);
    const inFirst = facts.slice(firstAtOrAfter(facts, at), firstAtOrAfter(facts, first)).filter((g) => isLevel(g) && sameUnit(g, whole)).length;
    checkParts(ctx, out, whole, wi + 1, at, inFirst === 1 ? /[。！？\n]|其中/ : undefined);
  }
}

/**
 * The first level from fact `k` on, with its share right after it (，占86.1%), gives a share of `whole`
 * far off the stated one (farOffShare).
 */
function shareDisowns(ctx: CheckContext, k: number, whole: Fact): boolean {
  const { doc, facts } = ctx;
  const part = facts[k];
  const share = facts[k + 1];
  if (!part || !share || !isLevel(part) || !sameUnit(part, whole) || share.kind !== 'percent' || typeof share.value !== 'number' || share.value <= 0) return false;
  return /^[，,]?(?:占|佔)$/.test(doc.norm.slice(part.end, share.start)) && farOffShare(share, part, whole);
}

/** The level a part's name starts right at `at` (散货船1685万载重吨): at most eight characters of name, no mark. */
function firstPartAt(ctx: CheckContext, at: number): Fact | null {
  const g = ctx.facts[firstAtOrAfter(ctx.facts, at)];
  return g && isLevel(g) && g.start - at <= 8 && /^[\u4e00-\u9fff]+$/.test(ctx.doc.norm.slice(at, g.start)) ? g : null;
}

/**
 * 外汇基金首三季录得投资收入1,478亿港元。首三季的投资收入包括：债券的收益734亿港元、…，以及其他投资的收益215亿
 * 港元: a sentence opening with a name and 包括 lists the parts of the level of that name.
 */
const INCLUDES = /(?<=^|[。；;\n])(?<name>[\u4e00-\u9fff]{2,12}?)(?:主要)?(?:包括|包含|由以下部分组成)[：:]/g;
function partsOfIncluded(ctx: CheckContext, out: Finding[]): void {
  const { doc, facts } = ctx;
  INCLUDES.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = INCLUDES.exec(doc.norm)) !== null; ) {
    // (首三季的投资收入: the head after 的)
    const name = m.groups!.name!.replace(FRAME_BEFORE_NAME, '').replace(/^.*的/, '');
    if (name.length < 2) continue;
    const at = m.index + m[0].length;
    // (of the parts' period: 首三季的投资收入 is 1,478亿 of 首三季, not 879亿 of 第三季)
    const period = partAfter(ctx, firstAtOrAfter(facts, at), at)?.period;
    const wi = levelNamed(ctx, m.index, [name], 600, period);
    if (wi >= 0) checkParts(ctx, out, facts[wi]!, wi + 1, at, /[。！？\n]/, true);
  }
}

/**
 * 62个品种中口服常释剂型37个，注射剂21个…, 12宗地块中有5宗溢价成交，其余7宗…: a count with 中 after its noun
 * is the whole of the counts of its unit that follow in the sentence.
 */
function partsOfCounted(ctx: CheckContext, out: Finding[]): void {
  const { doc, facts } = ctx;
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i]!;
    if (f.kind !== 'count' || typeof f.value !== 'number' || f.change || f.max !== undefined || isComparedLevel(doc.norm, f.start)) continue;
    // (not 中国, 中心, 中央, 中型, 中学: words that start with 中)
    const m = COUNTED_AMONG.exec(doc.norm.slice(f.end, f.end + 13));
    // (28种蔬菜中，上涨的有20种，上涨超过10%的有9种: groups by direction, which may nest, are read by
    // sum-by-direction.ts)
    if (!m || DIRECTION_GROUP.test(doc.norm.slice(f.end + m[0].length, f.end + m[0].length + 8))) continue;
    // (14个市州中有11个市州、68个县出现旱情: once a part names the whole's noun again, a count of another
    // noun is no part of it)
    const name = m.groups!.name!;
    const end = clauseEnd(doc.norm, f.end, /[。！？\n；;]/);
    const counts = facts.slice(i + 1, firstAtOrAfter(facts, end)).filter((g) => g.kind === 'count' && sameUnit(g, f));
    const nouns = counts.map((g) => /^[\u4e00-\u9fff]{0,2}/.exec(doc.norm.slice(g.end, g.end + 2))![0]);
    if (name && nouns.some((n) => n.length > 0 && name.startsWith(n)) && nouns.some((n) => n.length > 0 && !name.startsWith(n))) continue;
    // (11个设区市中，有9个设区市事故起数同比下降，7个设区市死亡人数同比下降: members counted by how each of two
    // measures moved, groups by direction that overlap, no partition)
    if (counts.filter((g, k) => DIRECTION_IN_CLAUSE.test(doc.norm.slice(g.end, Math.min(end, counts[k + 1]?.start ?? end)))).length >= 2) continue;
    checkParts(ctx, out, f, i + 1, f.end + m[0].length);
  }
}
const DIRECTION_GROUP = /^(?:价格|价|指数)?(?:上涨|下降|上升|下跌|持平|增长|减少|环比|同比)/;
/** A change told of a counted member in its clause: 9个设区市事故起数同比下降. */
const DIRECTION_IN_CLAUSE = /(?:同比|环比|比上年|较上年|按年)[^，。；]{0,4}(?:上涨|下降|上升|下跌|持平|增长|减少)/;

const FRAME_BEFORE_NAME = new RegExp(`^(?:${FRAME_TIME}|全省|全市|全县|全区|全国)+`);

/** Shares in one 分别/依次 list add up to at most 100%. */
function shareLists(ctx: CheckContext, out: Finding[]): void {
  const { doc, facts, lists } = ctx;
  for (const l of lists) {
    if (l.values.length < 2 || !l.values.every((v) => v.kind === 'percent' && !v.change)) continue;
    const before = doc.norm.slice(Math.max(0, l.at - 24), l.at);
    if (!/占|佔|比重|占比|份额|结构/.test(before)) continue;
    const { lo, sum } = sumOf(l.values);
    if (lo > 100.0001) {
      const first = l.values[0]!;
      const last = l.values[l.values.length - 1]!;
      out.push(finding(doc, 'sum-mismatch', 'warning', first.start, last.end, `shares of one whole add up to ${Number(sum.toFixed(2))}%, more than 100%`, { facts: l.values.map((v) => ctx.indexOf(v)) }));
    }
  }
}

/** A stretch of whole months (2024-01/2024-09) as month numbers, first and last; null for anything else. */
function monthSpan(period: string | undefined): [number, number] | null {
  const m = period ? /^(\d{4})-(\d{2})\/(\d{4})-(\d{2})$/.exec(period) : null;
  return m ? [Number(m[1]) * 12 + Number(m[2]) - 1, Number(m[3]) * 12 + Number(m[4]) - 1] : null;
}

/**
 * (Periods) Levels of one measure for stretches of time that together make the stretch of a level
 * before them, in its paragraph: 前三季度…生猪出栏4386.2万头…上半年出栏2983.7万头，三季度出栏1420.5万头
 * (2983.7 + 1420.5 = 4404.2, not 4386.2). The parts cover the whole, so they must add up to it both
 * ways: more or less is a mismatch.
 */
/** A paragraph that breaks the figures before it down by time: 分季度看，, 分阶段看，, 从季度看， */
const BY_PERIOD = /^(?:分|从|按)(?:季度|阶段|月份|月度|时段|时间)(?:看|来看|观察|划分)[，,]/;
/** Words that make a figure an average over time (平均每日成交额, 日均客流), which adds up over no period. */
const TIME_AVERAGE = new RegExp(TIME_AVERAGE_WORDS);
/** The same opener at the start of a figure's sentence, before it. */
const BY_PERIOD_BEFORE = /^(?:分|从|按)(?:季度|阶段|月份|月度|时段|时间)(?:看|来看|观察|划分)[，,][^。；;]*$/;

/** Period `a` lies inside period `b` and is shorter (2024-12 inside 2024). */
function narrower(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && within(a, b) && !within(b, a);
}

function partsByPeriod(ctx: CheckContext, out: Finding[]): void {
  const { doc, facts } = ctx;
  const mismatched: Array<{ key: string; f: Finding }> = [];
  const held = new Set<string>();
  for (let i = 0; i < facts.length; i++) {
    const w = facts[i]!;
    // (较2023年的12人: a level compared with is of another time, whatever period its sentence carries)
    // (nor an average of the period: 上半年…平均每日成交額為1,105億港元 is no sum of its quarters' averages)
    // (a figure per head adds up over time, 人均可支配收入 of 前三季度 and of each quarter; one per day does not)
    // (nor a level named by a bare word, 收入 of 中場百家樂…全年收入, which any part's name holds: 第一季毛收入)
    const ws = isLevel(w) && simplify(w.subject).length >= 3 && !isComparedLevel(doc.norm, w.start) && !TIME_AVERAGE.test(simplify(w.subject) + doc.norm.slice(Math.max(0, w.start - 12), w.start)) ? monthSpan(w.period) : null;
    if (!ws || ws[1] === ws[0]) continue;
    const found: Array<{ g: Fact; span: [number, number] }> = [];
    // (in its paragraph, or the next when that one opens by breaking the figures down: 分季度看，…)
    let crossed = false;
    for (let k = i + 1; k < facts.length && k - i <= 60; k++) {
      const g = facts[k]!;
      const nl = nextBreak(ctx, k === i + 1 ? w.end : facts[k - 1]!.end);
      if (nl >= 0 && nl < g.start) {
        const after = nextBreak(ctx, nl + 1);
        if (crossed || !BY_PERIOD.test(doc.norm.slice(nl + 1, nl + 12)) || (after < g.start && after >= 0)) break;
        crossed = true;
      }
      // (扣除非经常性损益后的净利润14.05亿元 is no whole of 归母净利润 by quarter: one measure adjusted, the other not)
      const gs = isLevel(g) && g.period !== w.period && sameUnit(g, w) && sameSubject(g.subject, w.subject) && adjusted(doc.norm, g) === adjusted(doc.norm, w) ? monthSpan(g.period) : null;
      if (gs && gs[0] >= ws[0] && gs[1] <= ws[1]) found.push({ g, span: gs });
    }
    // the parts, one after another from the first month of the whole to its last
    const parts: Fact[] = [];
    let at = ws[0];
    for (let p = found.find((c) => c.span[0] === at); p; p = found.find((c) => c.span[0] === at)) {
      parts.push(p.g);
      at = p.span[1] + 1;
    }
    if (parts.length < 2 || at !== ws[1] + 1) continue;
    const { lo: sumLo, hi: sumHi, sum } = sumOf(parts);
    const [wlo, whi] = bounds(w);
    const ids = [ctx.indexOf(w), ...parts.map((p) => ctx.indexOf(p))];
    const first = parts[0]!;
    const last = parts[parts.length - 1]!;
    if (sumLo > whi || sumHi < wlo) {
      mismatched.push({ key: `${first.start}:${last.end}`, f: finding(doc, 'sum-mismatch', 'warning', first.start, last.end, `the parts of the period add up to ${fmt(sum)}, ${sumLo > whi ? 'more' : 'less'} than the whole ${w.text}`, { facts: ids }) });
    } else {
      held.add(`${first.start}:${last.end}`);
      out.push(finding(doc, 'part-whole-consistent', 'info', first.start, last.end, `the parts of the period add up to ${fmt(sum)} = ${w.text}`, { facts: ids }));
    }
  }
  // (前三季度494.2亿千瓦时 and 第四季度118.6亿千瓦时 make the year's 发电量612.8亿千瓦时, not 水电发电量603.2亿千瓦时 told
  // beside it: parts that add up to one whole of their period are no mismatch of another)
  for (const m of mismatched) if (!held.has(m.key)) out.push(m.f);
}

/**
 * 医院出院192.6万人（公立医院158.9万人，民营医院43.7万人）: two or more levels of the unit in parentheses
 * right after a level break it down (and are no parts of anything else: INCLUDED_ASIDE).
 */
function partsInParentheses(ctx: CheckContext, out: Finding[]): void {
  const { doc, facts } = ctx;
  for (let i = 0; i + 2 < facts.length; i++) {
    const whole = facts[i]!;
    const open = doc.norm[whole.end];
    if ((open !== '（' && open !== '(') || !isLevel(whole) || isAverage(doc.norm, whole)) continue;
    const close = doc.norm.slice(whole.end, whole.end + REACH).search(/[）)]/);
    if (close < 0) continue;
    // (（含…）, （其中…）: what the level includes, read by partsOfIncluded and partsOfQizhong)
    if (/^[（(](?:含|包括|其中|不含|约|合)/.test(doc.norm.slice(whole.end, whole.end + 3))) continue;
    let n = 0;
    for (let k = i + 1; k < facts.length && facts[k]!.start < whole.end + close; k++) if (isLevel(facts[k]!) && sameUnit(facts[k]!, whole)) n++;
    if (n >= 2) checkParts(ctx, out, whole, i + 1, whole.end + 1, undefined, true);
  }
}

/**
 * A level, the change, the level it came to: 就業不足人數由42 600人減少1 900人至41 700人 (42,600 − 1,900 is
 * 40,700). The two levels differ by the change, in the change's direction.
 */
const FROM = /[由从](?:[^，。；;]{0,10}的)?$/;
const BY = /^(?:减少|增加|下降|上升|增长|降低|提高|回落|回升|下跌|上涨)了?$/;
const TO = /^(?:至|到)(?:[^，。；;]{0,8}的)?$/;
function fromByTo(ctx: CheckContext, out: Finding[]): void {
  const { doc, facts } = ctx;
  for (let i = 1; i + 1 < facts.length; i++) {
    const d = facts[i]!;
    if (!BY.test(doc.norm.slice(facts[i - 1]!.end, d.start))) continue;
    const a = facts[i - 1]!;
    // (the level it came to, past a time: 至3月底的…)
    let k = i + 1;
    while (k < facts.length && k - i <= 2 && (facts[k]!.kind === 'date' || facts[k]!.kind === 'period')) k++;
    const b = facts[k];
    if (!b || !TO.test(doc.norm.slice(d.end, b.start))) continue;
    if (![a, d, b].every((f) => (f.kind === 'count' || f.kind === 'money' || f.kind === 'measure') && typeof f.value === 'number') || !sameUnit(a, d) || !sameUnit(a, b)) continue;
    if (!FROM.test(doc.norm.slice(Math.max(0, a.start - 12), a.start))) continue;
    const [alo, ahi] = bounds(a);
    const [blo, bhi] = bounds(b);
    const [dlo, dhi] = bounds(d);
    // (the distance between the two levels, as far as their precision allows)
    const diff: [number, number] = [Math.max(0, blo - ahi, alo - bhi), Math.max(bhi - alo, ahi - blo)];
    const ids = [ctx.indexOf(a), ctx.indexOf(d), ctx.indexOf(b)];
    const actual = Math.abs((b.value as number) - (a.value as number));
    if (diff[0] <= dhi && diff[1] >= dlo) out.push(finding(doc, 'part-whole-consistent', 'info', a.start, b.end, `${a.text} → ${b.text} is a change of ${fmt(actual)} = ${d.text}`, { facts: ids }));
    else out.push(finding(doc, 'sum-mismatch', 'warning', a.start, b.end, `${a.text} → ${b.text} is a change of ${fmt(actual)}, not the ${d.text} stated`, { facts: ids }));
  }
}

/**
 * A thing and its negation divide what both are of (过夜旅客 and 不过夜旅客 are all visitors): 訪港旅客共1,607.3萬人次
 * …。⏎留港模式方面，首4個月過夜旅客764.8萬人次…；不過夜旅客824.5萬人次 (1,589.3). The two of one period and unit in
 * one sentence; the whole the nearest level before them (1,500 characters back at most) of that period and unit
 * whose name ends with what the two share, the negated word (its first two characters) taken off (旅客 of
 * 过夜旅客, 过夜旅客 of 内地过夜旅客, 在管面积 of 住宅在管面积), no smaller than either,
 * itself no member of such a pair (内地旅客 beside 非内地旅客) nor of a set of complements (内地旅客 of 内地, 香港…), no
 * level compared with nor an average. A sentence
 * that names its whole (過夜旅客之中，…) and a pair another reading has checked are left alone.
 */
const NAMES_AMONG = /^[\u4e00-\u9fff]{2,12}之?中[，,]/;
function partsByNegation(ctx: CheckContext, out: Finding[]): void {
  const { doc, facts } = ctx;
  const checked = factsChecked(out);
  /** Subjects that have their negation told beside them (内地旅客, 非内地旅客). */
  const paired = new Set<string>();
  for (let i = 0; i < facts.length; i++) {
    const a = facts[i]!;
    if (!isLevel(a)) continue;
    const x = simplify(a.subject);
    if (x.length < 2) continue;
    // the next level of the unit in the sentence (4 figures on at most)
    let j = i + 1;
    while (j < facts.length && j - i <= 4 && !(isLevel(facts[j]!) && sameUnit(facts[j]!, a))) j++;
    const b = facts[j];
    if (!b || j - i > 4 || !isLevel(b) || b.period !== a.period || hasFullStop(doc.norm, a.end, b.start)) continue;
    const y = simplify(b.subject);
    if (!(negates(x, y) || negates(y, x))) continue;
    paired.add(x).add(y);
    if (checked.has(i) || checked.has(j)) continue;
    const base = negates(x, y) ? x : y;
    // what the two share, the word negated (two characters) taken off: 旅客 of 过夜旅客, 过夜旅客 of 内地过夜旅客
    const rest = base.slice(2);
    if (base.length < 4 || NAMES_AMONG.test(doc.norm.slice(sentenceStartOf(ctx, a.start), a.start))) continue;
    let whole: Fact | null = null;
    for (let k = i - 1, n = 0; k >= 0 && n < 60 && a.start - facts[k]!.start <= 1500; k--, n++) {
      const g = facts[k]!;
      const name = simplify(g.subject);
      // (nor a part of a breakdown by another dimension: 內地旅客 of 內地、香港、台灣、國際)
      if (!isLevel(g) || !sameUnit(g, a) || g.period !== a.period || name === base || !name.endsWith(rest) || paired.has(name) || COMPLEMENTS.some((set) => memberOf(name, set) !== undefined) || isComparedLevel(doc.norm, g.start) || isAverage(doc.norm, g) || isBound(doc.norm, g)) continue;
      if ((g.value as number) < Math.max(a.value as number, b.value as number)) continue;
      whole = g;
      break;
    }
    if (!whole) continue;
    const { lo, hi, sum } = sumOf([a, b]);
    const [wlo, whi] = bounds(whole);
    const ids = [ctx.indexOf(whole), i, j];
    if (lo <= whi && hi >= wlo) out.push(finding(doc, 'part-whole-consistent', 'info', a.start, b.end, `the parts add up to ${fmt(sum)} = ${whole.text}`, { facts: ids }));
    else out.push(finding(doc, 'sum-mismatch', 'warning', a.start, b.end, `${a.subject} and ${b.subject} add up to ${fmt(sum)}, not the whole ${whole.text} they divide between them`, { facts: ids }));
  }
}

/**
 * The contributions to economic growth add up to it: 經濟成長率為5.48%…。⏎民間消費…對經濟成長貢獻1.12個百分點；政府消費…
 * 貢獻0.40個百分點；資本形成…貢獻2.05個百分點；…輸出…貢獻14.76個百分點，輸入…減項貢獻12.45個百分點，兩者相抵後國外淨需求
 * 貢獻2.31個百分點 (5.88, not 5.48). The contributions of one paragraph (points after 贡献 or 拉动 in their clause,
 * the first naming the economy), three at least, none after 其中; a net one (净, 相抵) stands for the gross ones of
 * exports and imports, and imports told with 减项 with none net count against. The growth is the nearest change of
 * the economy's real output before them (1,500 characters back at most; no deflator, nominal or per-head figure,
 * no level compared with, 较概估数5.37%), of their period, or of the lead's when they have none.
 */
const CONTRIBUTES = /(?:贡献|拉动)[^，。；;\d]{0,10}$/;
const ECONOMY = /经济|GDP|生产总值|生产毛额/;
function contributions(ctx: CheckContext, out: Finding[]): void {
  const { doc, facts } = ctx;
  let i = 0;
  while (i < facts.length) {
    const f = facts[i]!;
    const clause = (g: Fact) => doc.norm.slice(Math.max(0, g.start - 40), g.start).replace(/^.*[，,；;。！？\n]/s, '');
    if (f.kind !== 'percentage_point' || !CONTRIBUTES.test(doc.norm.slice(Math.max(0, f.start - 14), f.start)) || !ECONOMY.test(clause(f))) {
      i++;
      continue;
    }
    // the contributions of the paragraph from here
    const list: Fact[] = [];
    let k = i;
    for (; k < facts.length && k - i <= 40 && !doc.norm.slice(f.start, facts[k]!.start).includes('\n'); k++) {
      const g = facts[k]!;
      if (g.kind === 'percentage_point' && typeof g.value === 'number' && CONTRIBUTES.test(doc.norm.slice(Math.max(0, g.start - 14), g.start))) list.push(g);
    }
    i = k;
    // (what a contribution is of: its clause, and the clauses of its ；-part before it: 商品及服務輸出實質成長22.40%，貢獻)
    const own = (g: Fact) => simplify(clause(g) + (g.subject ?? ''));
    const group = (g: Fact) => simplify(doc.norm.slice(Math.max(0, g.start - 60), g.start).replace(/^.*[；;。！？\n]/s, ''));
    const isNet = (g: Fact) => /净|相抵/.test(own(g));
    const net = list.some(isNet);
    const gross = (g: Fact) => !isNet(g) && /出口|输出|进口|输入/.test(group(g));
    const parts = list.filter((g) => !/其中/.test(group(g)) && !(net && gross(g)));
    if (parts.length < 3) continue;
    const signed = parts.map((g) => (/减项/.test(own(g)) || g.change?.direction === 'down' ? -1 : 1));
    // the growth: the nearest change of the economy's output before the first contribution, of their period or,
    // with none, of the lead's (113年第3季…：累計前3季經濟成長率為5.20% is another)
    const period = parts[0]!.period ?? leadPeriodOf(ctx);
    let growth: Fact | null = null;
    for (let b = ctx.indexOf(list[0]!) - 1; b >= 0 && list[0]!.start - facts[b]!.start <= 1500; b--) {
      const g = facts[b]!;
      // (the real growth: no deflator, no nominal or per-head figure, 名目GDP年增8.31%, GDP平减指数年增2.68%)
      const name = simplify(g.subject);
      if (g.kind !== 'percent' || typeof g.value !== 'number' || !ECONOMY.test(name) || /平减|名目|名义|人均|每人|季节调整|年率/.test(name) || isComparedLevel(doc.norm, g.start) || /(?:较|比)[^，。；,;\d]{0,8}$/.test(doc.norm.slice(Math.max(0, g.start - 10), g.start))) continue;
      if (!/(?:增长|成长)率$/.test(name) && g.change?.direction !== 'up' && g.change?.direction !== 'down') continue;
      if (period !== undefined && g.period !== period) continue;
      growth = g;
      break;
    }
    if (!growth) continue;
    let lo = 0;
    let hi = 0;
    let sum = 0;
    parts.forEach((g, n) => {
      const [a, b] = bounds(g);
      if (signed[n]! > 0) {
        lo += a;
        hi += b;
      } else {
        lo -= b;
        hi -= a;
      }
      sum += signed[n]! * (g.value as number);
    });
    const [glo, ghi] = bounds(growth);
    const sign = growth.change?.direction === 'down' ? -1 : 1;
    const [wlo, whi] = sign > 0 ? [glo, ghi] : [-ghi, -glo];
    const ids = [ctx.indexOf(growth), ...parts.map((g) => ctx.indexOf(g))];
    const how = `${parts.map((g, n) => (n === 0 ? '' : signed[n]! > 0 ? ' + ' : ' − ') + g.text).join('')} = ${Number(sum.toFixed(3))} percentage points`;
    if (lo <= whi && hi >= wlo) out.push(finding(doc, 'part-whole-consistent', 'info', parts[0]!.start, parts[parts.length - 1]!.end, `the contributions add up to the growth ${growth.text}: ${how}`, { facts: ids }));
    else out.push(finding(doc, 'sum-mismatch', 'warning', parts[0]!.start, parts[parts.length - 1]!.end, `the contributions do not add up to the growth ${growth.text}: ${how}`, { facts: ids }));
  }
}

/**
 * A whole made of its parts by definition, told after them: 小学在校生39.12万人…；初中在校生18.95万人…。义务教育阶段在校生
 * 合计58.37万人 (58.07). Each part is the nearest level before the whole (40 figures and 1,500 characters back at
 * most) of its unit and period, or of none told, named by the part and what the whole counts (小学 + 在校生); every
 * part must be told.
 */
function definedTotals(ctx: CheckContext, out: Finding[]): void {
  const { doc, facts } = ctx;
  const checked = factsChecked(out);
  for (let i = 0; i < facts.length; i++) {
    const w = facts[i]!;
    if (!isLevel(w) || checked.has(i)) continue;
    const name = simplify(w.subject);
    const d = DEFINED_WHOLES.find((x) => name.includes(x.whole));
    if (!d) continue;
    // what the whole counts: its name after the defined whole (义务教育阶段在校生 → 在校生)
    const head = name.slice(name.indexOf(d.whole) + d.whole.length).replace(/^(?:阶段|教育|的)+/, '');
    if (head.length < 2) continue;
    const parts: Fact[] = [];
    for (const member of d.parts) {
      let found: Fact | undefined;
      // (the period of each, or none told: 猪肉产量 of 全年, in the paragraph before 牛肉、羊肉 told with none)
      for (let k = i - 1; k >= 0 && i - k <= 40 && w.start - facts[k]!.start <= 1500; k--) {
        const g = facts[k]!;
        const n = simplify(g.subject);
        if (isLevel(g) && sameUnit(g, w) && (g.period === w.period || g.period === undefined || w.period === undefined) && n.startsWith(member) && n.endsWith(head) && !isComparedLevel(doc.norm, g.start)) {
          found = g;
          break;
        }
      }
      if (!found) break;
      parts.push(found);
    }
    if (parts.length !== d.parts.length || parts.some((p) => checked.has(ctx.indexOf(p)))) continue;
    parts.sort((a, b) => a.start - b.start);
    const { lo, hi, sum } = sumOf(parts);
    const [wlo, whi] = bounds(w);
    const ids = [i, ...parts.map((p) => ctx.indexOf(p))];
    // (the parts told in the whole's paragraph, near it, are in the span: either may be the wrong figure)
    const para = paragraphStart(ctx, w.start);
    const from = Math.min(w.start, ...parts.filter((p) => p.start >= para && w.start - p.start <= 200).map((p) => p.start));
    if (lo <= whi && hi >= wlo) out.push(finding(doc, 'part-whole-consistent', 'info', w.start, w.end, `${w.text} = ${parts.map((p) => p.text).join(' + ')} = ${fmt(sum)}`, { facts: ids }));
    else out.push(finding(doc, 'sum-mismatch', 'warning', from, w.end, `${w.text} is not the sum of the parts it is made of, ${parts.map((p) => `${p.subject} ${p.text}`).join(' + ')} = ${fmt(sum)}`, { facts: ids }));
  }
}

export const sumMismatch: Check = {
  id: 'sum-mismatch',
  run(ctx) {
    const out: Finding[] = [];
    partsOfQizhong(ctx, out);
    partsOfNamed(ctx, out);
    statedTotals(ctx, out);
    partsOfIncluded(ctx, out);
    partsOfComposition(ctx, out);
    partsOfCounted(ctx, out);
    partsOfBreakdown(ctx, out);
    partsInParentheses(ctx, out);
    shareLists(ctx, out);
    partsByPeriod(ctx, out);
    partsByDirection(ctx, out);
    tradeBalances(ctx, out);
    sentenceBalances(ctx, out);
    naturalIncrease(ctx, out);
    fromByTo(ctx, out);
    partsByNegation(ctx, out);
    contributions(ctx, out);
    definedTotals(ctx, out);
    return out;
  },
};
