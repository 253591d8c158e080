// The time a number refers to: the last time phrase before it in its sentence (not a comparison
// baseline such as 较2019年), else the paragraph's leading time phrase (`2023年，梅县区立刑事案件
// 1365宗` → 2023).
import type { Document, Fact } from '../types.js';
import { isFullStop, THAN_BEFORE } from './marks.js';

// (较疫情前108学年度: a few words ending in 前 between 较 and the time)
// (相当于2018年（3亿1,490万人次）的79.8%: a year whose level a share is of)
const BASELINE_BEFORE = new RegExp(`(?:较|比|与|和|同|对|对比|相比|相较|较之|跟|恢复至|达到|超过|高于|低于|相当于)$|${THAN_BEFORE}$`);
/** Before a time whose level a change starts from: 由年初的15天, 从2019年的120万辆. */
const FROM_BEFORE = /[由从]$/;
/** After a 同期 that opens its clause: the level of that period (而2023年同期的逆差为…, 去年同期为…). */
const SAME_PERIOD_LEVEL = /^(?:的[^，。；、的]{1,12}?)?[为為是]/;
/** The text before a time that opens its clause. */
const CLAUSE_OPENS = /(?:^|[，,；;：:\n]|而|但)$/;
const CLAUSE_END = /[，,；;。！？\n]/;
/** After the day of an announcement (今日（9月26日）公布的数字显示, 10月15日发布): when it was told, not what it is of. */
/** Before the time of a cause: 受惠于9月下旬…, 由于7月…, 得益于… */
const CAUSE_BEFORE = /(?:受惠于|得益于|由于|因为|主要受)$/;
/** Words that make something public: 发布, 公布, 宣布, 发表. */
const PUBLISH = '公布|发布|宣布|发表';
/** A sentence that announces something (also 召开, 通报…). */
const ANNOUNCES = new RegExp(`${PUBLISH}|披露|通报|召开|举行|印发`);
const SENTENCE_END = /[。！？\n]/;
const ANNOUNCED_AFTER = new RegExp(`^(?:[（(][^（）()，。]{0,12}[）)]|[）)])?(?:${PUBLISH}|表示|指出|透露)`);
/** A sentence that opens with the parts of the one before. */
const PARTS_OPEN = /^(?:其中|当中)/;
const QUANTITY = new Set(['count', 'money', 'percent', 'percentage_point', 'multiple', 'measure', 'number']);

/** A time a figure is compared with (较2019年, 比2019年同期): it frames nothing of its own. */
// (是2019年的2.3倍, 是上年同期（8次）的1.5倍: the time of the base of a multiple or a share, after 是)
const BASE_OF_MULTIPLE = /^(?:同期)?(?:[（(][^（）()]{0,20}[）)])?的[^，。；\d]{0,12}?(?:约|近)?[\d.一二三四五六七八九十两半]+(?:倍|成|%)/;
export function isComparedTime(norm: string, f: Fact): boolean {
  const before = norm.slice(Math.max(0, f.start - 6), f.start);
  return BASELINE_BEFORE.test(before) || (/是$/.test(before) && BASE_OF_MULTIPLE.test(norm.slice(f.end, f.end + 30)));
}

/** The days a period written as ISO covers, as two strings that compare in order (2024 → 2024-01-01, 2024-12-99); null when open. */
function rangeOf(value: string): [string, string] | null {
  const [a, b = a] = value.split('/');
  if (!a || !b || a === '..' || b === '..') return null;
  return [(a + '-01-01').slice(0, 10), (b + '-99-99').slice(0, 10)];
}

/** Whether period `a` ends before period `b` begins (上年末 before 2024年末, 9月 before 10月). */
function endsBefore(a: string, b: string): boolean {
  const x = rangeOf(a);
  const y = rangeOf(b);
  return x !== null && y !== null && x[1] < y[0];
}

/** Whether period `inner` lies inside `outer` (一季度 inside 2024; not 下半年 inside 上半年). */
export function within(inner: string, outer: string): boolean {
  const i = rangeOf(inner);
  const o = rangeOf(outer);
  return i !== null && o !== null && i[0] >= o[0] && i[1] <= o[1];
}

