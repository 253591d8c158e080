// metric-conflict (warning): one figure given for two different metrics in one article, or one
// metric given two different values for one period.
//
//   fires:      破案数、移送起诉数分别同比上升37.82%、35.8% … 破案率51.8%、同比上升37.82%
//               (the same 37.82% for 破案数 and for 破案率)
//   stays quiet: 35.8% for 移送起诉数 and for 移送起诉 660人 (one metric, said twice); 5% for two
//               metrics (a round figure says little)
import type { Fact, Finding } from '../types.js';
import { EQUAL_BY_DEFINITION } from '../data/complements.js';
import { adjusted, bounds, finding, overlaps, sameSubject, simplify, type Check, type CheckContext } from './util.js';

/** Two subjects that name measures equal by definition (供水总量, 用水总量: data/complements.ts). */
function equalByDefinition(x: string, y: string): boolean {
  return EQUAL_BY_DEFINITION.some((set) => {
    const a = set.findIndex((w) => x.endsWith(w));
    const b = set.findIndex((w) => y.endsWith(w));
    return a >= 0 && b >= 0 && a !== b && x.slice(0, -set[a]!.length) === y.slice(0, -set[b]!.length);
  });
}


/** Distinctive enough to be a copy when it turns up twice: two decimals, or three significant digits. */
function distinctive(f: Fact): boolean {
  const digits = (f.text.match(/\d/g) ?? []).length;
  return (f.decimals ?? 0) >= 2 || digits >= 4;
}

/**
 * 破案数 and 破案率: one stem, one a rate and the other not. This is the confusion that happens (a
 * change of a count copied onto the rate beside it); two unrelated metrics that moved by the same
 * amount (净利润 and 每股收益 when the share count is unchanged) are no evidence of one.
 */
/** A rate of change (M2日平均余额年增率, 营收增长率): the change of what it names, no rate of its own. */
const CHANGE_RATE = /(?:年增率|年减率|增长率|成长率|增速|增幅|涨幅|降幅|跌幅|减幅)$/;
function differentMetrics(a: string, b: string): boolean {
  const x = simplify(a).replace(CHANGE_RATE, '');
  const y = simplify(b).replace(CHANGE_RATE, '');
  if (x.length < 2 || y.length < 2) return false;
  const rateX = /率$/.test(x);
  const rateY = /率$/.test(y);
  if (rateX === rateY) return false;
  const stem = (s: string) => s.replace(/(?:率|数|数量|人数|额|量|总数)$/, '');
  const sx = stem(x);
  const sy = stem(y);
  return sx.length >= 2 && sy.length >= 2 && (sx.includes(sy) || sy.includes(sx));
}

export const metricConflict: Check = {
  id: 'metric-conflict',
  run(ctx) {
    const { doc, facts } = ctx;
    const out: Finding[] = [];
    const seen = new Map<string, Fact[]>();
    for (const f of facts) {
      if ((f.kind !== 'percent' && f.kind !== 'percentage_point') || typeof f.value !== 'number' || !f.subject || !distinctive(f)) continue;
      const key = `${f.kind}:${f.value}:${f.change?.direction ?? ''}:${f.change?.basis ?? ''}`;
      const earlier = seen.get(key) ?? [];
      const clash = earlier.find((e) => e.subject && differentMetrics(e.subject, f.subject!) && !earlier.some((o) => o !== e && sameSubject(o.subject, f.subject)));
      if (clash && !earlier.some((e) => sameSubject(e.subject, f.subject) && !differentMetrics(e.subject!, f.subject!))) {
        out.push(
          finding(doc, 'metric-conflict', 'warning', f.start, f.end, `${f.text} is given for ${f.subject} here and for ${clash.subject} earlier: one figure for two metrics is likely a copy error`, {
            facts: [ctx.indexOf(clash), ctx.indexOf(f)],
          }),
        );
      }
      // (one figure of each subject, the first, and 50 at most: a text that repeats one percent for one metric
      // thousands of times costs no more per figure)
      if (earlier.length < 50 && !earlier.some((e) => simplify(e.subject) === simplify(f.subject))) earlier.push(f);
      seen.set(key, earlier);
    }
    levels(ctx, out);
    sharedLevels(ctx, out);
    return out;
  },
};

