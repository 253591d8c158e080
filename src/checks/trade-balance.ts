// A trade balance (part of sum-mismatch): a surplus (顺差) is exports less imports, a deficit (逆差)
// imports less exports, of the same period and currency.
//
//   fires:       出口总值97.5亿澳门元…进口总值1,083.6亿元…贸易逆差为996.1亿元 (1,083.6 − 97.5 = 986.1)
//   holds:       出口3.57万亿元…进口1.43万亿元…贸易顺差2.14万亿元 (info)
//   stays quiet: a balance of another period (去年同期的逆差), a balance with no export and import total of
//                its period, parts of the trade (再出口, 本地产品出口, 来自内地的进口) taken for the totals
import type { Fact, Finding } from '../types.js';
import { isComparedLevel } from '../link/marks.js';
import { bounds, finding, fmt, overlaps, simplify, type CheckContext } from './util.js';

/** The balance: 贸易顺差, 逆差, 贸易差额 (no change of one: 逆差扩大3.5% is a percent). */
const BALANCE = /(?<sign>顺差|逆差|出超|入超)$/;
/** A total of exports or of imports: the subject names 出口 or 进口 (not 进出口) with nothing of a part before it. */
const EXPORTS = /^(?:货物|商品|外贸|货物贸易)?出口(?:总值|总额|额|值|货值)?$/;
const IMPORTS = /^(?:货物|商品|外贸|货物贸易)?进口(?:总值|总额|额|值|货值)?$/;

function what(subject: string | undefined): string {
  return simplify(subject).replace(/^(?:全年|首三季|前三季度|上半年|同期|全省|全市|全国|本澳|本港|澳门|香港)+/, '');
}

export function tradeBalances(ctx: CheckContext, out: Finding[]): void {
  const { doc, facts } = ctx;
  const money = facts.filter((f) => f.kind === 'money' && typeof f.value === 'number' && !f.change && f.max === undefined);
  for (const b of money) {
    const m = BALANCE.exec(what(b.subject));
    if (!m || isComparedLevel(doc.norm, b.start)) continue;
    // the largest export and import totals of the balance's period and currency: the totals, not their parts
    const of = (re: RegExp): Fact | null => {
      let best: Fact | null = null;
      for (const f of money) {
        if (f === b || !re.test(what(f.subject)) || f.period !== b.period || f.currency !== b.currency || isComparedLevel(doc.norm, f.start)) continue;
        if (!best || (f.value as number) > (best.value as number)) best = f;
      }
      return best;
    };
    const exp = of(EXPORTS);
    const imp = of(IMPORTS);
    if (!exp || !imp) continue;
    const surplus = m.groups!.sign === '顺差' || m.groups!.sign === '出超';
    const [hi, lo] = surplus ? [exp, imp] : [imp, exp];
    const [hl, hh] = bounds(hi);
    const [ll, lh] = bounds(lo);
    const range: [number, number] = [hl - lh, hh - ll];
    const diff = (hi.value as number) - (lo.value as number);
    const ids = [ctx.indexOf(b), ctx.indexOf(exp), ctx.indexOf(imp)];
    const how = `${hi.text} − ${lo.text} = ${fmt(diff)}`;
    if (overlaps(range, bounds(b))) out.push(finding(doc, 'part-whole-consistent', 'info', b.start, b.end, `${b.text} = ${how}`, { facts: ids }));
    else out.push(finding(doc, 'sum-mismatch', 'warning', b.start, b.end, `the ${surplus ? 'surplus' : 'deficit'} ${b.text} does not match ${surplus ? 'exports less imports' : 'imports less exports'}: ${how}`, { facts: ids }));
  }
}
