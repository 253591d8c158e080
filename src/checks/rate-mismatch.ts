// rate-mismatch (warning): a stated rate, share or change that the figures beside it contradict,
// beyond the rounding their precision allows. When the relation holds it is reported as info
// (rate-consistent, implied-baseline), so a reader can see what was checked.
//
//   shares:   火电2324.62万千瓦，占33.05% (of 总装机7487.71万千瓦 → 31.05%)
//   rates:    立刑事案件1365宗，破案707宗，破案率51.8% (707/1365 = 51.795%: holds)
//   changes:  从460起降至408起，下降15% (−11.3%); 营收6.13亿元，较二季度的7.05亿元环比下降13.07%
//   levels:   户籍人口218.7万人，比上年增加8630人，增长0.4% (8630/2178370 = 0.40%: holds)
//   whole counts: 立案408起、同比下降13.5% (no whole number of cases gives −13.5%)
import type { Fact, Finding } from '../types.js';
import { firstAtOrAfter, hasFullStop, isComparedLevel } from '../link/marks.js';
import { within } from '../link/period.js';
import { dailyAverages } from './daily-average.js';
import { perCapita } from './per-capita.js';
import { PLAN_WORDS } from '../data/subject-words.js';
import { DEFINED_WHOLES } from '../data/complements.js';
import { words } from '../rules/patterns.js';
import { ADDED, adjusted, factsChecked, isBound, leadPeriodOf, OPENS, TIME_AVERAGE_WORDS, openersRe, afterQizhong, bounds, farOffShare, shareOffBy, samePeriod, COUNTED_AMONG, FRAME_TIME, clauseMarkBefore, sharesAWord, comparedPeriodLevel, finding, fmt, overlaps, paragraphStart, ratioBounds, sameSubject, sameUnit, simplify, sentenceStartOf, type Check, type CheckContext } from './util.js';

/** A time before the name of a whole (占全年结婚对数的), and a whole named by a time alone (占全年的). */
const FRAME_START = new RegExp(`^(?:${FRAME_TIME})`);
const FRAME_ONLY = new RegExp(`^(?:${FRAME_TIME})$`);
// (个人住房贷款余额占缴存余额的比率（个贷率）为76.29%: a share may be named in parentheses after its words)
const SHARE_WORD = /(?:占|佔)(?<whole>[^，。；、\d]{0,16}?)(?:的|之)?(?:比重|比例|份额|比率)?(?:[（(][^（）()，。；\d]{1,8}[）)])?(?:为|是|达到|达|约|分别为|分别|依次为)?$/;
const LEVEL = new Set(['count', 'money', 'measure', 'number']);
/** A sentence opening with the name of what it breaks down and 中: 清运的垃圾中，… */
const AMONG_OPENER = /^[\u4e00-\u9fff]{2,12}中[，,]/;
/** The scope a name opens with: 全国, 全省, 全市… */
const SCOPE = /^(?:全国|全省|全市|全县|全区|全港|全澳|全台)/;
/** A subject that is an average per day or month (每日求诊人次, 日均客运量): no whole of a period's total. */
const PER_UNIT = /^(?:平均)?(?:每[日天月年周]|日均|月均|年均|周均)/;
// (占公司业务总量的: the company is the text's own, 业务量)
const WHOLE_TRIM = /^(?:全国|全省|全市|全县|全区|全部|全体|整体|全行|全公司|公司|集团|全|总)|(?:总数|总量|总额|总计|合计|总和|总)$/g;

/** Words a whole's name may add after the subject of its level: 总, 总量, 合计 (钢材总量 for 钢材). */
// (金额 too: a subject of money drops it, 合同销售金额 → 合同销售)
// (人次, 人数: the name adds what the part counts, 民宿住宿人次 for 民宿住宿 1,221万人次)
const TOTAL_AFTER = /^(?:总|总量|总数|总额|总计|合计|总和|金额|人次|人数)?$/;

/**
 * How well a level's subject fits the name of a whole: 3 the same; 2 the subject says more (户籍总人口
 * for 人口); 1 the name qualifies the subject or adds a total word (归属于母公司股东净利润 for 净利润,
 * 全社会用电量 for 用电量); 0 no fit, the name measuring something else (钢材总销量 is no 钢材 output).
 * The best fit wins over a larger level: 占服务类投诉的 is 服务类投诉 8.25万件, not all 投诉 15.37万件.
 */
export function wholeFit(subject: string | undefined, name: string, part?: string): number {
  const s = simplify(subject);
  const n = simplify(name);
  if (s.length < 2 || n.length < 2) return 0;
  if (s === n) return 3;
  // (武汉市发明专利授权量 is one city's, no whole of 发明专利授权; 进出口总额 is no 出口总额)
  // (3A级景区 is one grade of A级景区: a figure or letter before the name makes a kind of it)
  // (观光旅馆、一般旅馆及民宿住宿人次 for 民宿住宿人次: the name joined to others, a total of more than it)
  if (s.includes(n)) return /[市省县区州\dA-Za-z及和与、]$/.test(s.slice(0, s.indexOf(n))) || (/^[出进]口/.test(n) && s.includes('进出口') && !n.startsWith('进出口')) ? 0 : 2;
  const at = n.lastIndexOf(s);
  // (结婚登记对数 for 结婚对数: the name with at most two characters left out, in order; three of a longer
  // name: 人身险原保险保费收入 for 人身险保费收入)
  if (at < 0 && s.length - n.length <= (n.length >= 6 ? 3 : 2) && s.length > n.length && subsequence(n, s)) return 1;
  if (at < 0 || !TOTAL_AFTER.test(n.slice(at + s.length))) return 0;
  // 企业获得发明专利授权2.04万件，占发明专利授权总量的: the qualifier the name adds (发明) is the part's
  // own, so the whole is of that kind only, not every 专利授权 (a subject of one word, 出口 for 服务出口,
  // may be a phrase cut short and is left alone)
  const qualifier = n.slice(0, at);
  return s.length >= 4 && qualifier.length >= 2 && part !== undefined && simplify(part).includes(qualifier) ? 0 : 1;
}

/** A name that joins items (A和B…, A、B…) names each in the whole's subject: no one item's level is their whole. */
function joinsAll(name: string, subject: string | undefined): boolean {
  const items = name.split(/和|及|与|、/);
  if (items.length < 2 || items.some((x) => x.length < 2)) return true;
  const s = simplify(subject);
  return items.every((x) => s.includes(x.slice(0, 2)));
}

/** Words of an amount sold, as a name may put them: 销量 for 销售 (汽车销量 of 销售汽车). */
const SOLD = /销量|销售量|销售额|销售/;
const SOLD_ALL = new RegExp(SOLD.source, 'g');
/**
 * A name and a subject that say the same thing in other words: the same thing (two characters or more) once the
 * words of selling are taken off both, each having one (汽车销量, 销售汽车).
 */
function sameThingOtherWords(name: string, subject: string): boolean {
  if (!SOLD.test(name) || !SOLD.test(subject)) return false;
  const a = name.replace(SOLD_ALL, '');
  const b = subject.replace(SOLD_ALL, '');
  return a.length >= 2 && b.endsWith(a);
}

/** Every character of `a`, in order, is in `b`. */
function subsequence(a: string, b: string): boolean {
  let k = 0;
  for (let i = 0; i < b.length && k < a.length; i++) if (b[i] === a[k]) k++;
  return k === a.length;
}

/** What a whole's subject says before the name (城镇居民人均 of 城镇居民人均可支配收入), less a scope word (全市), is in the part's subject too. */
function sharesQualifier(whole: string | undefined, name: string, part: string | undefined): boolean {
  const w = simplify(whole);
  const at = w.indexOf(simplify(name));
  const q = (at > 0 ? w.slice(0, at) : '').replace(/^(?:全国|全省|全市|全县|全区|本市|本省)/, '');
  // (only a group of the population or of units: a place, 香港人口, is the whole's own scope)
  const group = /城镇|农村|城市|乡村|男性|女性|企业|机关/.exec(q)?.[0];
  return !group || simplify(part).includes(group);
}

/** What `name` says before the subject of `h` (陆路 of 陆路旅客 for 旅客) is written in the clause before `h`. */
function qualifierSaid(norm: string, h: Fact, name: string): boolean {
  const s = simplify(h.subject);
  const at = s.length >= 2 ? name.lastIndexOf(s) : -1;
  const q = at > 0 ? name.slice(0, at) : '';
  if (q.length < 2) return false;
  const before = norm.slice(Math.max(0, h.start - 30), h.start);
  const from = Math.max(before.lastIndexOf('，'), before.lastIndexOf('。'), before.lastIndexOf('；'), before.lastIndexOf('\n'));
  const clause = before.slice(from + 1);
  if (clause.includes(q)) return true;
  // (累计签约 of 累计签约金额 in 累计实现签约金额1326.83亿元: its words, each in the clause)
  if (q.length < 4 || q.length % 2 !== 0) return false;
  for (let k = 0; k < q.length; k += 2) if (!clause.includes(q.slice(k, k + 2))) return false;
  return true;
}

/** The name opens with a qualifier (发明) the part has and the candidate whole lacks. */
function dropsQualifier(name: string, part: string | undefined, whole: string | undefined): boolean {
  const q = name.slice(0, 2);
  return simplify(part).includes(q) && !simplify(whole).includes(q);
}

/** A figure planned, not done: a budget, a plan, a target. */
const PLANNED = new RegExp(`(?:${words(PLAN_WORDS)})$`);

/**
 * 本地交通及其他消费分别为8.6亿及17.2亿澳门元，占4.7%及9.4%: shares joined by 及, 和 or 、 after 占 (and the
 * whole's name) pair one by one with as many levels joined the same way right before 占.
 */
const JOIN = /^[、和及与]$/;
function joinedPart(ctx: CheckContext, f: Fact): Fact | null {
  const { doc, facts } = ctx;
  const i = ctx.indexOf(f);
  let a = i;
  while (a > 0 && facts[a - 1]!.kind === 'percent' && JOIN.test(doc.norm.slice(facts[a - 1]!.end, facts[a]!.start))) a--;
  let b = i;
  while (b + 1 < facts.length && facts[b + 1]!.kind === 'percent' && JOIN.test(doc.norm.slice(facts[b]!.end, facts[b + 1]!.start))) b++;
  const n = b - a + 1;
  // (分别为1,250亿元、1,062亿元和1,047亿元，占经常开支的22.6%、19.2%和18.9%: the whole may be named after 占)
  if (n < 2 || a < n || !/^[，,]?(?:分别|依次)?(?:占|佔)[^，。；、\d]{0,16}$/.test(doc.norm.slice(facts[a - 1]!.end, facts[a]!.start))) return null;
  const levels = facts.slice(a - n, a);
  if (!levels.every((g, k) => isLevel(g) && sameUnit(g, levels[0]!) && (k === 0 || JOIN.test(doc.norm.slice(levels[k - 1]!.end, g.start))))) return null;
  return levels[i - a] ?? null;
}

/** A share stated right after its part: ，占…的30.25% (no change of its own). */
function isShare(norm: string, f: Fact): boolean {
  return f.kind === 'percent' && !f.change && /^[，,]?(?:占|佔)[^，。；\d]{0,16}$/.test(norm.slice(Math.max(0, f.start - 18), f.start).replace(/^.*[，,]/, '，'));
}

function isLevel(f: Fact): boolean {
  return LEVEL.has(f.kind) && typeof f.value === 'number' && !f.change;
}

function pct(x: number): string {
  return `${Number(x.toFixed(2))}%`;
}

/**
 * Compares a stated percent with a/b and reports a mismatch or the relation that holds; `a` may be
 * several parts whose sum is meant (两市…分别为1326万千瓦和985万千瓦，合计占…的54.9%).
 */
function compare(ctx: CheckContext, out: Finding[], stated: Fact, a: Fact | Fact[], b: Fact, what: string): void {
  const { doc } = ctx;
  const parts = Array.isArray(a) ? a : [a];
  const pb = parts.map(bounds).reduce((x, y): [number, number] => [x[0] + y[0], x[1] + y[1]]);
  const r = ratioBounds(pb, bounds(b));
  const s = bounds(stated);
  const sum = parts.reduce((t, p) => t + (p.value as number), 0);
  const actual = (sum / (b.value as number)) * 100;
  const ids = [ctx.indexOf(stated), ...parts.map((p) => ctx.indexOf(p)), ctx.indexOf(b)];
  const aText = parts.map((p) => p.text).join(' + ');
  if (overlaps(r, s)) {
    out.push(finding(doc, 'rate-consistent', 'info', stated.start, stated.end, `${stated.text} = ${what} = ${pct(actual)} (${aText} / ${b.text}): holds`, { facts: ids }));
  } else {
    // (药物及化妆品为26.8亿元，占8.1%: the part told in the share's clause is in the span, either may be wrong)
    const part = parts.length === 1 && parts[0]!.end <= stated.start && stated.start - parts[0]!.end <= 24 && !/[。！？；;\n]/.test(doc.norm.slice(parts[0]!.end, stated.start)) ? parts[0]! : null;
    out.push(finding(doc, 'rate-mismatch', 'warning', part ? part.start : stated.start, stated.end, `${stated.text} does not match ${what}: ${aText} / ${b.text} = ${pct(actual)}`, { facts: ids }));
  }
}

/**
 * (A4) A share named by what it counts, of a count with 中 after its noun: 35个工业行业大类中，有27个行业
 * 增加值保持增长，增长面为71.4% (77.1%); 12宗地块中有5宗溢价成交，…溢价成交比例为58.3% (41.7%). The part
 * is the count of the sentence whose name shares a word with the share's, else the nearest.
 */
// (a rate, 达标率, 最高溢价率, may be of another count; a bound, 超过55%, is no share stated)
// (面 of 增长面, not of 断面: 劣Ⅴ类断面1个，占0.7% is a share of the whole, not of a count among)
const AMONG_SHARE = /(?:比例|比重|占比|增长面|下降面|上涨面|下跌面|覆盖面|亏损面|盈利面)$/;
function sharesAmong(ctx: CheckContext, out: Finding[]): void {
  const { doc, facts } = ctx;
  for (let i = 0; i < facts.length; i++) {
    const w = facts[i]!;
    if (w.kind !== 'count' || typeof w.value !== 'number' || w.change || isComparedLevel(doc.norm, w.start) || !COUNTED_AMONG.test(doc.norm.slice(w.end, w.end + 13))) continue;
    const counts: Fact[] = [];
    // (to the end of the clause, 200 characters at most: a text with no full stop costs no more; 清河流域44个国控
    // 断面中，…；12个重点湖库点位水质优良比例为91.7% is of another count)
    for (let k = i + 1; k < facts.length && facts[k]!.start - w.end < 200 && !/[。！？\n；;]/.test(doc.norm.slice(facts[k - 1]!.end, facts[k]!.start)); k++) {
      const g = facts[k]!;
      if (g.kind === 'count' && sameUnit(g, w) && !g.change && typeof g.value === 'number' && g.value <= w.value) counts.push(g);
      const name = simplify(g.subject);
      if (g.kind !== 'percent' || g.change || g.approx || !AMONG_SHARE.test(name) || /平均|均/.test(name) || counts.length === 0) continue;
      const stem = name.replace(AMONG_SHARE, '');
      const part = counts.find((c) => stem.length >= 2 && sharesAWord(c.subject, stem)) ?? counts[counts.length - 1]!;
      compare(ctx, out, g, part, w, `${part.subject ?? part.text} / ${w.text}`);
    }
  }
}

/** A share of several parts together: ，合计占 / 共占 / 两者占 (the parts listed before it). */
const JOINT_SHARE = /合计|合共|共计|总计|一共|共同|两者|二者|三者|共占|共佔/;

/**
 * The parts a joint share is of: the values of the 分别 list the part closes, or the run of levels
 * joined by 、和及与 that ends at it (北屏市、云川市新能源装机分别为1326万千瓦和985万千瓦，合计占…);
 * null when the part stands alone (then what was summed is not written out).
 */
