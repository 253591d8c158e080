// impossible-change (error): a count or an amount that falls by more than 100% (it would have to
// become negative); a share, rate or completion ratio that is a part of a whole and exceeds 100%
// (破案率, 完成率, 占比, 覆盖率 — growth rates may exceed 100%); a negative count.
//
//   fires:      涉案金额共2488.1万元、同比下降310.82%     破案率为105%     占全市总量的120%
//   stays quiet: 新型储能装机同比增长2719.42%   净利润同比下降150% (a profit can turn into a loss)
import type { Fact } from '../types.js';
import type { Check } from './util.js';
import { clauseMarkBefore, finding, simplify } from './util.js';

/** Words before a count that make it a balance of two others, which may be below zero. */
const NET_BALANCE = /增加|增长|净|变动|差额|结余|盈余|流入|迁入|相抵/;

/** Quantities that can turn negative, so a fall of more than 100% is possible. */
const CAN_GO_NEGATIVE = /利润|净利|盈利|收益|损益|现金流|净额|差额|顺差|逆差|出超|入超|余额|结余|增加值|增速|增幅|增长率|成长率|涨幅|回报|利差|价差|溢价|息差/;
/** Balances that cannot: what is lent, deposited or owed is never below zero (关注类贷款余额, 存款余额). */
const NEVER_NEGATIVE = /(?:贷款|存款|融资|债券|债务|保费|资产|借款|授信|存货)余额/;
/** Words of a loss: a level written after them is the size of a loss, not of a profit (亏损4.86亿元). */
const LOSS = /亏|损失|赤字|逆差|入超|负|-/;
const CLAUSE_MAX = 40;
/** Words that make a level the one before a change. */
const BEFORE_WORDS = /上年|去年|同期|上期|前年|上季|上月|年初|此前|原/;
/** Rates and shares that are a part of a whole. */
// (not 结案率: closed over new cases, it passes 100% when a backlog is worked off, 整体结案率101.9%; nor
// 普及率, per hundred people, 行动门号普及率127.7%; nor 完成率, against a plan, 综合完成率108.6%)
const PART_OF_WHOLE = /(?:破案|办结|覆盖|达标|合格|通过|入学|就业|参保|满意|知晓|出勤|兑现|到位|接种|治愈|核查|整改|占有|市场占有|入住|出租)率$|占比$|比重$|份额$|占有率$|覆盖面$/;
/** A ratio to a target, not a part of a whole: 预算达成率117.4% (超徵), 计划完成率 may pass 100%. */
const AGAINST_TARGET = /预算|计划|目标|任务|指标|年度|达成/;
/** Coverage ratios of banking, which are a cushion against a need, not a part of a whole: 拨备覆盖率286%. */
// (备抵呆帐覆盖率 in Taiwan: 944.61%; a securities firm's 风险覆盖率228.6%, net capital over its risks)
const COVER_RATIO = /拨备覆盖率|备抵呆帐覆盖率|呆帐覆盖率|流动性覆盖率|风险覆盖率|利息覆盖率|拨贷比|备付率|偿付能力充足率/;
const GROWTH = /增长率|成长率|增速|增幅|涨幅|升幅|年增率|变化率/;
const SHARE_BEFORE = /(?:占|佔)[^，。；]{0,20}$/;
/** Short of the norm, right before a percent: 偏少, 偏低 (降水偏少112.4%). */
const SHORT_OF = /(?:偏少|偏低)(?:了)?$/;

/**
 * A profit can turn into a loss, but not while its level after the change is written above zero:
 * 净利润4.86亿元，同比下降126.5% (the level the change modifies, of the same subject, no word of a
 * loss before it in its clause).
 */
function aboveZeroAfter(ctx: Parameters<Check['run']>[0], f: Fact): boolean {
  const lv = f.of === undefined ? undefined : ctx.facts[f.of];
  if (!lv || typeof lv.value !== 'number' || lv.value <= 0 || lv.start > f.start || lv.subject !== f.subject) return false;
  if (lv.kind !== 'money' && lv.kind !== 'count') return false;
  const norm = ctx.doc.norm;
  // (a clause is read back at most CLAUSE_MAX characters: a text with no punctuation stays linear)
  const a = Math.max(0, clauseMarkBefore(norm, lv.start, CLAUSE_MAX) + 1);
  // (上年同期盈利52.18亿元，同比下降166.35%: the level of the year before, not the one the fall came to)
  // (but 由上年末的17.52亿元降至7.86亿元: the level after 至 is the one it came to)
  const cameTo = /[至到]$/.test(norm.slice(a, lv.start));
  return !LOSS.test(norm.slice(a, lv.end)) && (cameTo || !BEFORE_WORDS.test(norm.slice(a, lv.start)));
}

export const impossibleChange: Check = {
  id: 'impossible-change',
  run(ctx) {
    const { doc, facts } = ctx;
    const out = [];
    for (const f of facts) {
      if (typeof f.value !== 'number') continue;
      const subject = simplify(f.subject);
      // (较常年同期的82.0毫米偏少112.4%: a shortfall against the norm is a fall too, whatever its direction is read as)
      const short = !f.change && SHORT_OF.test(doc.norm.slice(Math.max(0, f.start - 3), f.start));
      if (f.kind === 'percent' && (f.change?.direction === 'down' || short) && Math.abs(f.value) > 100 && (!CAN_GO_NEGATIVE.test(subject) || NEVER_NEGATIVE.test(subject) || aboveZeroAfter(ctx, f))) {
        const what = f.subject ?? 'an amount';
        out.push(
          finding(doc, 'impossible-change', 'error', f.start, f.end, `${what} cannot fall by ${Math.abs(f.value)}%: a decrease is at most 100% (a fall of more than 100% would leave less than nothing)`, {
            facts: [ctx.indexOf(f)],
          }),
        );
        continue;
      }
      if (f.kind === 'percent' && !f.change && f.value > 100 && !GROWTH.test(subject)) {
        const before = doc.norm.slice(Math.max(0, f.start - 24), f.start);
        const share = SHARE_BEFORE.test(before);
        if ((PART_OF_WHOLE.test(subject) && !AGAINST_TARGET.test(subject) && !COVER_RATIO.test(subject)) || share) {
          out.push(
            finding(doc, 'impossible-change', 'error', f.start, f.end, `${f.subject ?? 'a share'} of ${f.value}% is impossible: a part of a whole is at most 100%`, {
              facts: [ctx.indexOf(f)],
            }),
          );
        }
        continue;
      }
      // (a balance may fall below zero: 自然增加为负6万1,553人, 净迁入负3,200人)
      if (f.kind === 'count' && f.value < 0 && !NET_BALANCE.test(doc.norm.slice(Math.max(0, f.start - 12), f.start))) {
        out.push(finding(doc, 'impossible-change', 'error', f.start, f.end, `a count cannot be negative (${f.value})`, { facts: [ctx.indexOf(f)] }));
      }
    }
    return out;
  },
};
