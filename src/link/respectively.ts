// 分别 lists: `A、B分别同比上升X、Y` gives A↔X and B↔Y. Subjects are the list before 分别 (or the
// subjects of the facts listed before it: `第一产业增加值13.05亿元、…，分别增长4.6%、…`), values the
// numbers after it. A head noun written once is shared: `盗窃、诈骗案件立案数` → 盗窃案件立案数.
// Lists whose lengths differ are not paired; they are reported (checks/respectively-mismatch.ts).
import type { Document, Fact } from '../types.js';
import { CharClass, firstAtOrAfter, isSentenceEnd } from './marks.js';
import { CHANGE_ONLY } from '../data/subject-words.js';

/** Marks that end the clause before 分别. */
const CLAUSE_MARK = new CharClass('，,：:；;。\n（）()');

// (not the 与 of 参与率, the 及 of 涉及 and 普及率, the 和 of 总和 and 缓和)
const AND = '(?<![总缓温调])和';
const AS_WELL = '(?<![涉普危惠波触顾])及(?!时)';
const WITH = '(?<![参给赋])与';
const LIST_SEP = new RegExp(`、|${AND}|${AS_WELL}|${WITH}|以及`);
const VALUE_GAP = /^(?:、|和|及|与|以及|，|,)$/;
/** A verb and the noun it yields between 分别 and the values (分别实现营业收入97.18亿元、…): the items' head. */
const VERB_NOUN = /^(?:实现|完成|录得|达到)了?(?<noun>[\u4e00-\u9fff]{0,4}(?:收入|营收|利润|产量|销量|投资|增加值|量|额))$/;
/** The same between changes, each with its own verb: 分别同比增长8.4%、下降3.1%和增长5.7%. */
const CHANGE_GAP = /^(?:、|和|及|与|以及|，|,)(?:同比|环比|按年)?(?:增长|下降|上升|减少|增加|提高|降低)$/;

export interface RespectivelyList {
  /** Position of 分别. */
  at: number;
  subjects: string[];
  values: Fact[];
  /** The facts listed before 分别, one per value, whose subjects are found later (pairTailSubjects). */
  tail?: Fact[];
}