function jointParts(ctx: CheckContext, part: Fact, gap: string): Fact[] | null {
  const list = ctx.lists.find((l) => l.values.includes(part));
  if (list && list.values.length > 1 && list.values.every((g) => isLevel(g) && sameUnit(g, part))) return list.values;
  // 小麦播种面积8572.4万亩，玉米播种面积5805.3万亩，两者合计占…: the last two (three) levels of the sentence
  const n = /[两二]者/.test(gap) ? 2 : /三者/.test(gap) ? 3 : 0;
  if (n) {
    const levels: Fact[] = [];
    for (let k = ctx.indexOf(part); k >= 0 && levels.length < n; k--) {
      const g = ctx.facts[k]!;
      if (/[。！？\n]/.test(ctx.doc.norm.slice(g.end, part.start))) break;
      if (isLevel(g)) levels.unshift(g);
    }
    return levels.length === n && levels.every((g) => sameUnit(g, part)) ? levels : null;
  }
  const run = [part];
  for (let k = ctx.indexOf(part) - 1; k >= 0; k--) {
    const g = ctx.facts[k]!;
    if (!isLevel(g) || !sameUnit(g, part) || !/^[、和及与,，]$/.test(ctx.doc.norm.slice(g.end, run[0]!.start))) break;
    run.unshift(g);
  }
  return run.length > 1 ? run : null;
}

/** The level paired with a share in a 分别/依次 list of shares. */
function listedPart(ctx: CheckContext, f: Fact): Fact | null {
  const list = ctx.lists.find((l) => l.values.includes(f));
  if (!list) return joinedPart(ctx, f);
  const k = list.values.indexOf(f);
  const n = list.values.length;
  const run: Fact[] = [];
  for (let k = firstAtOrAfter(ctx.facts, list.at) - 1; k >= 0 && run.length < n; k--) if (isLevel(ctx.facts[k]!)) run.unshift(ctx.facts[k]!);
  if (run.length !== n || !run.every((g) => sameUnit(g, run[0]!))) return null;
  // the levels must be in the same sentence as the list
  if (/[。！？\n]/.test(ctx.doc.norm.slice(run[0]!.start, list.at))) return null;
  return run[k] ?? null;
}

/** (A) Shares: the part before 占, the whole it names (or the previous share's whole). */
function shares(ctx: CheckContext, out: Finding[]): void {
  const { doc, facts } = ctx;
  /** The whole of the last share compared, its paragraph, and where that share stood. */
  let lastWhole: { fact: Fact; paragraph: number; share: number } | null = null;
  /** The part of the last share compared. */
  let lastPart: Fact | null = null;
  /** The headline's period, looked up once (null: not yet). */
  let lead: string | undefined | null = null;
  const bare: BareShare[] = [];
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i]!;
    if (f.kind !== 'percent' || f.change || typeof f.value !== 'number') continue;
    // (占全年结婚对数的3.5%: a time inside the name of the whole is no figure before the share)
    let j = i - 1;
    while (j >= 0 && (facts[j]!.kind === 'period' || facts[j]!.kind === 'date') && f.start - facts[j]!.start <= 30) j--;
    const from = j >= 0 ? facts[j]!.end : 0;
    const gap = doc.norm.slice(Math.max(from, f.start - 30), f.start);
    const m = SHARE_WORD.exec(gap);
    if (!m) {
      inlineWhole(ctx, out, f, j);
      continue;
    }
    // the part: in a list of shares (分别占…的51.3%和48.7%), the level at the same place in the list
    // of levels before it; otherwise the nearest level before the share in its sentence
    const listed = listedPart(ctx, f);
    let part: Fact | null = listed;
    for (let k = i - 1; k >= 0 && !part && i - k <= 16; k--) {
      const g = facts[k]!;
      if (/[。！？\n]/.test(doc.norm.slice(g.end, facts[k + 1]!.start))) break;
      // (「从高处堕下」导致7宗致命个案，占…三分之一；「处理物件时受伤」则是最常见的意外类别，占工业意外的21.8%: a ； before the
      // share's clause closes the figures before it)
      // (but 其余品类合计占19.3% after ； is read against the list before it)
      if (/[；;]/.test(doc.norm.slice(g.end, f.start)) && !/其余|其他|合计|合共|共占/.test(doc.norm.slice(g.end, f.start).split(/[；;]/).pop()!)) break;
      // (韩国旅客26万4,315人次，较去年同期的18万9,640人次成长49.4%，占13.1%: not the level compared with)
      if (isLevel(g) && !isComparedLevel(doc.norm, g.start)) {
        part = g;
        break;
      }
    }
    // (5G基站12.86万个，全年新建开通3.05万个，占移动电话基站总数的33.3%: a share of a stock is of the stock told
    // before what was added to it)
    if (part && !listed && addedInClause(doc.norm, part) && !ADDED.test(m.groups!.whole ?? '')) {
      let k = ctx.indexOf(part) - 1;
      while (k >= 0 && (facts[k]!.kind === 'period' || facts[k]!.kind === 'date')) k--;
      const g = facts[k];
      if (g && isLevel(g) && sameUnit(g, part) && !addedInClause(doc.norm, g) && !/[。！？；;\n]/.test(doc.norm.slice(g.end, part.start)) && !isComparedLevel(doc.norm, g.start)) part = g;
    }
    const zhan = f.start - gap.length + m.index;
    const clauseAt = clauseMarkBefore(doc.norm, zhan + 1);
    const ownName = simplify(doc.norm.slice(clauseAt + 1, zhan).replace(/^(?:其中|当中|分别|合计|共|均|则|也)+/, ''));
    // 新设企业24.35万户…。新设企业占新设经营主体的比重为35.2%: a share opening its sentence with the
    // name of a level told just before it
    // (…分别实现收入38.15亿元、32.70亿元和15.57亿元，其中航运业务收入占营业收入的42.6%: the level of that
    // name, not the nearest one, 综合物流业务收入)
    const renamed = part !== null && part.end <= clauseAt && simplify(part.subject) !== ownName;
    let byName = false;
    for (let k = i - 1; k >= 0 && (!part || renamed) && i - k <= 16 && ownName.length >= 2 && ownName.length <= 12; k--) {
      const g = facts[k]!;
      const after = doc.norm.slice(g.end, f.start);
      // (a level of that name in the share's own sentence, when the nearest level is another's)
      if (after.includes('\n') || (renamed && /[。！？]/.test(after))) break;
      if (isLevel(g) && simplify(g.subject) === ownName) {
        part = g;
        byName = renamed;
        break;
      }
    }
    if (!part) continue;
    // (65岁以上人口为446万8,102人，…；0至14岁人口占11.53%: an age group right before 占 names the share's own
    // part, no figure told)
    if (facts.slice(ctx.indexOf(part) + 1, i).some((g) => g.kind === 'duration' && /^(?:人口|人数|者|的人口)?(?:占|佔)/.test(doc.norm.slice(g.end, g.end + 5)))) continue;
    // 按就业身份划分，雇员占89.6%: a share whose own clause names what it is of before 占 has no part in
    // an earlier clause (8.94万人 is 服务及销售人员)
    // (再婚登记1.02万对，再婚登记占…的17.5%: the part named again)
    const partName = simplify(part.subject);
    if (part.end <= clauseAt && /[\u4e00-\u9fff]{2}/.test(ownName) && !JOINT_SHARE.test(ownName) && !(partName.length >= 2 && (ownName.includes(partName) || partName.includes(ownName)))) continue;
    // 可支配所得介于80至100万元的家庭占全体家庭的17.4%: a figure that qualifies a noun (…的家庭) is no part
    // (经常性薪资不足3万元者占受雇员工约一成: nor one that names a group, 者)
    if (doc.norm[part.end] === '的' || doc.norm[part.end] === '者') continue;
    // 合共投资约1,188亿澳门元，其中非博彩项目投资占逾九成: the share is of a part named after 其中
    if (!byName && /其中|当中/.test(doc.norm.slice(part.end, f.start))) continue;
    // 合计占全省新能源装机的54.9%: the share is of the parts together
    let parts: Fact[] | null = null;
    const between = doc.norm.slice(part.end, f.start);
    // (分别报告20318例、9646例和5893例，合计占…的93.24%，其中其他感染性腹泻病占52.83%: a 合计 before another share
    // is that share's)
    const joinedAt = part.end + between.search(JOINT_SHARE);
    const sharedBefore = facts.slice(ctx.indexOf(part) + 1, i).some((g) => g.kind === 'percent' && !g.change && g.start > joinedAt);
    if (JOINT_SHARE.test(between) && !sharedBefore && !(parts = jointParts(ctx, part, between))) continue;
    const para = paragraphStart(ctx, f.start);
    // (what the share is of: the part, or the parts together, 236万、184万及152万人次，合计占…的46.8%)
    const joint: Fact = parts ? { ...part, value: parts.reduce((t, p) => t + (p.value as number), 0) } : part;
    // (the whole comes before the first of the parts)
    const first = ctx.indexOf(parts ? parts[0]! : part);
    // (a part told with no time of its own is of the share's: 募资190.8亿元，占全年首发募资总额的28.3%)
    // (and one told with no time in a paragraph with none is of the article's lead period: 服务输入方面，…642亿元，
    // 占服务输入总值的39.8% in a release on 第三季 is of the quarter's 1,612亿, not 首三季's 4,752亿)
    const partPeriod = part.period ?? f.period ?? (lead === null ? (lead = leadPeriodOf(ctx)) : lead);
    const timed = (h: Fact) => samePeriod(h.period, partPeriod);
    let whole: Fact | null = null;
    // (占全国人口比重（常住人口城镇化率）为: the name less its aside and the word for a share)
    // (占全年结婚对数的: a time before the name is no part of it)
    // (占各项存款的: 各项 says every kind, no qualifier of the whole, 存款余额)
    const unscoped = simplify(m.groups!.whole).replace(/[（(][^（）()]*[）)]/g, '').replace(/的?(?:比重|比例|份额)$/, '').replace(/^(?:全国|全省|全市|全县|全区)/, '').replace(/^(?:各项|各类)(?=[\u4e00-\u9fff]{2})/, '');
    // (占整体刑事案件的: 整体 says all of it, no qualifier to fit; 案件 is no better a fit than 刑事案件调查)
    const full = thatOne(doc.norm, sentenceStartOf(ctx, part.start), part.start, unscoped.replace(FRAME_START, '').replace(/^(?:整体|全体|全部)/, ''));
    // (占整體出口貨值的: all of it, so no level of one market's, 輸往內地的出口貨值)
    const ofAll = /^(?:整体|全体|全部)/.test(unscoped.replace(FRAME_START, ''));
    const named = full.replace(WHOLE_TRIM, '');
    // (a name that says a longer time than the part's, 占全年观众总量的; 当月 is the part's own)
    // (but 累计 is no longer time when the part is told as 累计 too: 1—11月海外累计交付…，占累计交付量的)
    const framed = /^(?:全年|年度|全季|全期)/.test(unscoped) || (/^累计/.test(unscoped) && !/累计/.test(doc.norm.slice(Math.max(0, part.start - 12), part.start)));
    // (占全省产量的: a level of the country, 全国天然气产量, is of another scope)
    const scope = SCOPE.exec(simplify(m.groups!.whole))?.[0];
    const otherScope = (h: Fact): boolean => scope !== undefined && (SCOPE.exec(simplify(h.subject))?.[0] ?? scope) !== scope;
    if (named.length >= 2) {
      // the whole is the largest level before the part that the name fits, the full name first
      // (总人口 → 户籍总人口 46.46万, not 乡村人口)
      let best = 0;
      for (const name of full.length > named.length ? [full, named] : [named]) {
        best = 0;
        for (let k = first - 1; k >= 0 && first - k <= 200; k--) {
          const g = facts[k]!;
          // (not a level compared with: 较去年同期的1,782人 is last year's)
          // (nor an average per day: 每日求診人次 is no whole of the period's 求診人次)
          // (nor a bound, 连续3个月交付量超过1.5万辆)
          if (!isLevel(g) || !sameUnit(g, part) || (g.value as number) <= (part.value as number) || isComparedLevel(doc.norm, g.start) || PER_UNIT.test(simplify(g.subject)) || otherScope(g) || isBound(doc.norm, g) || (ofAll && oneMarket(doc.norm, g))) continue;
          // the closest name first, then the part's own period, then the largest level: 占服务类投诉的 is
          // 服务类投诉 8.25万件, not all 投诉; 10月…分别占外销订单总额的40.0% is of October's orders, not
          // of the larger total of 1至10月
          // (a level after 其中 is a part of the one before it: 占老年人口的 is the 60岁及以上 186.4万, not the
          // 其中65岁及以上老年人口 132.7万, whose name fits as well or better)
          // (and one of another period than the part's own ranks below one of its period: 1—9月出口83.9GW，占出口总量的
          // 45.2% is of 1—9月's 185.6GW, not of 上半年累计出口128.6GW)
          // (unless the name says its own time: 占全年观众总量的 is of the year's, whatever the part's)
          // (but only when a level before 其中 fits the name too: 户籍总人口…，其中60岁及以上老年人口128.47万人…；65岁及以上
          // 老年人口93.15万人…，占老年人口的 is of the 60岁 level, the larger of two that fit alike)
          const raw = wholeFit(g.subject, name, part.subject);
          const fit = Math.max(0, raw - (raw > 0 && afterQizhong(doc.norm, g) && brokenDownFits(ctx, g, name, part.subject) ? 1 : 0) - (!framed && part.period !== undefined && g.period !== undefined && !samePeriod(g.period, part.period) ? 2 : 0));
          // (on an equal fit, one whose qualifier the part shares: 全市居民人均可支配收入, not 城镇居民…,
          // for 全市居民人均工资性收入 占可支配收入的58.0%)
          const own = (h: Fact) => sharesQualifier(h.subject, name, part!.subject);
          // (then an amount done before one planned: 采购金额 占采购总额 is of 实际采购金额 175.36亿, not of the
          // larger 采购预算 186.42亿)
          const done = (h: Fact) => !PLANNED.test(simplify(h.subject));
          // (first one whose clause says what the name adds to its subject: 占陆路旅客的 is 经陆路管制站出入境的旅客
          // 1亿9,870万, not all 旅客 2亿5,130万)
          const said = (h: Fact) => qualifierSaid(doc.norm, h, name);
          if (fit > best || (fit === best && fit > 0 && (said(g) !== said(whole!) ? said(g) : own(g) !== own(whole!) ? own(g) : done(g) !== done(whole!) ? done(g) : timed(g) !== timed(whole!) ? timed(g) : (g.value as number) > (whole!.value as number)))) {
            whole = g;
            best = fit;
          }
        }
        if (whole) break;
      }
      // (9宗致命个案，占致命工业意外的近四成 against 意外 8,734宗: a whole that fits the name only loosely and
      // gives a share of another order, 0.1% for 近四成, is another whole; a figure off by a slip is not that far)
      if (whole && best <= 1 && farOffShare(f, joint, whole)) continue;
      // (占小学一年级和初中七年级招生总数的15.8%: a name that joins items is of their levels together, no one of them)
      if (whole && !joinsAll(named, whole.subject)) continue;
      // (占高中阶段在校生的37.9%: a whole made of parts by definition, 普通高中 and 中等职业, is no level that does not
      // name it, 普通高中's 在校生128.46万人)
      if (whole && DEFINED_WHOLES.some((d) => named.includes(d.whole) && !simplify(whole!.subject).includes(d.whole))) continue;
      // (113年…268.8萬人…占總人口比率為11.5%: a whole of a time apart from the part's, 159年總人口, is no whole of it)
      if (whole && !framed && part.period !== undefined && whole.period !== undefined && !samePeriod(part.period, whole.period) && !within(part.period, whole.period) && !within(whole.period, part.period)) continue;
      // (占对陆港出口的55.1% against all 出口, fitting only by its head: a share off by half or twice is of another
      // whole, one named in other words, 对中国大陆及香港出口)
      if (whole && best <= 1 && named.length >= 4 && shareOffBy(f, joint, whole, 2)) continue;
      // 占我外贸总值的57.9%: a whole named in other words (货物贸易进出口总值) found by its head (总值)
      const head = /总(?:值|额|量|数)$/.exec(full)?.[0];
      for (let k = first - 1; !whole && head && k >= 0 && first - k <= 200; k--) {
        const g = facts[k]!;
        // (but not one without the qualifier the name and the part share: 发明专利授权总量 is no 专利授权总量)
        if (isLevel(g) && sameUnit(g, part) && (g.value as number) > (part.value as number) && simplify(g.subject).endsWith(head) && !dropsQualifier(full, part.subject, g.subject)) whole = g;
      }
      // (占全市外贸总值的79.6% against 地区生产总值: a whole found by its head alone that puts the share at half or less,
      // or twice or more, is of another measure)
      if (whole && best === 0 && head && shareOffBy(f, joint, whole, 2)) continue;
      // (销售汽车1.17万辆…，其中新能源汽车销售6142辆，占汽车销量的57.6%: a whole named in other words, by its
      // thing (汽车) and a word of sales, the nearest larger level of the part's sentence or the one before; one that
      // puts the share at half or less, or twice or more, is of another measure)
      let worded = false;
      for (let k = first - 1; !whole && k >= 0 && first - k <= 8 && part.start - facts[k]!.start <= 200; k--) {
        const g = facts[k]!;
        if (/[\n]/.test(doc.norm.slice(g.end, part.start))) break;
        if (isLevel(g) && sameUnit(g, part) && (g.value as number) > (part.value as number) && !isComparedLevel(doc.norm, g.start) && !PER_UNIT.test(simplify(g.subject)) && sameThingOtherWords(named, simplify(g.subject))) {
          whole = g;
          worded = true;
        }
      }
      if (whole && worded && shareOffBy(f, joint, whole, 2)) continue;
      // (占新增总数的45.1%: a whole of additions is no stock, 银幕总数 90968块; the increment 增加4658块
      // is a change, no level to divide by)
      if (whole && ADDED.test(full) && !ADDED.test(simplify(whole.subject) + doc.norm.slice(Math.max(0, whole.start - 12), whole.start))) continue;
      // (发放个人住房贷款1.18万笔…。其中，首套住房贷款9856笔，占发放笔数的88.5%: a name that counts the part's unit,
      // 笔数, with no level of that name, is of the level 其中 breaks down)
      if (!whole && part.unit && named.endsWith(`${simplify(part.unit)}数`) && rightAfterQizhong(doc.norm, part)) {
        whole = qizhongWhole(ctx, part);
        if (whole && farOffShare(f, part, whole)) continue;
      }
    } else if (FRAME_ONLY.test(simplify(m.groups!.whole))) {
      // 第四季度受理消费者诉求8.37万件，占全年的31.2%: the whole is the same thing over the longer time
      // (the closest name: 全年完成造林486.5万亩, not 其中人工造林312.8万亩, for 完成造林298万亩)
      // (the largest of equal fit: 全年 of 火灾 is the year's 86.3万起, not the 41.5万起 of one kind told nearer)
      // (占当月的近七成 is of a month's figure, not of 1—10月's)
      const frame = simplify(m.groups!.whole);
      const monthly = /当月|本月|全月/.test(frame);
      let best = 1;
      for (let k = first - 1; k >= 0 && first - k <= 200; k--) {
        const g = facts[k]!;
        const fit = wholeFit(g.subject, simplify(part.subject));
        if (monthly && g.period !== undefined && !/^\d{4}-\d{2}$/.test(g.period)) continue;
        // (住宅用地出让价款318.2亿元；前三季度累计实现出让价款252.6亿元，占全年的61.2%: a kind of the part's thing is
        // no whole of it over a longer time; 全年接待游客 of 接待游客 is)
        const gs = simplify(g.subject);
        if (fit === 2 && !/^(?:全年|年度|全市|全省|全县|全区|全国|累计|合计|共|总)*$/.test(gs.slice(0, gs.indexOf(simplify(part.subject))))) continue;
        // (占全年的 is of what the year added, 全年首次登记的私家车49,186部, not of the stock at its end)
        if (/全年/.test(frame) && g.period !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(g.period)) continue;
        // (nor of a part of the year told beside the part: 首三季新登记9,466辆，第四季3,752辆，占全年的28.4%)
        if (/全年/.test(frame) && g.period !== undefined && partOfYear(g.period)) continue;
        if ((fit > best || (fit === best && whole !== null && (g.value as number) > (whole.value as number))) && isLevel(g) && sameUnit(g, part) && (g.value as number) > (part.value as number) && !isComparedLevel(doc.norm, g.start)) {
          whole = g;
          best = fit;
        }
      }
      if (!whole) continue;
    } else if (lastPart && lastPart !== part && sameUnit(lastPart, part) && (lastPart.value as number) > (part.value as number) && AMONG_OPENER.test(doc.norm.slice(sentenceStartOf(ctx, part.start), Math.min(part.start, sentenceStartOf(ctx, part.start) + 16))) && sentenceStartOf(ctx, part.start) > lastPart.end && !hasFullStop(doc.norm, lastPart.end, sentenceStartOf(ctx, part.start) - 1)) {
      // (垃圾清运量389万4,825公吨，占产生量的39.48%。清运的垃圾中，送焚化厂处理的有386万9,116公吨，占99.3%: a
      // sentence opening with X中 breaks down the part of the share just told, not the paragraph's whole)
      whole = lastPart;
    } else if (lastWhole && lastWhole.paragraph === para && sameUnit(lastWhole.fact, part) && (lastWhole.fact.value as number) > (part.value as number) && !(lastWhole.share < sentenceStartOf(ctx, part.start) && OPENS.test(doc.norm.slice(sentenceStartOf(ctx, part.start), part.start))) && !amongInClause(doc.norm, lastWhole.share, part)) {
      // (…投资资产合计30.46万亿元，其中债券类资产…，占比56.4%。从风险等级看，中低风险及以下产品存续规模26.61万亿元，占比
      // 93.3%; …佔產業移工的46.9%。依性別分，女性移工39萬8,215人，佔47.9%: a sentence opening a breakdown by another
      // dimension leaves the last whole; its bare shares imply their own)
      // (行人受伤612人，其中长者238人，占近四成: a part after 其中 is of the level before 其中 when that is
      // another than the paragraph's last whole)
      // (but 60岁及以上人口31031万人，占22.0%，其中65岁及以上人口22023万人，占15.6%: the level before 其中 is
      // itself a share of the last whole, and so are its parts)
      const before: Fact | null = afterQizhong(doc.norm, part, para) ? levelBeforeQizhong(ctx, part) : null;
      const candidate: boolean = before !== null && before !== lastWhole.fact && sameUnit(before, part) && (before.value as number) > (part.value as number);
      // (住宅…381.6亿元，佔合約總值的81.4%，其中…二手233.4亿元（佔61.2%）: when the level before 其中 is
      // itself a share, the share is of whichever of the two it fits, 381.6亿, not 合約總值 468.9亿; the
      // last whole when it fits neither)
      const fits = (w: Fact) => overlaps(ratioBounds(bounds(part!), bounds(w)), bounds(f));
      const ownWhole: boolean = candidate && (!/占|佔/.test(doc.norm.slice(before!.end, part.start)) || (fits(before!) && !fits(lastWhole.fact)));
      whole = ownWhole ? before : lastWhole.fact;
    }
    // (其中內地旅客2,796萬人次，佔整體的78.6%: with no whole told before it in the paragraph, the bare share of a
    // part right after 其中 is of the level 其中 breaks down)
    // (but not among bare shares of other parts: 第三产业…，占55%；其中制造业60亿元，占75% may be of 第二产业)
    else if (afterQizhong(doc.norm, part, para) && named.length < 2 && bare[bare.length - 1]?.paragraph !== para && (whole = qizhongWhole(ctx, part)) !== null) {
      if (farOffShare(f, part, whole)) continue;
    }
    // (a part after 其中 is a part of a part: its bare share may be of something else; it is read beside the
    // others only when it implies nearly their whole, unnamedWholes)
    else if (!afterQizhong(doc.norm, part, para)) bare.push({ share: f, part: joint, paragraph: para });
    else if (named.length < 2) bare.push({ share: f, part: joint, paragraph: para, nested: true });
    // 乐透数字型彩票销售52.30亿元，占体彩销量的38.6%；竞猜型…，占比45.1%: a whole named in words no level of
    // the text has still implies one, beside the bare shares of the paragraph
    // (only a share right after its part: 卫生总费用占GDP的7.2% names its own part, not the 人均 figure before)
    // (but not the shares of a 分别 list that name their whole: 公立医院…，民营医院…，分别占医院诊疗人次的85.9%和
    // 14.1% are of 医院, not of the whole the bare shares before them imply)
    if (!whole && !listed && named.length >= 2 && ownName === '' && !afterQizhong(doc.norm, part, para)) bare.push({ share: f, part: joint, paragraph: para });
    if (!whole) continue;
    // (住户每月总开支约901亿港元 for 食品开支9,207港元，占27.5%: a whole that gives a share of another order of magnitude,
    // a twentieth or twenty times the stated one, is of another measure: an aggregate for an average, GDP for a sector)
    if (shareOffBy(f, joint, whole, 20)) continue;
    // 而2023年同期的逆差为2,679亿元，占商品进口货值的7.0%: last year's imports are not given
    if (comparedPeriodLevel(doc.norm, part)) continue;
    // (电子零组件出口182.6亿美元，…占出口总额的41.7%，其中集成电路…占电子零组件出口的86.7%；资通与视听产品出口…，
    // 占30.2%: a share of the part just told, a breakdown inside it, leaves the paragraph's whole as it was)
    // (so does the share of a part after 其中 in the level before 其中: 食品开支9,207港元，占27.5%，…其中外出用膳…占食品
    // 开支的54.7%, when the paragraph has no whole yet)
    const nestedIn = named.length >= 2 && afterQizhong(doc.norm, part, para) && levelBeforeQizhong(ctx, part) === whole && /^[，,]?[（(]?(?:占|佔)[^，。；]{0,12}?\d/.test(doc.norm.slice(whole.end, whole.end + 16));
    if (!(lastWhole && lastWhole.paragraph === para && whole === lastPart) && !nestedIn) lastWhole = { fact: whole, paragraph: para, share: f.start };
    lastPart = part;
    compare(ctx, out, f, parts ?? part, whole, `${parts ? parts.map((p) => p.subject ?? p.text).join(' + ') : (part.subject ?? part.text)} / ${whole.subject ?? whole.text}`);
  }
  unnamedWholes(ctx, out, bare);
}

