// How a number changed and against what: `direction` (up/down/flat) from the verb before it, and
// `basis` (yoy, mom, vs:YYYY, vs:prev) from the comparison the sentence makes.
//
//   同比下降11.30%        → down, yoy          比上年增长3%          → up, vs:prev
//   较2019年同期高出两成   → up, vs:2019        较上月增加22.3%       → up, mom
//   投票率较上届下降43.69个百分点 → down, vs:prev (the election before)
//   分别增长4.6%、7.7%和8.7% → up for all three (a list carries its verb)
//   降至408起, 高出1.9个百分点 → no direction (a level reached, a gap)
//   成长率为-3.31%         → down (a growth rate states its direction by its sign)
// A basis stated in a sentence carries to the later changes of that sentence.
import type { Direction, Document, Fact } from '../types.js';
// A basis carries through ； but not past the end of a full sentence, unless the next one breaks this
// one down (。其中，…).
import { isFullStop, isSentenceEnd, THAN_BEFORE } from './marks.js';
import { CHANGE_VERBS_FIRST, CHANGE_WORD_NOT_AFTER } from '../data/subject-words.js';
import { Tail, words } from '../rules/patterns.js';

const UP = ['上升', '增长', '增加', '提高', '提升', '上涨', '扩大', '攀升', '回升', '反弹', '上扬', '走高', '增', '涨', '升', '多', '成长', '上修', '上调', '调升', '调高', '年增', '月增', '季增', '高出', '加快', '拉升', '大增', '激增', '猛增', '跃升', '增多', '翻', '升值', '多打', '多收', '增收', '增产', '提速', '走强', '延长', '累升', '累涨', '上浮', '推迟', '延后', '高'];
const DOWN = ['下降', '减少', '降低', '回落', '下跌', '收窄', '下滑', '缩小', '减', '降', '跌', '衰退', '萎缩', '下修', '下调', '调降', '调低', '负增长', '年减', '月减', '季减', '少', '放缓', '回调', '走低', '缩减', '压减', '削减', '压降', '锐减', '骤降', '大减', '减弱', '贬值', '减产', '减收', '走弱', '缩短', '压缩', '累跌', '下浮', '减缓', '趋缓', '低'];
const FLAT = ['持平', '不变', '基本持平', '保持稳定'];