export function linkRespectively(doc: Document, facts: Fact[]): RespectivelyList[] {
  const norm = doc.norm;
  const lists: RespectivelyList[] = [];
  let lastSubjects: { sentence: number; subjects: string[] } | null = null;
  const re = /分别|依次/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(norm)) !== null) {
    const at = m.index;
    let sStart = at;
    while (sStart > 0 && at - sStart < 400 && !isSentenceEnd(norm.charCodeAt(sStart - 1))) sStart--;
    // values: the facts after 分别 that follow one another with only list marks between them
    const values: Fact[] = [];
    let i = firstAtOrAfter(facts, at + 1);
    // 分别比上年末增加8.2万人、4.6万人: the time compared against is no value of the list
    while (i < facts.length && (facts[i]!.kind === 'date' || facts[i]!.kind === 'period') && facts[i]!.start - at < 12) i++;
    if (i >= facts.length) continue;
    const lead = norm.slice(at + 2, facts[i]!.start);
    if (/[。！？；;\n，,]/.test(lead) || lead.length > 12) continue;
    values.push(facts[i]!);
    const gapOk = (g: string, next: Fact) => VALUE_GAP.test(g) || (next.change !== undefined && facts[i]!.change !== undefined && CHANGE_GAP.test(g));
    // (…下降1.6人和0.9人，56人以上大班额…: a list closed by 和, 及, 与 takes no value after a comma)
    let closed = false;
    while (i + 1 < facts.length && gapOk(norm.slice(facts[i]!.end, facts[i + 1]!.start), facts[i + 1]!) && facts[i + 1]!.kind === facts[i]!.kind) {
      const gap = norm.slice(facts[i]!.end, facts[i + 1]!.start);
      if (closed && /^[，,]$/.test(gap)) break;
      if (/^(?:和|及|与|以及)$/.test(gap)) closed = true;
      i++;
      values.push(facts[i]!);
    }
    if (values.length < 2) continue;
    // subjects: the words before 分别 in its clause, split at list marks
    let cStart = at;
    for (;;) {
      while (cStart > sStart && !CLAUSE_MARK.at(norm, cStart - 1)) cStart--;
      // (欧洲、亚太（不含中国）、美洲、中东及非洲地区分别…: an aside inside an item is no clause mark)
      const close = norm[cStart - 1];
      if (close !== '）' && close !== ')') break;
      const open = Math.max(norm.lastIndexOf('（', cStart - 2), norm.lastIndexOf('(', cStart - 2));
      if (open <= sStart || cStart - open > 20 || !/[\u4e00-\u9fff]/.test(norm[open - 1] ?? '')) break;
      cStart = open;
    }
    const clause = doc.text.slice(cStart, at);
    const clauseNorm = norm.slice(cStart, at);
    let subjects: string[] = [];
    let pendingTail: Fact[] | undefined;
    // the facts of this sentence before 分别 (found by binary search: a long text has many)
    const inSentence = facts.slice(firstAtOrAfter(facts, sStart), firstAtOrAfter(facts, at)).filter((f) => f.end <= at);
    if (!inSentence.some((f) => f.start >= cStart && f.kind !== 'date' && f.kind !== 'period' && f.kind !== 'ordinal')) {
      subjects = splitItems(clause, clauseNorm, values.length);
      // 液体乳、奶粉及奶制品分别实现营业收入97.18亿元、26.43亿元: what the verb yields is what each item measures
      const yielded = VERB_NOUN.exec(lead);
      if (yielded && subjects.length >= 2) {
        const k = at + 2 + lead.length - yielded.groups!.noun!.length;
        const noun = doc.text.slice(k, k + yielded.groups!.noun!.length);
        subjects = subjects.map((x) => (x.endsWith(noun) ? x : x + noun));
      }
      // 三次产业增加值占…的比重分别为7.1%、48.3%和54.6%: the three industries, one a value
      const three = /三次产业(?<head>[\u4e00-\u9fff]{0,6}?)(?=占|的|比重|结构|分别|$)/.exec(clauseNorm);
      if (subjects.length < 2 && three && values.length === 3) subjects = ['第一', '第二', '第三'].map((n) => `${n}产业${three.groups!.head}`);
    }
    // 小学、初中招生分别为…，在校生分别为…: a head noun alone takes the items of the list before it
    if (subjects.length < 2 && lastSubjects && lastSubjects.sentence === sStart && lastSubjects.subjects.length === values.length) {
      const composed = withNewHead(lastSubjects.subjects, clause.trim(), clauseNorm.trim());
      if (composed) subjects = composed;
    }
    if (subjects.length < 2) {
      // the subjects of the facts listed before 分别 in this sentence (…13.05亿元、…158.86亿元，分别增长…)
      const kind = lastKindBefore(inSentence);
      const before = inSentence.filter((f) => f.kind === kind);
      // the nearest facts, as many as the values (总人口46.46万人，男性23.85万人、女性22.61万人，分别占…)
      const tail = trailingList(before, norm).slice(-values.length);
      if (tail.length === values.length && tail.every((f) => f.subject)) subjects = tail.map((f) => f.subject!);
      else if (lastSubjects && lastSubjects.sentence === sStart) subjects = lastSubjects.subjects;
      else if (tail.length === values.length) pendingTail = tail;
    }
    // 快递业务收入居前列的是南昌市、赣州市和九江市，分别完成…: 分别 opens its clause, and the items
    // are the list that ends the clause before it
    if (subjects.length < 2 && !pendingTail && clauseNorm.trim() === '') {
      subjects = itemsOfClauseBefore(doc, cStart - 1, sStart, values.length) ?? subjects;
    }
    lists.push({ at, subjects, values, ...(pendingTail ? { tail: pendingTail } : {}) });
    if (subjects.length >= 2) lastSubjects = { sentence: sStart, subjects };
    if (subjects.length === values.length) {
      values.forEach((v, k) => (v.subject = subjects[k]));
      const more = continuedList(norm, facts, values);
      if (more) {
        more.forEach((v, k) => (v.subject = subjects[k]));
        lists.push({ at: more[0]!.start, subjects, values: more });
      }
    }
  }
  return lists;
}

