// Physical and technical measures: a number and a unit from data/units.ts (`MEASURE_UNITS`).
//
//   195.32亿千瓦时 → 19532000000 千瓦时     3.2万亩 → 32000 亩     约426公里 → about
//   2324.62万千瓦 → 23246200 千瓦 (万 belongs to the number, never to the unit)
//   110千伏及以上 → 110 千伏, over           4.92萬噸 → 49200 噸 (unit as written)
import { MEASURE_DIGITS_ONLY, MEASURE_UNITS } from '../data/units.js';
import { PER_UNITS } from '../data/currencies.js';
import { APPROX_INNER, charAfter, firstChars, re, words } from './patterns.js';
import { PRIORITY, type TokenRule } from './types.js';

const FIRST = firstChars(MEASURE_UNITS);
/** Units of temperature: 零下 before the number makes it negative (零下25℃ → −25 ℃). */
const TEMPERATURE = new Set(['摄氏度', '℃', '°C', '华氏度']);
const SUFFIX = re('y')`${APPROX_INNER}?(?<unit>(?:${words(MEASURE_UNITS)})(?:/(?:${words([...PER_UNITS, ...MEASURE_UNITS])}))?)`;

/** Where 摄氏 stands before a number at `at` (攝氏29.6度), or before the low end of its range (攝氏24.6度至35.4度); -1 if nowhere. */
const CELSIUS_RANGE = /摄氏\d+(?:\.\d+)?度(?:至|到|~|-|—|－)$/;
function celsiusBefore(norm: string, at: number): number {
  if (norm.startsWith('摄氏', at - 2)) return at - 2;
  const before = norm.slice(Math.max(0, at - 16), at);
  const m = CELSIUS_RANGE.exec(before);
  return m ? at - before.length + m.index : -1;
}

