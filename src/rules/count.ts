// Counts: a number and a measure word or countable unit from data/units.ts (`MEASURE_WORDS`).
//
//   立电诈案件408起 → 408 起        抓获犯罪嫌疑人487人 → 487 人      45.3万余起 → 453000 起, over
//   兩個犯罪團夥 → 2 個 (unit as written)   三组 → 3 组               1.2万余人次 → 12000 人次
//
// Not counts: the indefinite 一 (一支队伍, 一批, 一面锦旗), a measure word that starts another
// word (3人民 …, see MEASURE_WORD_NOT_BEFORE), idioms (data/idioms.ts, as blocked spans).
import { DIGITS_ONLY, MEASURE_WORDS, MEASURE_WORD_NOT_BEFORE } from '../data/units.js';
import { IDIOMS } from '../data/idioms.js';
import { APPROX_INNER, charAfter, firstChars, minusBefore, re, words } from './patterns.js';
import { PRIORITY, type TokenRule } from './types.js';

const FIRST = firstChars(MEASURE_WORDS);
const SUFFIX = re('y')`${APPROX_INNER}?(?<unit>${words(MEASURE_WORDS)})`;

const WORDS: ReadonlySet<string> = new Set(MEASURE_WORDS);

/** The fixed phrases of data/idioms.ts by their first character. */
const IDIOMS_BY_FIRST = (() => {
  const m = new Map<string, string[]>();
  for (const w of IDIOMS) m.set(w[0]!, [...(m.get(w[0]!) ?? []), w]);
  return m;
})();
function startsWithIdiom(norm: string, at: number): boolean {
  return IDIOMS_BY_FIRST.get(norm[at] ?? '')?.some((w) => norm.startsWith(w, at)) ?? false;
}