/** What a clause says of the items it lists, after them: 数量较多, 票房领跑, 位居前列. */
const PREDICATE = /(?:数量|票房|规模|销量|增速|增幅)?(?:较多|最多|较大|较高|最高|居前|领跑|位居前列|位居前三|排名前列|排名靠前|靠前)$/;
/** Where the items start: after 的是, 依次是, 为 (…居前列的是南昌市、赣州市和九江市). */
const ITEMS_AFTER = /^.*?(?:的是|依次是|依次为|分别是)/;

/**
 * The items that end the clause before `end` (the mark before 分别), exactly `n` of them, split at
 * 、和及与 or between 《》 titles; null when the clause holds anything else.
 */
function itemsOfClauseBefore(doc: Document, end: number, floor: number, n: number): string[] | null {
  const norm = doc.norm;
  let start = end;
  while (start > floor && !CLAUSE_MARK.at(norm, start - 1)) start--;
  let s = norm.slice(start, end);
  const lead = ITEMS_AFTER.exec(s)?.[0].length ?? 0;
  const predicate = PREDICATE.exec(s.slice(lead));
  const to = start + (predicate ? lead + predicate.index : s.length);
  const from = start + lead;
  s = norm.slice(from, to);
  // (digits inside a title are part of a name: 《追光2046》)
  if (/[\d，。；]/.test(s.replace(/《[^《》]*》/g, ''))) return null;
  const cuts: [number, number][] = [];
  const re = /、|以及|和|及|与|(?<=》)(?=《)/g;
  let m: RegExpExecArray | null;
  let k = 0;
  while ((m = re.exec(s)) !== null) {
    if (m[0] === '') re.lastIndex++; // (the zero-width cut between 》《)
    cuts.push([k, m.index]);
    k = m.index + m[0].length;
  }
  cuts.push([k, s.length]);
  if (cuts.length !== n || cuts.some(([a, b]) => b - a < 2 || b - a > 12)) return null;
  return cuts.map(([a, b]) => doc.text.slice(from + a, from + b));
}

/** Only a change word between a list and the next run of values: `，年增`, `，同比增长`, `，比上年提高`. */
const CONTINUES = /^[，,]?(?:同比|环比|按年|按月|年|月|比上年|较上年|比去年|较去年)?(?:增长|增加|上升|提高|下降|减少|降低|增|减|涨|跌|升|降)(?:了)?$/;

/**
 * 太阳光电与风力发电分别为142.3亿度及78.6亿度，年增18.7%及35.2%: a second run of as many values right
 * after a 分别 list, with only a change word between, goes with the same items.
 */
function continuedList(norm: string, facts: Fact[], values: Fact[]): Fact[] | null {
  const last = values[values.length - 1]!;
  let i = firstAtOrAfter(facts, last.end);
  if (i >= facts.length || !CONTINUES.test(norm.slice(last.end, facts[i]!.start))) return null;
  const run = [facts[i]!];
  while (i + 1 < facts.length && VALUE_GAP.test(norm.slice(facts[i]!.end, facts[i + 1]!.start)) && facts[i + 1]!.kind === facts[i]!.kind && run.length < values.length) {
    i++;
    run.push(facts[i]!);
  }
  // exactly as many (a longer run is another list)
  if (run.length !== values.length) return null;
  const after = facts[i + 1];
  if (after && VALUE_GAP.test(norm.slice(facts[i]!.end, after.start)) && after.kind === facts[i]!.kind) return null;
  return run;
}

/**
 * After the subjects are found: a list whose items are the facts before it (男性23.85万人、女性22.61万人，
 * 分别占总人口的51.3%、48.7%) pairs their subjects with its values.
 */
export function pairTailSubjects(lists: RespectivelyList[]): void {
  for (const l of lists) {
    if (!l.tail || !l.tail.every((f) => f.subject)) continue;
    l.subjects = l.tail.map((f) => f.subject!);
    l.values.forEach((v, k) => (v.subject = l.subjects[k]));
  }
}

