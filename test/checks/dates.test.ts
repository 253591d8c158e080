import { describe, expect, it } from 'vitest';
import { findings, fires } from '../support/checks.js';

describe('invalid-date', () => {
  it.each([
    ['会议于2月30日召开。', '2月30日'],
    ['2023年2月29日，全市', '2023年2月29日'],
    ['4月31日前完成', '4月31日'],
    ['13月份的数据', '13月'],
  ])('fires: %s', (text, at) => {
    expect(fires(text, 'invalid-date', at).severity).toBe('error');
  });
  it.each(['2024年2月29日，全市', '截至12月31日', '连续13个月增长', '3个月'])('stays quiet: %s', (text) => {
    expect(findings(text, 'invalid-date')).toEqual([]);
  });
});

describe('future-date', () => {
  it('fires on a done deed dated after publication', () => {
    fires('2024年8月，全市已完成投资12亿元。', 'future-date', '2024年8月', '2024-06-30');
  });
  it.each(['2024年8月，全市将完成投资12亿元。', '公司定于2024年11月8日召开业绩说明会。', '2024年3月，全市完成投资12亿元。', '已要求该行于2024年12月底前提出改善计划。', '上述方案已经董事会通过，尚需提交2024年8月召开的股东大会审议。'])('stays quiet: %s', (text) => {
    expect(findings(text, 'future-date', '2024-06-30')).toEqual([]);
  });
});

describe('weekday-mismatch', () => {
  it('fires when the weekday is not the date’s', () => {
    const f = fires('2024年1月9日（星期三），全市召开会议。', 'weekday-mismatch', '2024年1月9日');
    expect(f.message).toMatch(/星期二/);
  });
  it('stays quiet when it is', () => {
    expect(findings('2024年1月9日（星期二），全市召开会议。', 'weekday-mismatch')).toEqual([]);
  });
});
