// A balance (part of sum-mismatch): a trade surplus (顺差) is exports less imports, a deficit (逆差)
// imports less exports; a budget surplus (盈余) is revenue less expenditure, a deficit (赤字) the other
// way; of the same period and currency.
//
//   fires:       出口总值97.5亿澳门元…进口总值1,083.6亿元…贸易逆差为996.1亿元 (1,083.6 − 97.5 = 986.1)
//   holds:       出口3.57万亿元…进口1.43万亿元…贸易顺差2.14万亿元 (info)
//   fires:       总收入1,083.6亿澳门元，总支出1,068.9亿澳门元，预算盈余为24.7亿澳门元 (14.7)
//   fires:       觀光外匯收入達89.6億美元…國人出國觀光支出89.6億美元…觀光收支逆差達114.7億美元 (0)
//   holds:       對美國出口178.5億美元…自美國進口48.6億美元，對美貿易出超129.9億美元 (one partner's trade, no totals)
//   stays quiet: a balance of another period (去年同期的逆差), a balance with no export and import total of
//                its period, parts of the trade (再出口, 本地产品出口, 来自内地的进口) taken for the totals
import type { Fact, Finding } from '../types.js';
import { firstAtOrAfter, isComparedLevel } from '../link/marks.js';
import { bounds, finding, fmt, overlaps, paragraphStart, sentenceStartOf, simplify, type CheckContext } from './util.js';

/**
 * The balances a text may state, with what adds and what takes away: trade (exports less imports) and a
 * budget (revenue less expenditure). The subjects of the two sides are totals, not parts of them.
 */
const BALANCES: readonly { plus: RegExp; minus: RegExp; surplus: RegExp; deficit: RegExp; words: [string, string] }[] = [
  {
    // 觀光收支逆差: 觀光外匯收入 less 國人出國觀光支出 (Taiwan's tourism balance; before trade, whose 逆差 it ends in)
    plus: /^(?:观光|旅游)(?:外汇)?收入$/,
    minus: /^(?:国人)?出国(?:观光|旅游)?支出$|^(?:观光|旅游)支出$/,
    surplus: /(?:观光|旅游)收支顺差$/,
    deficit: /(?:观光|旅游)收支逆差$/,
    words: ['tourism receipts', 'spending abroad'],
  },
  {
    // 贸易顺差, 逆差, 出超, 入超 (no change of one: 逆差扩大3.5% is a percent)
    // (整体出口货值: Hong Kong's total of re-exports and domestic exports)
    plus: /^(?:货物|商品|外贸|货物贸易)?(?:整体)?出口(?:总值|总额|额|值|货值)?$/,
    minus: /^(?:货物|商品|外贸|货物贸易)?(?:整体)?进口(?:总值|总额|额|值|货值)?$/,
    surplus: /(?:顺差|出超)$/,
    deficit: /(?:逆差|入超)$/,
    words: ['exports', 'imports'],
  },
  {
    // 预算盈余, 财政结余, 综合赤字: 政府收入 less 政府总开支
    plus: /^(?:特区政府|政府|财政|预算|公共财政|一般公共预算)?(?:综合|总)?收入(?:预算|总额|合计)?$/,
    minus: /^(?:特区政府|政府|财政|预算|公共财政|一般公共预算)?(?:综合|总)?(?:支出|开支)(?:预算|总额|合计)?$/,
    surplus: /^(?:预算|财政|综合|中央预算)?(?:盈余|结余)$/,
    deficit: /^(?:预算|财政|综合|中央预算)?赤字$/,
    words: ['revenue', 'expenditure'],
  },
];

function what(subject: string | undefined): string {
  return simplify(subject).replace(/^(?:全年|首三季|前三季度|上半年|同期|全省|全市|全国|本澳|本港|澳门|香港)+/, '');
}

/**
 * A subject qualified before a 的 that it leaves out (輸往內地的整體出口貨值, 「辦公室機器」的出口貨值): one
 * market's or one product's, no total.
 */
function qualifiedByDe(text: string, f: Fact): boolean {
  if (!f.subject) return false;
  const at = text.lastIndexOf(f.subject, f.start);
  return at > 0 && f.start - at <= 40 && text[at - 1] === '的';
}