export const count: TokenRule = {
  id: 'count',
  examples: [
    { in: '举办培训班86期，新打抗旱水井212口，一期工程，考获7科5**', out: [{ text: '86期', kind: 'count', value: 86, unit: '期' }, { text: '212口', kind: 'count', value: 212, unit: '口' }, { text: '7科', kind: 'count', value: 7, unit: '科' }] },
    { in: '合共售出约1 600伙，一伙人', out: [{ text: '约1 600伙', kind: 'count', value: 1600, unit: '伙', approx: 'about' }] },
    { in: '图书外借2,318万项次，馆藏文物178.6万件/套', out: [{ text: '2,318万项次', kind: 'count', value: 23180000, unit: '项次' }, { text: '178.6万件/套', kind: 'count', value: 1786000, unit: '件/套' }] },
    { in: '生猪调出约2850万头次', out: [{ text: '约2850万头次', kind: 'count', value: 28500000, unit: '头次', approx: 'about' }] },
    { in: '梅县区立电诈案件408起、同比下降11.30%', out: [{ text: '408起', kind: 'count', value: 408, unit: '起' }, { text: '11.30%', kind: 'percent', value: 11.3 }] },
    { in: '打掉涉电诈窝点168个', out: [{ text: '168个', kind: 'count', value: 168, unit: '个' }] },
    { in: '成功打掉两个犯罪团伙', out: [{ text: '两个', kind: 'count', value: 2, unit: '个' }] },
    { in: '每日投入3组车巡', out: [{ text: '3组', kind: 'count', value: 3, unit: '组' }] },
    { in: '收到锦旗16面', out: [{ text: '16面', kind: 'count', value: 16, unit: '面' }] },
    { in: '累计开展巡逻1.2万余人次', out: [{ text: '1.2万余人次', kind: 'count', value: 12000, unit: '人次', approx: 'over' }] },
    { in: '立案45.3万余起', out: [{ text: '45.3万余起', kind: 'count', value: 453000, unit: '起', approx: 'over' }] },
    { in: '队伍逾60支，队员近1800人', out: [{ text: '逾60支', kind: 'count', value: 60, unit: '支', approx: 'over' }, { text: '近1800人', kind: 'count', value: 1800, unit: '人', approx: 'nearly' }] },
    // a round number with no digit before it, after a threshold word (逾, 近, 过, 上)
    { in: '逾千人参加，上万人次观展，近百家企业参展', out: [{ text: '逾千人', kind: 'count', value: 1000, unit: '人', approx: 'over' }, { text: '上万人次', kind: 'count', value: 10000, unit: '人次', approx: 'over' }, { text: '近百家', kind: 'count', value: 100, unit: '家', approx: 'nearly' }] },
    { in: '千万不要轻信，万一受骗请报警，数百人围观', out: [{ text: '数百人', kind: 'count', value: 100, unit: '人', approx: 'over' }] },
    { in: '十几个省份，二十几家，几百人，千余人，万余户，数十万人，总数千余人，少数百姓', out: [{ text: '十几个省份', kind: 'count', value: 10, approx: 'over' }, { text: '二十几家', kind: 'count', value: 20, approx: 'over' }, { text: '几百人', kind: 'count', value: 100, approx: 'over' }, { text: '千余人', kind: 'count', value: 1000, approx: 'over' }, { text: '万余户', kind: 'count', value: 10000, approx: 'over' }, { text: '数十万人', kind: 'count', value: 100000, approx: 'over' }, { text: '千余人', kind: 'count', value: 1000, approx: 'over' }] },
    // two neighbouring digits: a rough range
    { in: '来了两三个人，三四百人参加，涨了两三成', out: [{ text: '两三个', kind: 'count', value: 2, max: 3 }, { text: '三四百人', kind: 'count', value: 300, max: 400 }, { text: '两三成', kind: 'percent', value: 20, max: 30 }] },
    { in: '组建了一支12人的队伍', out: [{ text: '12人', kind: 'count', value: 12, unit: '人' }] },
    { in: '依法扣押作案物品一批', out: [] },
    { in: '落实“两个40%以上”要求', out: [{ text: '40%以上', kind: 'percent', value: 40, approx: 'over' }] },
    { in: '代表1365人民群众', out: [] },
    { in: '12个大类中有9类按年上升，3类下跌', out: [{ text: '12个', kind: 'count', value: 12, unit: '个' }, { text: '9类', kind: 'count', value: 9, unit: '类' }, { text: '3类', kind: 'count', value: 3, unit: '类' }] },
    { in: '就业不足人数增加约3,800人至45,600人', out: [{ text: '约3,800人', kind: 'count', value: 3800, approx: 'about' }, { text: '45,600人', kind: 'count', value: 45600 }] },
    { in: '第3名以上子女7,000元', out: [{ text: '第3名', kind: 'ordinal', value: 3 }, { text: '7,000元', kind: 'money', value: 7000 }] },
    { in: '17宗八类严重暴力犯罪案件', out: [{ text: '17宗', kind: 'count', value: 17, unit: '宗' }] },
    { in: '项目须提供不少于300个住宅单位，空置率不超过5%', out: [{ text: '不少于300个', kind: 'count', value: 300, approx: 'over' }, { text: '不超过5%', kind: 'percent', value: 5, approx: 'under' }] },
    { in: '包括52家长期业务保险公司，家长3名', out: [{ text: '52家', kind: 'count', value: 52, unit: '家' }, { text: '3名', kind: 'count', value: 3, unit: '名' }] },
    { in: '快递业务量9.38亿单，单位数12个', out: [{ text: '9.38亿单', kind: 'count', value: 938000000, unit: '单' }, { text: '12个', kind: 'count', value: 12, unit: '个' }] },
    { in: '出生数与死亡数相抵，自然增加为负6万1,553人；负责人3名', out: [{ text: '负6万1,553人', kind: 'count', value: -61553, unit: '人' }, { text: '3名', kind: 'count', value: 3, unit: '名' }] },
    { in: '人口自然增长为-1,553人，COVID-19患者', out: [{ text: '-1,553人', kind: 'count', value: -1553, unit: '人' }] },
    { in: '国内旅游约8,420万旅次，出动机械580余台次', out: [{ text: '约8,420万旅次', kind: 'count', value: 84200000, unit: '旅次', approx: 'about' }, { text: '580余台次', kind: 'count', value: 580, unit: '台次', approx: 'over' }] },
    { in: '重铁网络共开出约196万班列车，乘坐班车', out: [{ text: '约196万班', kind: 'count', value: 1960000, unit: '班', approx: 'about' }] },
    { in: '设置警示标志牌1380块，拦截诈骗电话86万3,512通；桃园市4,387件、台中市4,126件次之，3块钱，2通过', out: [{ text: '1380块', kind: 'count', value: 1380, unit: '块' }, { text: '86万3,512通', kind: 'count', value: 863512, unit: '通' }, { text: '4,387件', kind: 'count', value: 4387, unit: '件' }, { text: '4,126件', kind: 'count', value: 4126, unit: '件' }, { text: '3块钱', kind: 'money', value: 3 }] },
    { in: '研发人员折合全时当量33.6万人年；执政党获得51席，主席出席', out: [{ text: '33.6万人年', kind: 'count', value: 336000, unit: '人年' }, { text: '51席', kind: 'count', value: 51, unit: '席' }] },
    { in: '图书外借1,904.3万册次，带看超过45万组次', out: [{ text: '1,904.3万册次', kind: 'count', value: 19043000, unit: '册次' }, { text: '超过45万组次', kind: 'count', value: 450000, unit: '组次', approx: 'over' }] },
    { in: '新打机井2180眼，一眼望去', out: [{ text: '2180眼', kind: 'count', value: 2180, unit: '眼' }] },
    { in: '回落主要有三方面原因：一方面就业形势变化，另一方面', out: [{ text: '三方面', kind: 'count', value: 3, unit: '方面' }] },
    { in: '各项计划合共接种约183.6万剂疫苗，剂量', out: [{ text: '约183.6万剂', kind: 'count', value: 1836000, unit: '剂', approx: 'about' }] },
    { in: '放流魚苗約18.6萬尾，装车34.62万车、增加520车，双向6车道，年尾，车辆', out: [{ text: '約18.6萬尾', kind: 'count', value: 186000, unit: '尾', approx: 'about' }, { text: '34.62万车', kind: 'count', value: 346200, unit: '车' }, { text: '520车', kind: 'count', value: 520, unit: '车' }, { text: '6车道', kind: 'count', value: 6, unit: '车道' }] },
    { in: '平均每日成交量为52.8万手，二手房，上涨512档', out: [{ text: '52.8万手', kind: 'count', value: 528000, unit: '手' }, { text: '512档', kind: 'count', value: 512, unit: '档' }] },
    { in: '心臟疾病死亡23,274人，較上年的22,904人年增2.3%', out: [{ text: '23,274人', kind: 'count', value: 23274, unit: '人' }, { text: '上年', kind: 'date' }, { text: '22,904人', kind: 'count', value: 22904, unit: '人' }, { text: '2.3%', kind: 'percent', value: 2.3 }] },
    { in: '全国77个一般空气品质监测站，红色警示27,958站日；二人家团的每月收入上限为58,030澳门元', out: [{ text: '77个', kind: 'count', value: 77, unit: '个' }, { text: '27,958站日', kind: 'count', value: 27958, unit: '站日' }, { text: '58,030澳门元', kind: 'money', value: 58030 }] },
  ],
  match(ctx, tok) {
    if (!FIRST.has(charAfter(ctx.norm, tok.end))) return null;
    const m = ctx.at(SUFFIX, tok.end);
    if (!m) return null;
    let unit = m.groups!.unit!;
    let end = tok.end + m[0].length;
    let next = ctx.norm[end] ?? '';
    // (台中市4,126件次之: 件, then 次之, "next")
    if (next === '之' && unit.length > 1 && unit.endsWith('次') && WORDS.has(unit.slice(0, -1))) {
      unit = unit.slice(0, -1);
      end--;
      next = '次';
    }
    // (較111年的22,904人年增2.3%: 人, then Taiwan's 年增, not 人年, person-years)
    if (unit.length > 1 && unit.endsWith('年') && /^[增减][\d.率幅]/.test(ctx.norm.slice(end, end + 2)) && WORDS.has(unit.slice(0, -1))) {
      unit = unit.slice(0, -1);
      end--;
      next = '年';
    }
    // (52家长期业务保险公司: 家 then 长期, not 家长)
    // (712.7万人次年增4.2%: a unit of two characters before 年增, 年减, 年均 is no 次年, "the next year")
    if (next && (MEASURE_WORD_NOT_BEFORE[unit[unit.length - 1]!] ?? '').includes(next) && !(next === '长' && ctx.norm[end + 1] === '期') && !(next === '年' && unit.length > 1 && /^[增减成衰涨跌均]/.test(ctx.norm[end + 1] ?? ''))) return null;
    // 两个40%以上: the measure word counts a figure that follows, a slogan, not things
    // (but 77个一般空气品质监测站: a fixed phrase after it, data/idioms.ts, is a word, no figure)
    if (/[\d〇○零一二三四五六七八九十]/.test(next) && unit === '个' && !startsWithIdiom(ctx.norm, end)) return null;
    // 二人家团, 三人家庭: a household of that many people is a kind of household, no count
    if (unit === '人' && /^家(?:团|庭)/.test(ctx.norm.slice(end, end + 2)) && tok.chinese) return null;
    if (DIGITS_ONLY.has(unit) && !/\d/.test(tok.raw)) return null;
    // 第3名以上子女: a number after 第 is an ordinal (ordinal.ts), whatever follows its measure word
    if (ctx.norm[tok.start - 1] === '第') return null;
    // 2024届毕业生: a graduating class named by its year (date.ts)
    if (unit === '届' && tok.plainDigits && tok.raw.length === 4 && /^(?:19|20)/.test(tok.raw)) return null;
    // The indefinite 一: 一支队伍, 一批, 一面锦旗 (an Arabic 1 is a count: 1个单位).
    if (tok.chinese && tok.value === 1 && /^[一壹]$/.test(tok.raw)) return null;
    // 自然增加为负6万1,553人, -1,553人: a count below zero (a balance of two counts)
    const negative = minusBefore(ctx.norm, tok.start) === 1 && typeof tok.value === 'number';
    return {
      start: negative ? tok.start - 1 : tok.start,
      end,
      kind: 'count',
      value: negative ? -(tok.value as number) : tok.value,
      unit,
      unitAt: end - unit.length,
      ...(tok.approxInside || m.groups?.inner ? { approx: 'over' as const } : {}),
      decimals: tok.decimals,
      rule: 'count',
      priority: PRIORITY.count,
      chinese: tok.chinese,
    };
  },
};