/**
 * 累计回购股份28,654,200股，占公司总股本1,250,876,520股的2.92%: the whole written inside the share's own
 * phrase, right before 的; the part is the level before 占.
 */
function inlineWhole(ctx: CheckContext, out: Finding[], f: Fact, j: number): void {
  const { doc, facts } = ctx;
  const whole = j >= 1 ? facts[j]! : null;
  if (!whole || !isLevel(whole) || !/^的(?:比重|比例)?(?:为|是)?$/.test(doc.norm.slice(whole.end, f.start))) return;
  // (新增就业4.86万人，完成全年目标任务8万人的65.8%: the part of a target reached, the same way)
  const zhan = /(?:[占佔]|完成)[\u4e00-\u9fff]{1,12}$/.exec(doc.norm.slice(Math.max(0, whole.start - 14), whole.start));
  if (!zhan) return;
  // (a time inside the name of the whole, 完成全年目标任务, is no part)
  let pj = j - 1;
  while (pj > 0 && (facts[pj]!.kind === 'date' || facts[pj]!.kind === 'period') && facts[pj]!.start >= whole.start - zhan[0].length) pj--;
  const part = facts[pj]!;
  const between = doc.norm.slice(part.end, whole.start - zhan[0].length);
  if (!isLevel(part) || !sameUnit(part, whole) || /[。！？；;\n]/.test(between) || between.length > 4 || isComparedLevel(doc.norm, part.start) || (part.value as number) > (whole.value as number)) return;
  compare(ctx, out, f, part, whole, `${part.subject ?? part.text} / ${zhan[0].replace(/^(?:[占佔]|完成)/, '')}`);
}

/**
 * A level of `g`'s sentence before the 其中 that leads `g` fits `name` too or names `g`'s thing, or the sentence
 * has none: `g`, a part of it, is then no whole of a share named so.
 */
function brokenDownFits(ctx: CheckContext, g: Fact, name: string, part: string | undefined): boolean {
  const at = ctx.doc.norm.lastIndexOf('其中', g.start);
  let any = false;
  // (40 figures back at most: a sentence of a megabyte costs no more)
  for (let k = ctx.indexOf(g) - 1, n = 0; k >= 0 && n < 40; k--, n++) {
    const h = ctx.facts[k]!;
    if (/[。！？\n]/.test(ctx.doc.norm.slice(h.end, at))) break;
    if (h.end > at || !isLevel(h) || h.change) continue;
    // (消防處共接獲火警召喚35,942宗…，其中涉及樓宇的火警召喚21,386宗: one that names g's own thing is its whole too)
    if (wholeFit(h.subject, name, part) > 0 || (g.subject !== undefined && simplify(h.subject).includes(simplify(g.subject)))) return true;
    any = true;
  }
  return !any;
}

/** The last level of `part`'s sentence before the 其中 that introduces it. */
function levelBeforeQizhong(ctx: CheckContext, part: Fact): Fact | null {
  const at = ctx.doc.norm.lastIndexOf('其中', part.start);
  for (let k = ctx.indexOf(part) - 1; k >= 0; k--) {
    const g = ctx.facts[k]!;
    if (/[。！？\n]/.test(ctx.doc.norm.slice(g.end, at))) return null;
    if (g.end <= at && isLevel(g) && !g.change) return g;
  }
  return null;
}

/**
 * The level a 其中 right before `part` breaks down: in its sentence before 其中, or in the sentence before
 * when 其中 opens one; of the part's unit, larger, no level compared with; one whose name shares a word
 * with the part's most, then one of the part's period, then the nearest.
 */
/** `part` opens what a 其中 (and a comma after it) leads: 其中，首套住房贷款9856笔. */
function rightAfterQizhong(norm: string, part: Fact): boolean {
  return /(?:其中|当中)[，,]?[^，。；;]*$/.test(norm.slice(Math.max(0, part.start - 16), part.start));
}

function qizhongWhole(ctx: CheckContext, part: Fact): Fact | null {
  const { doc, facts } = ctx;
  const at = doc.norm.lastIndexOf('其中', part.start);
  if (at < 0 || part.start - at > 16) return null;
  const opens = /[。！？]/.test(doc.norm[at - 1] ?? '');
  const from = sentenceStartOf(ctx, opens ? at - 1 : at);
  let whole: Fact | null = null;
  const pi = ctx.indexOf(part);
  for (let k = pi - 1; k >= 0 && facts[k]!.start >= from && pi - k <= 30; k--) {
    const g = facts[k]!;
    // (nor the base of a multiple: 是上年2100张的1.5倍)
    if (g.end > at || !isLevel(g) || g.change || !sameUnit(g, part) || (g.value as number) <= (part.value as number) || isComparedLevel(doc.norm, g.start) || /^的(?:约|近)?[\d.]+倍|^的[一二两三四五六七八九十]成/.test(doc.norm.slice(g.end, g.end + 8))) continue;
    // (訪港旅客 for 內地旅客, not 已超過2023年全年的約3,400萬人次; 电池片总产能 for N型TOPCon电池产能, not 组件产能:
    // the most words shared, then the part's period, then the nearest)
    const rank = (h: Fact) => 2 * bigramsShared(h.subject, part.subject) + (samePeriod(h.period, part.period) ? 1 : 0);
    if (!whole || rank(g) > rank(whole)) whole = g;
  }
  return whole;
}
/**
 * (A5) A rate named after the part a 其中 gives, right after it in its clause: 在园幼儿19.36万人…；其中普惠性幼儿园
 * 在园幼儿17.62万人，普惠性幼儿园覆盖率为93.1% (91.0%). The rate's name opens with the part's qualifier; it is the
 * part over the level 其中 breaks down.
 */
