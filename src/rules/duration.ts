// Durations (`kind: duration`, ISO 8601): a length of time.
//
//   潜逃22年 → P22Y      47天 → P47D      2分钟, 2分鍾 → PT2M      连续14个月 → P14M
//   连续两年 → P2Y       五年来 → P5Y     8个季度 → P24M           半年 → P6M
//   一年半 → P18M        十五年半 → P15Y6M  3.5天 → P3.5D          3小时 → PT3H
//   两周 → P2W           廿年 → P20Y      77.9岁 → P77.9Y (ages)   18个月以来 → P18M
//
// A year is not a duration: 2007年 is a date (date.ts wins on priority), 112年 is a date in Taiwan
// text, 19年3月 is a date; 22年 alone after a verb is a length of time.
import { TIME_UNITS } from '../data/units.js';
import { words, re } from './patterns.js';
import { num } from './time-patterns.js';
import { adjacentRange } from '../numbers/chinese.js';
import { PRIORITY, type ScanRule } from './types.js';

const NUM_CHARS = '零〇○一二两三四五六七八九十百千廿卅';
// (1,036小时, 1 036小時: digits grouped by thousands with a comma, or with a space in Hong Kong text)
const NUM = `(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,3}(?: \\d{3})+|\\d+(?:\\.\\d+)?|[${NUM_CHARS}]+)`;
const DURATION_UNITS = [...Object.keys(TIME_UNITS), '月', '季度'];
const DURATION = re('g')`(?:(?<lianxu>连续)|(?<![\d.${NUM_CHARS}]|\d[, ]))(?<n>${NUM})(?<scale>万|亿)?(?:(?<more>余|多|几)|个(?<more2>多|余)(?=月|小时|星期|钟头|工作日|季度))?(?<unit>${words(DURATION_UNITS)})(?<half>半)?(?:(?<lai>来|以来)|(?<term>期)(?![满间内末初中限货刊]))?`;
// 半个月, 半小时, 一个半月, 一个半小时: the half before the unit
const HALF_UNIT = re('g')`(?<![\d.零〇○一二两三四五六七八九十多大上下前后])(?:(?<n>\d+|[一二两三四五六七八九十]+)个半|半个?)(?<unit>月|小时|钟头)`;
// (按半年划分, 每半年: a breakdown or a frequency, no length of time told)
const HALF_YEAR = re('g')`(?<![上下首前后\d零〇○一二两三四五六七八九十按每])半年(?!度)(?<lai>来|以来)?`;
// 2小时08分15秒, 6小时30分, 23分15秒: a length of time told as a clock (race results, response times)
const CLOCK = re('g')`(?<![\d.]|\d,)(?:(?<h>\d{1,3})(?:个)?小时(?<mi>[0-5]?\d)分(?:钟)?(?:(?<s>[0-5]?\d(?:\.\d+)?)秒)?|(?<mi2>\d{1,3})分(?:钟)?(?<s2>[0-5]?\d(?:\.\d+)?)秒)`;
const AGE = re('g')`(?<![\d.零〇○一二两三四五六七八九十百]|\d,)(?<n>\d+(?:\.\d+)?|[一二两三四五六七八九十百]+)(?<more>余|多|来|几)?(?:周)?岁`;

function iso(n: number, unit: string, half: boolean): string | null {
  const code = TIME_UNITS[unit];
  if (!code) return null;
  if (unit.endsWith('季度') || unit === '季') return `P${fmt(n * 3)}M`;
  if (half && code === 'Y') return n === 1 ? 'P18M' : `P${fmt(n)}Y6M`;
  if (half && code === 'M') return `P${fmt(n)}M15D`;
  if (half && code === 'D') return `P${fmt(n)}DT12H`;
  if (half && code === 'H') return `PT${fmt(n)}H30M`;
  switch (code) {
    case 'Y':
    case 'M':
    case 'W':
    case 'D':
      return `P${fmt(n)}${code}`;
    case 'H':
      return `PT${fmt(n)}H`;
    case 'MIN':
      return `PT${fmt(n)}M`;
    case 'S':
      return `PT${fmt(n)}S`;
  }
}