/** A trade balance with one partner: 对美贸易出超, 与东盟贸易顺差, 对日逆差. */
const PARTNER_BALANCE = /^(?:对|与|同)(?<p>[\u4e00-\u9fff]{1,8}?)(?:的)?(?:贸易|货物贸易)?(?:顺差|逆差|出超|入超)$/;
/** Exports to a partner and imports from one, the partner's name caught: 对美国出口, 自美国进口. */
const EXPORT_TO = /^(?:对|向|输往|销往)(?<p>[\u4e00-\u9fff]{1,8}?)(?:的)?出口(?:总值|总额|额|值|货值)?$/;
const IMPORT_FROM = /^(?:自|从|由|来自)(?<p>[\u4e00-\u9fff]{1,8}?)(?:的)?进口(?:总值|总额|额|值|货值)?$/;

/** The nearest side before a partner's balance (at most 800 characters back, its period and currency) whose partner is the balance's (美 of 美国). */
function partnerSide(ctx: CheckContext, b: Fact, partner: string, side: RegExp): Fact | null {
  const { doc, facts } = ctx;
  for (let k = ctx.indexOf(b) - 1; k >= 0 && b.start - facts[k]!.start <= 800; k--) {
    const f = facts[k]!;
    if (f.kind !== 'money' || f.change || typeof f.value !== 'number' || f.currency !== b.currency || f.period !== b.period || isComparedLevel(doc.norm, f.start)) continue;
    const p = side.exec(simplify(f.subject))?.groups!.p;
    if (p !== undefined && (p.startsWith(partner) || partner.startsWith(p))) return f;
  }
  return null;
}

export function tradeBalances(ctx: CheckContext, out: Finding[]): void {
  const { doc, facts } = ctx;
  const money = facts.filter((f) => f.kind === 'money' && typeof f.value === 'number' && !f.change && f.max === undefined);
  // the sides of every kind of balance, in one pass: the largest total of each period and currency (the
  // totals, not their parts), and those with no period, in the order of the text
  const sides = BALANCES.map(() => ({ plus: new Map<string, Fact>(), minus: new Map<string, Fact>(), plusBare: [] as Fact[], minusBare: [] as Fact[] }));
  for (const f of money) {
    const name = what(f.subject);
    BALANCES.forEach((k, i) => {
      const side = k.plus.test(name) ? 'plus' : k.minus.test(name) ? 'minus' : null;
      if (!side || isComparedLevel(doc.norm, f.start) || qualifiedByDe(doc.text, f)) return;
      const s = sides[i]!;
      if (f.period === undefined) (side === 'plus' ? s.plusBare : s.minusBare).push(f);
      const key = `${f.period ?? ''}|${f.currency ?? ''}`;
      const map = side === 'plus' ? s.plus : s.minus;
      const best = map.get(key);
      if (!best || (f.value as number) > (best.value as number)) map.set(key, f);
    });
  }
  for (const b of money) {
    const name = what(b.subject);
    const i = BALANCES.findIndex((k) => k.surplus.test(name) || k.deficit.test(name));
    if (i < 0 || isComparedLevel(doc.norm, b.start)) continue;
    const kind = BALANCES[i]!;
    const s = sides[i]!;
    // (one with no period of its own, within a few paragraphs, when none has the balance's: 综合开支预算)
    const of = (map: Map<string, Fact>, bare: Fact[]): Fact | null => {
      const own = map.get(`${b.period ?? ''}|${b.currency ?? ''}`);
      if (own && own !== b) return own;
      let near: Fact | null = null;
      for (let k = firstAtOrAfter(bare, b.start - 1500); k < bare.length && bare[k]!.start < b.start + 1500; k++) {
        const f = bare[k]!;
        if (f !== b && f.currency === b.currency && (!near || (f.value as number) > (near.value as number))) near = f;
      }
      return near;
    };
    // (對美貿易出超129.9億美元: a balance with one partner is of the trade with it, 對美國出口 less 自美國進口)
    const partner = kind.words[0] === 'exports' ? PARTNER_BALANCE.exec(name)?.groups!.p : undefined;
    const exp = partner !== undefined ? partnerSide(ctx, b, partner, EXPORT_TO) : of(s.plus, s.plusBare);
    const imp = partner !== undefined ? partnerSide(ctx, b, partner, IMPORT_FROM) : of(s.minus, s.minusBare);
    if (!exp || !imp) continue;
    const surplus = kind.surplus.test(name);
    const [hi, lo] = surplus ? [exp, imp] : [imp, exp];
    const [hl, hh] = bounds(hi);
    const [ll, lh] = bounds(lo);
    const range: [number, number] = [hl - lh, hh - ll];
    const diff = (hi.value as number) - (lo.value as number);
    const ids = [ctx.indexOf(b), ctx.indexOf(exp), ctx.indexOf(imp)];
    const how = `${hi.text} − ${lo.text} = ${fmt(diff)}`;
    if (overlaps(range, bounds(b))) {
      out.push(finding(doc, 'part-whole-consistent', 'info', b.start, b.end, `${b.text} = ${how}`, { facts: ids }));
      continue;
    }
    const [p, q] = kind.words;
    // (the two sides told in the balance's paragraph, near it, are in the span: either of the three may be wrong)
    const para = paragraphStart(ctx, b.start);
    const near = [exp, imp].filter((f) => f.start >= para && Math.abs(f.start - b.start) <= 200);
    const start = Math.min(b.start, ...near.map((f) => f.start));
    const end = Math.max(b.end, ...near.map((f) => f.end));
    out.push(finding(doc, 'sum-mismatch', 'warning', start, end, `the ${surplus ? 'surplus' : 'deficit'} ${b.text} does not match ${surplus ? `${p} less ${q}` : `${q} less ${p}`}: ${how}`, { facts: ids }));
  }
}

