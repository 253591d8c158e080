import { describe, expect, it } from 'vitest';
import { fmt, precisionScale } from '../../src/checks/util.js';

describe('precisionScale: the place value of the last written digit', () => {
  it.each([
    ['2488.1万元', 1e4],
    ['1萬5,612人', 1],
    ['20萬5,575人', 1],
    ['六四〇．五億', 1e8],
    ['1.2万亿元', 1e12],
    ['三千五百万', 1e6],
    ['三万五', 1e3],
    ['十二', 1],
    ['37.82%', 1],
    ['408起', 1],
    // a unit that starts with a place word is no place: 4212万千瓦 is precise to 1万
    ['4212万千瓦', 1e4],
    ['12.5千瓦时', 1],
    ['五百人', 100],
  ])('%s → %d', (text, scale) => {
    expect(precisionScale(text)).toBe(scale);
  });
});

describe('fmt', () => {
  it('writes large round numbers in 万 and counts to the unit with separators', () => {
    expect(fmt(5360000)).toBe('536万');
    expect(fmt(205575)).toBe('205,575');
    expect(fmt(48675.5)).toBe('4.87万');
    expect(fmt(3.2e9)).toBe('32亿');
    expect(fmt(5e12)).toBe('5万亿');
    expect(fmt(8630)).toBe('8630');
  });
});