export const measure: TokenRule = {
  id: 'measure',
  examples: [
    { in: '蓄水量約6億8,420萬立方公尺', out: [{ text: '約6億8,420萬立方公尺', kind: 'measure', value: 684200000, unit: '立方公尺' }] },
    { in: '细悬浮微粒年平均浓度为13.2微克/立方公尺，臭氧年平均浓度为31.6ppb', out: [{ text: '13.2微克/立方公尺', kind: 'measure', value: 13.2, unit: '微克/立方公尺' }, { text: '31.6ppb', kind: 'measure', value: 31.6, unit: 'ppb' }] },
    { in: '移动互联网月户均流量达19.57GB/户·月', out: [{ text: '19.57GB/户·月', kind: 'measure', value: 19.57, unit: 'GB/户·月' }] },
    { in: '黄金储备规模为7280万盎司，累计增持约1016万盎司', out: [{ text: '7280万盎司', kind: 'measure', value: 72800000, unit: '盎司' }, { text: '约1016万盎司', kind: 'measure', value: 10160000, unit: '盎司', approx: 'about' }] },
    { in: '造船完工量1268万修正总吨', out: [{ text: '1268万修正总吨', kind: 'measure', value: 12680000, unit: '修正总吨' }] },
    { in: '平均气温为摄氏29.6度，较正常高1.4度，气温介乎摄氏24.6度至35.4度', out: [{ text: '摄氏29.6度', kind: 'measure', value: 29.6, unit: '摄氏度' }, { text: '1.4度', kind: 'measure', value: 1.4, unit: '度' }, { text: '摄氏24.6度至35.4度', kind: 'measure', value: 24.6, max: 35.4, unit: '摄氏度' }] },
    { in: '全省完成发电量195.32亿千瓦时', out: [{ text: '195.32亿千瓦时', kind: 'measure', value: 19532000000, unit: '千瓦时' }] },
    { in: '火电2324.62万千瓦', out: [{ text: '2324.62万千瓦', kind: 'measure', value: 23246200, unit: '千瓦' }] },
    { in: '利用荒漠戈壁土地3.2万亩', out: [{ text: '3.2万亩', kind: 'measure', value: 32000, unit: '亩' }] },
    { in: '新建线路约426公里', out: [{ text: '约426公里', kind: 'measure', value: 426, unit: '公里', approx: 'about' }] },
    { in: '110千伏及以上输电线路', out: [{ text: '110千伏及以上', kind: 'measure', value: 110, unit: '千伏', approx: 'over' }] },
    { in: '客运运力2,412.7亿座公里，旅客周转量2,038.6亿客公里，汽油销售约91万公秉', out: [{ text: '2,412.7亿座公里', kind: 'measure', value: 241270000000, unit: '座公里' }, { text: '2,038.6亿客公里', kind: 'measure', value: 203860000000, unit: '客公里' }, { text: '约91万公秉', kind: 'measure', value: 910000, unit: '公秉', approx: 'about' }] },
    { in: '自有船队运力约142万载重吨', out: [{ text: '约142万载重吨', kind: 'measure', value: 1420000, unit: '载重吨', approx: 'about' }] },
    { in: '呼氣酒精濃度達每公升0.25毫克以上，即0.25mg/L以上；PM2.5浓度为32μg/m³', out: [{ text: '0.25毫克以上', kind: 'measure', value: 0.25, approx: 'over' }, { text: '0.25mg/L以上', kind: 'measure', value: 0.25, unit: 'mg/L', approx: 'over' }, { text: '32μg/m³', kind: 'measure', value: 32, unit: 'μg/m³' }] },
    { in: '粮食总产量4.92万吨', out: [{ text: '4.92万吨', kind: 'measure', value: 49200, unit: '吨' }] },
    { in: '最高气温达38.5℃', out: [{ text: '38.5℃', kind: 'measure', value: 38.5, unit: '℃' }] },
    { in: '气温在零下25℃至零下15℃之间', out: [{ text: '零下25℃至零下15℃', kind: 'measure', value: -25, max: -15, unit: '℃' }] },
    { in: '最低气温零下3.5摄氏度', out: [{ text: '零下3.5摄氏度', kind: 'measure', value: -3.5, unit: '摄氏度' }] },
    { in: '最低气温-5℃，降至零下12度，白天10-15℃', out: [{ text: '-5℃', kind: 'measure', value: -5, unit: '℃' }, { text: '零下12度', kind: 'measure', value: -12, unit: '度' }, { text: '10-15℃', kind: 'measure', value: 10, max: 15, unit: '℃' }] },
    { in: '發電量2,214.5億度，尖峰負載4,180.5萬瓩', out: [{ text: '2,214.5億度', kind: 'measure', value: 221450000000, unit: '度' }, { text: '4,180.5萬瓩', kind: 'measure', value: 41805000, unit: '瓩' }] },
    { in: '股价一度下跌', out: [] },
    { in: '12英寸晶圆，15.6吋螢幕', out: [{ text: '12英寸', kind: 'measure', value: 12, unit: '英寸' }, { text: '15.6吋', kind: 'measure', value: 15.6, unit: '吋' }] },
    { in: '单产389.7公斤/亩', out: [{ text: '389.7公斤/亩', kind: 'measure', value: 389.7, unit: '公斤/亩' }] },
  ],
  match(ctx, tok) {
    if (!FIRST.has(charAfter(ctx.norm, tok.end))) return null;
    const m = ctx.at(SUFFIX, tok.end);
    if (!m) return null;
    const unit = m.groups!.unit!;
    if (tok.chinese && MEASURE_DIGITS_ONLY.has(unit) && !/\d/.test(tok.raw)) return null;
    // 零下12度, -5℃ (not the dash of a range: 10-15℃)
    const thermal = TEMPERATURE.has(unit) || unit === '度';
    const below = thermal && typeof tok.value === 'number' && ctx.norm.startsWith('零下', tok.start - 2);
    const minus = !below && thermal && typeof tok.value === 'number' && /[-−]/.test(ctx.norm[tok.start - 1] ?? '') && !/[\d.%]/.test(ctx.norm[tok.start - 2] ?? '');
    const sign = below ? 2 : minus ? 1 : 0;
    const end = tok.end + m[0].length;
    // 攝氏29.6度, 攝氏24.6度至35.4度: the scale written before the number (before the low end of a range)
    const celsius = unit === '度' ? celsiusBefore(ctx.norm, tok.start) : -1;
    if (celsius >= 0) {
      return {
        start: celsius === tok.start - 2 ? celsius : tok.start,
        end,
        kind: 'measure',
        value: tok.value,
        unit: '摄氏度',
        unitSpans: [
          [celsius, celsius + 2],
          [end - 1, end],
        ],
        unitJoin: '',
        ...(tok.approxInside || m.groups?.inner ? { approx: 'over' as const } : {}),
        decimals: tok.decimals,
        rule: 'measure',
        priority: PRIORITY.measure,
        chinese: tok.chinese,
      };
    }
    return {
      start: tok.start - sign,
      end,
      kind: 'measure',
      value: sign ? -(tok.value as number) : tok.value,
      unit,
      unitAt: tok.end + m[0].length - unit.length,
      ...(tok.approxInside || m.groups?.inner ? { approx: 'over' as const } : {}),
      decimals: tok.decimals,
      rule: 'measure',
      priority: PRIORITY.measure,
      chinese: tok.chinese,
    };
  },
};