const QIZHONG_RATE = /(?:覆盖率|普及率|占比|比重|比例)$/;
function qizhongRates(ctx: CheckContext, out: Finding[], rates: number[]): void {
  const { doc, facts } = ctx;
  for (const i of rates) {
    const f = facts[i]!;
    const part = facts[i - 1];
    const name = simplify(f.subject);
    if (!part || !QIZHONG_RATE.test(name) || !isLevel(part) || part.change || !rightAfterQizhong(doc.norm, part)) continue;
    // (the rate in the part's clause, named by the part's qualifier: 普惠性幼儿园 of 普惠性幼儿园在园幼儿)
    const qualifier = name.replace(QIZHONG_RATE, '');
    if (qualifier.length < 3 || !simplify(part.subject).startsWith(qualifier) || simplify(part.subject) === qualifier) continue;
    if (!/^[，,][^，。；;\d]{0,16}$/.test(doc.norm.slice(part.end, f.start))) continue;
    const whole = qizhongWhole(ctx, part);
    if (whole) compare(ctx, out, f, part, whole, f.subject ?? 'the rate');
  }
}

/**
 * The part's clause opens with X中 after the last share (；網絡詐騙中，…合計183宗，佔逾六成): it breaks down X,
 * whatever whole the shares before it were of.
 */
const AMONG_IN_CLAUSE = /[；;。][^，,；;。]{2,12}中[，,][^；;。]*$/;
function amongInClause(norm: string, lastShare: number, part: Fact): boolean {
  return AMONG_IN_CLAUSE.test(norm.slice(Math.max(lastShare, part.start - 40), part.start));
}

/** A level of one market's, named in its clause (輸往內地的出口貨值, 来自日本的旅客): no whole of all. */
const ONE_MARKET = /(?:输往|运往|销往|来自|对)[^，。；;、]{1,10}的[^，。；;]*$/;
function oneMarket(norm: string, g: Fact): boolean {
  return ONE_MARKET.test(norm.slice(clauseMarkBefore(norm, g.start, 30) + 1, g.start));
}

/** A figure of what was added (新增, 新建开通) in its own clause. */
function addedInClause(norm: string, f: Fact): boolean {
  const before = norm.slice(Math.max(0, f.start - 12), f.start);
  return ADDED.test(before.slice(Math.max(before.lastIndexOf('，'), before.lastIndexOf(','), before.lastIndexOf('；'), before.lastIndexOf('。')) + 1));
}

/** 该 before the noun of an entity: the one the part's sentence names (该机场 of 临江国际机场国内航线旅客…). */
const THAT_ONE = /^[该本](?<noun>机场|公司|集团|银行|行|企业|医院|港口|港|口岸|景区|园区)/;
/**
 * A whole named by 该机场旅客吞吐量 is of the entity the part's sentence names: the name with that entity
 * in place of 该机场 (临江国际机场旅客吞吐量), whose level the clause before it says.
 */
function thatOne(norm: string, from: number, to: number, name: string): string {
  const m = THAT_ONE.exec(name);
  if (!m) return name;
  const noun = m.groups!.noun!;
  // (the entity opens the sentence: its first 40 characters are read, whatever the sentence's length)
  const entity = new RegExp(`[\\u4e00-\\u9fff]{2,8}?${noun}`).exec(norm.slice(from, Math.min(to, from + 40)))?.[0];
  return entity ? entity + name.slice(m[0].length) : name;
}

/** A period of months inside one year, shorter than it (2023-01/2023-09, 2023-10). */
function partOfYear(period: string): boolean {
  const m = /^(\d{4})-(\d{2})(?:\/(\d{4})-(\d{2}))?$/.exec(period);
  return m !== null && (m[3] === undefined || (m[3] === m[1] && !(m[2] === '01' && m[4] === '12')));
}

/** How many two-character words of `b` are in `a`. */
function bigramsShared(a: string | undefined, b: string | undefined): number {
  const x = simplify(a);
  const y = simplify(b);
  let n = 0;
  for (let k = 0; k + 2 <= y.length; k++) if (x.includes(y.slice(k, k + 2))) n++;
  return n;
}

interface BareShare {
  share: Fact;
  part: Fact;
  paragraph: number;
  /** A part after 其中: its share may be of its parent, not of the whole the others imply. */
  nested?: boolean;
}

/**
 * (A2) Shares that do not name their whole (恶性肿瘤死亡53,126人，占25.8%；心脏疾病23,276人，占11.3%；
 * 肺炎15,612人，占9.6%；…): each implies a whole (part / share). When three or more of a paragraph
 * do, in one unit, and all but one agree, the one that implies another whole is reported.
 */
/** A sentence opening a breakdown by another dimension (从风险等级看，…, 按地区分，…): its shares are of another whole. */
const OPENER = openersRe();

/** The whole a bare share implies, within the rounding of its part and of itself. */
function impliedWhole(b: BareShare): [number, number] {
  const [plo, phi] = bounds(b.part);
  const [slo, shi] = bounds(b.share);
  return [plo / (shi / 100), slo > 0 ? phi / (slo / 100) : Infinity];
}

/**
 * 60岁及以上人口1122.7万人，占23.46%，其中65岁及以上人口836.4万人，占17.84%: the share of a part after 其中 that
 * implies nearly the whole all the others agree on (within a tenth), but not within rounding, is a slip.
 */
function nestedShares(ctx: CheckContext, out: Finding[], group: BareShare[], nested: BareShare[]): void {
  if (nested.length === 0) return;
  let common: [number, number] = [0, Infinity];
  for (const b of group) {
    const w = impliedWhole(b);
    common = [Math.max(common[0], w[0]), Math.min(common[1], w[1])];
  }
  if (common[0] > common[1] || !Number.isFinite(common[1])) return;
  const whole = (common[0] + common[1]) / 2;
  for (const b of nested) {
    const w = impliedWhole(b);
    const mid = (b.part.value as number) / ((b.share.value as number) / 100);
    if (overlaps(common, w) || Math.abs(mid / whole - 1) > 0.1) continue;
    out.push(
      finding(ctx.doc, 'rate-mismatch', 'warning', b.part.start, b.share.end,
        `${b.share.text} of ${b.part.text} implies a whole of ${fmt(mid)}; the ${group.length} shares of the paragraph imply about ${fmt(whole)}, where ${b.part.text} is ${pct(((b.part.value as number) / whole) * 100)}`,
        { facts: [ctx.indexOf(b.share), ctx.indexOf(b.part), ...group.slice(0, 20).map((g) => ctx.indexOf(g.share))] }),
    );
  }
}

function unnamedWholes(ctx: CheckContext, out: Finding[], bare: BareShare[]): void {
  const groups = new Map<string, BareShare[]>();
  // (从资产配置看，…占比56.4%；…占比26.7%。从风险等级看，…占比93.3%: two breakdowns of one paragraph)
  const openers: number[] = bare.length >= 3 ? [...ctx.doc.norm.matchAll(OPENER)].map((m) => m.index!) : [];
  let o = 0;
  for (const b of bare) {
    while (o < openers.length && openers[o]! <= b.part.start) o++;
    const key = `${b.paragraph}:${o}:${b.part.kind}:${b.part.unit ?? b.part.currency ?? ''}`;
    const g = groups.get(key);
    if (g) g.push(b);
    else groups.set(key, [b]);
  }
  for (const all of groups.values()) {
    const group = all.filter((b) => !b.nested);
    if (group.length < 3) continue;
    nestedShares(ctx, out, group, all.filter((b) => b.nested));
    // the whole each share implies, within the rounding of both figures
    const implied = group.map((b): [number, number] => {
      const [plo, phi] = bounds(b.part);
      const [slo, shi] = bounds(b.share);
      return [plo / (shi / 100), slo > 0 ? phi / (slo / 100) : Infinity];
    });
    // the intersection of all intervals but one, from prefix and suffix intersections (linear)
    const n = implied.length;
    const pre: [number, number][] = [];
    const suf: [number, number][] = new Array(n);
    for (let k = 0; k < n; k++) pre.push(k ? [Math.max(pre[k - 1]![0], implied[k]![0]), Math.min(pre[k - 1]![1], implied[k]![1])] : implied[k]!);
    for (let k = n - 1; k >= 0; k--) suf[k] = k < n - 1 ? [Math.max(suf[k + 1]![0], implied[k]![0]), Math.min(suf[k + 1]![1], implied[k]![1])] : implied[k]!;
    for (let k = 0; k < n; k++) {
      const left = k > 0 ? pre[k - 1]! : null;
      const right = k < n - 1 ? suf[k + 1]! : null;
      const common: [number, number] = left && right ? [Math.max(left[0], right[0]), Math.min(left[1], right[1])] : (left ?? right)!;
      if (common[0] > common[1] || overlaps(common, implied[k]!)) continue;
      const others = { length: n - 1 };
      const { share, part } = group[k]!;
      // (a part of another period than all the others is of another whole: 10月内地旅客…佔77.9% and
      // 首十個月內地旅客…佔77.2%)
      if (part.period !== undefined && group.every((b, j) => j === k || (b.part.period !== undefined && b.part.period !== part.period))) continue;
      const whole = (common[0] + common[1]) / 2;
      // (the part told in the share's clause is in the span: either may be wrong, as in compare())
      const near = part.end <= share.start && share.start - part.end <= 24 && !/[。！？；;\n]/.test(ctx.doc.norm.slice(part.end, share.start));
      out.push(
        finding(ctx.doc, 'rate-mismatch', 'warning', near ? part.start : share.start, share.end,
          `${share.text} of ${part.text} implies a whole of ${fmt((part.value as number) / ((share.value as number) / 100))}; the other ${others.length} shares beside it imply about ${fmt(whole)}, where ${part.text} is ${pct(((part.value as number) / whole) * 100)}`,
          { facts: [ctx.indexOf(share), ctx.indexOf(part), ...group.filter((_, j) => j !== k).slice(0, 20).map((b) => ctx.indexOf(b.share))] }),
      );
      break; // one outlier: with all but one agreeing there is no second
    }
  }
}

/** What may stand between a count and its change: marks, bases and change words (408起、同比下降). */
const CHANGE_GAP = /[，,、\s]|同比|环比|按年|按月|比上年|较上年|比去年|较去年|上年同期|去年同期|增长|下降|上升|减少|增加|提高|降低|增幅|降幅|年增|年减|年涨|年跌|分别|了|为|达|涨|跌|增|减|升|降/g;

/** (B) Named rates (破案率) with their numerator (破案707宗) and denominator (立案1365宗). */
const STEMS: Readonly<Record<string, string[]>> = {
  破案: ['破案', '破获', '侦破'],
  办结: ['办结'],
  完成: ['完成'],
  结案: ['结案', '审结', '执结'],
  合格: ['合格'],
  达标: ['达标'],
  // (申请34,118宗，获批26,480宗，获批比率为77.6%; 推出8,146个单位，售出7,862个，售出率; 参合61.98万人，参合率)
  获批: ['获批'],
  售出: ['售出'],
  参合: ['参合'],
};

/**
 * (B2) Rates of two different counts, found by what each counts (their subjects): 中签率 = 名额 / 报名,
 * 录取率 = 录取 / 报考. (3万个参赛名额…共有12.6万人报名…中签率为28.6%: 23.8%.)
 */
interface Pair {
  rate: RegExp;
  num: RegExp;
  den: RegExp;
  kind: 'count' | 'money';
  /** The two told in one sentence only. */
  oneSentence?: boolean;
  /** The rate is 1 − num/den (a margin from cost and revenue). */
  complement?: boolean;
  /** The denominator may be told in an earlier paragraph (the largest of its name). */
  far?: boolean;
  /** Both may be told after the rate, in its paragraph or the next (a summary first, the counts after). */
  ahead?: boolean;
  /** The text of the rate's own clause before it, when only a rate so named pairs (no qualifier before its name). */
  clause?: RegExp;
  /**
   * The rate's whole subject when only the whole's rate pairs with the numerator and denominator: a
   * segment's margin (液态奶毛利率) is of the segment's profit and revenue, not of the company's.
   */
  own?: RegExp;
}
/** The revenue a margin, or a channel's or a product's share of revenue, is of (直销占比 of 营业收入; 总收入 of a company). */
const REVENUE = /^(?:单季|总)?(?:销售|营业|主营业务)?收入$|^营收$|^营业额$/;
/** The expenses whose ratio to revenue results state (销售费用率, 管理费用率, 研发费用率, 财务费用率, 期间费用率). */
const EXPENSES = ['销售', '管理', '研发', '财务', '期间'] as const;
/** A margin of the company's results as a whole (综合毛利率), no segment's. */
const OWN_MARGIN = /^(?:综合|整体|销售|公司|集团|单季|当季|全年)?(?:毛利率|净利率)$/;
/** The clause of a rate of the whole labour force: a time, a scope, and the rate's name alone (2023年總體失業率為). */
const WHOLE_RATE_CLAUSE = /^(?:\d{4}年(?:第.季度?|\d{1,2}月份?)?|[上下]半年|全年|本季|[一二三四]季度)?(?:全省|全市|全港|全澳|本澳|本港|澳门|香港)?(?:的)?(?:总体|整体)?(?:失业率|就业不足率)(?:为|是|达|约|则为)?$/;
const PAIRS: ReadonlyArray<Pair> = [
  { rate: /中签率$/, num: /名额|中签/, den: /报名/, kind: 'count' },
  { rate: /录取率$/, num: /录取/, den: /报考|报名/, kind: 'count' },
  // margins of a company's results, in one currency and one period (毛利为5.44亿美元，毛利率为20.5%:
  // of 销售收入21.71亿美元, 25.1%)
  { rate: /毛利率$/, num: /^(?:综合)?毛利(?:额|润)?$/, den: REVENUE, kind: 'money', own: OWN_MARGIN },
  // (营业收入612.45亿元…营业成本448.31亿元，毛利率24.6%: from cost, 26.8%)
  // (a segment's revenue and cost with its margin in one sentence: 空调业务实现营业收入612.45亿元…；营业成本448.31亿元，毛利率为24.6%)
  { rate: /毛利率$/, num: /^(?:营业|销售|主营业务)成本$/, den: /^(?:[\u4e00-\u9fffA-Za-z\d]{2,8}(?:业务|板块|分部))?(?:单季|总)?(?:销售|营业|主营业务)?收入$|^营收$|^营业额$/, kind: 'money', complement: true },
  { rate: /净利率$/, num: /^净利润?$/, den: REVENUE, kind: 'money', own: OWN_MARGIN },
  // expense ratios of the company's results: an expense over revenue (销售费用198.36亿元…销售费用率为20.9%, of 营业收入
  // 865.42亿元 told in an earlier paragraph: 22.9%)
  ...EXPENSES.map((w): Pair => ({ rate: new RegExp(`${w}费用率$`), num: new RegExp(`^${w}费用(?:总额|合计)?$`), den: REVENUE, kind: 'money', own: new RegExp(`^(?:公司|集团|全年|单季|当季)?${w}费用率$`) })),
  // a balance sheet: liabilities over assets (资产总额91.5万亿元…负债总额59.6万亿元，资产负债率为65.1%), bad
  // loans over loans (不良贷款余额…各项贷款余额…不良贷款率)
  // flights on time over flights flown (航班正常率)
  // doses given over doses due (应种儿童42.18万人，实种41.06万人，接种率为98.7%: 97.3%)
  { rate: /接种率$/, num: /^实种|^实际接种/, den: /应种/, kind: 'count' },
  { rate: /航班正常率$/, num: /正常航班$/, den: /执行航班$|^航班$/, kind: 'count' },
  // savings in a procurement (节约资金 over the budget: 节约率)
  { rate: /(?:资金)?节约率$/, num: /节约(?:财政)?资金$/, den: /预算(?:金额)?$/, kind: 'money' },
  // (the liabilities, not one kind of them: 合同负债31.27亿元 is no numerator)
  { rate: /资产负债率$/, num: /^(?:总)?负债(?:总额|总计|合计|总值)?$/, den: /(?<![净负])资产(?:总额|总计|合计|总值)?$/, kind: 'money' },
  // the urban share of the population (年末常住人口48.52万人，其中城镇常住人口26.14万人，…城镇化率为53.9%), its
  // two counts in one sentence (户籍总人口46.46万人，其中城镇人口15.26万人。…常住人口40.8万人: the urban count
  // is of the registered population, the rate of the resident one)
  { rate: /城镇化率$/, num: /^城镇(?:常住)?人口$/, den: /^(?:年末)?(?:常住|户籍|总)?人口$/, kind: 'count', oneSentence: true },
  // visitors who stayed the night over all visitors (过夜游客584.3万人次，过夜率为31.6%, of 接待游客1046.8万人次 told
  // in the paragraph before: 55.8%)
  { rate: /过夜率$/, num: /过夜(?:游客|旅客)$/, den: /^(?:接待)?(?:游客|旅客)(?:总量|总数|总人次)?$/, kind: 'count', far: true },
  { rate: /不良贷款率$/, num: /不良贷款(?:余额)?$/, den: /(?:^|各项)贷款(?:和垫款)?(?:余额|总额)?$/, kind: 'money' },
  // a labour force survey: the unemployed and the underemployed over the labour force, the rates told first and the
  // counts in the paragraph after (就業不足率為2.1%…。⏎勞動人口為38.24萬人…就業不足人口為6,500人: 1.7%); the rate
  // of the whole labour force only (本地居民失業率 is of residents), and none seasonally adjusted
  { rate: /失业率$/, num: /^失业(?:人口|人数)$/, den: /^劳动(?:人口|力)$/, kind: 'count', clause: WHOLE_RATE_CLAUSE, ahead: true },
  { rate: /就业不足率$/, num: /^就业不足(?:人口|人数)$/, den: /^劳动(?:人口|力)$/, kind: 'count', clause: WHOLE_RATE_CLAUSE, ahead: true },
];


