// Relative dates with no digits: 今天 昨天 前天 明天, 今年 去年 (in date.ts), 本月 上月 下月, 上周 本周
// 下周, 上一季 本季度 下季 (against the quarter the sentence is about), 上一期 (the period before the
// sentence's: a rolling three months moves by one month, a quarter or a year by its length), and 昨 before a day in parentheses (昨（9）日). They resolve against the reference date;
// without one they keep `value: null` and say they are relative.
import { SPACE_CHARS, re } from './patterns.js';
import { TIME, readTime, type Groups } from './time-patterns.js';
import { PRIORITY, type ScanRule } from './types.js';
import type { TimeSpec } from '../types.js';

const DAY_WORDS: Readonly<Record<string, number>> = { 今天: 0, 今日: 0, 本日: 0, 当天: 0, 当日: 0, 昨天: -1, 昨日: -1, 大前天: -3, 前天: -2, 明天: 1, 明日: 1, 大后天: 3, 后天: 2, 今晨: 0, 今晚: 0, 昨晚: -1, 昨夜: -1, 明晚: 1 };
/** 周一 … 周日 (星期天, 礼拜天 too): Monday = 1. */
const WEEKDAYS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };
const WEEK_WORDS: Readonly<Record<string, number>> = { 上周: -1, 上星期: -1, 本周: 0, 这周: 0, 下周: 1, 下星期: 1 };
const MONTH_WORDS: Readonly<Record<string, number>> = { 本月: 0, 上月: -1, 下月: 1, 上个月: -1, 下个月: 1 };
const QUARTER_OFFSET: Readonly<Record<string, number>> = { 上: -1, 本: 0, 下: 1 };

const RELATIVE = re('g')`(?<day>今天|今日|本日|当天|当日|昨天|昨日|大前天|前天|明天|明日|大后天|后天|今晨|今晚(?!报)|昨晚|昨夜|明晚)(?:${TIME})?|(?<week>上周|上星期|本周|这周|下周|下星期)(?![一二三四五六日天末])|(?<month>本月|(?<![加马])上个?月|下个?月)(?:(?<md>3[01]|[12]\d|0?[1-9])[日号])?(?![底末份初中旬])|(?<qrel>上|本|下)(?:一|个)?季(?:度(?![节末底初内])|(?![度节末底初内]))|(?<qend>上|本)(?:一|个)?季度?[末底]|(?<prd>上一期|(?<=[较比与对跟])(?:前一|上一)(?:周|星期)(?![一二三四五六日天末]))|(?<prd2>上(?<=[较比与对]上)期)(?![所末货初内])|(?<yest>昨)(?=[(（]\d{1,2}[)）]日)|(?<today>今|明)[(（](?<td>\d{1,2})[)）]日`;
/** A time of day right after 今（9）日: 今（9）日下午5时. */
const TIME_AFTER = new RegExp(`^${TIME}`);