/**
 * The items of a list whose subjects share a head, with another head: [小学招生, 初中招生] + 在校生 →
 * [小学在校生, 初中在校生]. null when the subjects share no head or the new one is no noun.
 */
function withNewHead(previous: string[], head: string, headNorm: string): string[] | null {
  if (!/^[\u4e00-\u9fff]{2,8}$/.test(headNorm) || LIST_SEP.test(headNorm) || CHANGE_ONLY.test(headNorm)) return null;
  let n = 0;
  const first = previous[0]!;
  while (n < first.length - 1 && previous.every((p) => p.length > n + 1 && p[p.length - 1 - n] === first[first.length - 1 - n])) n++;
  if (n < 2) return null;
  return previous.map((p) => p.slice(0, p.length - n) + head);
}

/**
 * 三次产业结构为6.5:39.6:53.9: a ratio of the three industries gives each its own subject (第一产业…),
 * as a 分别 list of them does.
 */
export function linkIndustryRatios(doc: Document, facts: Fact[]): void {
  const norm = doc.norm;
  for (let i = 0; i + 2 < facts.length; i++) {
    const run = [facts[i]!, facts[i + 1]!, facts[i + 2]!];
    if (!run.every((f) => f.kind === 'number' && f.subject !== undefined)) continue;
    if (norm.slice(run[0]!.end, run[1]!.start) !== ':' || norm.slice(run[1]!.end, run[2]!.start) !== ':') continue;
    if (facts[i + 3] && norm.slice(run[2]!.end, facts[i + 3]!.start) === ':') continue;
    const subject = norm.slice(Math.max(0, run[0]!.start - run[0]!.subject!.length - 8), run[0]!.start);
    if (!/三次产业/.test(subject)) continue;
    const industry = doc.script === 'hant' ? '產業' : '产业';
    run.forEach((f, k) => (f.subject = `${['第一', '第二', '第三'][k]}${industry}`));
    i += 2;
  }
}

function lastKindBefore(facts: Fact[]): Fact['kind'] | undefined {
  for (let k = facts.length - 1; k >= 0; k--) if (facts[k]!.kind !== 'date' && facts[k]!.kind !== 'period') return facts[k]!.kind;
  return undefined;
}

/** The last facts before a point that form a list (only list marks between them). */
function trailingList(before: Fact[], norm: string): Fact[] {
  const out: Fact[] = [];
  for (let k = before.length - 1; k >= 0; k--) {
    const f = before[k]!;
    if (out.length && !/^[、，,和及与]?[^，,。；;]{0,16}$/.test(norm.slice(f.end, out[0]!.start))) break;
    out.unshift(f);
  }
  return out;
}

/** The head after the ending of `item` written inside `last` (保险 in 工伤保险参保人数 → 参保人数), or ''. */
function sharedEnding(item: string, last: string): string {
  for (let n = Math.min(4, item.length - 1); n >= 2; n--) {
    const ending = item.slice(-n);
    const at = last.lastIndexOf(ending);
    if (at >= 0 && last.length - at - n >= 2) return last.slice(at + n);
  }
  return '';
}

/** 对我省, 对本市, 向我国: whom the figures of a list of sources go to. */
const TO_US = /(?:对|向|来)(?:我|本|全)(?:省|市|区|县|国|州|港|澳)/;

/** `盗窃、诈骗案件立案数` → [盗窃案件立案数, 诈骗案件立案数]; `接报刑事、治安警情` → [刑事警情, 治安警情]. */
/** The words that may join a list's items, fewer at a time: 、 with one of 以及, 及, 和, 与; then one alone (资讯及通讯业、运输及相关服务以及专业及商用服务业: 以及 joins, 及 is inside). */
const JOINERS = ['、|以及', `、|${AS_WELL}`, `、|${AND}`, `、|${WITH}`, '以及', AND, AS_WELL, WITH].map((src) => new RegExp(src));