/**
 * The rates a text states, by index: percents with no change that are no level compared with (较上年的13.9%).
 * Computed once for the checks of named, paired, defined and unit rates.
 */
function statedRates(ctx: CheckContext): number[] {
  const out: number[] = [];
  ctx.facts.forEach((f, i) => {
    if (f.kind === 'percent' && !f.change && typeof f.value === 'number' && !isComparedLevel(ctx.doc.norm, f.start)) out.push(i);
  });
  return out;
}

function pairedRates(ctx: CheckContext, out: Finding[], rates: number[]): void {
  const { doc, facts } = ctx;
  for (const i of rates) {
    const f = facts[i]!;
    const subject = simplify(f.subject);
    // 直销（含团购）收入18.76亿元…直销占比为31.2%: the share of revenue of the thing named before 占比
    const named = /(?<what>[\u4e00-\u9fff]{2,6}?)占比(?:为|是|达|约)?$/.exec(doc.norm.slice(Math.max(0, f.start - 12), f.start).replace(/^.*[，,；;。]/, ''))?.groups?.what;
    const pairs: ReadonlyArray<Pair> = PAIRS.filter((p) => p.rate.test(subject) && (!p.own || p.own.test(subject)));
    if (pairs.length > 0) {
      for (const pair of pairs) if (pairedRate(ctx, out, f, i, pair, null)) break;
    } else if (named) {
      pairedRate(ctx, out, f, i, { rate: /$/, num: new RegExp(`^${named}(?:[（(][^）)]*[）)])?(?:收入|销售收入|营业收入|营收)$`), den: REVENUE, kind: 'money' }, named);
    }
  }
}

/** One rate against one pair's numerator and denominator (pairedRates); false when they are not told. */
function pairedRate(ctx: CheckContext, out: Finding[], f: Fact, i: number, pair: Pair, named: string | null): boolean {
  const { doc, facts } = ctx;
  // (the rate of all, named so in its own clause: not 16至24歲青年的失業率, whose subject may read as 失業率)
  if (pair.clause && !pair.clause.test(doc.norm.slice(clauseMarkBefore(doc.norm, f.start) + 1, f.start))) return false;
  const para = paragraphStart(ctx, f.start);
  let num: Fact | null = null;
  let den: Fact | null = null;
  for (let k = i - 1; k >= 0 && facts[k]!.start >= para && i - k <= 30; k--) {
    const g = facts[k]!;
    // (not a level compared with, 较上季度的13.9%, nor a bound, 单季收入首次突破20亿美元)
    // (nor an average per day, 日均执行航班1.35万班次, of the flights a rate is of)
    if (g.kind !== pair.kind || g.change || typeof g.value !== 'number' || g.approx || isComparedLevel(doc.norm, g.start) || PER_UNIT.test(simplify(g.subject))) continue;
    // (money of the rate's own period: the quarter's margin is of the quarter's revenue)
    if (pair.kind === 'money' && f.period !== undefined && g.period !== f.period) continue;
    const what = simplify(g.subject);
    if (!num && pair.num.test(what)) num = g;
    else if (!den && pair.den.test(what)) den = g;
  }
  // (a balance-sheet ratio: the denominator may be told in an earlier paragraph, of the same date:
  // 截至9月末，该行各项贷款余额4683.29亿元…。⏎…不良贷款余额58.31亿元…不良贷款率1.15%)
  let far: Fact | null = null;
  for (let k = ctx.indexOf(num ?? f) - 1; num && !den && (pair.kind === 'money' || pair.far) && !named && !pair.complement && k >= 0 && f.start - facts[k]!.start < 1500; k--) {
    const g = facts[k]!;
    if (g.start >= para || g.kind !== pair.kind || PER_UNIT.test(simplify(g.subject)) || AVERAGE_JUST_BEFORE.test(doc.norm.slice(Math.max(0, g.start - 5), g.start)) || g.change || typeof g.value !== 'number' || g.approx || isComparedLevel(doc.norm, g.start)) continue;
    // (of the same date, or of none told: 存款余额…，贷款余额4683.29亿元 after 截至9月末 in the sentence before)
    if ((g.period !== undefined && num.period !== undefined && !samePeriod(g.period, num.period)) || g.currency !== num.currency) continue;
    // (the largest such: 各项贷款总额 3715.62亿元, not 公司贷款 told as 贷款 after it)
    if (pair.den.test(simplify(g.subject)) && (!far || (g.value as number) > (far.value as number))) far = g;
  }
  if (far) den = far;
  // (the paragraph's words on seasonal adjustment, 1,000 characters back at most: a paragraph of a megabyte costs no
  // more per rate)
  if (pair.ahead && (!num || !den) && !SEASONALLY_ADJUSTED.test(doc.norm.slice(Math.max(para, f.start - 1000), f.start + 200))) {
    let breaks = 0;
    // (40 figures on at most: a paragraph of a megabyte costs no more per rate)
    for (let k = i + 1; k < facts.length && k - i <= 40 && (!num || !den) && facts[k]!.start - f.end < 1500; k++) {
      const g = facts[k]!;
      breaks += countBreaks(doc.norm, facts[k - 1]!.end, g.start);
      if (breaks > 1) break;
      if (g.kind !== pair.kind || g.change || typeof g.value !== 'number' || g.approx || isComparedLevel(doc.norm, g.start) || (f.period !== undefined && g.period !== undefined && !samePeriod(f.period, g.period))) continue;
      const what = simplify(g.subject);
      if (!num && pair.num.test(what)) num = g;
      else if (!den && pair.den.test(what)) den = g;
    }
  }
  // (a share of revenue: the revenue may be told in an earlier paragraph, 分产品看，…收入67.13亿元)
  // (the largest, the whole of it, not a product's: 白酒收入49.85亿元 is part of 67.13亿元)
  let revenue: Fact | null = null;
  for (let k = i - 1; named && num && !den && k >= 0 && f.start - facts[k]!.start < 1500; k--) {
    const g = facts[k]!;
    if (g.kind === 'money' && !g.change && !g.approx && typeof g.value === 'number' && g.value > (num.value as number) && /收入$|^营收$|^营业额$/.test(simplify(g.subject)) && !isComparedLevel(doc.norm, g.start) && (f.period === undefined || g.period === f.period) && sameUnit(g, num)) {
      if (!revenue || g.value > (revenue.value as number)) revenue = g;
    }
  }
  den ??= revenue;
  if (!num || !den || (num.value as number) > (den.value as number) || (pair.kind === 'money' && !sameUnit(num, den))) return false;
  if (pair.oneSentence && hasFullStop(doc.norm, Math.min(num.end, den.end), Math.max(num.start, den.start))) return false;
  // (a margin from cost: the company's own, 毛利率 or 综合毛利率, with its revenue and cost in its sentence, not a
  // segment's against the company's figures; and no cost equal to the revenue, a copy reported as such)
  if (pair.complement && (!/^(?:综合|整体|销售)?毛利率$/.test(simplify(f.subject)) || hasFullStop(doc.norm, Math.min(num.start, den.start), f.start) || num.value === den.value)) return false;
  if (pair.complement) complement(ctx, out, f, num, den);
  else compare(ctx, out, f, num, den, f.subject ?? 'the rate');
  return true;
}

/** A rate adjusted for the season (經季節性調整的失業率) is no ratio of the counts told. */
const SEASONALLY_ADJUSTED = /季节性?调整/;
/** The line breaks between two positions. */
function countBreaks(norm: string, from: number, to: number): number {
  // (character by character: indexOf would look past `to`, to the end of a text with no more line breaks)
  let n = 0;
  for (let p = from; p < to; p++) if (norm.charCodeAt(p) === 0x0a) n++;
  return n;
}

/** A margin from revenue and cost: (营业收入 − 营业成本) / 营业收入, as compare() does a/b. */
function complement(ctx: CheckContext, out: Finding[], stated: Fact, cost: Fact, revenue: Fact): void {
  const [clo, chi] = bounds(cost);
  const [rlo, rhi] = bounds(revenue);
  const r: [number, number] = [(1 - chi / rlo) * 100, (1 - clo / rhi) * 100];
  const actual = (1 - (cost.value as number) / (revenue.value as number)) * 100;
  const ids = [ctx.indexOf(stated), ctx.indexOf(cost), ctx.indexOf(revenue)];
  const what = `${stated.subject ?? 'the margin'} = (${revenue.text} − ${cost.text}) / ${revenue.text} = ${pct(actual)}`;
  if (overlaps(r, bounds(stated))) out.push(finding(ctx.doc, 'rate-consistent', 'info', stated.start, stated.end, `${stated.text}: ${what}: holds`, { facts: ids }));
  else out.push(finding(ctx.doc, 'rate-mismatch', 'warning', stated.start, stated.end, `${stated.text} does not match ${what}`, { facts: ids }));
}

/** A figure set as a plan or target: 全年计划新改建农村公路, 年度目标任务. */
const PLAN_BEFORE = /(?:计划|目标|任务)[^，。；\d]{0,14}$/;

/** The cases a court or an office received, what its rate of closing is of. */
const RECEIVED = /新收|受理|收案|收结/;

/** The stem names what was done in the words before a count (侦破刑事案件), not what was due (应参合). */
function doneBefore(before: string, stem: string): boolean {
  const at = before.lastIndexOf(stem);
  return at >= 0 && !/[应未不]/.test(before[at - 1] ?? '');
}

/** What the numerator's clause names before the stem: 侵犯人身罪 of 侵犯人身罪偵破1,158宗. */
function objectBeforeStem(norm: string, num: Fact, stems: readonly string[]): string {
  const clause = simplify(norm.slice(clauseMarkBefore(norm, num.start, 24) + 1, num.start));
  for (const st of stems) {
    const at = clause.indexOf(st);
    if (at >= 2) return clause.slice(0, at).replace(/^(?:全年|其中|共|累计)+/, '');
  }
  return '';
}

function namedRates(ctx: CheckContext, out: Finding[], rates: number[]): void {
  const { doc, facts } = ctx;
  // (not the rate compared with, statedRates: 整体破案率为31.4%，较2023年的29.3%上升 is last year's)
  for (const i of rates) {
    const f = facts[i]!;
    // (获批比率 is a 获批率)
    const subject = simplify(f.subject).replace(/比率$/, '率');
    const m = /(?<stem>[\u4e00-\u9fff]{2})率$/.exec(subject);
    // only rates whose numerator and denominator are counts of one kind stated beside them
    // (出生率 and 死亡率 are per head of a population the text rarely states: no check)
    if (!m || !STEMS[m.groups!.stem!] || /‰/.test(f.text)) continue;
    const stems = STEMS[m.groups!.stem!]!;
    // 不合格率 counts what 不合格 names, 合格率 what 合格 names without a 不 before it
    const negated = subject.endsWith(`不${m.groups!.stem!}率`);
    const names = (before: string, s: string): boolean => {
      for (let at = before.indexOf(s); at >= 0; at = before.indexOf(s, at + 1)) if ((before[at - 1] === '不') === negated) return true;
      return false;
    };
    const para = paragraphStart(ctx, f.start);
    // numerator: a count right after one of the stems, in this paragraph, before the rate
    // (but not across a full stop when the rate's sentence counts something of its own: 全年驾驶笔试应考132,604人次，
    // 合格率为61.5% is of the written tests, not of the road tests' 合格46,696次 told before)
    const own = sentenceStartOf(ctx, f.start);
    // (the last 20 figures of the sentence at most: a sentence of a megabyte costs no more per rate)
    const counted = facts.slice(Math.max(firstAtOrAfter(facts, own), i - 20), i).some((g) => g.kind === 'count');
    let num: Fact | null = null;
    for (let k = i - 1; k >= 0 && facts[k]!.start >= para && !(counted && facts[k]!.end <= own); k--) {
      const g = facts[k]!;
      // (a count, or a length or amount for 完成: 累计完成新改建农村公路152.3公里，完成率…)
      if (!(g.kind === 'count' || (m.groups!.stem === '完成' && (g.kind === 'measure' || g.kind === 'money'))) || g.change) continue;
      const before = simplify(doc.norm.slice(Math.max(para, g.start - 10), g.start));
      if (stems.some((s) => names(before, s))) {
        num = g;
        break;
      }
    }
    if (!num) {
      // (化學檢測樣本3,412個，…，不合格18宗，合格率99.7%: with only the count that fails told, the rate is the rest
      // of the sentence's count before it, 99.47%)
      if (!negated && (m.groups!.stem === '合格' || m.groups!.stem === '达标')) failedRate(ctx, out, f, i, m.groups!.stem, own);
      continue;
    }
    // denominator: the nearest larger count of the same unit before the numerator
    // (终审法院新收案件118宗（其中…行政案件28宗），已结案件121宗，结案率102.5%: a rate of closing is of the
    // cases received, named so in the sentence, and passes 100% when a backlog is worked off)
    let den: Fact | null = null;
    // (40 figures back at most: a paragraph of a megabyte costs no more per rate)
    const numAt = ctx.indexOf(num);
    for (let k = numAt - 1; k >= 0 && facts[k]!.start >= para && numAt - k <= 40; k--) {
      const g = facts[k]!;
      // (not a level compared with: 较2023年的6,498宗 is last year's cases)
      if (g.kind !== num.kind || g.change || !sameUnit(g, num) || isComparedLevel(doc.norm, g.start)) continue;
      // (全年偵破刑事案件8,931宗，…詐騙案偵破1,027宗，破案率為47.0%: a count of what the stem names is no denominator)
      // (but 应参合62.48万人 is what was due, the denominator of 实际参合)
      if (stems.some((st) => doneBefore(simplify(doc.norm.slice(clauseMarkBefore(doc.norm, g.start, 10) + 1, g.start)), st))) continue;
      if (m.groups!.stem === '结案' && (g.value as number) < (num.value as number)) {
        if (hasFullStop(doc.norm, g.end, num.start)) break;
        if (RECEIVED.test(simplify(g.subject))) {
          den = g;
          break;
        }
        continue;
      }
      if ((g.value as number) >= (num.value as number)) {
        den = g;
        break;
      }
    }
    // 完成率 against the plan stated earlier (全年计划新改建农村公路186.5公里 … 累计完成…152.3公里，完成率91.8%)
    for (let k = ctx.indexOf(num) - 1; !den && m.groups!.stem === '完成' && k >= 0 && num.start - facts[k]!.start < 1500; k--) {
      const g = facts[k]!;
      if (g.kind === num.kind && !g.change && sameUnit(g, num) && (g.value as number) >= (num.value as number) && PLAN_BEFORE.test(doc.norm.slice(Math.max(0, g.start - 16), g.start)) && sharesAWord(g.subject, num.subject)) den = g;
    }
    // (投诉办结率 after a new paragraph: the count of 投诉 stated in the paragraphs before, by name)
    // (侵犯人身罪偵破1,158宗，破案率達85.3%: with no name before the rate, the one before the stem in the
    // numerator's clause, of 侵犯人身罪1,386宗 told in the paragraph before)
    const object = subject.slice(0, m.index) || objectBeforeStem(doc.norm, num, stems);
    // (the closest name first, then the nearest: 诈骗案2,186宗, not 其中电信网络诈骗案1,358宗 told after it)
    // (詐騙案偵破172宗，破案率為28.9% after 虛假投資及網購詐騙合計183宗: the nearest larger count is no denominator when
    // its name is not the one the numerator's clause names and another count's is)
    let fitted = den === null ? 1 : 2;
    const told = den !== null && (object.length < 2 || wholeFit(den.subject, object) > 0 || stems.some((st) => simplify(den!.subject).includes(st)));
    for (let k = ctx.indexOf(num) - 1; !told && object.length >= 2 && fitted < 3 && k >= 0 && num.start - facts[k]!.start < 1500; k--) {
      const g = facts[k]!;
      const fit = g.kind === 'count' && !g.change && sameUnit(g, num) && (g.value as number) >= (num.value as number) && !isComparedLevel(doc.norm, g.start) ? wholeFit(g.subject, object) : 0;
      if (fit > fitted) {
        den = g;
        fitted = fit;
      }
    }
    if (!den) continue;
    compare(ctx, out, f, num, den, `${f.subject ?? 'the rate'}`);
  }
}