export const relative: ScanRule = {
  id: 'date-relative',
  pattern: RELATIVE,
  trigger: /[今昨前明后本上下这当]/,
  examples: [
    { in: '财政部昨天公布最新统计', published: '2025-12-10', out: [{ text: '昨天', kind: 'date', value: '2025-12-09' }] },
    { in: '旅游局今日（16日）公布', published: '2024-06-16', out: [{ text: '今日', kind: 'date', value: '2024-06-16' }, { text: '16日', kind: 'date', value: '2024-06-16' }] },
    { in: '较上月增加22.3%', published: '2025-12-10', out: [{ text: '上月', kind: 'date', value: '2025-11' }, { text: '22.3%', kind: 'percent', value: 22.3 }] },
    // (加上月内没有长假期: 加上 is "plus")
    { in: '11月属传统淡季，加上月内没有长假期', published: '2024-12-01', out: [{ text: '11月', kind: 'date', value: '2024-11' }] },
    { in: '去年增长', out: [{ text: '去年', kind: 'date', value: null }] },
    { in: '经济部统计处今（20）日发布外销订单统计', published: '2024-11-20', out: [{ text: '今（20）日', kind: 'date', value: '2024-11-20' }] },
    { in: '截至今（9）日下午5时，约1万2,400户停水，预计明（10）日恢复供水', published: '2024-12-09', out: [{ text: '今（9）日下午5时', kind: 'date', value: '2024-12-09T17:00' }, { text: '约1万2,400户', kind: 'count', value: 12400 }, { text: '明（10）日', kind: 'date', value: '2024-12-10' }] },
    { in: '10月3日为客流高峰，当日接待游客398.6万人次', published: '2024-10-08', out: [{ text: '10月3日', kind: 'date', value: '2024-10-03' }, { text: '398.6万人次', kind: 'count', value: 3986000 }] },
    { in: '局长当天出席新闻发布会', published: '2025-01-17', out: [{ text: '当天', kind: 'date', value: '2025-01-17' }] },
    { in: '第三季毛利率49.6%，较上一季减少0.5个百分点', published: '2024-10-31', out: [{ text: '第三季', kind: 'period', value: '2024-07/2024-09' }, { text: '49.6%', kind: 'percent', value: 49.6 }, { text: '上一季', kind: 'period', value: '2024-04/2024-06' }, { text: '0.5个百分点', kind: 'percentage_point', value: 0.5 }] },
    { in: '在2024年8月至10月，劳动人口为379.2万人，较上一期减少约8,400人', published: '2024-11-19', out: [{ text: '2024年8月至10月', kind: 'period', value: '2024-08/2024-10' }, { text: '379.2万人', kind: 'count', value: 3792000 }, { text: '上一期', kind: 'period', value: '2024-07/2024-09' }, { text: '约8,400人', kind: 'count', value: 8400 }] },
    { in: '上周（9月16日至22日）新增238例，较前一周的176例增加62例', published: '2024-09-24', out: [{ text: '上周', kind: 'period', value: '2024-09-16/2024-09-22' }, { text: '9月16日至22日', kind: 'period', value: '2024-09-16/2024-09-22' }, { text: '238例', kind: 'count', value: 238 }, { text: '前一周', kind: 'period', value: '2024-09-09/2024-09-15' }, { text: '176例', kind: 'count', value: 176 }, { text: '62例', kind: 'count', value: 62 }] },
    { in: '本季度营收可望持平', published: '2024-11-05', out: [{ text: '本季度', kind: 'period', value: '2024-10/2024-12' }] },
    { in: '截至第三季度末，应偿信贷余额8.52万亿元，较上季度末的8.61万亿元下降1.8%', published: '2024-11-20', out: [{ text: '第三季度末', kind: 'date', value: '2024-09-30' }, { text: '8.52万亿元', kind: 'money', value: 8520000000000 }, { text: '上季度末', kind: 'date', value: '2024-06-30' }, { text: '8.61万亿元', kind: 'money', value: 8610000000000 }, { text: '1.8%', kind: 'percent', value: 1.8 }] },
    { in: '2024年第三季末总人口为68.56万人，较上季末增加4,100人', published: '2024-11-14', out: [{ text: '2024年第三季末', kind: 'date', value: '2024-09-30' }, { text: '68.56万人', kind: 'count', value: 685600 }, { text: '上季末', kind: 'date', value: '2024-06-30' }, { text: '4,100人', kind: 'count', value: 4100 }] },
    { in: '今天上午8时发布警报', published: '2024-07-27', out: [{ text: '今天上午8时', kind: 'date', value: '2024-07-27T08:00' }] },
    { in: '新规定本月10日起实施', published: '2024-11-20', out: [{ text: '本月10日', kind: 'date', value: '2024-11-10' }] },
    { in: '昨晚10时许发生火灾', published: '2024-11-20', out: [{ text: '昨晚10时', kind: 'date', value: '2024-11-19T22:00' }] },
    { in: '今晨发布寒潮预警', published: '2024-11-20', out: [{ text: '今晨', kind: 'date', value: '2024-11-20' }] },
  ],
  extract(m, ctx) {
    const g = m.groups!;
    let spec: TimeSpec;
    if (g.day) {
      spec = { type: 'date', point: { ...(readTime(g as Groups) ?? {}) }, relative: { unit: 'day', offset: DAY_WORDS[g.day]! } };
      // 昨晚10时: an evening hour (22:00)
      const h = spec.point!.hour;
      if (g.day.endsWith('晚') && !g.ap && h !== undefined && h >= 5 && h < 12) spec.point!.hour = h + 12;
      if (g.day === '当天' || g.day === '当日') spec.anaphoric = true;
    }
    else if (g.week) spec = { type: 'period', point: {}, relative: { unit: 'week', offset: WEEK_WORDS[g.week]! } };
    else if (g.month) spec = { type: 'date', point: g.md ? { day: Number(g.md) } : {}, relative: { unit: 'month', offset: MONTH_WORDS[g.month]! } };
    else if (g.prd || g.prd2) spec = { type: 'period', point: {}, relative: { unit: 'period', offset: -1 } };
    else if (g.qrel) spec = { type: 'period', point: {}, relative: { unit: 'quarter', offset: QUARTER_OFFSET[g.qrel]! } };
    else if (g.qend) spec = { type: 'date', point: {}, relative: { unit: 'quarter', offset: QUARTER_OFFSET[g.qend]! } };
    else if (g.today) {
      // 今（9）日下午5时, 明（10）日: the day, and a time of day written after it
      const t = TIME_AFTER.exec(ctx.norm.slice(m.index + m[0].length, m.index + m[0].length + 16));
      const time = t ? readTime(t.groups as Groups) : null;
      spec = { type: 'date', point: { ...(time ?? {}) }, relative: { unit: 'day', offset: g.today === '明' ? 1 : 0 } };
      const end = m.index + m[0].length + (time ? t![0].length : 0);
      return { start: m.index, end, kind: 'date', value: null, time: spec, rule: 'date-relative', priority: PRIORITY.date };
    }
    else spec = { type: 'date', point: {}, relative: { unit: 'day', offset: -1 } };
    return { start: m.index, end: m.index + m[0].length, kind: spec.type === 'period' ? 'period' : 'date', value: null, time: spec, rule: 'date-relative', priority: PRIORITY.date };
  },
};

