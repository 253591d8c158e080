import { describe, expect, it } from 'vitest';
import { findings, fires } from '../support/checks.js';
import { check } from '../../src/index.js';

describe('respectively-mismatch', () => {
  it('fires when 分别 pairs two items with three values', () => {
    fires('盗窃、诈骗案件立案数分别同比下降8.6%、12.1%、3.2%。', 'respectively-mismatch', '8.6%');
  });
  it('stays quiet when 及 alone joins one item more than the values, one 及 inside an item (康樂及文化), but fires with 、', () => {
    expect(findings('衣履及康樂及文化大類的價格指數按月分別上升3.85%及0.94%。', 'respectively-mismatch')).toEqual([]);
    fires('衣履、康樂、文化大類的價格指數按月分別上升3.85%及0.94%。', 'respectively-mismatch', '3.85%');
  });
  it('stays quiet when they pair up', () => {
    expect(findings('盗窃、诈骗案件立案数分别同比下降8.6%、12.1%。', 'respectively-mismatch')).toEqual([]);
  });
  it('stays quiet when 和 joins the items and 及 is inside one of them, and pairs them', () => {
    const t = '混合类产品1.09万亿元；权益类产品和商品及金融衍生品类产品分别为0.08万亿元、0.04万亿元。';
    expect(findings(t, 'respectively-mismatch')).toEqual([]);
    expect(check(t, { published: '2024-07-30' }).facts.find((f) => f.text === '0.04万亿元')?.subject).toBe('商品及金融衍生品类产品');
  });
  it('stays quiet when 、 and 及 join three items and 和 is inside the last', () => {
    expect(findings('來自印尼、香港及其他國家和地區的外地僱員則分別有5,962人、4,087人及5,414人。', 'respectively-mismatch')).toEqual([]);
  });
  it('stays quiet when 、 and 以及 join the items and 及 is inside each', () => {
    expect(findings('資訊及通訊業、運輸及相關服務以及專業及商用服務業則分別按年上升2.8%、1.6%及1.2%。', 'respectively-mismatch')).toEqual([]);
  });
  it('stays quiet when one 及 joins the items and another is inside the last, which names the category (業)', () => {
    const t = '運輸業及倉庫及郵政服務業的失業率分別為3.1%及2.4%。';
    expect(findings(t, 'respectively-mismatch')).toEqual([]);
    const subjects = check(t, {}).facts.map((f) => f.subject);
    expect(subjects).toEqual(['運輸業失業率', '倉庫及郵政服務業的失業率']);
  });
  it('a list closed by 和 takes no value after a comma (…1.6人和0.9人，56人以上大班额…)', () => {
    expect(findings('全县小学、初中平均班额分别为40.6人和45.2人，分别较上年下降1.2人和0.7人，56人以上大班额保持清零。', 'respectively-mismatch')).toEqual([]);
    expect(findings('1号线、2号线、3号线全年客运量分别为3.62亿人次、3.15亿人次和2.48亿人次，三条线路合计9.25亿人次。', 'respectively-mismatch')).toEqual([]);
  });
  it('stays quiet when an item holds 及 and 、 separates the items', () => {
    expect(findings('醫療、傢俬及家居設備類指數亦分別上升1.02%及0.35%。', 'respectively-mismatch')).toEqual([]);
  });
});
