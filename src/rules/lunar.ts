// Lunar-calendar days: 正月初一, 大年初二, 腊月二十三, 农历八月十五, and 初一/初二 alone in an article
// about the Spring Festival. The rule reads the lunar month and day; resolve/lunar.ts turns them
// into a Gregorian date with the year the context gives (2024年春节 … 初二 → 2024-02-11).
// A bare 初一 elsewhere is a school grade (初一学生) and is left alone.
import { re } from './patterns.js';
import { PRIORITY, type ScanRule } from './types.js';
import type { TimeSpec } from '../types.js';

const MONTHS: Readonly<Record<string, number>> = {
  正: 1, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 冬: 11, 十一: 11, 腊: 12, 十二: 12,
};
const UNITS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 初一 → 1, 十五 → 15, 二十三 → 23, 廿三 → 23, 三十 → 30. */
export function lunarDay(s: string): number | undefined {
  const m = /^(?:初(?<c>[一二三四五六七八九十])|十(?<t>[一二三四五六七八九])|(?:二十|廿)(?<tw>[一二三四五六七八九])?|三十)$/.exec(s);
  if (!m) return undefined;
  const g = m.groups!;
  if (g.c) return g.c === '十' ? 10 : UNITS[g.c];
  if (g.t) return 10 + UNITS[g.t]!;
  if (s.startsWith('二十') || s.startsWith('廿')) return 20 + (g.tw ? UNITS[g.tw]! : 0);
  return 30;
}

const DAY = '初[一二三四五六七八九十]|十[一二三四五六七八九]|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十';
const LUNAR = re('g')`(?:(?<y>(?:19|20)\d{2})年)?(?<nongli>农历)?(?<month>正|腊|冬|十[一二]|[一二三四五六七八九十])月(?<day>${DAY})(?![\d日号年级班])|(?<big>大年)?(?<bare>初[一二三四五六七八九十])(?![\d一二三四五六七八九十年级班届中学生])`;

/** Words that make a bare 初一 a day of the first lunar month. */
const SPRING_FESTIVAL = /春节|除夕|大年|正月|新春|过年|拜年|农历新年|年三十/;
let lastDoc = '';
let lastFestive = false;

function festive(norm: string): boolean {
  if (norm !== lastDoc) {
    lastDoc = norm;
    lastFestive = SPRING_FESTIVAL.test(norm);
  }
  return lastFestive;
}

export const lunarDate: ScanRule = {
  id: 'date-lunar',
  pattern: LUNAR,
  trigger: /[初十廿]/,
  examples: [
    { in: '春节假期，初二那天一共接待了一百二十桌', published: '2024-02-18', out: [{ text: '初二', kind: 'date', value: '2024-02-11' }, { text: '一百二十桌', kind: 'count', value: 120 }] },
    { in: '大年初一上午，景区迎来客流高峰', published: '2025-02-05', out: [{ text: '大年初一', kind: 'date', value: '2025-01-29' }] },
    { in: '腊月二十三是北方的小年', published: '2024-02-18', out: [{ text: '腊月二十三', kind: 'date', value: '2024-02-02' }] },
    { in: '农历八月十五是中秋节', published: '2023-09-20', out: [{ text: '农历八月十五', kind: 'date', value: '2023-09-29' }] },
    { in: '2024年腊月二十三', out: [{ text: '2024年腊月二十三', kind: 'date', value: '2025-01-22' }] },
    { in: '正月十五元宵节', published: '2024-02-18', out: [{ text: '正月十五', kind: 'date', value: '2024-02-24' }] },
    // a school grade, not a day
    { in: '初一学生共1200人', out: [{ text: '1200人', kind: 'count', value: 1200 }] },
    // no Spring Festival in the text: 初二 is left alone
    { in: '初二那天营业额较高', out: [] },
  ],
  extract(m, ctx) {
    const g = m.groups!;
    let month: number;
    let day: number | undefined;
    if (g.bare) {
      if (!g.big && !festive(ctx.norm)) return null;
      month = 1;
      day = lunarDay(g.bare);
    } else {
      month = MONTHS[g.month!]!;
      day = lunarDay(g.day!);
      // 正月, 腊月, 冬月, 初五, 廿三 are lunar words; 八月十五 (中秋) is lunar by custom; any other
      // month and day needs 农历 (三月十五 with no 日 is too rare a way to write 3月15日 to guess)
      const lunarWords = /[正腊冬]/.test(g.month!) || /[初廿]/.test(g.day!) || (month === 8 && g.day === '十五');
      if (!g.nongli && !lunarWords) return null;
    }
    if (day === undefined || month === undefined) return null;
    const spec: TimeSpec = { type: 'date', point: {}, lunar: { month, day, ...(g.y ? { year: Number(g.y) } : {}) } };
    return { start: m.index, end: m.index + m[0].length, kind: 'date', value: null, time: spec, rule: 'date-lunar', priority: PRIORITY.date };
  },
};