function pushChange(ctx: CheckContext, out: Finding[], f: Fact, range: [number, number], stated: [number, number], actual: number, what: string, ids: number[], show: (x: number) => string = pct): void {
  const lo = Math.min(...range);
  const hi = Math.max(...range);
  if (overlaps([lo, hi], stated)) {
    out.push(finding(ctx.doc, 'rate-consistent', 'info', f.start, f.end, `${f.text} matches ${what} = ${show(actual)}`, { facts: ids }));
  } else {
    // (34万3,681栋，较112年的14万2,360栋增加13.4%: the levels told in the change's sentence are in the span,
    // either may be the wrong figure)
    let start = f.start;
    for (const id of ids) {
      const g = ctx.facts[id];
      if (g && g.start < start && f.start - g.start <= 60 && !hasFullStop(ctx.doc.norm, g.end, f.start)) start = g.start;
    }
    out.push(finding(ctx.doc, 'rate-mismatch', 'warning', start, f.end, `${f.text} does not match ${what}: the change is ${show(actual)}`, { facts: ids }));
  }
}

const points = (x: number): string => `${Number(x.toFixed(2))} percentage points`;
const times = (x: number): string => `${Number(x.toFixed(2))}×`;

/**
 * (C) A change in percentage points against the two rates it joins: 投入强度为2.54%，比上年的2.46%提高
 * 0.18个百分点 (0.08); 由2.46%提高到2.54%，提高0.08个百分点. The same for a ratio told as a multiple:
 * 房价所得比由上季的10.96倍升至11.38倍，增加0.24倍 (0.42).
 */
function pointChanges(ctx: CheckContext, out: Finding[]): void {
  const { doc, facts } = ctx;
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i]!;
    const absolute = f.kind === 'count' || f.kind === 'money' || f.kind === 'measure';
    if ((f.kind !== 'percentage_point' && f.kind !== 'multiple' && !absolute) || !f.change?.direction || f.change.direction === 'flat' || typeof f.value !== 'number') continue;
    const levelKind = f.kind === 'percentage_point' ? 'percent' : f.kind;
    // (每万车死亡率为0.97人，较2019年的1.53人下降0.65人: a difference of two levels of one unit)
    const rate = (g: Fact | undefined): g is Fact => g !== undefined && g.kind === levelKind && !g.change && typeof g.value === 'number' && (!absolute || sameUnit(g, f));
    const sign = f.change.direction === 'up' ? 1 : -1;
    const before: Fact[] = [];
    for (let k = i - 1; k >= 0 && i - k <= 8; k--) {
      const g = facts[k]!;
      if (/[。！？\n；;]/.test(doc.norm.slice(g.end, facts[k + 1]!.start))) break;
      before.unshift(g);
    }
    const rates = before.filter(rate);
    let from: Fact | undefined;
    let to: Fact | undefined;
    const [x, y] = rates.slice(-2);
    if (x && y && /[从由](?:[^，。；,;]{0,10}的)?$/.test(doc.norm.slice(Math.max(0, x.start - 12), x.start)) && /^(?:下降|降|减少|增加|增长|上升|提高|升|增|降低|回落|回升)?(?:至|到)$/.test(doc.norm.slice(x.end, y.start))) {
      [from, to] = [x, y];
    } else {
      // the rate compared with (比上年的2.46%) right before the change, and the rate the change is of
      const prev = rates[rates.length - 1];
      // (a count's change links to no level: the last level of its sentence before the one compared with)
      // (核心CPI年增1.93%，较9月的2.01%减缓0.18个百分点: a rate of growth compared with an earlier one is a
      // level of that rate)
      // (but a change whose words name a share compares the share: 佔22.0%，按年下降3.4%，佔比較去年同期的24.6%減少2.6個百分點)
      const ofShare = prev !== undefined && SHARE_NAMED.test(doc.norm.slice(Math.max(0, prev.start - 16), prev.start));
      const growth = f.kind === 'percentage_point' && prev ? before.filter((g) => g.kind === 'percent' && g.end <= prev.start && !isComparedLevel(doc.norm, g.start) && (!ofShare || !g.change)).pop() : undefined;
      // (房價所得比11.34倍，較上季的11.02倍增加0.23倍: so does a multiple's)
      const of = f.of !== undefined ? facts[f.of] : (absolute || f.kind === 'multiple') && prev ? rates.filter((g) => g.end <= prev.start && !isComparedLevel(doc.norm, g.start)).pop() : growth;
      if (prev && of && (rate(of) || of === growth) && of.end <= prev.start && isComparedLevel(doc.norm, prev.start) && !/[；;]/.test(doc.norm.slice(of.end, f.start))) [from, to] = [prev, of];
    }
    if (!from || !to) continue;
    // (the change right after the later of the two: 由2,890元降至598元，按每个疗程使用8支计算，…可减少约1.8万元
    // is a saving over eight doses, no difference of the two)
    const last = from.start > to.start ? from : to;
    if (f.start - last.end > 8) continue;
    const [alo, ahi] = bounds(from);
    const [blo, bhi] = bounds(to);
    const stated = bounds(f).map((v) => sign * Math.abs(v)).sort((p, q) => p - q) as [number, number];
    pushChange(ctx, out, f, [blo - ahi, bhi - alo], stated, (to.value as number) - (from.value as number), `${from.text} → ${to.text}`, [ctx.indexOf(f), ctx.indexOf(from), ctx.indexOf(to)], f.kind === 'multiple' ? times : absolute ? fmt : points);
  }
}

/** A share named right before the level it is compared with: 佔比較去年同期的, 占比比上年的, 比重较上年. */
const SHARE_NAMED = /(?:[占佔]比|比重|份额|份額)(?:[较較比与與][^，。；,;\d]{0,10})?$/;

/** (C, D, E) A change against the levels it joins. */
/** An average written right before a figure: 日均約12.8萬人次, 平均每日. */
const AVERAGE_JUST_BEFORE = new RegExp(`(?:${TIME_AVERAGE_WORDS}|平均)的?(?:约|為|为|达|約)?$`);
/** Between a level and its increment (D): the time compared with, or the basis of the change alone. */
const INCREMENT_BEFORE = /^[，,]?(?:(?:比|较|与)[^，。；]{0,8}|同比|环比|按年|按月|年|月)$/;
/** Between an increment and its percent (D): 或, 即, the basis, a word of the change. */
const INCREMENT_TO_RATE = /^[，,、]?(?:或|即)?(?:同比|环比|比上年|较上年)?(?:增长|下降|上升|减少|提高|降低|增幅|降幅|减幅|跌幅|涨幅)?(?:为|达)?$/;
/** Between a level and its percent change (D'). */
const RATE_AFTER_LEVEL = /^[，,]?(?:同比|环比|比上年|较上年|按年|按月|按季|年|月)?(?:增长|下降|上升|减少|增加|提高|降低|上涨|下跌|增|减)(?:了)?$/;
/** After a percent change, its increment against the time compared with (D'): ，较上年同期净增41.6亿票. */
const INCREMENT_AFTER = /^[，,](?:比|较|与)[^，。；\d]{0,10}?(?:净增|净减|增加|减少|多|少)(?:了)?$/;

/** The last level of a change's subject, period and unit before `compared`, within 1,500 characters: no level compared with. */
function levelToldBefore(ctx: CheckContext, f: Fact, compared: Fact): Fact | undefined {
  const { doc, facts } = ctx;
  const name = simplify(f.subject);
  // (the nearest level of that name that is no level compared with, of the change's period; 60 figures back at most)
  for (let k = ctx.indexOf(compared) - 1, n = 0; k >= 0 && n < 60 && f.start - facts[k]!.start < 1500; k--, n++) {
    const g = facts[k]!;
    if (!isLevel(g) || g.change || simplify(g.subject) !== name || isComparedLevel(doc.norm, g.start)) continue;
    return g.period === f.period && sameUnit(g, compared) ? g : undefined;
  }
  return undefined;
}

/**
 * The last level before a change when it is told in a clause of its own time right before it:
 * ，2022年12月為18,970港元，按年上升3.9% (the time a date or period fact, then 为 or a colon).
 */
const TIME_CLAUSE_LEVEL = /^(?:为|為|是|：|:)$/;
function prevLevelOfTime(norm: string, before: readonly Fact[], f: Fact): Fact | undefined {
  const g = before[before.length - 1];
  const t = before[before.length - 2];
  if (!g || !t || !isLevel(g) || (t.kind !== 'date' && t.kind !== 'period')) return undefined;
  if (!TIME_CLAUSE_LEVEL.test(norm.slice(t.end, g.start)) || !/[，,；;]/.test(norm[t.start - 1] ?? '')) return undefined;
  return RATE_AFTER_LEVEL.test(norm.slice(g.end, f.start)) ? g : undefined;
}