// A day of the week: 本周三, 上周五, 下星期一, and 周三, 星期天, 礼拜一 alone (the day of the reference date's
// week). Not a recurring day (每周三, 逢周一), not a span of weekdays (周一至周五: opening hours), not
// 周年 or 周期 (no weekday follows).
const WEEKDAY = re('g')`(?<![每逢隔]|黄金)(?:(?<rel>上个?|本|这个?|下个?)?(?:周|星期|礼拜))(?<wd>[一二三四五六日天])(?![至到\-—~～、和及或])(?!年|期|岁|边|围|刊|报)`;
const WEEK_OFFSET: Readonly<Record<string, number>> = { 上: -1, 上个: -1, 本: 0, 这: 0, 这个: 0, 下: 1, 下个: 1 };

export const weekday: ScanRule = {
  id: 'date-weekday',
  pattern: WEEKDAY,
  trigger: /[周期拜]/,
  examples: [
    { in: '市政府本周三召开新闻发布会', published: '2024-11-20', out: [{ text: '本周三', kind: 'date', value: '2024-11-20' }] },
    { in: '新规下周一起实施', published: '2024-11-20', out: [{ text: '下周一', kind: 'date', value: '2024-11-25' }] },
    { in: '上星期五公布的数据', published: '2024-11-20', out: [{ text: '上星期五', kind: 'date', value: '2024-11-15' }] },
    { in: '黄金周日均出入境旅客人次按月上升约27%', published: '2024-10-08', out: [{ text: '约27%', kind: 'percent', value: 27 }] },
    { in: '周日晚间发布预警', published: '2024-11-20', out: [{ text: '周日', kind: 'date', value: '2024-11-24' }] },
    { in: '每周三开放', published: '2024-11-20', out: [] },
    { in: '2024年11月15日（星期五）', out: [{ text: '2024年11月15日', kind: 'date', value: '2024-11-15' }] },
    { in: '周一至周五9时至17时办公', published: '2024-11-20', out: [] },
    { in: '开放时间为每周二至周日。', published: '2024-11-20', out: [] },
    { in: '高铁于周五及周日晚间每周加开约30班次', published: '2025-03-11', out: [{ text: '约30班次', kind: 'count', value: 30 }] },
    { in: '建党103周年', out: [{ text: '103周年', kind: 'duration', value: 'P103Y' }] },
  ],
  extract(m, ctx) {
    const g = m.groups!;
    // 周一至周五: the end of a span of weekdays is no date either
    const before = ctx.before(m.index, 3);
    // (nor the last of a list of weekdays, 周五及周日晚间每周加开: the first of it is none either)
    if (/[至到\-—~～、和及或][周星礼]?$|[至到\-—~～、和及或](?:星期|礼拜)$/.test(before)) return null;
    // 2024年11月15日（星期五）: the weekday of a date just written says nothing new
    if (/[日号][(（]$/.test(before) && /^[)）]/.test(ctx.norm.slice(m.index + m[0].length, m.index + m[0].length + 1))) return null;
    const spec: TimeSpec = { type: 'date', point: {}, relative: { unit: 'week', offset: WEEK_OFFSET[g.rel ?? '本'] ?? 0, weekday: WEEKDAYS[g.wd!]! } };
    return { start: m.index, end: m.index + m[0].length, kind: 'date', value: null, time: spec, rule: 'date-weekday', priority: PRIORITY.date };
  },
};

