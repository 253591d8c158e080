// Quantities written with no digits: `一半` (50%), `翻一番` (2), `翻两番` (4), `翻番`/`翻倍` (2),
// `对半` (50%), and Taiwan's central-bank 碼 (`升息半碼` 0.125, `降息1碼` 0.25 percentage points).
import { re } from './patterns.js';
import { PRIORITY, type ScanRule } from './types.js';

const HALF = re('g')`(?<![一两二三四五六七八九十\d])(?:一半|对半)(?![岛径])`;
// 碼 only right after a rate move (升息, 降息, 调升, 调降, 加息, 减息): 密码, 号码, 二维码 are codes
const NOTCH = re('g')`(?<=(?:升息|降息|加息|减息|调升|调降|调高|调低|升|降)(?:了)?)(?<n>半|一|二|两|三|四|[1-4])码(?![头])`;
const NOTCH_SIZE: Readonly<Record<string, number>> = { 半: 0.5, 一: 1, 1: 1, 二: 2, 两: 2, 2: 2, 三: 3, 3: 3, 四: 4, 4: 4 };
const DOUBLING = re('g')`翻(?:了)?(?<n>一|两|二|三)番|翻(?:了)?(?:一)?(?:番|倍)`;

export const halfPercent: ScanRule = {
  id: 'percent-half',
  pattern: HALF,
  trigger: /半/,
  examples: [
    { in: '超过一半的受访者', out: [{ text: '超过一半', kind: 'percent', value: 50, approx: 'over' }] },
    { in: '发案量下降了一半以上', out: [{ text: '一半以上', kind: 'percent', value: 50, approx: 'over' }] },
  ],
  extract(m) {
    return { start: m.index, end: m.index + m[0].length, kind: 'percent', value: 50, rule: 'percent-half', priority: PRIORITY.percent };
  },
};

export const doubling: ScanRule = {
  id: 'multiple-doubling',
  pattern: DOUBLING,
  trigger: /翻/,
  examples: [
    { in: '经济总量翻一番', out: [{ text: '翻一番', kind: 'multiple', value: 2 }] },
    { in: '收入翻两番', out: [{ text: '翻两番', kind: 'multiple', value: 4 }] },
    { in: '订单量翻倍', out: [{ text: '翻倍', kind: 'multiple', value: 2 }] },
  ],
  extract(m) {
    const n = m.groups?.n;
    const value = n === undefined || n === '一' ? 2 : 2 ** (n === '三' ? 3 : 2);
    return { start: m.index, end: m.index + m[0].length, kind: 'multiple', value, rule: 'multiple-doubling', priority: PRIORITY.multiple };
  },
};

export const rateNotch: ScanRule = {
  id: 'percentage-point-notch',
  pattern: NOTCH,
  trigger: /码/,
  examples: [
    { in: '政策利率调升半码（0.125个百分点）', out: [{ text: '半码', kind: 'percentage_point', value: 0.125 }, { text: '0.125个百分点', kind: 'percentage_point', value: 0.125 }] },
    { in: '央行宣布降息1码', out: [{ text: '1码', kind: 'percentage_point', value: 0.25 }] },
    { in: '扫描二维码领取', out: [] },
  ],
  extract(m) {
    const value = NOTCH_SIZE[m.groups!.n!]! * 0.25;
    return { start: m.index, end: m.index + m[0].length, kind: 'percentage_point', value, rule: 'percentage-point-notch', priority: PRIORITY.percentage_point };
  },
};