export function splitItems(clause: string, clauseNorm: string, want?: number): string[] {
  const items = splitAt(clause, clauseNorm, LIST_SEP);
  // 教育、食物及非酒精饮料、康乐及文化类指数分别…3.42%、1.86%及1.15%: when 、 separates the items,
  // a 及/和 may join two words inside one; the values say which reading is meant
  if (want !== undefined && items.length !== want && clauseNorm.includes('、')) {
    const byComma = splitAt(clause, clauseNorm, /、/, false);
    if (byComma.length === want) {
      // 教育、…、康乐及文化类指数: the category head of the last item belongs to every item
      const head = /[类類业業][\u4e00-\u9fff]{0,4}$/.exec(byComma[byComma.length - 1]!)?.[0] ?? '';
      // (采矿业、制造业、…供应业增加值: an item that ends with the category takes only what follows it)
      return byComma.map((it, k) => (k < byComma.length - 1 && head && !it.endsWith(head) ? it + (it.endsWith(head[0]!) ? head.slice(1) : head) : it));
    }
  }
  // 权益类产品和商品及金融衍生品类产品分别为0.08万亿元、0.04万亿元, 来自印尼、香港及其他国家和地区的…分别有…: a
  // word joining the items and another inside one of them; the values say which one joins the list
  if (want !== undefined && items.length !== want) {
    for (const joiner of JOINERS) {
      // (、 with another word only when 、 is there: 权益类产品和商品及…, without it, is split at one word)
      if (!joiner.test(clauseNorm) || (joiner.source.startsWith('、') && !clauseNorm.includes('、'))) continue;
      const byWord = splitAt(clause, clauseNorm, joiner, false);
      if (byWord.length === want) return byWord;
    }
    // 零售業及住宿及膳食服務業的失業率分別為4.6%及5.3%: one word joins the list and the inside of an item; the
    // items end in the category the last names (業), and a piece without it is the start of the next
    const pieces = splitAt(clause, clauseNorm, LIST_SEP, false);
    const spans: [number, number][] = [];
    let cursor = 0;
    for (const it of pieces) {
      const at = clause.indexOf(it, cursor);
      if (at < 0) break;
      spans.push([at, at + it.length]);
      cursor = at + it.length;
    }
    if (pieces.length > want && spans.length === pieces.length && /[业类]/.test(clauseNorm.slice(...spans[spans.length - 1]!))) {
      const merged: string[] = [];
      let from = -1;
      spans.forEach(([a, b], k) => {
        if (from < 0) from = a;
        if (k === spans.length - 1 || /[业类]$/.test(clauseNorm.slice(a, b))) {
          merged.push(clause.slice(from, b));
          from = -1;
        }
      });
      if (merged.length === want) {
        // (膳食服務業的失業率: what follows the category in the last item is every item's)
        const lastNorm = clauseNorm.slice(...spans[spans.length - 1]!);
        const tail = lastNorm.replace(/^.*?[业类]的?/, '');
        const tailText = tail ? merged[merged.length - 1]!.slice(-tail.length) : '';
        return merged.map((it, k) => (k < merged.length - 1 ? it + tailText : it));
      }
    }
  }
  return items;
}