/** Significant digits of a level as written (3,962亿 → 4; 1000万 → 1): a copy shows in a precise one. */
function significant(f: Fact): number {
  const digits = f.text.replace(/[^\d.]/g, '').replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return digits.length;
}

/**
 * (B) One level for two metrics of one period in one paragraph: 有效保单保费收入为3,962亿港元…；新造保单
 * 保费为3,962亿港元. Four significant digits or more, the same unit, two subjects that are neither the
 * same nor one inside the other, and neither figure a restatement (即, 折合, 相当于) or a level compared with.
 */
function levels(ctx: CheckContext, out: Finding[]): void {
  const { doc, facts } = ctx;
  const oneOff = facts.some((g) => g.kind === 'money' && typeof g.value === 'number' && g.value !== 0 && ONE_OFF.test(simplify(g.subject)));
  const seen = new Map<string, Fact>();
  let cursor = 0;
  for (const f of facts) {
    // (one paragraph at a time)
    for (; cursor < f.start; cursor++) if (doc.norm.charCodeAt(cursor) === 0x0a) seen.clear();
    if ((f.kind !== 'money' && f.kind !== 'count' && f.kind !== 'measure') || typeof f.value !== 'number' || !f.subject || f.change || f.max !== undefined || significant(f) < (oneOff ? 3 : 4)) continue;
    if (RESTATED.test(doc.norm.slice(Math.max(0, f.start - 6), f.start))) continue;
    // (a loss written with its sign, -34.62亿元, and one written in words, 亏损34.62亿元, are one figure)
    const key = `${f.kind}:${Math.abs(f.value)}:${f.unit ?? ''}:${f.currency ?? ''}:${f.period ?? ''}`;
    const e = seen.get(key);
    const x = simplify(e?.subject);
    const y = simplify(f.subject);
    // (其中 between them: a part that is all of its whole)
    // (归母净利润-34.62亿元 and 扣除非经常性损益后的归母净利润亏损34.62亿元: one subject, but one measure
    // adjusted and the other not)
    // (过夜旅客 and 不过夜旅客: one name inside the other, negated, is the other group)
    const named = e && x.length >= 2 && y.length >= 2 && ((!x.includes(y) && !y.includes(x) && !sameSubject(e.subject, f.subject)) || negated(x, y) || negated(y, x) || adjusted(doc.norm, e) !== adjusted(doc.norm, f));
    // (three significant digits are enough for a profit and its adjusted one when the one-off items between them
    // are told: 净利润3.18亿元；扣非净利润3.18亿元 beside 非经常性损益合计0.72亿元)
    if (e && significant(f) < 4 && adjusted(doc.norm, e) === adjusted(doc.norm, f)) {
      seen.set(key, f);
      continue;
    }
    if (e && named && !partAfterQizhong(doc.norm.slice(e.end, f.start)) && !equalByDefinition(x, y)) {
      out.push(
        // (the span holds both: either may be the copy, 菸酒稅146.3億元，占5.9%；健康福利捐146.3億元)
        finding(doc, 'metric-conflict', 'warning', f.start - e.start <= 80 ? e.start : f.start, f.end, `${f.text} is given for ${adjusted(doc.norm, f) ? 'the adjusted ' : ''}${f.subject} here and for ${adjusted(doc.norm, e) ? 'the adjusted ' : ''}${e.subject} just before: one figure for two metrics is likely a copy error`, {
          facts: [ctx.indexOf(e), ctx.indexOf(f)],
        }),
      );
    }
    seen.set(key, f);
  }
}

