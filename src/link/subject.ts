// The subject of a number: the shortest clear noun phrase the sentence gives for what it measures.
//
//   立电诈案件408起 → 电诈案件 (after the verb)      破案率为51.8% → 破案率 (before 为)
//   涉案金额共2488.1万元 → 涉案金额                  一支12人的攻坚队 → 攻坚队 (number + 的 + noun)
//   3组车巡, 1名民警荣立… → 车巡, 民警 (the noun after a count)
//   408起、同比下降11.30% → 电诈案件 (a change carries the subject of its level)
//   水电971.82万千瓦，占总装机的12.98% → 水电 (a share carries the subject of its part)
//   归属于上市公司股东的净利润2685.86万元 → 净利润 (the head after the last 的)
// The subject is reported as written in the document (offsets are shared with the normalized text).
import { ACTION_VERBS, PREDICATE_ADVERBS, PREDICATE_ALONE, PREDICATE_VERBS, BASIS_WORDS, CHANGE_WORD_NOT_AFTER, VERB_BEFORE_NOUN, CHANGE_VERBS_FIRST, CHANGE_ADVERBS, CHANGE_ONLY, CHANGE_RATE_WORDS, CHANGE_WORDS, LEADING_WORDS, LINK_WORDS, MEASURED_TIME_WORDS, MEASURE_NOUN_ENDS, MEASURE_SUFFIXES, PER_HEAD_WORDS } from '../data/subject-words.js';
import { Tail, words } from '../rules/patterns.js';
import { PRICE_UNITS } from '../data/currencies.js';
import type { Document, Fact } from '../types.js';
import { CharClass, isFullStop, isSentenceEnd, THAN_BEFORE } from './marks.js';