export function linkPeriods(doc: Document, facts: Fact[]): void {
  const norm = doc.norm;
  let sentenceTime: Fact | null = null;
  let paragraphTime: Fact | null = null;
  /** The paragraph's first sentence named periods side by side (上半年…，下半年…): no one of them is the paragraph's. */
  let paragraphMixed = false;
  let paragraphFirstSentence = true;
  let clauseTime: Fact | null = null;
  let clauseEnd = 0;
  /** 由年初的27.2元降至…: the time of the level a change starts from, for that level only. */
  let fromTime: Fact | null = null;
  let cursor = 0;
  for (const f of facts) {
    for (; cursor < f.start; cursor++) {
      const ch = norm.charCodeAt(cursor);
      if (ch === 0x0a) {
        fromTime = null;
        paragraphTime = null;
        paragraphMixed = false;
        paragraphFirstSentence = true;
        sentenceTime = null;
      } else if (isFullStop(ch)) {
        // (截至2023年底，全省实有经营主体538.29万户…。其中，企业142.36万户: a sentence that opens with 其中 tells
        // the parts of the one before, of its time)
        if (!PARTS_OPEN.test(norm.slice(cursor + 1, cursor + 3))) sentenceTime = null;
        paragraphFirstSentence = false;
      }
    }
    cursor = Math.max(cursor, f.start);
    if (f.kind === 'date' || f.kind === 'period') {
      const before = norm.slice(Math.max(0, f.start - 6), f.start);
      if (FROM_BEFORE.test(before) && norm[f.end] === '的' && typeof f.value === 'string') {
        fromTime = f;
        continue;
      }
      // (2025届毕业生: a year naming a group frames nothing)
      // (今日（9月26日）公布的数字显示，2024年8月的…: the day something was announced frames no figure)
      if (f.kind === 'date' && typeof f.value === 'string' && f.value.length >= 10 && ANNOUNCED_AFTER.test(norm.slice(f.end, f.end + 20))) continue;
      if (!isComparedTime(norm, f) && typeof f.value === 'string' && !f.time?.names) {
        // (截至2024年末，不良贷款余额49.27亿元，上年末为46.24亿元；不良贷款率1.56%: a time opening a clause with
        // 为 and its level, earlier than the time the sentence is of, is that clause's only; but 上半年…，下半年为…，
        // 环比增长21.0%: a later one is what the sentence goes on about)
        const current = sentenceTime ?? paragraphTime;
        const aside = !f.time?.samePeriod && current !== null && typeof current.value === 'string' && endsBefore(f.value, current.value) && CLAUSE_OPENS.test(before) && SAME_PERIOD_LEVEL.test(norm.slice(f.end, f.end + 16));
        if (aside) {
          clauseTime = f;
          const m = CLAUSE_END.exec(norm.slice(f.end, f.end + 200));
          clauseEnd = m ? f.end + m.index : f.end + 200;
        } else if (!f.time?.samePeriod) {
          sentenceTime = f;
          // (3月27日晚间，公司发布2024年年度报告。报告期内，…: the day of a sentence that announces something is
          // when it was told, no time for the paragraph's figures)
          // (nor the time of a cause, 主要受惠于9月下旬本地股票市场交投转趋活跃: what the figures are of is not said by it)
          if (paragraphFirstSentence && !paragraphTime && !CAUSE_BEFORE.test(before) && !(f.kind === 'date' && f.value.length >= 10 && ANNOUNCES.test(norm.slice(f.end, f.end + 80).split(SENTENCE_END)[0]!))) paragraphTime = f;
          // (but 2023年，…（2022年为4.80万对）: a year in an aside is the level's of that year only; and
          // 第三季…，第二季的升幅为12.4%: a period whose figure is set beside the first one's)
          else if (paragraphFirstSentence && paragraphTime && f.kind === 'period' && paragraphTime.kind === 'period' && CLAUSE_OPENS.test(before) && norm[f.end] !== '的' && f.value !== paragraphTime.value && !within(f.value, paragraphTime.value as string)) paragraphMixed = true;
        } else if (SAME_PERIOD_LEVEL.test(norm.slice(f.end, f.end + 16)) && CLAUSE_OPENS.test(before)) {
          // 上年同期为3.40元, 而2023年同期的逆差为2,679亿元: the period compared with is what the figure
          // of its clause is of, not a baseline (较上年同期 is one); the sentence's time holds after it
          clauseTime = f;
          const m = CLAUSE_END.exec(norm.slice(f.end, f.end + 200));
          clauseEnd = m ? f.end + m.index : f.end + 200;
        }
      }
      continue;
    }
    // (the time of a level a change starts from is that level's only, whatever its kind: 由2023年的約30天
    // 縮短至約22天 leaves nothing for the next paragraph's figures)
    const from = fromTime;
    fromTime = null;
    if (!QUANTITY.has(f.kind)) continue;
    const t = from ?? (clauseTime && f.start < clauseEnd ? clauseTime : (sentenceTime ?? (paragraphMixed ? null : paragraphTime)));
    if (t && typeof t.value === 'string') f.period = t.value;
  }
}
