import { describe, expect, it } from 'vitest';
import { findings, fires } from '../support/checks.js';

describe('sum-mismatch', () => {
  it.each([
    ['全国医院38355个，其中公立医院11772个、民营医院27583个。', '民营医院27583个'],
    ['医院38355个。医院中，公立医院11772个，民营医院27583个。', '27583个'],
    ['共拘捕28,145人，其中男性21,602人、女性7,543人。', '7,543人'],
    ['三次产业增加值占地区生产总值的比重分别为7.1%、48.3%和54.6%。', '54.6%'],
  ])('fires: %s', (text, at) => {
    expect(fires(text, 'sum-mismatch', at).severity).toBe('warning');
  });

  it.each([
    '全国医院38355个，其中公立医院11772个、民营医院26583个。',
    // rounding: 13.05 + 147.83 + 158.86 = 319.74 against 319.73
    '地区生产总值319.73亿元，其中第一产业增加值13.05亿元、第二产业增加值147.83亿元、第三产业增加值158.86亿元。',
    // two breakdowns of one whole, separated by ；
    '户籍总人口46.46万人，其中城镇人口15.26万人、乡村人口31.20万人；男性23.85万人、女性22.61万人。',
    // a part that is not all of it
    '全年出口5784.9亿美元，其中十一月出口640.5亿美元。',
  ])('stays quiet: %s', (text) => {
    expect(findings(text, 'sum-mismatch')).toEqual([]);
  });

  it('reports parts that add up as info', () => {
    const info = findings('全国医院38355个，其中公立医院11772个、民营医院26583个。', 'part-whole-consistent');
    expect(info).toHaveLength(1);
    expect(info[0]!.severity).toBe('info');
  });
});