function changes(ctx: CheckContext, out: Finding[]): void {
  const { doc, facts } = ctx;
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i]!;
    if (f.kind !== 'percent' || !f.change?.direction || f.change.direction === 'flat' || typeof f.value !== 'number') continue;
    // (新臺幣…收在32.791元，較1月的32.902元升值0.34%: a currency that gains buys more, its rate in it falls)
    if (/[升贬]值$/.test(doc.norm.slice(Math.max(0, f.start - 3), f.start))) continue;
    const sign = f.change.direction === 'up' ? 1 : -1;
    const p = sign * Math.abs(f.value);
    const sBounds = bounds(f)
      .map((x) => sign * Math.abs(x))
      .sort((x, y) => x - y) as [number, number];
    const ids = (...fs: Fact[]) => fs.map((x) => ctx.indexOf(x));
    // the facts of this sentence before the change
    const before: Fact[] = [];
    for (let k = i - 1; k >= 0 && i - k <= 16; k--) {
      const g = facts[k]!;
      if (/[。！？\n]/.test(doc.norm.slice(g.end, facts[k + 1]!.start))) break;
      before.unshift(g);
    }
    const levels = before.filter(isLevel);
    // (C) 从A降至B，下降P / 由A增加到B，增长P
    const fromTo = levels.length >= 2 ? levels.slice(-2) : null;
    if (
      fromTo &&
      // (由10月底的1,010元涨至1,045元: the time of the first level may stand between)
      /[从由](?:[^，。；,;]{0,10}的)?$/.test(doc.norm.slice(Math.max(0, fromTo[0]!.start - 12), fromTo[0]!.start)) &&
      // (由2万5,480元调整为2万6,250元，调幅2.3%: an adjustment to a level, 调整为, 调升至)
      // (由2月底的7,246.8亿澳门元增加至3月底的7,299.9亿澳门元: the time of the second level may stand after 至)
      /^(?:(?:下降|降|减少|增加|增长|上升|提高|升|增|上涨|下跌|涨|跌|攀升|回落|回升)?(?:至|到)|(?:调整|调升|调降|调高|调低|上调|下调)(?:至|到|为))(?:[^，。；,;]{0,8}的)?$/.test(doc.norm.slice(fromTo[0]!.end, fromTo[1]!.start)) &&
      sameUnit(fromTo[0]!, fromTo[1]!) &&
      // (由80万元提高至100万元，多子女家庭可再上浮20%: a further change, on the new level)
      !/再|另|额外|另行/.test(doc.norm.slice(fromTo[1]!.end, f.start)) &&
      // (…由200元降至100元，下半年乡镇卫生院住院人次环比增长12.7%: the change of another thing, named after a comma)
      !/[\u4e00-\u9fff]{3}/.test(doc.norm.slice(fromTo[1]!.end, f.start).replace(CHANGE_GAP, '').replace(/下半年|上半年|全年|当月|同期/g, ''))
    ) {
      const [a, b] = fromTo as [Fact, Fact];
      const actual = ((b.value as number) / (a.value as number) - 1) * 100;
      const [alo, ahi] = bounds(a);
      const [blo, bhi] = bounds(b);
      pushChange(ctx, out, f, [(blo / ahi - 1) * 100, (bhi / alo - 1) * 100], sBounds, actual, `${a.text} → ${b.text}`, ids(f, a, b));
      continue;
    }
    // (C) 营业收入6.13亿元 … 较二季度的7.05亿元环比下降13.07%: a previous level named right before the change
    // (平均每月工資為19,530港元，2022年12月為18,970港元，按年上升3.9%: the level of an earlier time, in a clause
    // of its own right before the change, is the one compared with; checked against the level's time below)
    const timedBefore = prevLevelOfTime(doc.norm, before, f);
    const compared = [...before].reverse().find((g) => isLevel(g) && isComparedLevel(doc.norm, g.start));
    const prevLevel = compared ?? timedBefore;
    let ofLevel = f.of !== undefined ? facts[f.of] : undefined;
    // (10月份訪港旅客約398萬人次，…，日均約12.8萬人次；較9月的約311萬人次按月增加約28%: a month's total is compared
    // with a month's, not its daily average)
    // (by the words before it: a subject carried on, 日均, may have reached the level compared with)
    const average = (g: Fact) => AVERAGE_JUST_BEFORE.test(doc.norm.slice(Math.max(0, g.start - 5), g.start));
    // (a ； between them is fine when the clause after it only makes the comparison: …551.4亿美元，
    // 年减16.0%；与11月的512.5亿美元相比，则增加17.6%)
    // (…；按月则较2月的105.58下跌0.12%: a basis and 则 may open that clause)
    const comparedOnly = (from: number) => /^[^；;]*[；;](?:按月|按年|按季|环比|同比)?则?(?:与|较|比|和|同|跟)[^；;，,]{0,12}$/.test(doc.norm.slice(from, prevLevel!.start));
    // (…指數為105.36，…；按月則較2月的105.58下跌0.12%: with no level linked across ；, the sentence's first level of
    // the compared one's name and unit)
    // (only in another clause than the change's, which makes the comparison alone)
    if (!ofLevel && prevLevel?.subject !== undefined) ofLevel = before.find((g) => g.end <= prevLevel.start && isLevel(g) && !g.change && sameUnit(g, prevLevel) && !isComparedLevel(doc.norm, g.start) && simplify(g.subject) === simplify(prevLevel.subject) && /[；;]/.test(doc.norm.slice(g.end, prevLevel.start)) && comparedOnly(g.end));
    // (…合計6萬9,463棟，…，其中7月為2萬3,845棟；較第2季的6萬8,207棟季增1.8%: the quarter is compared, not a month
    // of it told after 其中)
    const part = (g: Fact) => average(g) || afterQizhong(doc.norm, g);
    // (全年实现新业务价值64.2亿元，上年同期（经重述）为51.9亿元，同比增长27.3%: a change linked to the level compared
    // with, or to none, right after that level's clause, is of the level before it)
    const periodClause = prevLevel !== undefined && /[，,](?:上年同期|去年同期|上年|去年)[^，。；\d]{0,10}$/.test(doc.norm.slice(Math.max(0, prevLevel.start - 16), prevLevel.start)) && /^[，,](?:同比|按年|较上年)?(?:增长|下降|上升|减少|增加)$/.test(doc.norm.slice(prevLevel.end, f.start));
    if ((ofLevel && ofLevel === prevLevel) || (!ofLevel && periodClause)) ofLevel = [...before].reverse().find((g) => g.end <= prevLevel.start && isLevel(g) && !g.change && sameUnit(g, prevLevel) && !isComparedLevel(doc.norm, g.start));
    // (but 其中出口值53.86亿美元，较112年的52.24亿美元年增3.1%: the part compared in its own clause, by its own name)
    // (not an average: 日均約12.9萬人次，較3月的約340萬人次 compares the month's total)
    const ownClause = (a: Fact, b: Fact) => !average(a) && !/[；;]/.test(doc.norm.slice(a.end, b.start)) && simplify(a.subject) !== '' && simplify(a.subject) === simplify(b.subject);
    if (ofLevel && prevLevel && prevLevel.start > ofLevel.end && part(ofLevel) && !part(prevLevel) && !ownClause(ofLevel, prevLevel)) ofLevel = [...before].reverse().find((g) => g.end <= ofLevel!.start && isLevel(g) && !g.change && sameUnit(g, prevLevel) && !part(g) && !isComparedLevel(doc.norm, g.start));
    // (303.2，较9月的304.1按月下跌0.3%，按年下跌7.4%: the compared level is the first change's; the
    // next one is against another time)
    // (结婚登记5.83万对，同比增长21.5%（2022年为4.80万对），较2019年下降8.8%: nor when a change of the
    // level stands before the compared one: that is the change it answers)
    const isChange = (g: Fact) => g.change !== undefined && (g.kind === 'percent' || g.kind === 'percentage_point');
    const aside = prevLevel !== undefined && /[（(][^（）()]*$/.test(doc.norm.slice(Math.max(0, prevLevel.start - 14), prevLevel.start));
    const changeBetween = prevLevel !== undefined && (facts.slice(ctx.indexOf(prevLevel) + 1, i).some(isChange) || (aside && ofLevel !== undefined && facts.slice(ctx.indexOf(ofLevel) + 1, ctx.indexOf(prevLevel)).some(isChange)));
    // (首三季累计9,412宗（第一季为3,099宗），按年上升2.7%: an aside of a part of the period is no level a change
    // against the year before starts from)
    const otherAside = aside && f.change.basis === 'yoy' && !/上年|去年|前一年|同期|\d{4}年/.test(doc.norm.slice(Math.max(0, prevLevel!.start - 14), prevLevel!.start).replace(/^.*[（(]/, ''));
    // (10月綜合消費物價指數較9月的105.31上升0.62%: with no level of its own in the sentence, the level of the
    // change's subject and period told before, within three paragraphs, 2024年10月綜合消費物價指數為105.47)
    const toldBefore = !ofLevel && compared && f.period !== undefined && simplify(f.subject).length >= 4 && before.every((g) => !isLevel(g) || g === compared) ? levelToldBefore(ctx, f, compared) : undefined;
    ofLevel ??= toldBefore;
    const laterThan = compared !== undefined || (ofLevel?.period !== undefined && prevLevel?.period !== undefined && ofLevel.period.length === prevLevel.period.length && ofLevel.period > prevLevel.period);
    if (prevLevel && ofLevel && laterThan && !changeBetween && !otherAside && ofLevel !== prevLevel && ofLevel.end <= prevLevel.start && (ofLevel === toldBefore || !/[；;]/.test(doc.norm.slice(ofLevel.end, f.start)) || comparedOnly(ofLevel.end)) && sameUnit(ofLevel, prevLevel)) {
      const actual = ((ofLevel.value as number) / (prevLevel.value as number) - 1) * 100;
      const [alo, ahi] = bounds(prevLevel);
      const [blo, bhi] = bounds(ofLevel);
      pushChange(ctx, out, f, [(blo / ahi - 1) * 100, (bhi / alo - 1) * 100], sBounds, actual, `${prevLevel.text} → ${ofLevel.text}`, ids(f, prevLevel, ofLevel));
      continue;
    }
    // (C) 经常性业务利润为48.2亿港元，按年上升58.4%（2022年：26.0亿港元）: the earlier level given in
    // parentheses right after the change
    if (ofLevel && isLevel(ofLevel) && (doc.norm[f.end] === '（' || doc.norm[f.end] === '(')) {
      const close = doc.norm.slice(f.end, f.end + 30).search(/[）)]/);
      const earlier = close > 0 ? facts.slice(i + 1).find((g) => g.start < f.end + close && isLevel(g) && isComparedLevel(doc.norm, g.start)) : undefined;
      if (earlier && sameUnit(earlier, ofLevel)) {
        const actual = ((ofLevel.value as number) / (earlier.value as number) - 1) * 100;
        const [alo, ahi] = bounds(earlier);
        const [blo, bhi] = bounds(ofLevel);
        pushChange(ctx, out, f, [(blo / ahi - 1) * 100, (bhi / alo - 1) * 100], sBounds, actual, `${earlier.text} → ${ofLevel.text}`, ids(f, earlier, ofLevel));
        continue;
      }
    }
    // (C') 较去年同期的249人减少31人，减幅14.2%: the previous level, the increment, the percent of it
    const last = before[before.length - 1];
    if (
      prevLevel &&
      last &&
      last !== prevLevel &&
      LEVEL.has(last.kind) &&
      typeof last.value === 'number' &&
      last.change?.direction === f.change.direction &&
      sameUnit(last, prevLevel) &&
      /^(?:增加|减少|增长|下降|上升|上涨|下跌|多|少|了|净增|净减|涨|跌)+$/.test(doc.norm.slice(prevLevel.end, last.start)) &&
      // (较10月31日的22,340.56点上涨607.75点，月涨幅3.72%)
      // (較112年的20萬5,623人減少4,243人，年減0.56%: Taiwan's 年增, 年減 of the year before)
      /^[，,]?(?:或|即)?(?:月|年|季|周|日|单月|全年|累计)?(?:增幅|减幅|降幅|跌幅|涨幅|增长|下降|减少|增加|上升|增|减|涨|跌)?(?:为|达)?$/.test(doc.norm.slice(last.end, f.start))
    ) {
      const [blo, bhi] = bounds(prevLevel);
      const [dlo, dhi] = bounds(last);
      const actual = ((last.value as number) / (prevLevel.value as number)) * 100 * sign;
      const range = [(dlo / bhi) * 100 * sign, (dhi / blo) * 100 * sign].sort((x, y) => x - y) as [number, number];
      pushChange(ctx, out, f, range, sBounds, actual, `${last.text} on ${prevLevel.text}`, ids(f, prevLevel, last));
      continue;
    }
    // (D) 户籍人口218.7万人，比上年增加8630人，增长0.4%: the level, its increment, the percent, in a row
    const inc = [...before].reverse().find((g) => (g.kind === 'count' || g.kind === 'money' || g.kind === 'measure') && g.change?.direction === f.change!.direction && typeof g.value === 'number');
    const untimed = before.filter((g) => g.kind !== 'date' && g.kind !== 'period');
    let li = inc ? untimed.indexOf(inc) : -1;
    // a share may stand between the level and its increment: 743万辆，占…的30.25%，与上年相比增加207万辆
    let joinFrom = li > 0 ? untimed[li - 1]!.end : 0;
    if (li > 1 && isShare(doc.norm, untimed[li - 1]!)) li--;
    const level = li > 0 && isLevel(untimed[li - 1]!) && sameUnit(untimed[li - 1]!, inc!) ? untimed[li - 1] : undefined;
    if (level && li < untimed.indexOf(inc!)) joinFrom = untimed[li]!.end;
    else if (level) joinFrom = level.end;
    const joined =
      level !== undefined &&
      inc !== undefined &&
      // (较9月末下降453亿美元: the time compared with may be written in figures; no other figure is between)
      // (服務業部門694.8萬人，占…的60.04%，年增5.9萬人或0.42%: a change word of its basis, Taiwan's 年增)
      INCREMENT_BEFORE.test(doc.norm.slice(joinFrom, inc.start).replace(/(?:增加|减少|增长|下降|上升|多|少|了|净增|净减|增|减)+$/, '')) &&
      INCREMENT_TO_RATE.test(doc.norm.slice(inc.end, f.start));
    // (比年初增加31.5亿元，同比增长9.3%: an increment since the start of the year and a change on the year
    // before are of two bases)
    // (比年初增加28.4亿元，增长11.6%: a percent after an increment since the start of the year is, in a bank's
    // report, the change on the year before)
    const sinceStart = inc !== undefined && /年初/.test(doc.norm.slice(joinFrom, inc.start));
    // (较上年减少405起，同比下降: the year before either way)
    const yearly = (b: string) => (b === 'vs:prev' ? 'yoy' : b);
    const oneBasis = !sinceStart && (!inc?.change?.basis || !f.change.basis || yearly(inc.change.basis) === yearly(f.change.basis));
    const ofIncrement = (level: Fact, inc: Fact): void => {
      const L = level.value as number;
      const d = (inc.value as number) * sign;
      const actual = (d / (L - d)) * 100;
      const [llo, lhi] = bounds(level);
      const [dlo, dhi] = bounds(inc)
        .map((x) => x * sign)
        .sort((x, y) => x - y) as [number, number];
      const cands = [dlo / (lhi - dlo), dlo / (llo - dlo), dhi / (lhi - dhi), dhi / (llo - dhi)].map((x) => x * 100);
      pushChange(ctx, out, f, [Math.min(...cands), Math.max(...cands)], sBounds, actual, `${inc.text} on ${fmt(L - d)} (= ${level.text} ${sign < 0 ? '+' : '−'} ${inc.text})`, ids(f, level, inc));
    };
    if (inc && level && joined && oneBasis && !/‰/.test(f.text)) {
      ofIncrement(level, inc);
      continue;
    }
    // (D') the level, the percent, then the increment: 累计完成业务量213.58亿票，同比增长9.86%，较上年同期净增41.6亿票
    const lastLevel = before.length > 0 && isLevel(before[before.length - 1]!) ? before[before.length - 1]! : undefined;
    // (past the time compared with: 较上年同期 is a fact too)
    let n = i + 1;
    while (n < facts.length && n - i <= 3 && (facts[n]!.kind === 'date' || facts[n]!.kind === 'period')) n++;
    const next = facts[n];
    if (
      lastLevel &&
      next &&
      !lastLevel.change &&
      (next.kind === 'count' || next.kind === 'money' || next.kind === 'measure') &&
      typeof next.value === 'number' &&
      next.change?.direction === f.change.direction &&
      (!next.change.basis || !f.change.basis || yearly(next.change.basis) === yearly(f.change.basis)) &&
      sameUnit(lastLevel, next) &&
      RATE_AFTER_LEVEL.test(doc.norm.slice(lastLevel.end, f.start)) &&
      INCREMENT_AFTER.test(doc.norm.slice(f.end, next.start)) &&
      !/‰/.test(f.text)
    ) {
      ofIncrement(lastLevel, next);
      continue;
    }
    // (E) a whole count and its percent change: some whole previous count must give exactly this change
    const lv = ofLevel;
    // (另17项重要民生物资价格年涨2.58%: a noun between the count and the change is what changed)
    const nounBetween = lv !== undefined && /[\u4e00-\u9fff]{2}/.test(doc.norm.slice(lv.end, f.start).replace(CHANGE_GAP, ''));
    if (lv && !nounBetween && lv.kind === 'count' && !lv.approx && (f.decimals ?? 0) >= 2 && Number.isInteger(lv.value) && (lv.value as number) <= 100000 && !/[万亿萬億]/.test(lv.text)) {
      const L = lv.value as number;
      const x = L / (1 + p / 100);
      const half = 0.5 * 10 ** -(f.decimals ?? 0);
      let best: number | null = null;
      for (let n = Math.max(1, Math.floor(x) - 2); n <= Math.ceil(x) + 2; n++) {
        const got = (L / n - 1) * 100;
        if (Math.abs(got - p) <= half + 1e-9) best = n;
      }
      if (best !== null) {
        out.push(finding(doc, 'implied-baseline', 'info', lv.start, f.end, `${lv.text} after a change of ${p > 0 ? '+' : ''}${p}% implies ${best} before: ${best} → ${L} is ${pct(((L - best) / best) * 100)}`, { facts: ids(f, lv) }));
      } else {
        const n = Math.round(x);
        out.push(finding(doc, 'rate-mismatch', 'warning', f.start, f.end, `no whole previous count gives ${lv.text} a change of ${f.text}: ${n} → ${L} would be ${pct(((L - n) / n) * 100)}`, { facts: ids(f, lv) }));
      }
      continue;
    }
    if (lv && f.baseline !== undefined) {
      out.push(finding(doc, 'implied-baseline', 'info', lv.start, f.end, `${lv.text} after a change of ${p > 0 ? '+' : ''}${p}% implies ${fmt(f.baseline)} before`, { facts: ids(f, lv) }));
    }
  }
}

/**
 * (A3) A share whose whole is given in parentheses after its name: 大中型水库蓄水量52.37亿立方米，较常年
 * 同期偏少18.46亿立方米，仅占兴利库容（84.20亿立方米）的72.2% (62.2%). The part is the nearest level
 * before 占 in the sentence that is no difference from something else.
 */