/**
 * Balances told with their two sides in one sentence: a fund's balance (当期结余) is its income less its
 * spending, a shortfall (收支缺口, 赤字) the other way; a net purchase of shares (买超) is what was bought less
 * what was sold, a net sale (卖超) the other way. A stock (累计结余, 年末滚存结余) is no balance of one flow.
 */
const LOCAL_BALANCES: readonly { plus: RegExp; minus: RegExp; surplus: RegExp; deficit: RegExp; words: [string, string, string, string] }[] = [
  { plus: /收入$/, minus: /(?:支出|开支)$/, surplus: /(?:当期|当年|本期|收支)?(?:结余|盈余)$/, deficit: /(?:当期|当年|本期|收支)?(?:缺口|赤字)$/, words: ['balance', 'shortfall', 'the income', 'the spending'] },
  { plus: /(?:买进|买入)(?:上市股票|股票)?$/, minus: /卖出(?:上市股票|股票)?$/, surplus: /(?:买超|净买入|净买进)$/, deficit: /(?:卖超|净卖出)$/, words: ['net purchase', 'net sale', 'the purchases', 'the sales'] },
];
const STOCK = /累计|滚存|年末|期末|历年/;

/**
 * A balance and its two sides in one sentence (基本医疗保险基金收入912.6亿元…；支出798.3亿元…；当期结余141.3亿元;
 * 外资买进…2兆2,416.3亿元、卖出2兆2,042.9亿元，买超473.4亿元): the sides are the nearest of their names before
 * it, the minus side first, at most 200 characters back.
 */
export function sentenceBalances(ctx: CheckContext, out: Finding[]): void {
  const { doc, facts } = ctx;
  for (let i = 2; i < facts.length; i++) {
    const b = facts[i]!;
    if (b.kind !== 'money' || typeof b.value !== 'number' || b.change) continue;
    const name = simplify(b.subject);
    const kind = LOCAL_BALANCES.find((k) => k.surplus.test(name) || k.deficit.test(name));
    // (a budget's or a trade's balance is the whole text's: tradeBalances)
    if (!kind || STOCK.test(name) || STOCK.test(doc.norm.slice(Math.max(0, b.start - 6), b.start)) || BALANCES.some((k) => k.surplus.test(name) || k.deficit.test(name))) continue;
    const from = Math.max(sentenceStartOf(ctx, b.start), b.start - 200);
    let minus: Fact | null = null;
    let plus: Fact | null = null;
    for (let k = i - 1; k >= 0 && facts[k]!.start >= from && !plus; k--) {
      const g = facts[k]!;
      if (g.kind !== 'money' || typeof g.value !== 'number' || g.change || g.currency !== b.currency || isComparedLevel(doc.norm, g.start)) continue;
      const n = simplify(g.subject);
      if (!minus && kind.minus.test(n)) minus = g;
      else if (minus && kind.plus.test(n)) plus = g;
    }
    if (!plus || !minus) continue;
    const surplus = kind.surplus.test(name);
    const [plo, phi] = bounds(plus);
    const [mlo, mhi] = bounds(minus);
    const implied: [number, number] = surplus ? [plo - mhi, phi - mlo] : [mlo - phi, mhi - plo];
    const actual = surplus ? (plus.value as number) - (minus.value as number) : (minus.value as number) - (plus.value as number);
    const ids = [ctx.indexOf(plus), ctx.indexOf(minus), i];
    const how = surplus ? `${plus.text} − ${minus.text} = ${fmt(actual)}` : `${minus.text} − ${plus.text} = ${fmt(actual)}`;
    const [good, bad, p, q] = kind.words;
    if (overlaps(implied, bounds(b))) out.push(finding(doc, 'part-whole-consistent', 'info', b.start, b.end, `${b.text} = ${how}`, { facts: ids }));
    else out.push(finding(doc, 'sum-mismatch', 'warning', Math.min(plus.start, b.start), Math.max(b.end, minus.end), `the ${surplus ? good : bad} ${b.text} does not match ${surplus ? `${p} less ${q}` : `${q} less ${p}`}: ${how}`, { facts: ids }));
  }
}