function fmt(n: number): string {
  return String(Number(n.toPrecision(12)));
}

export const duration: ScanRule = {
  id: 'duration',
  pattern: DURATION,
  trigger: /[年月周天时钟秒期季日晚昼]/,
  // what comes before the unit: 连续, the number (digits, a point, Chinese numerals), 余/多/个多, 万/亿
  runs: { lead: `连续0123456789., ${NUM_CHARS}余多几个万亿`, keyword: DURATION_UNITS.map((w) => w[0]!).join('') },
  examples: [
    { in: '连续14日出现热夜，两日间共录得雨量', out: [{ text: '连续14日', kind: 'duration', value: 'P14D' }, { text: '两日', kind: 'duration', value: 'P2D' }] },
    { in: '分别潜逃22年、24年的命案逃犯', out: [{ text: '22年', kind: 'duration', value: 'P22Y' }, { text: '24年', kind: 'duration', value: 'P24Y' }] },
    { in: '全区47天无刑事警情', out: [{ text: '47天', kind: 'duration', value: 'P47D' }] },
    // (an index before Taiwan's 年增 is no number of years; a duration before 增长 still is)
    { in: '指數較上年的93.64年增12.34%，近3年增长两成', out: [{ text: '上年', kind: 'date' }, { text: '93.64', kind: 'number', value: 93.64 }, { text: '12.34%', kind: 'percent', value: 12.34 }, { text: '3年', kind: 'duration', value: 'P3Y' }, { text: '两成', kind: 'percent', value: 20 }] },
    { in: '2分钟可以完成', out: [{ text: '2分钟', kind: 'duration', value: 'PT2M' }] },
    { in: '已连续十四个月正成长', out: [{ text: '连续十四个月', kind: 'duration', value: 'P14M' }] },
    { in: '违法违纪案件连续三年大幅下降', out: [{ text: '连续三年', kind: 'duration', value: 'P3Y' }] },
    { in: '五年来，全县', out: [{ text: '五年来', kind: 'duration', value: 'P5Y' }] },
    { in: '连续4个季度', out: [{ text: '连续4个季度', kind: 'duration', value: 'P12M' }] },
    { in: '预计需要2至3个季度', out: [{ text: '2至3个季度', kind: 'duration', value: 'P6M', max: 'P9M' }] },
    { in: '增幅为近十五年半来最大', out: [{ text: '十五年半', kind: 'duration', value: 'P15Y6M' }] },
    { in: '历时一年半', out: [{ text: '一年半', kind: 'duration', value: 'P18M' }] },
    { in: '持续3.5天', out: [{ text: '3.5天', kind: 'duration', value: 'P3.5D' }] },
    { in: '为期两周', out: [{ text: '两周', kind: 'duration', value: 'P2W' }] },
    { in: '18个月以来', out: [{ text: '18个月以来', kind: 'duration', value: 'P18M' }] },
    { in: '民警2小时内到场', out: [{ text: '2小时内', kind: 'duration', value: 'PT2H', approx: 'under' }] },
    { in: '7日以内完成核查，3日内办结', out: [{ text: '7日以内', kind: 'duration', value: 'P7D', approx: 'under' }, { text: '3日内', kind: 'duration', value: 'P3D', approx: 'under' }] },
    { in: '净流入是过去一年人口增长的主要来源', out: [{ text: '一年', kind: 'duration', value: 'P1Y' }] },
    { in: '潜逃近8年', out: [{ text: '近8年', kind: 'duration', value: 'P8Y', approx: 'nearly' }] },
    { in: '侦破2007年发生的积案', out: [{ text: '2007年', kind: 'date', value: '2007' }] },
    { in: '再用三五年时间，两三天后，三四个月', out: [{ text: '三五年', kind: 'duration', value: 'P3Y', max: 'P5Y' }, { text: '两三天', kind: 'duration', value: 'P2D', max: 'P3D' }, { text: '三四个月', kind: 'duration', value: 'P3M', max: 'P4M' }] },
    { in: '道路交通事故30日死亡人数1,705人，其余488人于事故发生后2至30日内死亡', out: [{ text: '30日', kind: 'duration', value: 'P30D' }, { text: '1,705人', kind: 'count', value: 1705 }, { text: '488人', kind: 'count', value: 488 }, { text: '2至30日内', kind: 'duration', value: 'P2D', max: 'P30D', approx: 'under' }] },
    { in: '失业期中位数为73日，较上一期缩短5日；10月5日', out: [{ text: '73日', kind: 'duration', value: 'P73D' }, { text: '上一期', kind: 'period' }, { text: '5日', kind: 'duration', value: 'P5D' }, { text: '10月5日', kind: 'date' }] },
    { in: '旅客平均逗留时间为1.1日，按年减少0.1日', out: [{ text: '1.1日', kind: 'duration', value: 'P1.1D' }, { text: '0.1日', kind: 'duration', value: 'P0.1D' }] },
    { in: '平均處理時間為五個工作天，每年合計以30日為限', out: [{ text: '五個工作天', kind: 'duration', value: 'P5D' }, { text: '30日', kind: 'duration', value: 'P30D' }] },
    { in: '搜救持续10余天', out: [{ text: '10余天', kind: 'duration', value: 'P10D', approx: 'over' }] },
    { in: '首十个月内地旅客共2,817.5万人次', published: '2024-11-14', out: [{ text: '首十个月', kind: 'period', value: '2024-01/2024-10' }, { text: '2,817.5万人次', kind: 'count', value: 28175000 }] },
    { in: '安全飞行4100万小时，其中运输航空12.8万小时', out: [{ text: '4100万小时', kind: 'duration', value: 'PT41000000H' }, { text: '12.8万小时', kind: 'duration', value: 'PT128000H' }] },
    { in: '扎根基层三十余年', out: [{ text: '三十余年', kind: 'duration', value: 'P30Y', approx: 'over' }] },
    { in: '工期缩短两个多月', out: [{ text: '两个多月', kind: 'duration', value: 'P2M', approx: 'over' }] },
    { in: '已有百余年历史，延续数百年，用了十几年', out: [{ text: '百余年', kind: 'duration', value: 'P100Y', approx: 'over' }, { text: '数百年', kind: 'duration', value: 'P100Y', approx: 'over' }, { text: '十几年', kind: 'duration', value: 'P10Y', approx: 'over' }] },
    { in: '持正式驾驶执照不足一年的新晋驾驶人士，为期一年', out: [{ text: '不足一年', kind: 'duration', value: 'P1Y', approx: 'under' }, { text: '一年', kind: 'duration', value: 'P1Y' }] },
    { in: '1年期LPR为3.1%，5年期以上LPR为3.6%，7天期逆回购，三年期满', out: [{ text: '1年期', kind: 'duration', value: 'P1Y' }, { text: '3.1%', kind: 'percent', value: 3.1 }, { text: '5年期以上', kind: 'duration', value: 'P5Y', approx: 'over' }, { text: '3.6%', kind: 'percent', value: 3.6 }, { text: '7天期', kind: 'duration', value: 'P7D' }, { text: '三年', kind: 'duration', value: 'P3Y' }] },
    { in: '项目历时一年多，一两个月后，建校一周年', out: [{ text: '一年多', kind: 'duration', value: 'P1Y', approx: 'over' }, { text: '一两个月', kind: 'duration', value: 'P1M', max: 'P2M' }, { text: '一周年', kind: 'duration', value: 'P1Y' }] },
    { in: '按半年划分，上半年及下半年乘客量分别为9.38亿人次及9.86亿人次', out: [{ text: '上半年', kind: 'period' }, { text: '下半年', kind: 'period' }, { text: '9.38亿人次', kind: 'count', value: 938000000 }, { text: '9.86亿人次', kind: 'count', value: 986000000 }] },
    { in: '累计飞行1,036小时，錄得1 036小時', out: [{ text: '1,036小时', kind: 'duration', value: 'PT1036H' }, { text: '1 036小時', kind: 'duration', value: 'PT1036H' }] },
    { in: '加权指数连续5个交易日收红，旅客平均留宿1.6晚，五一晚会', out: [{ text: '连续5个交易日', kind: 'duration', value: 'P5D' }, { text: '1.6晚', kind: 'duration', value: 'P1.6D' }] },
  ],
  extract(m, ctx) {
    const g = m.groups as Record<string, string | undefined>;
    // 两个多月: the unit is 个月 with 多 inside it (月 alone, 3月, is a month of the year)
    if ((g.unit === '月' || g.unit === '季度') && !g.more2) return null;
    const unit = g.more2 && !g.unit!.startsWith('个') ? `个${g.unit}` : g.unit!;
    const raw = g.n!.replace(/[, ]/g, '');
    // 第12周, 第3天: the twelfth week, no length of time (an ordinal, or a week of the year: period.ts)
    if (!g.lianxu && ctx.before(m.index, 1) === '第') return null;
    // 十几年, 二十几天: 几 only after the tens
    if (g.more === '几' && !raw.endsWith('十')) return null;
    // 百余年, 数百年, 千余天: a round number with no digit before it
    const roundAlone = /^[百千]$/.test(raw);
    if (roundAlone && !g.more && !/[数几上]$/.test(ctx.before(m.index, 1))) return null;
    // 三五年, 十二三年: a rough range of two neighbouring digits
    const rough = adjacentRange(raw);
    // (累计飞行4100万小时: 万 and 亿 belong to the number)
    const scale = g.scale === '万' ? 1e4 : g.scale === '亿' ? 1e8 : 1;
    const n0 = rough ? rough[0] : roundAlone ? num(`一${raw}`) : num(raw);
    if (n0 === undefined || n0 <= 0) return null;
    const n = Number((n0 * scale).toPrecision(12));
    if (scale !== 1 && unit !== '小时' && unit !== '个小时' && unit !== '分钟' && unit !== '天') return null;
    const next = ctx.norm.slice(m.index + m[0].length, m.index + m[0].length + 2);
    if (unit === '年' || unit === '周年') {
      // 2007年 and 二〇〇七年 are years (dates); so is 112年 in Taiwan text; 19年3月 is a date.
      if (/^\d{4}$/.test(raw) && n >= 1900 && n <= 2100 && unit === '年') return null;
      if (/^[〇○零一二三四五六七八九]{4}$/.test(raw)) return null;
      // (103周年 is an anniversary even in Taiwan text)
      if (/^\d{3}$/.test(raw) && ctx.region === 'tw' && n >= 38 && n <= 199 && unit === '年') return null;
      // (較112年的93.64年增12.34%: an index, then Taiwan's 年增; no 93.64 years)
      if (unit === '年' && raw.includes('.') && /^[增减][\d.率幅]/.test(next)) return null;
      if (/^(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月/.test(next)) return null;
      if (/^[度级代初末底终]/.test(next)) return null; // 2023年度, 3年级, 90年代
      // 零三年: a two-digit year (but 两三年, 三五年: a few years)
      if (/^[〇○零一二三四五六七八九]{2}$/.test(raw) && !(rough && (raw === '三五' || raw.startsWith('两')))) return null;
    }
    // 日 is a length only before 内/以内/之内 (3日内办结, 7日以内) or with a decimal (平均逗留2.2日);
    // 21日 is a day of the month
    // (and in 30日死亡人数, the deaths within 30 days of a road accident)
    // (连续14日, 两日间: a stretch of days)
    // (失业期中位数为73日: no day of a month; 缩短5日: a change of a length of days)
    const daysLong = n > 31 || /(?:缩短|延长|减少|增加|提前|推迟|延后|中位数为|平均为|为期)$/.test(ctx.before(m.index, 4));
    if (unit === '日' && !/^(?:以内|之内|内|死亡|间|为限)/.test(next) && !raw.includes('.') && !g.lianxu && !daysLong) return null;
    // 晚 is a night of a stay only after digits (平均留宿1.6晚), not in 五一晚会, 十一晚上
    if (unit === '晚' && (/[^\d.]/.test(raw) || /^[上会间饭宴餐报霞年期稻秋清辈场点些]/.test(next))) return null;
    // 季 is a quarter only in 连续4季 (三季 alone is a quarter of the year: period.ts)
    if (unit === '季' && !g.lianxu) return null;
    // 一年 on its own is a fact only as a stated length (一年半, 连续一年)
    // (过去一年, 未来一年, 近一年: a stretch of time named as one)
    // (截至1月4日的一周内: a length within which something happened)
    // (一年多, 一年多来: more than a year; 一周年: an anniversary)
    if (raw === '一' && !g.lianxu && !g.half && !g.lai && !g.term && !g.more && !g.more2 && unit !== '周年' && !/(?:过去|未来|近|最近|不足|不到|不满|超过|逾|历时|长达|为期|持续)$/.test(ctx.before(m.index, 2)) && !/^(?:(?:之|以)?内|[多余])/.test(next)) return null;
    const value = iso(n, unit, Boolean(g.half));
    if (!value) return null;
    const roughMax = rough ? iso(rough[1], unit, Boolean(g.half)) : null;
    let end = m.index + m[0].length;
    // 近十五年半来, 近10年来: "in the last …": the frame 近…来 stays outside the span
    if (g.lai && !g.lianxu && ctx.before(m.index, 1) === '近') end -= g.lai.length;
    // 3日内, 30天之内, 2小时内, 10年内: within that time (以内 is read as an approximation word like 以上)
    // (not 内地, the mainland: 首十个月内地旅客)
    const within = /^之?内(?!地)/.exec(ctx.norm.slice(end, end + 3));
    if (within && !g.lai) {
      return { start: m.index, end: end + within[0].length, kind: 'duration', value, ...(roughMax ? { max: roughMax } : {}), approx: 'under', rule: 'duration', priority: PRIORITY.duration, chinese: /[^\d.]/.test(raw) };
    }
    // 10余天, 三十余年, 两个多月: more than that
    const more = g.more || g.more2 ? { approx: 'over' as const } : {};
    return { start: m.index, end, kind: 'duration', value, ...(roughMax ? { max: roughMax } : {}), ...more, rule: 'duration', priority: PRIORITY.duration, chinese: /[^\d.]/.test(raw) };
  },
};

export const halfUnit: ScanRule = {
  id: 'duration-half-unit',
  pattern: HALF_UNIT,
  trigger: /半/,
  examples: [
    { in: '历时半个月', out: [{ text: '半个月', kind: 'duration', value: 'P15D' }] },
    { in: '耗时一个半月', out: [{ text: '一个半月', kind: 'duration', value: 'P1M15D' }] },
    { in: '半小时内到场', out: [{ text: '半小时内', kind: 'duration', value: 'PT30M', approx: 'under' }] },
    { in: '用了2个半小时', out: [{ text: '2个半小时', kind: 'duration', value: 'PT2H30M' }] },
    { in: '上半月', out: [] },
  ],
  extract(m, ctx) {
    const g = m.groups as Record<string, string | undefined>;
    const n = g.n !== undefined ? num(g.n) : 0;
    if (n === undefined) return null;
    const hours = g.unit !== '月';
    const value = hours ? (n ? `PT${fmt(n)}H30M` : 'PT30M') : n ? `P${fmt(n)}M15D` : 'P15D';
    let end = m.index + m[0].length;
    const within = /^(?:以内|之内|内)/.exec(ctx.norm.slice(end, end + 2));
    if (within) end += within[0].length;
    return { start: m.index, end, kind: 'duration', value, ...(within ? { approx: 'under' as const } : {}), rule: 'duration-half-unit', priority: PRIORITY.duration, chinese: g.n === undefined || /[^\d]/.test(g.n) };
  },
};

export const clockDuration: ScanRule = {
  id: 'duration-clock',
  pattern: CLOCK,
  trigger: /分/,
  examples: [
    { in: '以2小时08分15秒获得男子全程冠军', out: [{ text: '2小时08分15秒', kind: 'duration', value: 'PT2H8M15S' }] },
    { in: '关门时间为6小时30分', out: [{ text: '6小时30分', kind: 'duration', value: 'PT6H30M' }] },
    { in: '平均用时3分25秒', out: [{ text: '3分25秒', kind: 'duration', value: 'PT3M25S' }] },
  ],
  extract(m) {
    const g = m.groups as Record<string, string | undefined>;
    const h = g.h !== undefined ? Number(g.h) : 0;
    const mi = Number(g.mi ?? g.mi2);
    const sec = g.s ?? g.s2;
    const value = `PT${h ? `${h}H` : ''}${mi ? `${mi}M` : ''}${sec !== undefined && Number(sec) ? `${Number(sec)}S` : ''}`;
    if (value === 'PT') return null;
    return { start: m.index, end: m.index + m[0].length, kind: 'duration', value, rule: 'duration-clock', priority: PRIORITY.duration };
  },
};

export const halfYear: ScanRule = {
  id: 'duration-half-year',
  pattern: HALF_YEAR,
  trigger: /半年/,
  examples: [{ in: '用了半年时间', out: [{ text: '半年', kind: 'duration', value: 'P6M' }] }, { in: '上半年', published: '2024-07-01', out: [{ text: '上半年', kind: 'period', value: '2024-01/2024-06' }] }, { in: '披露半年度报告', out: [] }],
  extract(m) {
    return { start: m.index, end: m.index + m[0].length, kind: 'duration', value: 'P6M', rule: 'duration-half-year', priority: PRIORITY.duration };
  },
};

export const age: ScanRule = {
  id: 'duration-age',
  pattern: AGE,
  trigger: /岁/,
  examples: [
    { in: '人均预期寿命达77.9岁', out: [{ text: '77.9岁', kind: 'duration', value: 'P77.9Y' }] },
    { in: '65岁以上的老人', out: [{ text: '65岁以上', kind: 'duration', value: 'P65Y', approx: 'over' }] },
    { in: '七八十岁的老人和十二三岁的孩子', out: [{ text: '七八十岁', kind: 'duration', value: 'P70Y', max: 'P80Y' }, { text: '十二三岁', kind: 'duration', value: 'P12Y', max: 'P13Y' }] },
    { in: '含百岁以上老人126人', out: [{ text: '百岁以上', kind: 'duration', value: 'P100Y', approx: 'over' }, { text: '126人', kind: 'count', value: 126 }] },
    { in: '一名30多岁的男子和一名五十来岁的女子', out: [{ text: '30多岁', kind: 'duration', value: 'P30Y', approx: 'over' }, { text: '五十来岁', kind: 'duration', value: 'P50Y', approx: 'about' }] },
  ],
  extract(m) {
    // 七八十岁, 二十四五岁: a rough range of ages
    const rough = adjacentRange(m.groups!.n!);
    // (百岁以上老人: 百 alone is a number only here)
    const n = rough ? rough[0] : m.groups!.n === '百' ? 100 : num(m.groups!.n);
    if (n === undefined || n <= 0 || n > 150) return null;
    if (m.groups!.more === '几' && !m.groups!.n!.endsWith('十')) return null;
    // 30多岁, 三十余岁: over that age; 五十来岁: about it
    const more = m.groups!.more;
    const approx = more === '来' ? { approx: 'about' as const } : more ? { approx: 'over' as const } : {};
    return { start: m.index, end: m.index + m[0].length, kind: 'duration', value: `P${fmt(n)}Y`, ...(rough ? { max: `P${fmt(rough[1])}Y` } : {}), ...approx, rule: 'duration-age', priority: PRIORITY.duration };
  },
};