// (新增12只: what was added is a level, no change; 每公升: a litre)
const WORD = words([...UP, ...DOWN, ...FLAT], { ...CHANGE_WORD_NOT_AFTER, 增: '新' });
// The verb, then only what may stand between it and the number.
export const DIRECTION_BEFORE = new Tail(`(?<dir>${WORD})(?:了|分别|幅度为|幅度|幅为|为|达到|达|约|近|逾|超过|共|合计|累计|分别为|的|介于|在)*`, [...UP, ...DOWN, ...FLAT, '了分别幅度为达到约近逾超过共合计累计的介于在']);
/** A growth noun after the figure: 保持3至5成的同比增速, 8%的增幅. */
const GROWTH_AFTER = /^(?:左右)?的?(?<basis>同比|环比|按年)?(?:增速|增幅|增长率|增长|涨幅|升幅)/;
// (降为14%, 提高为每胎: a level reached as well; 增长为 stays a change: 同比增长为5%)
const LEVEL_AFTER_VERB = /(?:至|到|为止)$|(?:降|升|提高|降低|下调|上调|调降|调升|调高|调低|压减|缩减)为$/;
/** A change verb before what it changes (下调存款准备金率0.5个百分点, 压减一般性支出10%). */
// (增加支出93万元, 减少补贴2亿元 too, but not 增加值, a level, nor 自然增加率 or 预期增加者, who expect a rise)
const EFFECT_BEFORE = /(?:可|将|將|能|可以|因此|相当于|等于|预计|有望)[^，,；;]{0,6}$/;
const VERB_FIRST = new RegExp(`(?<dir>${words([...CHANGE_VERBS_FIRST, '增加', '减少'])})(?![值率者])(?<obj>[\\u4e00-\\u9fffA-Za-z]{2,14})$`);
/** The same figure again in other units: 增加636千公顷，即954.6万亩. */
// (增加31 500人（0.4%）: the change again as a percent, in parentheses)
const SAME_AGAIN = /^(?:[，,]?(?:即|合|折合|约合|相当于|或)|[（(](?:或|即|约)?)$/;
const LIST_GAP = /^(?:、|和|及|与|以及|，|,)$/;
const GROWTH_NOUN = /(?:成长率|增长率|增速|增幅|涨幅|升幅|调幅|变动|变化|变动幅度|变化幅度|增减|增减幅度|年增率|季增率|月增率|增长幅度|增长速度|减幅|降幅|跌幅|经济增长|经济成长|增长预测|成长预测)(?:的)?(?:预测|预估|概估|初估|原估|初步统计)?(?:修订|修正|调整|下修|上修|下调|上调)?(?:为|是|达|约|仅|则|至|到|分别为|分别)?$/;
/** The same growth nouns anywhere in a stretch: 增长预测由八月公布的2.5%至3.5%, 对上季增率折成年率为5.62%. */
const GROWTH_IN = /通胀率|通胀|成长率|增长率|增速|增幅|涨幅|升幅|年增率|季增率|月增率|增长幅度|增长速度|经济增长|经济成长|增长预测|成长预测|折成年率|年率/g;
/** What names another measure: a percent after one of these is no growth rate (失业率, 占比, 份额). */
const OTHER_MEASURE = /率|比重|占|佔|份额|比例|成数|完成|目标|计划|进度/;
const SHRINK_NOUN = /(?:降幅|减幅|跌幅)(?:为|是|达|约|分别为|分别)?$/;

// (每年增加, 每月增加: a rate of change per year or month, no comparison with the year or month before)
const YOY = /同比|按年|(?<!每)年(?:增|减|涨|跌|升)|(?<!每)年降(?![水雨雪温])|较上年同期|比上年同期|与上年同期|和上年同期|较去年同期|比去年同期|与去年同期|同期相比|年增率|年增长率/g;
/** Against the previous election, session or edition (投票率较上届下降43.69个百分点): the one before. */
const PREV = /较上届|比上届|较上一届|比上一届|与上届|和上届|较前一届/g;
const MOM = /环比|按月|按周|较上周|比上周|较前一星期|较上星期|(?<!每)月(?:增|减|涨|跌)|按季|(?<!每)季(?:增|减)|较上月|比上月|较上季|比上季|对上季|较上季度|比上季度|与上月/g;
/** A comparison with something that is no time (比全国平均水平, 较平日); 比重, 同比, 较快 are none. */
const OTHER_COMPARISON = /(?:(?<![同环相对])比(?![重例率值])|较(?![快慢大小多少好强弱高低为]))[\u4e00-\u9fff]{2,}/;
/** A gap to something else, not a change over time, unless the sentence compares with a time. */
const GAP_WORDS = new Set(['高出', '多', '少', '高', '低']);

// (a duration only by a change word right before it: 重污染天数较上年减少2天)
const DIRECTED = new Set(['percent', 'percentage_point', 'multiple', 'count', 'money', 'measure', 'number', 'duration']);
/** 占96.4%，与上年持平: a level that holds against a period named after it. */
const FLAT_AFTER = /^[，,]?(?:与|和|同|较|比)(?<ref>上年同期|去年同期|上年同月|去年同月|上年|去年|上月|上季度?|上一季)(?:相比)?(?:基本)?持平/;

function directionOf(word: string): Direction {
  if (FLAT.includes(word)) return 'flat';
  return DOWN.includes(word) ? 'down' : 'up';
}

/** The basis a comparison with a time fact states (较2019年 → vs:2019, 比上年 → vs:prev, 较去年同期 → yoy). */
function basisOfTime(t: Fact): string | null {
  const spec = t.time;
  if (!spec) return null;
  if (spec.samePeriod) {
    if (spec.samePeriod.year !== undefined) return `vs:${spec.samePeriod.year}`;
    return (spec.samePeriod.offset ?? 0) === -1 ? 'yoy' : null;
  }
  if (spec.relative) {
    const { unit, offset } = spec.relative;
    if (unit === 'year' && offset === -1) return 'vs:prev';
    // against the period before: last month, last week, yesterday
    if ((unit === 'period' || unit === 'quarter' || unit === 'month' || unit === 'week' || unit === 'day') && offset === -1) return 'mom';
    return null;
  }
  if (spec.contextYear) return null;
  // a school year, August to July in Taiwan and September to August elsewhere (较112学年度 → vs:2023;
  // 较上学年 → vs:prev)
  const school = typeof t.value === 'string' ? /^(\d{4})-(?:08\/(\d{4})-07|09\/(\d{4})-08)$/.exec(t.value) : null;
  if (school && Number(school[2] ?? school[3]) === Number(school[1]) + 1 && t.rule.startsWith('period-school-year')) return /^上/.test(t.text) ? 'vs:prev' : `vs:${school[1]}`;
  // a year, the whole of one or its end (较2019年, 比2022年全年, 比2022年末); a month or a half-year is no year basis
  // (较112年5月预测之2.04%, 较上半年回落4.28个百分点, 与十月底公布的…相同)
  const y = typeof t.value === 'string' ? /^(\d{4})(?:-01\/\1-12|-12-31)?$/.exec(t.value)?.[1] : undefined;
  return y ? `vs:${y}` : null;
}

/**
 * The basis a time compared with gives, against the time the sentence (or paragraph, or article) is
 * about: its own (较2019年 → vs:2019), the period before (较九月 → mom), the same part of an earlier year.
 */
function comparedBasis(t: Fact, about: Fact | null, after: string, levelOnly: boolean): string | null {
  const own = basisOfTime(t);
  // 较去年春节: the same holiday a year back, as 同期 is (yoy), not the whole of last year
  if (own === 'vs:prev' && HOLIDAY_AFTER.test(after)) return 'yoy';
  const before = about !== null && isPreviousPeriod(t.value, about.value);
  // (a level a change starts from gives only the period before: 由上年末的…, 从2019年的… state no basis)
  if (levelOnly) return before ? 'mom' : null;
  return own ?? (before ? 'mom' : about ? samePartEarlierYear(t.value, about.value) : null);
}

/** A holiday or season named right after a year compared with (去年春节, 上年国庆黄金周). */
const HOLIDAY_AFTER = /^(?:春节|国庆|黄金周|端午|中秋|清明|五一|元旦|暑期|暑假|寒假|春运|同月|同季)/;

/** How far into the text the month or span the article is about is looked for. */
const DOC_TIME_REACH = 400;

/** A sentence that opens by breaking down the one before: 其中，…; 服务价格中，… */
const BREAKS_DOWN = /^\s*(?:其中|[\u4e00-\u9fff]{2,8}中)[，,]/;
const BASIS_WORD = '同比|环比|按年|按季|按月';
/** Two bases joined before 分别: 按季及按年分别…, 同比、环比分别… */
const BASIS_PAIR = new RegExp(`(?<b1>${BASIS_WORD})(?:及|和|与|、)(?<b2>${BASIS_WORD})分别`);
function basisWord(w: string): string {
  return w === '同比' || w === '按年' ? 'yoy' : 'mom';
}
// (较疫情前108学年度: a few words may stand between 较 and the time, ending in 前)
const COMPARE_BEFORE = new RegExp(`(?:较|比|与|和|同|对|对比|相比|相较|较之|跟|比较)$|${THAN_BEFORE}$`);

export function linkChanges(doc: Document, facts: Fact[]): void {
  const norm = doc.norm;
  let sentenceStart = 0;
  let cursor = 0;
  let carriedBasis: string | null = null;
  /** The first basis the sentence states: what a sentence breaking it down (。其中，…) carries on. */
  let firstBasis: string | null = null;
  /** The bases still to hand out to the values of a list (按季及按年分别…: mom, then yoy). */
  let listBases: string[] | null = null;
  let prev: Fact | null = null;
  // a sentence about growth rates: 成长率修正为-3.31%（原估-2.87%）；第2季初步统计为1.36%，略低于概估之1.45%
  let growthSentence = false;
  let lastQuantity: Fact | null = null;
  /** The last time of the sentence that is not compared with: the period it is about. */
  let lastTime: Fact | null = null;
  /** The same for the paragraph (10月末，…待售面积…。其中，住宅…比9月末增加: the month before 10月末). */
  let paragraphTime: Fact | null = null;
  let docTime: Fact | null = null;
  for (const f of facts) {
    // sentence boundary between the previous fact and this one?
    let newSentence = false;
    for (; cursor < f.start; cursor++) {
      const ch = norm.charCodeAt(cursor);
      if (isSentenceEnd(ch)) {
        newSentence = true;
        sentenceStart = cursor + 1;
        if (isFullStop(ch)) {
          // (居民消费价格同比上涨0.3%。其中，城市上涨0.3%: a sentence that breaks down the one before
          // keeps its basis)
          // keeps the basis of its lead figure, the first it states (同比上涨0.3%，涨幅比上月回落…。其中: yoy)
          // (and a second breakdown after it the same: 。其中，…。服务价格中，…)
          carriedBasis = ch !== 0x0a && BREAKS_DOWN.test(norm.slice(cursor + 1, cursor + 12)) ? firstBasis : null;
          firstBasis = carriedBasis;
          growthSentence = false;
          lastQuantity = null;
          lastTime = null;
          if (ch === 0x0a) paragraphTime = null;
        }
      }
    }
    if (newSentence) prev = null;
    if (f.kind === 'date' || f.kind === 'period') {
      // a comparison with a time: 较2019年, 比上年, 较去年同期 (the basis of what follows)
      const before = norm.slice(Math.max(sentenceStart, f.start - 6), f.start);
      // 和/与/同/跟 compare only with 相比 after them (与11月相比); otherwise they join a list (前三季度和全年)
      const joins = /(?:与|和|同|跟)$/.test(before) && !/(?:较|比|相比|对比|相较|比较)$/.test(before) && !/^[^，。；]{0,30}(?:相比|比较|对比)/.test(norm.slice(f.end, f.end + 32));
      // (劳动人口由2024年6月至8月的383.9万人减少…: the level a change starts from names the time compared with)
      const fromLevel = /[由从]$/.test(before) && norm[f.end] === '的';
      if ((COMPARE_BEFORE.test(before) || fromLevel) && !joins) {
        // against the period right before the one the sentence is about: 较第二季度, 与11月的…相比
        const about = lastTime ?? paragraphTime ?? docTime;
        const b = comparedBasis(f, about, norm.slice(f.end, f.end + 3), fromLevel && !COMPARE_BEFORE.test(before));
        // (a time compared with that names no basis ends the one before: 同比上涨17.9%，较1月份的…上涨近三成)
        carriedBasis = b;
        firstBasis ??= b;
      } else if (typeof f.value === 'string') {
        lastTime = paragraphTime = f;
        // the first month or span the article names (its title or lead): what a comparison in a
        // paragraph naming no time of its own is about (在上述合约中，…较九月的4 462份上升21.3%)
        if (docTime === null && f.start < DOC_TIME_REACH && /^\d{4}-\d{2}(?:\/\d{4}-\d{2})?$/.test(f.value)) docTime = f;
      }
      prev = f;
      cursor = Math.max(cursor, f.end);
      continue;
    }
    if (!DIRECTED.has(f.kind)) {
      prev = f;
      continue;
    }
    // the words between the previous fact (or the sentence start) and this number, at most 40
    const from = Math.max(prev ? Math.max(prev.end, sentenceStart) : sentenceStart, f.start - 40);
    // (减幅高达397.7%: 高达 is "as much as", no rise)
    const gap = norm.slice(from, f.start).replace(/高达$/, '达');
    // a keyword basis in this stretch (同比, 环比, 按年)
    const yoy = gapMatch(YOY, gap);
    const mom = gapMatch(MOM, gap);
    const last = gapMatch(PREV, gap);
    if (yoy !== null || mom !== null || last !== null) {
      const at = Math.max(yoy ?? -1, mom ?? -1, last ?? -1);
      carriedBasis = at === yoy ? 'yoy' : at === mom ? 'mom' : 'vs:prev';
      firstBasis ??= carriedBasis;
    }
    // 比全国平均水平高0.2个百分点, 较平日上调两成至三成: this clause compares with something other than a
    // time, so the basis the sentence stated before is not this figure's
    const clause = gap.slice(Math.max(gap.lastIndexOf('，'), gap.lastIndexOf(','), gap.lastIndexOf('；')) + 1);
    const basisHere = OTHER_COMPARISON.test(clause) && gapMatch(YOY, clause) === null && gapMatch(MOM, clause) === null && gapMatch(PREV, clause) === null ? null : carriedBasis;
    let direction: Direction | null = null;
    let inheritedBasis: string | undefined;
    if (f.kind === 'multiple' && /^翻/.test(f.text)) {
      direction = 'up'; // 翻了一番多: the verb is inside the fact
    } else if (prev && prev.change?.direction && LIST_GAP.test(gap.trim()) && prev.kind === f.kind) {
      direction = prev.change.direction; // 分别增长4.6%、7.7%和8.7%
    } else if (prev && prev.change?.direction && SAME_AGAIN.test(gap)) {
      direction = prev.change.direction; // 增加636千公顷，即954.6万亩
      inheritedBasis = prev.change.basis;
    } else if (!LEVEL_AFTER_VERB.test(gap)) {
      // (新增12只, 新增就业1244万人: what was added is a level, not a change; 推迟1.6岁 is one)
      const m = DIRECTION_BEFORE.exec(gap);
      // (每年可增加收入, 相当于减少燃油消耗, 将因此增加人事成本: an effect foreseen or an equivalent, no change stated)
      const first0 = m ? null : VERB_FIRST.exec(gap);
      const first = first0 && (first0.groups!.dir === '增加' || first0.groups!.dir === '减少') && EFFECT_BEFORE.test(gap.slice(0, first0.index)) ? null : first0;
      if (m && (!GAP_WORDS.has(m.groups!.dir!) || basisHere)) direction = directionOf(m.groups!.dir!);
      else if (first && f.kind !== 'duration') direction = directionOf(first.groups!.dir!);
      else if ((f.kind === 'percent' || f.kind === 'percentage_point') && typeof f.value === 'number' && GROWTH_NOUN.test(gap)) {
        // 成长率为-3.31%: the sign says it; 降幅为3% says down; 调幅 (an adjustment) goes the way the
        // sentence adjusted (由27,470元调升至28,590元，调幅4.08%; 调降…，调幅3%)
        if (SHRINK_NOUN.test(gap) || (/调幅/.test(gap) && /调降|下调|调低|下修/.test(norm.slice(sentenceStart, f.start)))) direction = 'down';
        else direction = bySign(f.value);
        growthSentence = true;
      } else if (f.kind === 'percent' && typeof f.value === 'number') {
        // a growth noun earlier in the clause, or a growth sentence going on, with no other measure
        // named since the last figure: the percent is a growth rate too
        const since = norm.slice(Math.max(lastQuantity ? lastQuantity.end : sentenceStart, f.start - 40), f.start);
        const named = gapMatch(GROWTH_IN, since) !== null;
        // another measure named ends the growth rates (预算达成率117.4%，较112年度的110.6%)
        if (OTHER_MEASURE.test(since.replace(GROWTH_IN, ''))) growthSentence = false;
        else if ((named || growthSentence) && !/(?:较|比|与|相较)[^，。；]*的$/.test(since)) {
          direction = SHRINK_NOUN.test(since) ? 'down' : bySign(f.value);
          growthSentence = true;
        }
      }
    }
    if (!direction) {
      const flat = FLAT_AFTER.exec(norm.slice(f.end, f.end + 12));
      if (flat) {
        direction = 'flat';
        const ref = flat.groups!.ref!;
        inheritedBasis = /同期|同月/.test(ref) ? 'yoy' : /上年|去年/.test(ref) ? 'vs:prev' : 'mom';
      }
    }
    if (!direction && (f.kind === 'percent' || f.kind === 'percentage_point') && !/占|比重|份额/.test(gap)) {
      const after = GROWTH_AFTER.exec(norm.slice(f.end, f.end + 8));
      if (after) {
        direction = typeof f.value === 'number' && f.value < 0 ? 'down' : 'up';
        const b = after.groups!.basis;
        if (b) inheritedBasis = b === '环比' ? 'mom' : 'yoy';
      }
    }
    // 增速超过20%的设区市有6个: a bound that picks out what 的 names is no change of its own
    if (direction && (f.approx === 'over' || f.approx === 'under') && norm[f.end] === '的') direction = null;
    // 负增长 with the number before it is handled by its own wording; a bare negative change stays.
    // 按季及按年分别下跌11.8%及26.4%: a list of bases, one for each value of the list after it
    const bases = BASIS_PAIR.exec(gap);
    if (bases) listBases = [basisWord(bases.groups!.b1!), basisWord(bases.groups!.b2!)];
    else if (!(prev && LIST_GAP.test(gap.trim()))) listBases = null;
    const listed = listBases?.shift();
    if (direction) {
      f.change = { direction };
      const basis = listed ?? inheritedBasis ?? basisHere;
      if (basis) f.change.basis = basis;
    }
    prev = f;
    lastQuantity = f;
  }
}

/** `earlier` is the month or quarter right before `later` (2023-11 before 2023-12; Q2 before Q3). */
export function isPreviousPeriod(earlier: Fact['value'], later: Fact['value']): boolean {
  if (typeof earlier !== 'string' || typeof later !== 'string') return false;
  const month = (v: string) => /^(\d{4})-(\d{2})$/.exec(v);
  const quarter = (v: string) => {
    const m = /^(\d{4})-(\d{2})\/\1-(\d{2})$/.exec(v);
    return m && Number(m[3]) - Number(m[2]) === 2 && (Number(m[2]) - 1) % 3 === 0 ? { y: Number(m[1]), q: (Number(m[2]) - 1) / 3 } : null;
  };
  const a = month(earlier);
  const b = month(later);
  if (a && b) return Number(b[1]) * 12 + Number(b[2]) - (Number(a[1]) * 12 + Number(a[2])) === 1;
  // 截至9月末…较6月末: the end of the month or quarter before
  const monthEnd = (v: string) => /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const ea = monthEnd(earlier);
  const eb = monthEnd(later);
  if (ea && eb && isLastDay(ea) && isLastDay(eb)) {
    const gap = Number(eb[1]) * 12 + Number(eb[2]) - (Number(ea[1]) * 12 + Number(ea[2]));
    return gap === 1 || gap === 3;
  }
  const qa = quarter(earlier);
  const qb = quarter(later);
  if (qa && qb) return qb.y * 4 + qb.q - (qa.y * 4 + qa.q) === 1;
  // 1—10月…比1—9月, 上半年…比一季度: a running total against the same total a step earlier
  const span = (v: string) => /^(\d{4}-\d{2})\/(\d{4}-\d{2})$/.exec(v);
  const sa = span(earlier);
  const sb = span(later);
  if (sa && sb && sa[1] === sb[1] && sa[2]! < sb[2]!) return true;
  // 2024年6月至8月 before 7月至9月: a three-month moving window a month earlier (Hong Kong labour figures)
  const months = (v: string) => Number(v.slice(0, 4)) * 12 + Number(v.slice(5, 7));
  return Boolean(sa && sb && months(sb[1]!) - months(sa[1]!) === 1 && months(sb[2]!) - months(sa[2]!) === 1 && months(sa[2]!) - months(sa[1]!) === 2);
}

function isLastDay(m: RegExpExecArray): boolean {
  return new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate() === Number(m[3]);
}

/** 2024年上半年…较2023年上半年: the same part of an earlier year, compared as that year (vs:2023). */
export function samePartEarlierYear(earlier: Fact['value'], later: Fact['value']): string | null {
  if (typeof earlier !== 'string' || typeof later !== 'string') return null;
  // (a month too: 较二○二三年十月 in an article on October 2024)
  const span = (v: string) => /^(\d{4})-(\d{2})(?:-(\d{2}))?\/(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(/^\d{4}-\d{2}$/.test(v) ? `${v}/${v}` : v);
  const a = span(earlier);
  const b = span(later);
  if (!a || !b || a[1] !== a[4] || b[1] !== b[4] || Number(a[1]) >= Number(b[1])) return null;
  const same = a[2] === b[2] && a[5] === b[5] && a[3] === b[3] && a[6] === b[6];
  return same ? `vs:${a[1]}` : null;
}

function bySign(v: number): Direction {
  return v < 0 ? 'down' : v > 0 ? 'up' : 'flat';
}

/** Position of the last match of a global `re` in `s`, or null. */
function gapMatch(re: RegExp, s: string): number | null {
  re.lastIndex = 0;
  let last: number | null = null;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) last = m.index;
  return last;
}