function splitAt(clause: string, clauseNorm: string, separator: RegExp, shareHead = true): string[] {
  // 第一、二、三产业和城乡居民生活用电量 → 第一产业, 第二产业, 第三产业, 城乡居民生活用电量
  const ordinals = /^(?<lead>.*?)第(?<first>[一二三四五六七八九十])(?<rest>(?:、[一二三四五六七八九十])+)(?<head>[\u4e00-\u9fff]{1,4}?)(?=和|及|与|$)/.exec(clauseNorm);
  if (ordinals) {
    const g = ordinals.groups!;
    const nums = [g.first!, ...g.rest!.split('、').filter(Boolean)];
    const expanded = nums.map((n) => `第${n}${g.head}`);
    const restText = clause.slice(ordinals[0].length).replace(/^(?:和|及|与)/, '');
    const tail = restText ? splitAt(restText, clauseNorm.slice(ordinals[0].length).replace(/^(?:和|及|与)/, ''), separator, shareHead) : [];
    return [...expanded, ...tail];
  }
  // items as written, trimmed where their normalized form says (則 is 则)
  const item = (a: number, b: number): string => {
    const n = clauseNorm.slice(a, b);
    const lead = /^(?:其中|接报|接到|全年|全县|全市|全省|同比|环比|按年|的|\s)+/.exec(n)?.[0].length ?? 0;
    const trail = /(?:同比|环比|按年|按月|的|均|也|则|亦|还|\s)+$/.exec(n.slice(lead))?.[0].length ?? 0;
    return clause.slice(a + lead, b - trail);
  };
  const parts: string[] = [];
  let from = 0;
  const sep = new RegExp(separator.source, 'g');
  let m: RegExpExecArray | null;
  while ((m = sep.exec(clauseNorm)) !== null) {
    parts.push(item(from, m.index));
    from = m.index + m[0].length;
  }
  parts.push(item(from, clause.length));
  const items = parts.filter((p) => p.length > 0);
  if (items.length < 2 || !shareHead) return items;
  // share the head noun of the last item with shorter ones before it
  const last = items[items.length - 1]!;
  // 香港商场及办公楼的出租率 → 香港商场出租率, 办公楼出租率: a head after 的 belongs to every item
  // (7月、8月及9月的平均入住率 → 7月平均入住率 … 9月平均入住率)
  const de = last.lastIndexOf('的');
  const head = de > 0 && last.length - de - 1 >= 2 ? last.slice(de + 1) : '';
  // 港澳地区、新加坡、日本、韩国对我省实际投资 → 新加坡实际投资 …: what follows 对我省 is the head, and
  // the phrase itself names no item
  const toUs = head ? null : TO_US.exec(last);
  if (toUs && toUs.index >= 1 && last.length - toUs.index - toUs[0].length >= 2) {
    const shared = last.slice(toUs.index + toUs[0].length);
    return items.map((it, k) => (k === items.length - 1 ? last.slice(0, toUs.index) + shared : it.endsWith(shared) ? it : it + shared));
  }
  return items.map((it, k) => {
    if (k === items.length - 1) return head && !last.slice(0, de).includes('的') ? last.slice(0, de) + head : it;
    if (head && !it.includes('的') && !it.endsWith(head)) return it + head;
    // 破案数、移送起诉数: the item has its own head noun already
    if (it.at(-1) === last.at(-1)) return it;
    // 养老保险、失业保险、工伤保险参保人数: the last item repeats the item's ending (保险), and what
    // follows that ending in it is the head every item shares
    const shared = sharedEnding(it, last);
    if (shared) return it + shared;
    if (it.length <= 3 && last.length > it.length + 1) return it + last.slice(it.length);
    return it;
  });
}

/**
 * A 分别 list whose items are times gives each value its item's period: 其中一季度、二季度、三季度分别加工352.6万吨、
 * 338.1万吨和361.5万吨 (the first quarter's, the second's, the third's, not the sentence's time). The times are the
 * date or period facts right before 分别, one per value, joined by 、 和 及 与, in its clause.
 */
export function timedLists(doc: Document, facts: Fact[], lists: readonly RespectivelyList[]): void {
  const norm = doc.norm;
  for (const list of lists) {
    const n = list.values.length;
    if (n < 2) continue;
    let k = firstAtOrAfter(facts, list.at) - 1;
    const times: Fact[] = [];
    while (k >= 0 && times.length < n) {
      const f = facts[k]!;
      if ((f.kind !== 'date' && f.kind !== 'period') || typeof f.value !== 'string') break;
      const next = times[0];
      const between = norm.slice(f.end, next ? next.start : list.at);
      if (next ? !/^[、和及与]$/.test(between) : !/^[\u4e00-\u9fff]{0,6}$/.test(between)) break;
      times.unshift(f);
      k--;
    }
    // (one time more joined before them: the list is not of these times)
    const before = k >= 0 ? facts[k]! : undefined;
    if (times.length !== n || (before && (before.kind === 'date' || before.kind === 'period') && /^[、和及与]$/.test(norm.slice(before.end, times[0]!.start)))) continue;
    list.values.forEach((v, i) => (v.period = times[i]!.value as string));
  }
}