// A day with no month: 今天（3日）, 于27日, 统计处22日公布. Narrow on purpose: 3日内 is a length of time.
const DAY_ONLY = re('gd')`(?:(?:^|[(（于在至到，。；,\s])(?<d>3[01]|[12]\d|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])[日号](?![内起前后以来电元本子常均益期])(?!(?<=号)(?:信号|风球|强风|烈风|暴风|台风|飓风|线|楼|馆|门|口|院|厅|库|仓|机|泊位|车道|地块|航站楼|站台|展厅|码头|文件|令|字))|(?<![\d月])(?<dl>3[01]|[12]\d|0?[1-9])日(?=电|讯|公布|发布|宣布|表示|指出|召开|举行|发表)|(?<![\d.月年,])(?<dt>3[01]|[12]\d|0?[1-9])日(?=(?:凌晨|上午|下午|晚上|早上|中午|傍晚)?\d{1,2}[时点]))(?:${TIME})?`;

export const dayOnly: ScanRule = {
  id: 'date-day-only',
  pattern: DAY_ONLY,
  trigger: /[日号]/,
  // the mark before the day (，18日), then the day: every character before 日/号
  runs: { lead: `(（于在至到，。；,${SPACE_CHARS}0123456789一二三四五六七八九十`, keyword: '日号' },
  examples: [
    { in: '改发八号烈风信号。八号信号生效约11小时', out: [{ text: '约11小时', kind: 'duration', value: 'PT11H', approx: 'about' }] },
    { in: '6月28日，9号线一期开通；9月30日，3号线北延段开通', published: '2024-12-30', out: [{ text: '6月28日', kind: 'date', value: '2024-06-28' }, { text: '9月30日', kind: 'date', value: '2024-09-30' }] },
    { in: '评审会本日（18日）举行会议', published: '2023-08-18', out: [{ text: '本日', kind: 'date', value: '2023-08-18' }, { text: '18日', kind: 'date', value: '2023-08-18' }] },
    { in: '3日内办结', out: [{ text: '3日内', kind: 'duration', value: 'P3D', approx: 'under' }] },
    { in: '青溪河河阳站23日5时出现洪峰水位34.86米', published: '2024-06-24', out: [{ text: '23日5时', kind: 'date', value: '2024-06-23T05:00' }, { text: '34.86米', kind: 'measure', value: 34.86 }] },
    { in: '截至21日6时，震区共记录到余震312次', published: '2024-03-21', out: [{ text: '21日6时', kind: 'date', value: '2024-03-21T06:00' }, { text: '312次', kind: 'count', value: 312 }] },
    { in: '经济部统计处22日公布，外销订单年减16.0%', published: '2024-01-22', out: [{ text: '22日', kind: 'date', value: '2024-01-22' }, { text: '16.0%', kind: 'percent', value: 16 }] },
    { in: '（中央社记者林○○台北27日电）农业部今天公布', published: '2024-07-27', out: [{ text: '27日', kind: 'date', value: '2024-07-27' }, { text: '今天', kind: 'date', value: '2024-07-27' }] },
  ],
  extract(m) {
    const g = m.groups!;
    const written = g.d ?? g.dl ?? g.dt!;
    // the day starts where its group does (a mark before it may be part of the match)
    const at = m.index + (m.indices!.groups![g.d ? 'd' : g.dl ? 'dl' : 'dt']![0] - m.indices![0]![0]);
    const d = /^\d+$/.test(written) ? Number(written) : undefined;
    const spec: TimeSpec = { type: 'date', point: {}, dayOnly: true };
    const day = d ?? cnDay(written);
    if (!day || day > 31) return null;
    spec.point!.day = day;
    Object.assign(spec.point!, readTime(g as Groups) ?? {});
    return { start: at, end: m.index + m[0].length, kind: 'date', value: null, time: spec, rule: 'date-day-only', priority: PRIORITY.date };
  },
};

function cnDay(s: string): number | undefined {
  const D: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  if (s === '十') return 10;
  if (s.startsWith('三十')) return 30 + (D[s[2] ?? ''] ?? 0);
  if (s.startsWith('二十')) return 20 + (D[s[2] ?? ''] ?? 0);
  if (s.startsWith('十')) return 10 + (D[s[1] ?? ''] ?? 0);
  return D[s];
}
