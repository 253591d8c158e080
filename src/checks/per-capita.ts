// Per-head figures (part of rate-mismatch): a figure per thousand or ten thousand people must be its
// total over the population the text gives, the population in the same paragraph.
//
//   fires:       高价值发明专利拥有量189.0万件。按2023年末全国总人口14.10亿人计算，每万人口高价值发明专利
//                拥有量达到14.6件 (189.0万 / 14.10亿 × 10,000 = 13.4)
//   holds:       医疗卫生机构床位7.36万张；按年末常住人口1295.8万人计算，每千人口床位数5.68张 (info)
//   stays quiet: no population given (每千人口床位数由6.92张增加到7.23张), a list after 分别, a total of
//                another thing or unit
import type { Fact, Finding } from '../types.js';
import { bounds, finding, fmt, overlaps, paragraphStart, sameUnit, sharesAWord, simplify, type CheckContext } from './util.js';

const SCALE: Readonly<Record<string, number>> = { 百: 100, 千: 1000, 万: 10000, 十万: 100000 };

/** 每千人口床位数, 每万人口高价值发明专利拥有量达到, 平均每千人抽检约: the scale and what is counted, right before the figure. */
const PER_HEAD = /每(?<scale>十万|万|千|百)(?:常住人口|人口|人)(?<what>[\u4e00-\u9fff（）()]{0,16}?)(?:拥有量|数)?(?:达到|达|为|是)?$/;

/** Words of a standard set for a figure: 规定, 要求, 标准, 目标. */
const STANDARD = /(?:规定|要求|标准|目标)[^，。；]*$/;

/** How far off a per-head figure may be: the population is often rounded more than the figure. */
const TOLERANCE = 0.01;

/**
 * How well a total's name fits what is counted per head: 3 it holds all of it (高价值发明专利拥有量 for
 * 高价值发明专利), 2 it is part of it (发明专利), 1 they share a word, 0 none.
 */
function nameFit(subject: string | undefined, what: string): number {
  const s = simplify(subject).replace(/(?:拥有量|数)$/, '').replace(/[（）()]/g, '');
  if (s.length >= 2 && s.includes(what)) return 3;
  if (s.length >= 2 && what.includes(s)) return 2;
  return sharesAWord(subject, what) ? 1 : 0;
}

export function perCapita(ctx: CheckContext, out: Finding[]): void {
  const { doc, facts } = ctx;
  for (let i = 1; i < facts.length; i++) {
    const f = facts[i]!;
    if ((f.kind !== 'count' && f.kind !== 'measure') || typeof f.value !== 'number' || f.change || f.max !== undefined) continue;
    const before = doc.norm.slice(Math.max(0, f.start - 28), f.start).replace(/^.*[，,；;。：:]/, '');
    const m = PER_HEAD.exec(before);
    // (每千人口执业（助理）医师和注册护士分别为3.43人、3.87人: in a 分别 list, what the item counts, its own subject)
    const listed = m !== null && ctx.lists.some((l) => l.values.length > 1 && l.values.includes(f)) && f.subject !== undefined;
    const what = !m ? '' : listed ? simplify(f.subject).replace(/^.*?每(?:千|万|十万|百)人口?/, '').replace(/[（）()]/g, '') : simplify(m.groups!.what).replace(/[（）()]/g, '');
    // (高于国家规定的平均每千人抽检4批次的要求: a standard, no figure of the text's own)
    if (!m || what.length < 2 || STANDARD.test(before) || /^的?(?:要求|标准|目标|下限|上限)/.test(doc.norm.slice(f.end, f.end + 3))) continue;
    // the population and the total: before the figure, in its paragraph, 400 characters at most
    const para = paragraphStart(ctx, f.start);
    let population: Fact | null = null;
    let total: Fact | null = null;
    let bestFit = 0;
    for (let k = i - 1; k >= 0 && facts[k]!.start >= para && f.start - facts[k]!.start <= 400; k--) {
      const g = facts[k]!;
      if (typeof g.value !== 'number' || g.change || g.max !== undefined) continue;
      if (!population && g.kind === 'count' && g.unit === '人' && /人口$/.test(simplify(g.subject))) population = g;
      // (nor a plan: 完成年度抽检计划32万批次的79.3% is a target, the done 25.38万批次 the total)
      else if (g.kind === f.kind && sameUnit(g, f) && (g.value as number) > (f.value as number) && !PER_HEAD.test(doc.norm.slice(Math.max(0, g.start - 28), g.start)) && !/(?:计划|目标|任务)[^，。；\d]{0,6}$/.test(doc.norm.slice(Math.max(0, g.start - 10), g.start))) {
        // (the closest name, then the largest: 高价值发明专利拥有量189.0万件, not 发明专利拥有量442.5万件; 床位
        // 6.46万张, not 比上年增加0.18万张)
        const fit = nameFit(g.subject, what);
        if (fit > bestFit || (fit === bestFit && fit > 0 && (g.value as number) > (total!.value as number))) {
          total = g;
          bestFit = fit;
        }
      }
    }
    // (每万人口高价值发明专利拥有量 is no share of 有效发明专利 6.85万件, a name that shares a word only)
    if (!population || !total || bestFit < 2) continue;
    const scale = SCALE[m.groups!.scale!]!;
    const [tlo, thi] = bounds(total);
    const [plo, phi] = bounds(population);
    const implied: [number, number] = [(tlo / phi) * scale, (thi / plo) * scale];
    const actual = ((total.value as number) / (population.value as number)) * scale;
    const [flo, fhi] = bounds(f);
    const ids = [ctx.indexOf(total), ctx.indexOf(population), i];
    const how = `${total.text} / ${population.text} × ${scale.toLocaleString('en')} = ${fmt(actual)}`;
    if (overlaps(implied, [flo * (1 - TOLERANCE), fhi * (1 + TOLERANCE)])) out.push(finding(doc, 'rate-consistent', 'info', f.start, f.end, `${f.text} = ${how}: holds`, { facts: ids }));
    else out.push(finding(doc, 'rate-mismatch', 'warning', f.start, f.end, `${f.text} per ${scale.toLocaleString('en')} people does not match ${how}`, { facts: ids }));
  }
}