/**
 * (C) One level given two different shares of one whole, or two different changes, for two metrics:
 * 博彩及博彩中介业：7.14万人（占19.1%）…酒店及饮食业：7.14万人（占15.3%）; 移动游戏…2331.86亿元，同比增长
 * 5.12%…国产自主研发游戏…2331.86亿元，同比增长1.93%. Within 1,500 characters, across paragraphs (a table
 * written one line a row); two changes only for a level of five significant digits or more.
 */
function sharedLevels(ctx: CheckContext, out: Finding[]): void {
  const { doc, facts } = ctx;
  const seen = new Map<string, number>();
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i]!;
    if ((f.kind !== 'money' && f.kind !== 'count' && f.kind !== 'measure') || typeof f.value !== 'number' || !f.subject || f.change || f.max !== undefined || f.approx) continue;
    if (RESTATED.test(doc.norm.slice(Math.max(0, f.start - 6), f.start))) continue;
    const key = `${f.kind}:${f.value}:${f.unit ?? ''}:${f.currency ?? ''}:${f.period ?? ''}`;
    const k = seen.get(key);
    seen.set(key, i);
    if (k === undefined) continue;
    const e = facts[k]!;
    if (f.start - e.start > 1500 || /其中|当中/.test(doc.norm.slice(e.end, f.start))) continue;
    const x = simplify(e.subject);
    const y = simplify(f.subject);
    if (x.length < 2 || y.length < 2 || x.includes(y) || y.includes(x) || sameSubject(e.subject, f.subject)) continue;
    const a = besideOf(ctx, k);
    const b = besideOf(ctx, i);
    if (!a || !b || a.kind !== b.kind || overlaps(bounds(a.fact), bounds(b.fact))) continue;
    if (a.kind === 'change' && significant(f) < 5) continue;
    // (the pair told in one paragraph is found once, by levels())
    if (out.some((o) => o.rule === 'metric-conflict' && o.facts?.includes(k) && o.facts.includes(i))) continue;
    out.push(
      finding(doc, 'metric-conflict', 'warning', f.start, f.end, `${f.text} is given for ${f.subject} here and for ${e.subject} before, with ${a.kind === 'share' ? 'shares' : 'changes'} of ${a.fact.text} and ${b.fact.text}: one figure for two metrics is likely a copy error`, {
        facts: [k, i],
      }),
    );
  }
}

/** The share (，占19.1%, （占19.1%）) or the change (，同比增长5.12%) stated right after level `i`. */
function besideOf(ctx: CheckContext, i: number): { kind: 'share' | 'change'; fact: Fact } | null {
  const { doc, facts } = ctx;
  const f = facts[i]!;
  const g = facts[i + 1];
  if (!g || g.kind !== 'percent' || typeof g.value !== 'number') return null;
  const between = doc.norm.slice(f.end, g.start);
  if (!g.change && /^[，,]?[（(]?(?:占|佔)$/.test(between)) return { kind: 'share', fact: g };
  if (g.change && /^[，,](?:同比|比上年|较上年|按年)?(?:增长|下降|上升|减少)$/.test(between)) return { kind: 'change', fact: g };
  return null;
}

/**
 * A 其中 (当中) between two figures that is still open at the second: a part that may be all of its
 * whole. (…162.4万人次，…当中内地过夜旅客…；不过夜旅客162.4万人次: a ； closes it.)
 */
function partAfterQizhong(between: string): boolean {
  const at = Math.max(between.lastIndexOf('其中'), between.lastIndexOf('当中'));
  return at >= 0 && !/[；;]/.test(between.slice(at));
}

/** `b` is `a` negated: 不过夜旅客 of 过夜旅客, 非内地旅客 of 内地旅客. */
function negated(a: string, b: string): boolean {
  const at = b.indexOf(a);
  return at > 0 && /[不非未无]/.test(b[at - 1]!);
}


/** The one-off items that make a profit differ from its adjusted one (非经常性损益). */
const ONE_OFF = /非经常性损益/;

/** A figure told again in other words: 即, 折合, 相当于, 约合, a parenthesis. */
const RESTATED = /(?:即|折合|相当于|约合|合计|共计|[（(])[^，。；]{0,4}$/;