const QUANTITY = new Set(['count', 'money', 'percent', 'percentage_point', 'multiple', 'measure', 'number', 'duration']);
// Marks that end the stretch a subject is looked for in (、 too: 408起、同比下降 …).
const STOP = new CharClass('。！？；!?;\n，,：:、“”"「」', { space: true });
const VERB_RE = new RegExp(`(?:${words(ACTION_VERBS)}|立(?=[\\u4e00-\\u9fff]{0,4}案))`, 'g');
// (结婚登记对数, 注册户数: a count of what the verb does)
const NOUN_AFTER_VERB = /^(?:[业量率额类]|余额|面积|规模|人数|件数|次数|对数|户数|宗数|起数|人次|数量|总数|标准|政策|资金)/;
// Single-character link words that also end a word: 均 (均为) but not in 平均, 计 (计12项) but not in 统计,
// 超 but not in 买超 (net buying), 比 but not in 百分比.
// 以 (本田以2,841辆居次) but not in 可以, 所以, 予以 …
// 超 not in 出超 and 入超 either (a trade surplus and deficit), but 收入超 is income over something.
const PART_OF_WORD: Readonly<Record<string, string>> = { 均: '平', 计: '统估设会核预审', 可: '许认不宁', 约: '合契条公预节制签邀相', 超: '买卖出', 比: '分', 以: '所可予加难得足借据用是' };
const DEFICIT_CHAO = '(?<!(?<![收投流纳输进加转介])入)';
// (均为 is no link word in 平均为 either: 总薪资平均为 → 总薪资平均)
const guarded = (w: string): string => (w[0]! in PART_OF_WORD ? `(?<![${PART_OF_WORD[w[0]!]}])${w[0] === '超' ? DEFICIT_CHAO : ''}${w}` : w);
const LINK_TAIL = new Tail(
  `(?:${[words(LINK_WORDS.filter((w) => !(w[0]! in PART_OF_WORD))), ...[...LINK_WORDS].filter((w) => w[0]! in PART_OF_WORD).sort((x, y) => y.length - x.length).map(guarded)].join('|')})+`,
  LINK_WORDS,
);
/** 死亡者中, 受访者中, 案件中: the group a part is counted in, before the part's own noun. */
const AMONG = /^(?:[\u4e00-\u9fff]{1,6}?(?:者|人口|人员|人)|[\u4e00-\u9fff]{0,6}?(?:企业|案件|游客|旅客|观众|用户|居民|学生|患者))中(?=[\u4e00-\u9fff]{2})/;
/** `X占Y的比重`: the part before 占. */
const SHARE_OF = /^(?<part>[^占]{2,}?)(?<![应市])占(?![地用有据领])[^占]*$/;
/** What follows 的 without being a noun of its own: 临时(估计), 初步, 最新, 实际. */
const NO_HEAD = /^(?:临时|初步|最新|最终|实际|预计|估计)/;
/** A stretch that only says how a figure was computed: 按可比价格计算, 按年平均汇率折算. */
// (人均每月, 每人每月: a rate's frame names no thing either)
const FRAME_ONLY = /^(?:按|以|据|经).{0,10}(?:计算|折算|统计|测算|核算|口径)$|^(?:由|从)?(?:每人|人均|每户|户均|每月)+$/;
/** The unit a price is per, ending a subject (零售价每公升 → 零售价; before 升 reads as a rise). */
const PRICE_PER_TAIL = new Tail(`每(?:${words(PRICE_UNITS)})`, ['每', ...PRICE_UNITS]);
/** A per-head or per-month frame ending a subject (基础养老金最低标准由每人每月 → 基础养老金最低标准). */
const PER_TAIL = /(?:由|从)?(?:每人|人均|每户|户均|每月)+$/;
/** The same frame after a subject: 物业租赁收入以人民币计算 → 物业租赁收入. */
const FRAME_TAIL = /(?:按|以)[^按以]{1,10}(?:计算|折算|计)$/;
const LEADING = new RegExp(`^(?:${words(LEADING_WORDS)})+`);
const CHANGE_TAIL = new Tail(
  // (升 of 公升 and 毫升 is a litre: 零售价每公升分别为)
  `(?:${words([...BASIS_WORDS, ...CHANGE_ADVERBS.filter((w) => w !== '均')])}|(?<!平)均)*(?:${words([...CHANGE_WORDS, ...CHANGE_RATE_WORDS.filter((w) => w.length >= 2 && w !== '率为')], CHANGE_WORD_NOT_AFTER)})(?:了|分别|为|达|约|至|到)*`,
  [...BASIS_WORDS, ...CHANGE_ADVERBS, '均', ...CHANGE_WORDS, ...CHANGE_RATE_WORDS, '了分别为达约至到'],
);
const BASIS_TAIL = new Tail(words(BASIS_WORDS), BASIS_WORDS);
/** The patterns searched from the end of a stretch (for tests). */
export const SUBJECT_TAILS = { LINK_TAIL, CHANGE_TAIL, BASIS_TAIL };
/** A change to a new level, and the per-unit word of that level: 补助提高为每胎, 起征点提高至每月. */
const TARGET_TAIL = new RegExp(`(?:${words([...CHANGE_VERBS_FIRST, '提升', '调整', '增加', '减少', '扩大', '缩小'])})(?:为|至|到)(?:每[\\u4e00-\\u9fff]{1,2})?$`);
/** A stretch that points back to the figure before it: 即, 折合, 占…的, 比重为. */
const REFERS_BACK = /^(?:即|合|折合|兑|约合|相当于|按.{0,8}折算|占|佔|其中|比重|相当于.*的|整?[（(]|[）)]|(?:按|以)[^，。；]{1,8}(?:计算|计)(?:则|即)?(?:为|是|约|达)?$)/;
/** Characters that end a noun that follows a count (1名民警荣立…, 1个单位获…). */
const AFTER_STOP = new CharClass('获荣是在从对向被将把于和与及等为进均已共达占仍亦却');
/** A character of a word: a CJK ideograph or a Latin letter. */
const WORD_CHAR = new CharClass('', { cjk: true, latin: true });
/** Words of comparison between a subject and the time before its figure (由2022年的78.2岁). */
const COMPARED_FROM = new CharClass('由从较比与同在于自和跟对');
/** A stretch that only says what a figure is compared with: 较前一星期, 较平日费率 (not 比重, 比例). */
const COMPARISON_ONLY = /^(?:并|且|而)?(?:较|比(?![重例率值]))[\u4e00-\u9fff]{1,6}$/;
/** The stretch before a level compared with: 较前一星期的, 比上月的. */
const COMPARED_LEVEL_BEFORE = /^(?:并|且|而)?(?:较|比(?![重例率值]))[\u4e00-\u9fff]{1,8}的$/;
/** What is left of a holiday after a time compared with: (较去年)春节日均. */
const HOLIDAY_ONLY = /^(?:春节|国庆|黄金周|端午|中秋|清明|五一|元旦|暑期|春运)日均?$/;
/** A comparison that names a time before it: 较疫情前, 比新冠疫情前. */
const COMPARED_BEFORE_TIME = new RegExp(`(?:并|且|而)?${THAN_BEFORE}$`);
/** Where a label before a colon starts. */
const LABEL_STOP = new CharClass('。！？；;，,\n：:、（(', { space: true });
// (but not an alias, which names the figure: 净利润（下称“归母净利润”） → 归母净利润, see subjectText)
const PAREN_TAIL = /[（(](?!以下简称|以下称|下称|简称)[^（）()]*[）)]$/;
/** An alias given in parentheses: 职工基本医疗保险（以下简称职工医保）. */
const ALIAS = /[（(](?:以下简称|以下称|下称|简称)[“"「]?(?<alias>[^（）()“”"「」]{2,12})[”"」]?[）)]/;
/**
 * An aside inside a subject: （含生育保险）, （不包括博彩）, an abbreviation of the name before it (CPI)
 * (but not 甲型（H3）流感病毒 or 广义货币(M2): a letter with a digit is a name of its own).
 */
const ASIDE = /[（(](?:(?:含|包括|包含|不含|不包括|未含|不计|扣除)[^（）()]*|[A-Z]{2,6})[）)]/g;
/** A number inside parentheses: 超过警戒水位（32.50米） → 超过警戒水位. */
const OPEN_PAREN_TAIL = /[（(]$/;
// an unclosed parenthesis: （原估-2.87%）
const OPEN_PAREN = /^[^（(]*[（(]/;
const LINK_ONLY = new RegExp(`^(?:${words(LINK_WORDS)}|\\s)*$`);
const MAX = 16;
/** A duration that is the value of a measured time, whose subject a change after it carries on. */
const MEASURED_TIME = new RegExp(words(MEASURED_TIME_WORDS));
/** A stretch that ends with an action verb (投入, 抓获): the noun it acts on comes after the number. */
/** A stretch that ends with a noun of measure (出生数, 车流量, 总额): the number right after is its value. */
const MEASURE_NOUN_END = new RegExp(`(?:${words(MEASURE_NOUN_ENDS)})$`);
const VERB_END = new RegExp(`(?:${words(ACTION_VERBS)}|[了着过])$`);
/** Where a per-head measure starts inside a long phrase: 每人, 人均, 户均, 每户, 每股. */
const PER_HEAD = new RegExp(words(PER_HEAD_WORDS), 'g');

/** True when `at` is inside an open parenthesis of `s`. */
function insideParens(s: string, at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    const c = s[i];
    if (c === '（' || c === '(') depth++;
    else if ((c === '）' || c === ')') && depth > 0) depth--;
  }
  return depth > 0;
}

/** The last index of a character that is not inside a parenthesis. */
function lastOutsideParens(s: string, ch: string): number {
  let depth = 0;
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s[i]!;
    if (c === '）' || c === ')') depth++;
    else if ((c === '（' || c === '(') && depth > 0) depth--;
    else if (c === ch && depth === 0) return i;
  }
  return -1;
}

interface Span {
  start: number;
  end: number;
}

/** True when some word is left once parentheses and link words are taken away. */
function wordAfter(rest: string): boolean {
  return LINK_TAIL.strip(CHANGE_TAIL.strip(rest.replace(/[（(][^（）()]*[）)]/g, ''))).length >= 2;
}

/** Trims a stretch [a, b) of the normalized text down to its subject phrase, or null. */
/** A business segment before a verb of results (肥料板块实现营业收入, 组件业务实现收入): its measure is the segment's. */
const SEGMENT_END = /[\u4e00-\u9fffA-Za-z\d]{2}(?:业务|板块|分部|事业部)$/;
const SEGMENT_MEASURE = /^(?:营业收入|主营业务收入|销售收入|收入|营收|毛利|净利润|利润|销量|销售额)(?:为|达|约|共|合计)?$/;
/** The verb left out of a segment's measure when it is written: 肥料板块实现营业收入 → 肥料板块营业收入. */
// (the verb first, its segment looked behind: a subject of every figure is searched, and most hold no verb)
const SEGMENT_VERB = /(?:实现|完成|录得|取得)(?<=(?:业务|板块|分部|事业部)..)(?=(?:营业收入|主营业务收入|销售收入|收入|营收|毛利|净利润|利润|销量|销售额)$)/;

function phrase(norm: string, a: number, b: number): Span | null {
  let s = norm.slice(a, b);
  // after the last action verb
  VERB_RE.lastIndex = 0;
  const cuts: number[] = [];
  let m: RegExpExecArray | null;
  // a verb (or run of verbs) right before 业/量/率/额 is part of a noun: 注册登记量, 服务业
  let nounStart = -1;
  const found: [number, number][] = [];
  // (a verb inside parentheses is part of an aside: 旅客总消费（不包括博彩）为)
  // (nor is a verb before 为/至/到, which names the new level of what came before it: 补助提高为每胎10万元)
  // (nor a verb that begins a noun of its own: 投资 in 投资收入, data/subject-words.ts VERB_BEFORE_NOUN)
  while ((m = VERB_RE.exec(s)) !== null) {
    const end = m.index + m[0].length;
    // (nor a verb between a business segment and its measure: 肥料板块实现营业收入 is that segment's revenue)
    if (!insideParens(s, m.index) && !/^[为至到]/.test(s.slice(end)) && !VERB_BEFORE_NOUN[m[0]]?.some((n) => s.startsWith(n, end)) && !(SEGMENT_END.test(s.slice(0, m.index)) && SEGMENT_MEASURE.test(s.slice(end)))) found.push([m.index, end]);
  }
  for (let k = found.length - 1; k >= 0; k--) {
    const [start, end] = found[k]!;
    if (end === nounStart || NOUN_AFTER_VERB.test(s.slice(end, end + 2))) nounStart = start;
    else cuts.unshift(end);
  }
  // the last verb that leaves a word after it (a verb that leaves less is part of the noun:
  // 完成率, 就业人数, 开展检查 → 检查; nor is a verb followed only by a parenthesis and link words:
  // 固定资产投资（不含农户）514374亿元)
  for (let k = cuts.length - 1; k >= 0; k--) {
    const cut = cuts[k]!;
    if (s.length - cut >= 2 && wordAfter(s.slice(cut))) {
      a += cut;
      s = s.slice(cut);
      break;
    }
  }
  // 强拉游客等涉旅违法案件: what 等 closes is an example list, the noun after it the subject
  // (a 等 inside a parenthesis closes an aside: 非经常性薪资（含年终及绩效奖金等）平均)
  const deng = lastOutsideParens(s, '等');
  // (not the 等 of a word: 中等, 高等, 平等, 等级, 等于)
  if (deng > 0 && s.length - deng - 1 >= 2 && !/[等平同中高初上下优特次均对一二三四]/.test(s[deng - 1]!) && !/[级待于同候效]/.test(s[deng + 1]!)) {
    a += deng + 1;
    s = s.slice(deng + 1);
  }
  // a share of a whole: 民营企业进出口占全省的比重 → 民营企业进出口 (not 比重); 占地, 占用 are words
  const share = SHARE_OF.exec(s);
  if (share) s = share.groups!.part!;
  // trailing change words, link words and a parenthesis: 地区生产总值（GDP）为, 刑事立案同比下降
  for (let i = 0; i < 4; i++) {
    const before = s;
    for (const re of [PRICE_PER_TAIL, CHANGE_TAIL, BASIS_TAIL, LINK_TAIL, PAREN_TAIL, FRAME_TAIL, OPEN_PAREN_TAIL, TARGET_TAIL, PER_TAIL]) {
      // never down to less than a word (日均 is no 日 + 均)
      const t = re.exec(s);
      // (a shorter tail of link words may leave a word where the whole tail would not: 六都合计 → 六都)
      const shorter = re === LINK_TAIL && t && t.index < 2 && s.length >= 4 ? LINK_TAIL.exec(s, 2) : null;
      if (shorter) {
        s = s.slice(0, shorter.index);
        continue;
      }
      if (t && t.index >= 2) s = s.slice(0, t.index);
    }
    if (s === before) break;
  }
  // 死亡者中男性12万人: the group the figure is taken from is no part of its subject
  const among = AMONG.exec(s);
  if (among) {
    a += among[0].length;
    s = s.slice(among[0].length);
  }
  // leading frame words: 全年全县地区生产总值 → 地区生产总值
  // （ODR）企业: an aside the stretch starts with (after a verb cut) is no part of the noun
  const aside = /^[（(][^（）()]*[）)]/.exec(s);
  if (aside && s.length - aside[0].length >= 2) {
    a += aside[0].length;
    s = s.slice(aside[0].length);
  }
  // （其中上半年1,840名）: the figure's own parenthesis opens the stretch
  if (/^[（(][^（）()]*$/.test(s) && s.length >= 3) {
    a += 1;
    s = s.slice(1);
  }
  // (较前一星期, 较平日费率: what a figure is compared with; 春节日均 after 较去年: the rest of a time)
  if (COMPARISON_ONLY.test(s) || HOLIDAY_ONLY.test(s)) return null;
  const lead0 = LEADING.exec(s)?.[0];
  // (其中公司贷款2368.45亿元: 公司 before 贷款, 债, 存款 names a kind of loan, no company that speaks)
  const lead = lead0 !== undefined && lead0.endsWith('公司') && /^(?:贷款|债|存款)/.test(s.slice(lead0.length)) ? lead0.slice(0, -2) : lead0;
  if (lead && lead.length === s.length) return null;
  if (FRAME_ONLY.test(s)) return null;
  if (lead) {
    a += lead.length;
    s = s.slice(lead.length);
  }
  // the head after the last 的, when it is a phrase of its own (not a word like 临时: 总销货价值的临时估计)
  const de = s.lastIndexOf('的');
  if (de >= 0 && s.length - de - 1 >= 2 && !NO_HEAD.test(s.slice(de + 1))) {
    a += de + 1;
    s = s.slice(de + 1);
  }
  if (s.replace(/[（(][^（）()]*[）)]/g, '').length > MAX) {
    // too long to be one noun phrase: cut where a per-head measure starts (工业及服务业受雇员工 +
    // 每人每月总薪资平均), else keep the last MAX characters
    PER_HEAD.lastIndex = s.length - MAX;
    const per = PER_HEAD.exec(s);
    const cut = per && s.length - per.index >= 2 ? per.index : s.length - MAX;
    a += cut;
    s = s.slice(cut);
  }
  // 外销订单金额为551.4亿美元 → 外销订单: with a sum of money, 金额 says nothing more (涉案金额 stays whole)
  if (s.length >= 6 && s.endsWith('金额')) s = s.slice(0, -2);
  if (s.length < 2 || CHANGE_ONLY.test(s) || !/[\u4e00-\u9fffA-Za-z]/.test(s) || LINK_TAIL.exec(s)?.index === 0) return null;
  return { start: a, end: a + s.length };
}

/**
 * The subject over a span, as written, without what parentheses add to the noun: an alias stands
 * for the name before it (职工基本医疗保险（以下简称职工医保）参保人数 → 职工医保参保人数), and an aside or
 * an abbreviation inside the phrase is left out (基本医疗保险基金（含生育保险）总收入 → 基本医疗保险基金总收入,
 * 消费者物价指数（CPI）年增率 → 消费者物价指数年增率).
 */
export function subjectText(doc: Pick<Document, 'text' | 'norm'>, span: { start: number; end: number }): string {
  let text = doc.text.slice(span.start, span.end);
  let norm = doc.norm.slice(span.start, span.end);
  const verb = SEGMENT_VERB.exec(norm);
  if (verb) {
    text = text.slice(0, verb.index) + text.slice(verb.index + verb[0].length);
    norm = norm.slice(0, verb.index) + norm.slice(verb.index + verb[0].length);
  }
  if (!norm.includes('（') && !norm.includes('(')) return text;
  const alias = ALIAS.exec(norm);
  if (alias) {
    const from = alias.index + alias[0].indexOf(alias.groups!.alias!);
    const after = alias.index + alias[0].length;
    text = text.slice(from, from + alias.groups!.alias!.length) + text.slice(after);
    norm = norm.slice(from, from + alias.groups!.alias!.length) + norm.slice(after);
  }
  let out = '';
  let last = 0;
  ASIDE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = ASIDE.exec(norm)) !== null; ) {
    out += text.slice(last, m.index);
    last = m.index + m[0].length;
  }
  out += text.slice(last);
  return out.length >= 2 ? out : text;
}

/** The noun after a count: 3组车巡, 1个单位获…, 1名潜逃26年的命案逃犯, 12人的城区预警劝阻攻坚队. */
/** Link words that end a noun after a count (…5个病种依次为, …公立医院合共录得). */
const JOIN_AFTER = /依次|分别|合共|合计|共计/;
/** What a counted noun did, after it (data/subject-words.ts PREDICATE_VERBS). */
const PREDICATE = new RegExp(words(PREDICATE_VERBS));
const PREDICATE_ADVERB_TAIL = new RegExp(`(?:${words(PREDICATE_ADVERBS)})+$`);
/** The end of a noun read from `a` to `e`, cut before a link word inside it. */
function beforeJoin(s: string, e: number, a = 0): number {
  if (s[e - 1] === '合' && (s[e] === '共' || s[e] === '计')) e--;
  const k = s.slice(a, e).search(JOIN_AFTER);
  return k >= 2 ? a + k : e;
}

function after(norm: string, f: Fact, next: Fact | undefined): Span | null {
  const a0 = f.end;
  let end = a0;
  while (end < norm.length && !STOP.at(norm, end) && end - a0 < 24) end++;
  const stretch = norm.slice(a0, end);
  // (the noun never runs into the next figure: 七八十岁的老人占两三成)
  const nextAt = (from: number) => (next && next.start - a0 > from ? next.start - a0 : Infinity);
  // number + (…) + 的 + noun: the head after the last 的 in the clause
  const de = stretch.lastIndexOf('的');
  if (de >= 0 && de < 12) {
    const s = de + 1;
    let e = s;
    const stop = nextAt(s);
    while (e < stretch.length && e < stop && WORD_CHAR.at(stretch, e) && !AFTER_STOP.at(stretch, e) && e - s < 12) e++;
    e = beforeJoin(stretch, e, s);
    if (e - s >= 2) return { start: a0 + s, end: a0 + e };
  }
  if (next && next.start < end) end = next.start;
  let a = a0;
  if (norm[a] === '的') a++;
  let e = a;
  while (e < end && WORD_CHAR.at(norm, e) && !AFTER_STOP.at(norm, e) && e - a < 12) e++;
  e = beforeJoin(norm, e, a);
  // (126座水库超汛限水位运行: the noun ends where what it did begins, and the adverbs before it)
  const m = PREDICATE.exec(norm.slice(a + 2, e));
  if (m && (m.index + m[0].length + 4 <= e - a || PREDICATE_ALONE.includes(m[0]))) {
    e = a + 2 + m.index;
    e = a + norm.slice(a, e).replace(PREDICATE_ADVERB_TAIL, '').length;
  }
  if (e - a < 2 || CHANGE_START.test(norm.slice(a, e)) || RANKING.test(norm.slice(a, e))) return null;
  return { start: a, end: e };
}

function isTime(f: Fact): boolean {
  return f.kind === 'date' || f.kind === 'period';
}

/**
 * The subject before the times that stand between it and the number: 居民人均预期寿命由2022年的78.2岁,
 * 全年居民消费价格比上年上涨0.2% (between two times). The nearest stretch that gives one wins.
 */
function beforeTime(norm: string, facts: Fact[], i: number, sentenceStart: number): Span | null {
  let k = i - 1;
  while (k >= 0 && isTime(facts[k]!) && facts[k]!.start >= sentenceStart) k--;
  // only frame words between the times and the number (的, 为, 同期; 加权指数11月29日收在22,948.31点)
  const gap = norm.slice(facts[i - 1]!.end, facts[i]!.start);
  if (!/^[的为是达]*$/.test(gap) && !CHANGE_ONLY.test(gap) && !LINK_ONLY.test(gap)) return null;
  const floor = Math.max(sentenceStart, k >= 0 ? facts[k]!.end : 0);
  for (let t = i - 1; t > k; t--) {
    const time = facts[t]!;
    const limit = t - 1 > k ? facts[t - 1]!.end : floor;
    let a = time.start;
    while (a > limit && !STOP.at(norm, a - 1)) a--;
    let b = time.start;
    while (b > a && COMPARED_FROM.at(norm, b - 1)) b--;
    // (并较疫情前108学年度的: the words of the comparison are no subject)
    const than = COMPARED_BEFORE_TIME.exec(norm.slice(a, b));
    if (than) b = a + than.index;
    const span = b > a ? phrase(norm, a, b) : null;
    if (span) return span;
    // (营业收入：第三季度68,215.37万元: a label before the time, a table written as text)
    if (b === time.start && (norm[a - 1] === '：' || norm[a - 1] === ':')) return labelBefore(norm, a - 1, Math.max(0, sentenceStart - 1));
    if (a > limit) break; // a mark stands between this time and the one before
  }
  return null;
}

/** What a level measures, less the measure word: 新能源汽车保有量 → 新能源汽车 (the part of a share). */
const MEASURE_SUFFIX = new RegExp(`(?:${words(MEASURE_SUFFIXES)})$`);
function partOf(subject: string): string {
  const m = MEASURE_SUFFIX.exec(subject);
  return m && m.index >= 2 ? subject.slice(0, m.index) : subject;
}

/** The opening parenthesis of the one closing at `close`, looking back no further than `floor` (or 40). */
function openingParen(norm: string, close: number, floor: number): number {
  for (let k = close - 1; k >= Math.max(floor, close - 40); k--) {
    const c = norm[k]!;
    if (c === '（' || c === '(') return k;
    if (c === '）' || c === ')' || c === '\n' || c === '。') return -1;
  }
  return -1;
}

/** True when a noun follows the number directly (the count comes before what it counts). */
function nounFollows(norm: string, f: Fact): boolean {
  const c = norm[f.end] ?? '';
  return /[\u4e00-\u9fff]/.test(c) && !AFTER_STOP.at(norm, f.end) && !/[，。、；]/.test(c) && !CHANGE_START.test(norm.slice(f.end, f.end + 2));
}

/** What a streak (连续N年) kept: 保持增长, 呈现负值, 录得按年升幅, 位居首位, 改写新高. */
const STREAK_STATE = /^(?:保持|呈现|呈|录得|维持|位居|稳居|居|改写|创|实现)/;

/** The label before a colon at `colon` (预算金额：, 包1：), back to the line or clause start. */
function labelBefore(norm: string, colon: number, floor: number): Span | null {
  let c = colon;
  // (not into a parenthesis, nor past the figure before: （2023年同期：1.11港元） names no label)
  while (c > floor && colon - c < 16 && !LABEL_STOP.at(norm, c - 1)) c--;
  // (1:2:3 is a ratio, not a label)
  if (colon - c < 2 || !/[\u4e00-\u9fff]/.test(norm.slice(c, colon)) || (/\d/.test(norm[colon - 1]!) && /\d/.test(norm[colon + 1] ?? ''))) return null;
  return phrase(norm, c, colon) ?? { start: c, end: colon };
}

/** Words after a count that rank it, not name what it counts: 新北市4,751棟最多, 4,137棟次之. */
const RANKING = /^(?:(?:最(?:多|少|高|低|大|小)|次之|居首|居次|居冠|居末|为最)$|位居|排名|名列|同期)/;

/** A clause that ranks what it names (以X最为繁忙, 其次为X), ending at `comma`: the span of X, or null. */
const RANKED_CLAUSE = /(?:以(?<x>[\u4e00-\u9fffA-Za-z]{2,12}?)最为?[\u4e00-\u9fff]{1,3}|其次(?:为|是)(?<y>[\u4e00-\u9fffA-Za-z]{2,12}))$/d;
function rankedBefore(norm: string, comma: number, floor: number): Span | null {
  let c = comma;
  while (c > floor && !STOP.at(norm, c - 1)) c--;
  const m = RANKED_CLAUSE.exec(norm.slice(c, comma));
  const at = m?.indices?.groups?.x ?? m?.indices?.groups?.y;
  return at ? { start: c + at[0], end: c + at[1] } : null;
}

/** The same, right after the figure (最多，…). */
const RANKED_AFTER = /^(?:最(?:多|少|高|低|大|小)(?![\u4e00-\u9fff])|次之|居首|为最)/;

/** Words after a figure that make it the base of a computation (以总股本29.11亿股计算). */
const FRAME_AFTER = /^(?:计算|测算|折算|核算|计)/;

/** A change word right after a number: 70,048宗上升28.9% (the number is a level, not a quantifier). */
// (and every change word: 较去年同期的189,640人次成长49.4%)
// (and the basis of a change: 118.7万片环比增长12.8%, 5,752宗按年上升)
const CHANGE_START = new RegExp(`^(?:高于|低于|多出|超出|少于|相比|计算|测算|折算|核算|之间|之内|以内|左右|修订|修正|合计|其次|历时|同比|环比|按年|按月|按季|${words(CHANGE_WORDS)}|升|降|增|减|涨|跌|至|到|为|达|是|占|与|和|及)`);

export function linkSubjects(doc: Document, facts: Fact[]): void {
  const norm = doc.norm;
  let prevQ: Fact | null = null;
  let cursor = 0;
  let sentenceStart = 0;
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i]!;
    for (; cursor < f.start; cursor++) {
      const ch = norm.charCodeAt(cursor);
      if (isSentenceEnd(ch)) {
        sentenceStart = cursor + 1;
        // ；joins the clauses of one sentence: a subject carries over it, not over 。
        if (isFullStop(ch)) prevQ = null;
      }
    }
    cursor = Math.max(cursor, f.start);
    if (!QUANTITY.has(f.kind)) continue;
    if (f.subject === undefined) {
      // the stretch before the number, back to a mark or the previous fact
      let a = f.start;
      const prevEnd = i > 0 ? facts[i - 1]!.end : 0;
      // back to a mark, the previous fact or the sentence start, and never more than 30 characters
      let floor = Math.max(sentenceStart, prevEnd, f.start - 30);
      while (a > floor) {
        // 净利润（下称“归母净利润”）441.5亿元: an aside in parentheses is stepped over, marks and all
        const ch = norm[a - 1]!;
        if (ch === '）' || ch === ')') {
          const open = openingParen(norm, a - 1, Math.max(sentenceStart, prevEnd));
          if (open >= 0) {
            floor = Math.max(sentenceStart, prevEnd, floor - (a - open));
            a = open;
            continue;
          }
          // 国庆档（10月1日至7日）全国电影票房为: an aside around the figure before ends the stretch
          break;
        }
        if (STOP.at(norm, a - 1)) break;
        a--;
      }
      const stretch = norm.slice(a, f.start);
      const listGap = i > 0 && /^[、和及与]$/.test(norm.slice(prevEnd, f.start)) && facts[i - 1]!.kind === f.kind;
      const counted = f.kind === 'count' || f.kind === 'measure' || f.kind === 'duration';
      let span: Span | null = null;
      // 已连续16个月呈现年减, 命案连续6年保持全破: a streak says how long a figure kept its course; its
      // subject is the figure's (before it, or carried on), not the words after
      const streak = f.kind === 'duration' && norm.startsWith('连续', f.start) && STREAK_STATE.test(norm.slice(f.end, f.end + 2));
      if (counted && !streak && nounFollows(norm, f)) {
        // 出生数13万4,562人创新低: a noun of measure right before the number is what it counts; the words
        // after are what happened (but 投入3组车巡: a verb before, the noun after)
        // (保有量超过100万辆的城市: number + 的 + noun names what is counted)
        const direct = MEASURE_NOUN_END.test(stretch) && !VERB_END.test(stretch) && norm[f.end] !== '的' ? phrase(norm, a, f.start) : null;
        span = direct && direct.end === f.start ? direct : after(norm, f, facts[i + 1]);
      }
      // 占常住人口842.6万人的22.12%: a level between the whole's name and 的 is that whole, named before it
      // (and the share after it is still the part's: prevQ stays the part)
      if (!span && f.kind !== 'percent' && f.kind !== 'percentage_point' && /^占[\u4e00-\u9fff]{2,12}$/.test(stretch) && norm[f.end] === '的') {
        f.subject = subjectText(doc, { start: a + 1, end: f.start });
        continue;
      }
      // 水电971.82万千瓦，占总装机的12.98%: a share is of the part named before it, not of 总装机
      const shareOfPrevious = stretch.startsWith('占') && prevQ?.subject !== undefined;
      if (!span && !(listGap && prevQ?.subject) && !shareOfPrevious) span = phrase(norm, a, f.start);
      // 居民人均预期寿命由2022年的78.2岁: a time inside the clause is no boundary of the subject
      if (!span && !listGap && i > 0 && isTime(facts[i - 1]!)) span = beforeTime(norm, facts, i, sentenceStart);
      // 预算金额：壹佰贰拾万元整, 售价：300元/份: a label before a colon names the figure
      if (!span && stretch.trim() === '' && (norm[a - 1] === '：' || norm[a - 1] === ':')) span = labelBefore(norm, a - 1, Math.max(sentenceStart, prevEnd));
      // 以深圳湾管制站最为繁忙，约221.5万人次；其次为罗湖管制站，约189.3万人次: what the clause before ranks
      if (!span && stretch.trim() === '' && (norm[a - 1] === '，' || norm[a - 1] === ',')) span = rankedBefore(norm, a - 1, Math.max(sentenceStart, prevEnd));
      // 壹佰贰拾万元整（¥1,200,000.00）, -3.31%（原估-2.87%）: the figure again, or another of the same, in parentheses
      if (span && /^整?[（(](?:原估|初估|原|约|即|或|折合|合)?$/.test(stretch) && prevQ?.subject) span = null;
      // 出生數以新北市1萬8,962人最多: what 以 names is what the figure ranks
      if (span && RANKED_AFTER.test(norm.slice(f.end, f.end + 3))) {
        const k = norm.lastIndexOf('以', span.end - 1);
        if (k >= span.start && span.end - k - 1 >= 2) span = { start: k + 1, end: span.end };
      }
      // 以总股本29.11亿股计算: the frame word before the figure is no part of what it counts
      if (span && span.end - span.start > 2 && /[以按]/.test(norm[span.start]!) && FRAME_AFTER.test(norm.slice(f.end, f.end + 2))) span = { start: span.start + 1, end: span.end };
      const linkOnly = LINK_ONLY.test(stretch);
      // (较前一星期的14.52%: the level compared with is of what the figure before measures)
      const comparedLevel = !span && COMPARED_LEVEL_BEFORE.test(stretch);
      // (大豆产量连续3年稳定在2000万吨以上: a figure right after a streak is what the streak is of)
      const before = i > 0 ? facts[i - 1]! : undefined;
      // (and the streak's subject is named before it, not read from the words after: 已连续9年稳定在)
      const streakBefore = before?.kind === 'duration' && before.subject !== undefined && norm.startsWith('连续', before.start) && (linkOnly || stretch.trim() === '') && doc.text.slice(Math.max(0, before.start - 30), before.start).includes(before.subject) ? before : undefined;
      const inherit = prevQ?.subject && (listGap || linkOnly || comparedLevel || REFERS_BACK.test(stretch) || CHANGE_ONLY.test(stretch) || f.change !== undefined || stretch.trim() === '');
      // (从年龄结构看，16—20岁占1.5%: an age group or a length right before 占 is what the share is of)
      const groupBefore = !span && before?.kind === 'duration' && before.end === a && /^(?:占|佔)比?$/.test(stretch) && !/^连续/.test(norm.slice(before.start, before.end)) ? before : undefined;
      if (!span && streakBefore) f.subject = streakBefore.subject;
      else if (groupBefore) {
        f.subject = doc.text.slice(groupBefore.start, groupBefore.end);
        // (a group's share passes its group to no figure after it: 21—30岁 is no 16—20岁)
        prevQ = null;
        continue;
      }
      // 新能源汽车保有量2041万辆，占汽车总量的6.07%: the share is of 新能源汽车, not of its 保有量
      else if (!span && inherit) f.subject = shareOfPrevious ? partOf(prevQ!.subject!) : prevQ!.subject;
      else {
        if (!span && counted) span = after(norm, f, facts[i + 1]);
        if (span) f.subject = subjectText(doc, span);
      }
    }
    // a length of time (已连续16个月呈现年减) is no level whose subject the next figures carry on
    // (but a measured time is: 平均响应时长为8.5分钟，较同期缩短4.2分钟)
    if (f.kind !== 'duration' || (f.subject !== undefined && MEASURED_TIME.test(f.subject))) prevQ = f;
  }
}
