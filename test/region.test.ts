// Where a text is from, and what its bare 元 is.
import { describe, expect, it } from 'vitest';
import { check, extract } from '../src/index.js';

const moneyOf = (text: string) => extract(text).facts.filter((f) => f.kind === 'money').map((f) => [f.text, f.currency]);

describe('region and the currency of a bare 元', () => {
  it('a Hong Kong release that never writes 港元 means Hong Kong dollars', () => {
    const text = '新聞公報\n政府統計處今日發表的數字顯示，2023年全年零售業總銷貨價值的臨時估計為4,069億元，按年上升16.2%；下半年則按年上升約12%。';
    expect(extract(text).doc.region).toBe('hk');
    expect(moneyOf(text)).toEqual([['4,069億元', 'HKD']]);
  });
  it('按年 is said in Macau as in Hong Kong: it decides neither', () => {
    const text = '統計暨普查局資料顯示，1至9月澳門貨物出口總值為97.5億澳門元，按年下跌3.6%；再出口83.2億元，按年下跌5.1%；進口總值1,083.6億元，按年上升2.8%，按季上升1%。';
    expect(extract(text).doc.region).toBe('mo');
    expect(moneyOf(text).map(([, c]) => c)).toEqual(['MOP', 'MOP', 'MOP']);
  });
  it('以美元计 declares the currency only as an aside of its own (以美元计算，), not inside a forecast', () => {
    const tw = '聯晶科技今日公布113年11月合併營收，達新臺幣298.6億元，累計前11個月營收為2,771.0億元。公司預期2025年營收以美元計將成長約兩成。';
    expect(moneyOf(tw)).toEqual([['新臺幣298.6億元', 'TWD'], ['2,771.0億元', 'TWD']]);
    expect(moneyOf('以美元计算，全年出口1.2万亿元。')).toEqual([['1.2万亿元', 'USD']]);
  });
  it('仙 is a cent of the Hong Kong or Macau dollar in their text, and no money elsewhere', () => {
    const hk = extract('港豐集團上半年股東應佔溢利為2,358百萬港元，按年升8.6%，董事會宣派中期股息每股38仙（2023年同期：每股35仙）。').facts.filter((f) => f.kind === 'money' && f.text.includes('仙'));
    expect(hk.map((f) => [f.value, f.currency])).toEqual([[0.38, 'HKD'], [0.35, 'HKD']]);
    const mo = extract('澳門特別行政區統計暨普查局公布，每份報紙售價50仙。').facts.filter((f) => f.kind === 'money');
    expect(mo.map((f) => [f.value, f.currency])).toEqual([[0.5, 'MOP']]);
    expect(extract('每份38仙，八仙过海').facts.filter((f) => f.kind === 'money')).toEqual([]);
  });
  it('a Hong Kong Observatory review is Hong Kong text (本港, 天文台), where 註 is no conversion artifact', () => {
    const text = '天文台表示，本港9月異常炎熱，平均氣溫為攝氏29.6度。\n註：正常值為1991至2020年的平均值。';
    expect(extract(text).doc.region).toBe('hk');
    expect(check(text).findings.filter((f) => f.rule === 'conversion-artifact')).toEqual([]);
  });
  it('a mainland report about Hong Kong in 人民币 keeps CNY', () => {
    const text = '香港特区政府统计处数据显示，内地访港旅客消费1200亿元，按年增长5%，按季增长1%，人民币汇率保持稳定。';
    expect(extract(text).doc.region).toBe('hk');
    expect(moneyOf(text)).toEqual([['1200亿元', 'CNY']]);
  });
  it('a Hong Kong government release in Traditional is in HKD, whatever amounts in 人民幣 it quotes', () => {
    const text = '政府統計處今日發表的數字顯示，6月的零售業總銷貨價值臨時估計為302億元，按年下跌11.7%。內地居民旅客的免稅額度由人民幣5,000元提高至人民幣12,000元。';
    expect(extract(text).doc.region).toBe('hk');
    expect(moneyOf(text)[0]).toEqual(['302億元', 'HKD']);
  });
  it('Taiwan text: 新台币; mainland text: CNY', () => {
    expect(moneyOf('行政院主計總處今天公布，112年全年經濟成長率1.31%，每人GDP為100萬元。')).toEqual([['100萬元', 'TWD']]);
    expect(moneyOf('全县地区生产总值300亿元。')).toEqual([['300亿元', 'CNY']]);
  });
  it('a bare 元 takes the 元-currency named earlier in its sentence, and only there', () => {
    expect(moneyOf('聯發科營收新台幣1,318.1億元，較第二季的1,273.6億元季增5.3%。')).toEqual([
      ['新台幣1,318.1億元', 'TWD'], ['1,273.6億元', 'TWD'],
    ]);
    expect(moneyOf('该公司在港募资港币50亿元，其中内地投资20亿元。全年营收80亿元。')).toEqual([
      ['港币50亿元', 'HKD'], ['20亿元', 'HKD'], ['80亿元', 'CNY'],
    ]);
    expect(moneyOf('出口额120亿美元，进口额300亿元。')).toEqual([['120亿美元', 'USD'], ['300亿元', 'CNY']]);
  });
});
