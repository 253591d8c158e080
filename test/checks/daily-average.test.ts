// Daily averages against their totals (part of rate-mismatch): src/checks/daily-average.ts
import { describe, expect, it } from 'vitest';
import { daysOf } from '../../src/checks/daily-average.js';
import { findings, fires } from '../support/checks.js';

const LEAD = '10月份，铁路货运保持增长。\n';

describe('daily averages', () => {
  it('fires when the total over the days of the period is another figure', () => {
    const f = fires(LEAD + '全月累计装车34.62万车，日均装车1.21万车，同比增加520车。', 'rate-mismatch', '1.21万车', '2024-11-04');
    expect(f.message).toContain('31 days');
  });
  it('fires on the total of a named period (1—10月: 305 days)', () => {
    fires('2024年1—10月，全省旅客发送量3.05亿人次，日均发送120万人次。', 'rate-mismatch', '120万人次', '2024-11-20');
  });
  it('holds, reported as info', () => {
    const info = findings(LEAD + '全月完成货物发送量2146.8万吨，同比增长4.7%，日均发送69.25万吨。', 'rate-consistent', '2024-11-04');
    expect(info.map((f) => f.message)).toEqual(['69.25万吨 = 2146.8万吨 / 31 days = 69.25万: holds']);
  });
  it('fires on a total over a holiday whose length the paragraph names before it', () => {
    const text = '端午节假期3天，全社会跨区域人员流动量累计6.57亿人次，日均2.19亿人次，比2019年同期增长13.9%。其中，铁路客运量累计4,938.2万人次，日均1,646.1万人次；公路人员流动量累计6.00亿人次，日均2.19亿人次。';
    const f = fires(text, 'rate-mismatch', '6.00亿人次，日均2.19亿人次', '2024-06-11');
    expect(f.message).toContain('over 3 days (the holiday)');
    // the average with no noun of its own right after its total, and the one of the whole
    expect(findings(text, 'rate-consistent', '2024-06-11').map((x) => x.text)).toEqual(['6.57亿人次，日均2.19亿人次', '4,938.2万人次，日均1,646.1万人次']);
  });
  it('fires on a total 累计 over the run of days the article opens with', () => {
    const text = '国庆假期（10月1日至7日），全市消费市场活跃。\n商圈人气持续攀升。全市12个重点商圈累计客流量1365.2万人次，同比增长8.6%，日均客流量227.5万人次。';
    const f = fires(text, 'rate-mismatch', '日均客流量227.5万人次', '2024-10-09');
    expect(f.message).toContain('over 7 days (2024-10-01/2024-10-07)');
  });
  it('fires on an average written with 约 that is further off than its rounding allows (约176次 for 159.66)', () => {
    const text = '2024年全年救護出車58,436次，按年上升7.4%，平均每日出車約176次。';
    expect(fires(text, 'rate-mismatch', '約176次', '2025-01-15').message).toContain('366 days');
    // (约160次 is the same average rounded)
    expect(findings('2024年全年救護出車58,436次，按年上升7.4%，平均每日出車約160次。', 'rate-mismatch', '2025-01-15')).toEqual([]);
  });
  it('an average with no noun of its own after its total, its change and its share (日均约386万人次)', () => {
    const text = '2024年10月，專營巴士合共載客1億1,346萬人次，按年微跌0.4%，佔整體的33.1%，日均約386萬人次。';
    expect(fires(text, 'rate-mismatch', '日均約386萬人次', '2024-11-20').message).toContain('over 31 days');
    expect(findings(text.replace('386', '366'), 'rate-mismatch', '2024-11-20')).toEqual([]);
  });
  it('passes over a level compared with between the total and its average', () => {
    const text = '2024年澳門國際機場全年旅客量達741.6萬人次，按年增長45.3%，恢復至2019年961.9萬人次的77.1%，平均每日旅客量約2.43萬人次。';
    expect(fires(text, 'rate-mismatch', '約2.43萬人次', '2025-01-08').message).toContain('741.6萬人次 over 366 days');
  });
  it('a time of an earlier clause of the sentence frames nothing of the total’s (…春节假期（1月21日至27日）…；“五一”假期5天，…)', () => {
    const text = '春节假期（1月21日至27日）全省接待游客3012.5万人次；“五一”假期5天，全省接待游客2917.6万人次，日均583.5万人次。';
    expect(findings(text, 'rate-consistent', '2024-02-06').map((f) => f.message)).toContain('583.5万人次 = 2917.6万人次 / 5 days = 5,835,200: holds');
    expect(findings(text, 'rate-mismatch', '2024-02-06')).toEqual([]);
  });
  it('fires on a total 期间 a run of days told in the sentence before (…2月9日至17日…，共9天。免费通行期间，…)', () => {
    const text = '2月9日至17日小型客车免费通行收费公路，共9天。免费通行期间，全省高速公路累计通行免费小客车2763万辆次，日均337万辆次。';
    expect(fires(text, 'rate-mismatch', '日均337万辆次', '2024-03-07').message).toContain('over 9 days');
  });
  it('a total 期间 a holiday is over the run of days named with the word before 期间, not the nearest run', () => {
    const text = '今年春节连假为1月25日至2月2日，共9天。\n国道方面，1月28日至2月2日国道实施单一费率，小型车每公里收费1.2元。连假期间国道共发生事故1,278件，日均142.0件，较去年春节日均减少3.5%。';
    expect(findings(text, 'rate-mismatch', '2025-02-04')).toEqual([]);
    expect(findings(text, 'rate-consistent', '2025-02-04').map((f) => f.message)).toContain('142.0件 = 1,278件 / 9 days = 142: holds');
  });
  it('fires on an average 期间 a holiday whose total an earlier paragraph gives, reported at the average', () => {
    const text = '2024年元旦假期（2023年12月30日至2024年1月1日，共3天），全省市场平稳。经测算，假期3天全省共接待游客2486.3万人次，同比增长21.4%。\n假期期间，全省日均接待游客882.8万人次。';
    const f = fires(text, 'rate-mismatch', '882.8万人次', '2024-01-02');
    expect(f.text).toBe('882.8万人次');
    expect(f.message).toContain('2486.3万人次 over 3 days');
  });
  it.each([
    // an average the clause says is of the whole year, after a month's total
    ['2024年第4季受理7,412件，其中12月單月受理2,706件；全年平均每日受理約78件。', '2025-02-20'],
    // a sentence that names its own period is of that period, not the holiday before
    ['国庆假期（10月1日至7日）累计客运量3715.6万人次，日均530.8万人次。\n暑运期间（7月1日至8月31日）日均客运量498.2万人次。', '2025-01-03'],
    // a holiday's length told in the total's clause is its days, not the year its name carries
    ['114年春節連假自1月25日至2月2日共計9天，日均簽帳金額143.4億元。113年春節7天連假共刷卡924.3億元、日均132.0億元。', '2025-02-05'],
    // the average of a part named after 其中, not of the total
    ['国庆假期（10月1日至7日），全省重点监测的23个商圈和步行街累计客流量1286.4万人次，同比增长6.2%，其中合肥淮河路步行街日均客流量约32万人次。', '2024-10-08'],
    // an average of a time of its own after the total of another
    ['2024年上半年完成客运量8.21亿人次，同比增长7.4%；第四季度日均客运量475.2万人次，为全年最高。', '2025-01-20'],
  ])('stays quiet: %s', (text, published) => {
    expect(findings(text, 'rate-mismatch', published)).toEqual([]);
  });
  it.each([
    // the holiday's length is in another paragraph
    ['端午节假期3天，出行平稳。\n公路人员流动量累计6.00亿人次，日均2.19亿人次。', '2024-06-11'],
    // a length that is no holiday's
    ['项目施工历时3天，累计运送物资6.00万吨，日均2.19万吨。', '2024-06-11'],
    // an average of another thing after the total
    ['国庆假期7天，全市接待游客1200万人次，日均接待外地游客90万人次。', '2024-10-08'],
  ])('stays quiet: %s', (text, published) => {
    expect(findings(text, 'rate-mismatch', published)).toEqual([]);
  });
  it.each([
    // a month not over when the article came out
    ['10月份，铁路货运保持增长。\n全月累计装车34.62万车，日均装车1.21万车。', '2024-10-20'],
    // trading days, not calendar days
    ['2024年1—10月，沪深两市累计成交额196万亿元，日均成交额9500亿元。', '2024-11-20'],
    // the total of another thing
    ['10月份，铁路运输平稳。\n全月完成货物发送量2146.8万吨，日均开行旅客列车1200列。', '2024-11-04'],
  ])('stays quiet: %s', (text, published) => {
    expect(findings(text, 'rate-mismatch', published)).toEqual([]);
  });
  it('counts the days of a period', () => {
    expect(daysOf('2024-10')).toEqual({ days: 31, last: '2024-10-31' });
    expect(daysOf('2024-02')?.days).toBe(29);
    expect(daysOf('2024-01/2024-10')?.days).toBe(305);
    expect(daysOf('2024-10-01/2024-10-07')?.days).toBe(7);
    expect(daysOf('2023')?.days).toBe(365);
    expect(daysOf('2024-07/2024-09')?.days).toBe(92);
    expect(daysOf('2024-W12')).toBeNull();
  });
});
