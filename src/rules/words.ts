// Quantities written with no digits: `一半` (50%), `翻一番` (2), `翻两番` (4), `翻番`/`翻倍` (2),
// `对半` (50%).
import { re } from './patterns.js';
import { PRIORITY, type ScanRule } from './types.js';

const HALF = re('g')`(?<![一两二三四五六七八九十\d])(?:一半|对半)(?![岛径])`;
const DOUBLING = re('g')`翻(?:了)?(?<n>一|两|二|三)番|翻(?:了)?(?:一)?(?:番|倍)`;

export const halfPercent: ScanRule = {
  id: 'percent-half',
  pattern: HALF,
  trigger: /半/,
  examples: [{ in: '超过一半的受访者', out: [{ text: '超过一半', kind: 'percent', value: 50, approx: 'over' }] }],
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