/** Words after 点 that make it no point of an index: 3点钟, 8点半, 点击, 点赞, 点名 … */
const NOT_INDEX_AFTER = new Set([...'钟半分多前后左整击赞名评燃亮播缀菜']);
/** Words that make a small whole number before 点 a move of an index, not a time of day (大盘下跌3点). */
const INDEX_CONTEXT = /指数|指|大盘|点位|涨|跌|收|报|升|降/;

/**
 * Points of a stock index (`measure`, unit 点): 收于22,948.31點, 上涨607点, 跌约27点. A time of day
 * (早上8点) is no fact: a whole number up to 24 counts as points only after an index or a move.
 */
export const indexPoint: TokenRule = {
  id: 'measure-index-point',
  examples: [
    { in: '加权指数收在22,948.31点，全月上涨607.75点', out: [{ text: '22,948.31点', kind: 'measure', value: 22948.31, unit: '点' }, { text: '607.75点', kind: 'measure', value: 607.75, unit: '点' }] },
    { in: '上证指数下跌3点，报3,012点', out: [{ text: '3点', kind: 'measure', value: 3, unit: '点' }, { text: '3,012点', kind: 'measure', value: 3012, unit: '点' }] },
    { in: '早上8点开门，下午3点半闭馆', out: [] },
    { in: '提高2.3个百分点', out: [{ text: '2.3个百分点', kind: 'percentage_point', value: 2.3 }] },
    { in: '健保医疗费用合计8,846亿点，平均每人约3.70万点', out: [{ text: '8,846亿点', kind: 'measure', value: 884600000000, unit: '点' }, { text: '约3.70万点', kind: 'measure', value: 37000, unit: '点', approx: 'about' }] },
    { in: '下午三点开会', out: [] },
  ],
  match(ctx, tok) {
    const norm = ctx.norm;
    // (Arabic digits, a place word after them or not: 8,846亿点 of a health insurance's points; 三点 is a time)
    if (norm[tok.end] !== '点' || typeof tok.value !== 'number' || tok.max !== undefined) return null;
    if (tok.chinese && !/\d/.test(norm.slice(tok.start, tok.end))) return null;
    if (NOT_INDEX_AFTER.has(norm[tok.end + 1] ?? '')) return null;
    if (!tok.decimals && tok.value <= 24) {
      const before = ctx.before(tok.start, 10).replace(/^.*[，。；：,;:\n]/, '');
      if (!INDEX_CONTEXT.test(before) || /[上下]午|凌晨|早上|晚上|中午|傍晚|今晚|昨晚|时$/.test(before)) return null;
    }
    return {
      start: tok.start,
      end: tok.end + 1,
      kind: 'measure',
      value: tok.value,
      unit: '点',
      unitAt: tok.end,
      ...(tok.approxInside ? { approx: 'over' as const } : {}),
      decimals: tok.decimals,
      rule: 'measure-index-point',
      priority: PRIORITY.measure,
      chinese: tok.chinese,
    };
  },
};