const PAREN_WHOLE_BEFORE = /(?:占|佔)[^，。；\d（(]{1,12}[（(]$/;
const DIFFERENCE_BEFORE = /(?:较|比|偏少|偏多|偏高|偏低|高出|低于|多|少)[^，。；\d]{0,10}$/;
function parenthesizedWholes(ctx: CheckContext, out: Finding[]): void {
  const { doc, facts } = ctx;
  for (let i = 1; i < facts.length; i++) {
    const f = facts[i]!;
    const whole = facts[i - 1]!;
    if (f.kind !== 'percent' || f.change || typeof f.value !== 'number' || !isLevel(whole)) continue;
    if (!/^[）)]的?(?:比重|比例)?(?:为)?$/.test(doc.norm.slice(whole.end, f.start))) continue;
    const before = doc.norm.slice(Math.max(0, whole.start - 16), whole.start);
    if (!PAREN_WHOLE_BEFORE.test(before)) continue;
    let part: Fact | null = null;
    for (let k = i - 2; k >= 0 && i - k <= 12; k--) {
      const g = facts[k]!;
      if (/[。！？\n]/.test(doc.norm.slice(g.end, whole.start))) break;
      if (isLevel(g) && sameUnit(g, whole) && !DIFFERENCE_BEFORE.test(doc.norm.slice(Math.max(0, g.start - 12), g.start))) {
        part = g;
        break;
      }
    }
    if (!part || (part.value as number) > (whole.value as number)) continue;
    compare(ctx, out, f, part, whole, `${part.subject ?? part.text} / ${whole.subject ?? whole.text}`);
  }
}

/** 合格率 from the count that failed (不合格18宗) and the count before it in the rate's sentence (样本3,412个). */
function failedRate(ctx: CheckContext, out: Finding[], f: Fact, i: number, stem: string, sentence: number): void {
  const { doc, facts } = ctx;
  const failed = `不${stem}`;
  let bad: Fact | null = null;
  let k = i - 1;
  for (; k >= 0 && facts[k]!.start >= sentence && i - k <= 12; k--) {
    const g = facts[k]!;
    if (g.kind === 'count' && !g.change && typeof g.value === 'number' && doc.norm.slice(Math.max(0, g.start - 4), g.start).endsWith(failed)) {
      bad = g;
      break;
    }
  }
  if (!bad) return;
  let all: Fact | null = null;
  for (k--; k >= 0 && facts[k]!.start >= sentence && i - k <= 12; k--) {
    const g = facts[k]!;
    if (g.kind === 'count' && !g.change && typeof g.value === 'number' && g.value > (bad.value as number) && !isComparedLevel(doc.norm, g.start)) {
      all = g;
      break;
    }
  }
  if (!all) return;
  const [alo, ahi] = bounds(all);
  const [blo, bhi] = bounds(bad);
  const range: [number, number] = [(1 - bhi / alo) * 100, (1 - blo / ahi) * 100];
  const actual = (1 - (bad.value as number) / (all.value as number)) * 100;
  const ids = [ctx.indexOf(f), ctx.indexOf(bad), ctx.indexOf(all)];
  const what = `${f.subject ?? stem + '率'} = (${all.text} − ${bad.text}) / ${all.text} = ${pct(actual)}`;
  if (overlaps(range, bounds(f))) out.push(finding(doc, 'rate-consistent', 'info', f.start, f.end, `${f.text}: ${what}: holds`, { facts: ids }));
  else out.push(finding(doc, 'rate-mismatch', 'warning', bad.start, f.end, `${f.text} does not match ${what}`, { facts: ids }));
}

/**
 * (B3) A rate defined in parentheses after its name: 个人住房贷款率（个人住房贷款余额占缴存余额的比率）为80.87% is
 * 个人住房贷款余额 / 缴存余额, each the nearest level of that name told before it (within 1,500 characters).
 */
const DEFINED_RATE = /[（(](?<num>[\u4e00-\u9fff]{2,16}?)(?:占|佔)(?<den>[\u4e00-\u9fff]{2,16}?)(?:之|的)?(?:比率|比例|比重|百分比)[）)](?:为|是|达|约)?$/;
function definedRates(ctx: CheckContext, out: Finding[], rates: number[]): void {
  const { doc, facts } = ctx;
  for (const i of rates) {
    const f = facts[i]!;
    const m = DEFINED_RATE.exec(doc.norm.slice(Math.max(0, f.start - 50), f.start));
    if (!m) continue;
    const named = (name: string, below?: Fact): Fact | null => {
      let best: Fact | null = null;
      let fit = 1;
      for (let k = i - 1; k >= 0 && f.start - facts[k]!.start < 1500; k--) {
        const g = facts[k]!;
        if (!isLevel(g) || g.change || isComparedLevel(doc.norm, g.start) || (below && !sameUnit(g, below))) continue;
        const w = wholeFit(g.subject, name);
        if (w > fit) {
          best = g;
          fit = w;
        }
      }
      return best;
    };
    const num = named(m.groups!.num!);
    const den = num && named(m.groups!.den!, num);
    if (!num || !den || num === den) continue;
    compare(ctx, out, f, num, den, `${m.groups!.num} / ${m.groups!.den}`);
  }
}

/**
 * (B4) Rates of two measures told by their units: a load factor is passenger-kilometres over seat-kilometres
 * (国际航线客座率83.4% of 国际航线36.85亿客公里 / 国际航线45.12亿座公里: 81.7%). The rate's qualifier (国际航线)
 * names both; without one (当月平均客座率) they are the largest of their unit.
 */
const UNIT_RATES: ReadonlyArray<{ rate: RegExp; num: string; den: string }> = [{ rate: /客座率$/, num: '客公里', den: '座公里' }];
function unitRates(ctx: CheckContext, out: Finding[], rates: number[]): void {
  const { doc, facts } = ctx;
  const lead = leadPeriodOf(ctx);
  /** The rate a listed percent carries on from the one before it (国内航线客座率85.8%，国际航线83.7%). */
  const carried = new Map<number, (typeof UNIT_RATES)[number]>();
  for (const i of rates) {
    const f = facts[i]!;
    const subject = simplify(f.subject);
    let r = UNIT_RATES.find((u) => u.rate.test(subject));
    let q = r ? subject.replace(r.rate, '').replace(/^(?:当月|本月|全年|平均|整体|总体|综合|公司)+/, '') : '';
    // (其中国内航线客座率85.8%，国际航线83.7%，地区航线82.7%: the items after the first name their qualifier alone)
    const prev = facts[i - 1];
    if (!r && prev && subject.length >= 2 && /^[，,、]$/.test(doc.norm.slice(prev.end, f.start - (f.subject?.length ?? 0)))) {
      r = carried.get(i - 1) ?? UNIT_RATES.find((u) => u.rate.test(simplify(prev.subject)));
      q = subject;
    }
    if (!r) continue;
    carried.set(i, r);
    // (国庆假期（10月1日至7日），…平均客座率达87.9%: a rate of a time of its own is of the levels of that time; one
    // with none told is of the text's lead period)
    const period = f.period ?? lead;
    const find = (unit: string): Fact | null => {
      let best: Fact | null = null;
      for (let k = i - 1; k >= 0 && f.start - facts[k]!.start < 1500; k--) {
        const g = facts[k]!;
        if (g.kind !== 'measure' || g.change || typeof g.value !== 'number' || simplify(g.unit) !== unit || isComparedLevel(doc.norm, g.start)) continue;
        const at = g.period ?? lead;
        if (at !== period && !samePeriod(at, period)) continue;
        if (q) {
          if (simplify(g.subject) === q) return g;
        } else if (!best || (g.value as number) > (best.value as number)) best = g;
      }
      return best;
    };
    const num = find(r.num);
    const den = num && find(r.den);
    if (!num || !den || (num.value as number) > (den.value as number)) continue;
    compare(ctx, out, f, num, den, f.subject ?? 'the rate');
  }
}

/**
 * (B5) A ratio written A:1 of two counts told before it in its sentence: 在校生98.64万人，专任教师7.12万人，生师比为
 * 14.85:1 (13.85). Which counts, by name, is data (RATIO_PAIRS).
 */
const RATIO_PAIRS: ReadonlyArray<{ name: RegExp; num: RegExp; den: RegExp }> = [
  { name: /生师比[为是]?$/, num: /在校生|学生/, den: /教师/ },
];
function ratios(ctx: CheckContext, out: Finding[]): void {
  const { doc, facts } = ctx;
  for (let i = 0; i + 1 < facts.length; i++) {
    const f = facts[i]!;
    const one = facts[i + 1]!;
    if (f.kind !== 'number' || typeof f.value !== 'number' || one.value !== 1 || !/^[:：]$/.test(doc.norm.slice(f.end, one.start))) continue;
    const pair = RATIO_PAIRS.find((r) => r.name.test(doc.norm.slice(Math.max(0, f.start - 8), f.start)));
    if (!pair) continue;
    const from = sentenceStartOf(ctx, f.start);
    let num: Fact | null = null;
    let den: Fact | null = null;
    for (let k = i - 1; k >= 0 && facts[k]!.start >= from && i - k <= 12; k--) {
      const g = facts[k]!;
      if (g.kind !== 'count' || g.change || typeof g.value !== 'number') continue;
      const name = simplify(g.subject);
      if (!den && pair.den.test(name)) den = g;
      else if (!num && pair.num.test(name)) num = g;
    }
    if (!num || !den || !sameUnit(num, den)) continue;
    const [nlo, nhi] = bounds(num);
    const [dlo, dhi] = bounds(den);
    const [slo, shi] = bounds(f);
    const actual = (num.value as number) / (den.value as number);
    const ids = [ctx.indexOf(f), ctx.indexOf(num), ctx.indexOf(den)];
    const how = `${num.text} / ${den.text} = ${Number(actual.toFixed(2))}:1`;
    if (nhi / dlo >= slo && nlo / dhi <= shi) out.push(finding(doc, 'rate-consistent', 'info', f.start, one.end, `${f.text}:1 = ${how}: holds`, { facts: ids }));
    else out.push(finding(doc, 'rate-mismatch', 'warning', num.start, one.end, `${f.text}:1 does not match ${how}`, { facts: ids }));
  }
}

/**
 * (B6) A level against an earlier one written in parentheses: 实现旅游收入108.6亿元，…，恢复至2019年同期（96.6亿元）
 * 的118.6% (112.4%); 第二季毛收入…相當於2019年同期（741.25億元）的82.1%. The level is the last of the stated one's
 * unit before it in its sentence (no level compared with, no change, no average per day).
 */
const RECOVERED_TO = /(?:恢复至|恢复到|恢复|相当于|达到|回升至|回到)[^，。；;（(]{0,14}[（(]$/;
function recoveries(ctx: CheckContext, out: Finding[]): void {
  const { doc, facts } = ctx;
  for (let j = 1; j + 1 < facts.length; j++) {
    const earlier = facts[j]!;
    const f = facts[j + 1]!;
    if (f.kind !== 'percent' || f.change || typeof f.value !== 'number' || !isLevel(earlier) || earlier.change) continue;
    if (!/^[）)]的$/.test(doc.norm.slice(earlier.end, f.start)) || !RECOVERED_TO.test(doc.norm.slice(Math.max(0, earlier.start - 16), earlier.start))) continue;
    // the level: back over the times and the changes of its clauses, within its sentence (8 figures at most)
    let level: Fact | null = null;
    for (let k = j - 1; k >= 0 && j - k <= 8; k--) {
      const g = facts[k]!;
      if (/[。！？；;\n]/.test(doc.norm.slice(g.end, earlier.start))) break;
      // (…共2億1,264萬人次，…平均每日約58.3萬人次，相當於2018年（3億1,420萬人次）的67.7%: nor an average per day)
      // (nor a multiple or the level it is of: 是2022年（1,588萬人次）的13.4倍)
      if (g.kind === 'date' || g.kind === 'period' || g.change || g.kind === 'percent' || g.kind === 'percentage_point' || g.kind === 'multiple' || AVERAGE_JUST_BEFORE.test(doc.norm.slice(Math.max(0, g.start - 5), g.start)) || isComparedLevel(doc.norm, g.start) || /^[）)]/.test(doc.norm.slice(g.end, g.end + 1))) continue;
      if (isLevel(g) && sameUnit(g, earlier)) level = g;
      break;
    }
    if (!level) continue;
    compare(ctx, out, f, level, earlier, `${level.subject ?? level.text} against ${earlier.text}`);
  }
}

/** The period a step before `p` (a month, or a quarter) for 环比, or the same period a year before for 同比. */
function periodBefore(p: string, basis: string): string | null {
  const ym = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}`;
  const shift = (v: string, months: number) => {
    const n = Number(v.slice(0, 4)) * 12 + Number(v.slice(5, 7)) - 1 - months;
    return ym(Math.floor(n / 12), (n % 12) + 1);
  };
  const month = /^\d{4}-\d{2}$/.test(p);
  const span = /^(\d{4}-\d{2})\/(\d{4}-\d{2})$/.exec(p);
  if (basis === 'yoy') return month ? shift(p, 12) : span ? `${shift(span[1]!, 12)}/${shift(span[2]!, 12)}` : /^\d{4}$/.test(p) ? String(Number(p) - 1) : null;
  if (basis !== 'mom') return null;
  if (month) return shift(p, 1);
  // (a quarter: the quarter before)
  if (span && Number(span[2]!.slice(5)) - Number(span[1]!.slice(5)) === 2 && span[1]!.slice(0, 4) === span[2]!.slice(0, 4)) return `${shift(span[1]!, 3)}/${shift(span[2]!, 3)}`;
  return null;
}

/**
 * (D'') A change told apart from both its levels, each told before of its own period: 2025年第一季度…归母净利润16.48亿元
 * …。⏎…2024年第四季度实现…归母净利润13.95亿元。据此计算，…归母净利润环比增长13.8% (18.1%). The levels are the
 * change's subject exactly, one value for each period within 1,500 characters back (an adjusted figure, 扣除非经常性
 * 损益后的, only for an adjusted change); a change some other reading has checked is left to it.
 */
function changesOfToldLevels(ctx: CheckContext, out: Finding[]): void {
  const { doc, facts } = ctx;
  const checked = factsChecked(out, ['rate-consistent', 'rate-mismatch', 'implied-baseline']);
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i]!;
    if (f.kind !== 'percent' || typeof f.value !== 'number' || !f.change?.direction || f.change.direction === 'flat' || !f.change.basis || f.period === undefined || checked.has(i)) continue;
    const name = simplify(f.subject);
    const before = periodBefore(f.period, f.change.basis);
    if (name.length < 4 || before === null) continue;
    const own = adjusted(doc.norm, f);
    const of = (period: string): Fact | null | undefined => {
      let found: Fact | undefined;
      for (let k = i - 1, n = 0; k >= 0 && n < 60 && f.start - facts[k]!.start <= 1500; k--, n++) {
        const g = facts[k]!;
        if (g.period !== period || !isLevel(g) || simplify(g.subject) !== name || adjusted(doc.norm, g) !== own || isComparedLevel(doc.norm, g.start)) continue;
        if (found && found.value !== g.value) return null;
        found ??= g;
      }
      return found;
    };
    const now = of(f.period);
    const then = now && of(before);
    if (!now || !then || !sameUnit(now, then) || then.start > now.start + 1500) continue;
    // (no level of the change's own in its sentence: a change told beside its level is read with it)
    if (now.start >= sentenceStartOf(ctx, f.start)) continue;
    const sign = f.change.direction === 'up' ? 1 : -1;
    const stated = bounds(f).map((x) => sign * Math.abs(x)).sort((x, y) => x - y) as [number, number];
    const [alo, ahi] = bounds(then);
    const [blo, bhi] = bounds(now);
    pushChange(ctx, out, f, [(blo / ahi - 1) * 100, (bhi / alo - 1) * 100], stated, ((now.value as number) / (then.value as number) - 1) * 100, `${then.text} → ${now.text}`, [i, ctx.indexOf(then), ctx.indexOf(now)]);
  }
}

/**
 * (A5) A bare share of a part in a clause opened by X中, X told before: 動工的樓宇單位中，住宅單位有468個，佔91.4% (of
 * 樓宇單位512個); 同季竣工的私人樓宇單位有1,276個…；竣工單位中住宅單位有1,184個，佔94.6% (92.8%). The whole is the nearest
 * larger level before the clause (1,500 characters back at most) whose subject ends with X's head (單位) and whose
 * subject or clause says X's qualifier (竣工); a share another reading has checked is left to it.
 */
const AMONG_OPENS_CLAUSE = /^(?<x>[\u4e00-\u9fff]{2,12}?)中[，,]?(?:[\u4e00-\u9fff]{1,12}?)(?:有|为|是|达)?$/;
function sharesAmongOpener(ctx: CheckContext, out: Finding[]): void {
  const { doc, facts } = ctx;
  const checked = factsChecked(out);
  for (let i = 1; i < facts.length; i++) {
    const f = facts[i]!;
    const part = facts[i - 1]!;
    if (f.kind !== 'percent' || f.change || typeof f.value !== 'number' || checked.has(i) || !isLevel(part)) continue;
    if (!/^[，,]?(?:[占佔]|占比|佔比)(?:为|為|达|達|约|約)?$/.test(doc.norm.slice(part.end, f.start))) continue;
    // (the clause: after the last full stop or ；, 30 characters back at most)
    const window = doc.norm.slice(Math.max(0, part.start - 30), part.start);
    const clauseStart = part.start - window.length + window.search(/[^。;；!！?？\n]*$/);
    const x = AMONG_OPENS_CLAUSE.exec(doc.norm.slice(clauseStart, part.start))?.groups?.x;
    if (!x) continue;
    const name = simplify(x).replace(/^.*的/, '');
    if (name.length < 2) continue;
    const head = name.slice(-2);
    const qual = name.slice(0, -2);
    let whole: Fact | null = null;
    for (let k = i - 2, n = 0; k >= 0 && n < 40 && part.start - facts[k]!.start <= 1500; k--, n++) {
      const g = facts[k]!;
      if (g.start >= clauseStart || !isLevel(g) || !sameUnit(g, part) || (g.value as number) <= (part.value as number) || isComparedLevel(doc.norm, g.start)) continue;
      const subject = simplify(g.subject);
      if (!subject.endsWith(head)) continue;
      const said = doc.norm.slice(Math.max(0, g.start - 30), g.start).replace(/^.*[，,。；;\n]/s, '');
      if (qual && !subject.includes(qual) && !simplify(said).includes(qual)) continue;
      whole = g;
      break;
    }
    if (!whole || farOffShare(f, part, whole)) continue;
    compare(ctx, out, f, part, whole, `${part.subject ?? part.text} / ${whole.subject ?? whole.text}`);
  }
}

export const rateMismatch: Check = {
  id: 'rate-mismatch',
  run(ctx) {
    const out: Finding[] = [];
    shares(ctx, out);
    parenthesizedWholes(ctx, out);
    const rates = statedRates(ctx);
    namedRates(ctx, out, rates);
    pairedRates(ctx, out, rates);
    definedRates(ctx, out, rates);
    qizhongRates(ctx, out, rates);
    unitRates(ctx, out, rates);
    ratios(ctx, out);
    dailyAverages(ctx, out);
    perCapita(ctx, out);
    pointChanges(ctx, out);
    recoveries(ctx, out);
    sharesAmong(ctx, out);
    sharesAmongOpener(ctx, out);
    changes(ctx, out);
    changesOfToldLevels(ctx, out);
    return out;
  },
};