/**
 * Population balances: the natural increase is births less deaths, as counts (出生人口…死亡人口…人口自然增加为负
 * 6,100人) and as rates (出生率为7.02‰；…死亡率为7.52‰；人口自然增长率为负0.50‰). The three of one period, the sides
 * within 300 characters before the balance.
 */
const NATURAL: readonly { kind: 'count' | 'percent'; plus: RegExp; minus: RegExp; result: RegExp; words: [string, string, string] }[] = [
  { kind: 'percent', plus: /出生率$/, minus: /死亡率$/, result: /自然(?:增长|增加)率$/, words: ['natural increase rate', 'birth rate', 'death rate'] },
  { kind: 'count', plus: /^(?:人口)?出生(?:人口|人数|数)$/, minus: /^(?:人口)?死亡(?:人口|人数|数)$/, result: /自然(?:增长|增加)(?:人口|人数|数)?$/, words: ['natural increase', 'births', 'deaths'] },
];

export function naturalIncrease(ctx: CheckContext, out: Finding[]): void {
  const { doc, facts } = ctx;
  for (let i = 2; i < facts.length; i++) {
    const b = facts[i]!;
    if ((b.kind !== 'percent' && b.kind !== 'count') || typeof b.value !== 'number') continue;
    const name = simplify(b.subject);
    const kind = NATURAL.find((k) => k.kind === b.kind && k.result.test(name));
    if (!kind) continue;
    let plus: Fact | null = null;
    let minus: Fact | null = null;
    for (let k = i - 1; k >= 0 && b.start - facts[k]!.start <= 300 && (!plus || !minus); k--) {
      const g = facts[k]!;
      if (g.kind !== b.kind || typeof g.value !== 'number' || g.change || g.period !== b.period || isComparedLevel(doc.norm, g.start) || (g.kind === 'count' && g.unit !== b.unit)) continue;
      const n = simplify(g.subject);
      if (!plus && kind.plus.test(n)) plus = g;
      else if (!minus && kind.minus.test(n)) minus = g;
    }
    if (!plus || !minus) continue;
    const [plo, phi] = bounds(plus);
    const [mlo, mhi] = bounds(minus);
    const actual = (plus.value as number) - (minus.value as number);
    const ids = [ctx.indexOf(plus), ctx.indexOf(minus), i];
    const permille = plus.text.includes('‰');
    const how = `${plus.text} − ${minus.text} = ${kind.kind === 'count' ? fmt(actual) : permille ? `${Number((actual * 10).toFixed(3))}‰` : `${Number(actual.toFixed(3))}%`}`;
    if (overlaps([plo - mhi, phi - mlo], bounds(b))) out.push(finding(doc, 'part-whole-consistent', 'info', b.start, b.end, `${b.text} = ${how}`, { facts: ids }));
    else out.push(finding(doc, 'sum-mismatch', 'warning', Math.min(plus.start, minus.start), b.end, `the ${kind.words[0]} ${b.text} does not match the ${kind.words[1]} less the ${kind.words[2]}: ${how}`, { facts: ids }));
  }
}
