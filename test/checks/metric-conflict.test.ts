import { describe, expect, it } from 'vitest';
import { findings, fires } from '../support/checks.js';

const SEED_LIKE = '取得了好成效（其中，破案数、移送起诉数分别同比上升37.82%、35.8%）。2023年，立刑事案件1365宗，破案707宗，破案率51.8%、同比上升37.82%，移送起诉660人、同比上升35.8%。';

describe('metric-conflict', () => {
  it('fires when one figure is given to a count and to its rate', () => {
    const f = fires(SEED_LIKE, 'metric-conflict', '51.8%、同比上升37.82%');
    expect(f.text).toBe('37.82%');
    expect(f.message).toMatch(/破案率/);
  });

  it('fires when one precise level is given to two metrics of one period in one paragraph', () => {
    const f = fires('首三季長期業務的有效保單保費收入為3,962億港元，按年上升10.8%；新造保單保費為3,962億港元，按年上升21.5%。', 'metric-conflict', '新造保單保費為3,962億港元');
    // (the span holds both figures: either may be the copy)
    expect(fires('進口貨物稅568.2億元，年增6.8%；菸酒稅146.3億元，占5.9%；健康福利捐146.3億元，年減2.4%。', 'metric-conflict', '菸酒稅146.3億元').text).toMatch(/^146\.3億元.*146\.3億元$/);
    expect(f.text).toBe('3,962億港元，按年上升10.8%；新造保單保費為3,962億港元');
    expect(f.message).toMatch(/有效保單保費收入/);
  });

  it('a loss written with its sign and one written in words are one figure', () => {
    const f = fires('公司2024年归母净利润为-34.62亿元，上年同期盈利52.18亿元；扣除非经常性损益后的净利润亏损34.62亿元。', 'metric-conflict', '亏损34.62亿元');
    expect(f.text).toBe('-34.62亿元，上年同期盈利52.18亿元；扣除非经常性损益后的净利润亏损34.62亿元');
  });

  it('a group and its negation (过夜旅客, 不过夜旅客) are two metrics', () => {
    const f = fires('按留港时间划分，10月过夜旅客189.3万人次，占46.0%；不过夜旅客189.3万人次，占54.0%。', 'metric-conflict', '不过夜旅客189.3万人次');
    expect(f.message).toMatch(/不过夜旅客 here and for 过夜旅客/);
  });

  it('one subject, one figure, but one measure adjusted (扣除非经常性损益后的) and the other not', () => {
    const f = fires('归母净利润为-34.62亿元，上年同期盈利52.18亿元；扣除非经常性损益后的归母净利润亏损34.62亿元。', 'metric-conflict', '亏损34.62亿元');
    expect(f.message).toMatch(/the adjusted/);
  });

  it('three significant digits are enough for a profit and its adjusted one when the one-off items between them are told', () => {
    const text = '实现归属于上市公司股东的净利润3.18亿元，同比下降58.4%；扣除非经常性损益后的净利润3.18亿元，同比下降63.9%。报告期内非经常性损益合计0.72亿元。';
    expect(fires(text, 'metric-conflict', '扣除非经常性损益后的净利润3.18亿元').message).toMatch(/the adjusted/);
    // (but not without them: three digits may be two measures equal by chance)
    expect(findings('实现归属于上市公司股东的净利润3.18亿元；扣除非经常性损益后的净利润3.18亿元。', 'metric-conflict')).toEqual([]);
    // (nor two measures neither adjusted)
    expect(findings('营业利润3.18亿元；利润总额3.18亿元。报告期内非经常性损益合计0.72亿元。', 'metric-conflict')).toEqual([]);
  });

  it.each([
    // one metric said twice
    '移送起诉数同比上升35.8%。移送起诉660人、同比上升35.8%。',
    // two metrics that moved together (the share count did not change)
    '归母净利润8894.48万元，同比下降1.44%；基本每股收益0.2368元，同比下降1.44%。',
    // the same figure against different bases
    '第一产业用电1.68亿千瓦时，环比增长15.94%；发电装机容量同比增长15.94%。',
    // a round figure says little
    '破案数同比上升5%，破案率同比上升5%。',
    // a level and a part of it named inside it, a restatement, a level of another paragraph, round levels
    '营业收入1,234.5亿元，其中主营业务收入1,234.5亿元。',
    '营业收入1,234.5亿元，即全年营收1,234.5亿元。',
    '营业收入1,234.5亿元。\n净利润1,234.5亿元。',
    '出口1000万元，进口1000万元。',
    // one level with the same share for two rows, or different changes of a level of four digits
    '博彩業：7.14萬人（佔19.1%）；\n酒店業：7.14萬人（佔19.1%）；',
    '出口1234亿元，同比增长5.1%。\n进口1234亿元，同比增长1.9%。',
    // measures equal by definition (a water bulletin's supply and use)
    '2023年全市供水总量26.35亿立方米，其中地表水源供水量22.18亿立方米。全市用水总量26.35亿立方米，较上年增长2.1%。',
    // a headline and its body: the growth rate of M2 is a change of M2, no rate of its own
    '央行：10月M2年增率5.61%\n中央銀行今（25）日公布113年10月貨幣總計數，M1B及M2日平均餘額年增率分別為4.87%及5.61%。',
  ])('stays quiet: %s', (text) => {
    expect(findings(text, 'metric-conflict')).toEqual([]);
  });
  it('a 当中 closed by ； before the second figure does not make it a part (过夜旅客…当中…；不过夜旅客)', () => {
    const text = '按留港時間劃分，10月過夜旅客162.4萬人次，佔整體的42.1%，當中內地過夜旅客118.6萬人次，非內地過夜旅客43.8萬人次；不過夜旅客162.4萬人次，按年上升19.3%。';
    expect(fires(text, 'metric-conflict', '不過夜旅客162.4萬人次').message).toContain('不過夜旅客');
    expect(findings('營業收入1,234.5億元，當中主營業務收入1,234.5億元。', 'metric-conflict')).toEqual([]);
  });
  it('fires when one level has two different shares of one whole, rows of a table on lines of their own', () => {
    const f = fires('按行業統計，第四季主要行業的就業人口如下：\n博彩及博彩中介業：7.14萬人（佔19.1%），21,000澳門元；\n酒店及飲食業：7.14萬人（佔15.3%），13,500澳門元；', 'metric-conflict', '酒店及飲食業：7.14萬人');
    expect(f.message).toContain('shares of 19.1% and 15.3%');
  });
  it('fires when one level of five significant digits or more has two different changes in two paragraphs', () => {
    const text = '分类型看，移动游戏市场实际销售收入2331.86亿元，同比增长5.12%。\n自主研发方面，国产自主研发游戏国内市场实际销售收入2331.86亿元，同比增长1.93%。';
    expect(fires(text, 'metric-conflict', '国产自主研发游戏国内市场实际销售收入2331.86亿元').message).toContain('changes of 5.12% and 1.93%');
  });
});
