// Per-head figures against their totals and the population (part of rate-mismatch): src/checks/per-capita.ts
import { describe, expect, it } from 'vitest';
import { findings, fires } from '../support/checks.js';

describe('per-head figures', () => {
  it('fires when the figure per ten thousand is not the total over the population', () => {
    const text = '截至2024年6月底，我国发明专利拥有量442.5万件；其中，高价值发明专利拥有量189.0万件。按2023年末全国总人口14.10亿人计算，每万人口高价值发明专利拥有量达到14.6件。';
    const f = fires(text, 'rate-mismatch', '14.6件', '2024-07-11');
    // (the total of the closest name, not the larger 发明专利拥有量)
    expect(f.message).toBe('14.6件 per 10,000 people does not match 189.0万件 / 14.10亿人 × 10,000 = 13.4');
  });
  it('holds, reported as info: the total done, not the plan it is a part of (完成年度抽检计划32万批次的79.3%)', () => {
    const text = '1—9月，全省共完成食品安全监督抽检25.38万批次，完成年度抽检计划32万批次的79.3%；按全省常住人口4180万人计算，每千人抽检6.07批次。';
    expect(findings(text, 'rate-mismatch', '2024-10-28')).toEqual([]);
    expect(findings(text, 'rate-consistent', '2024-10-28').map((f) => f.message)).toContain('6.07批次 = 25.38万批次 / 4180万人 × 1,000 = 6.07: holds');
  });
  it('holds, reported as info: the largest total of the name, not an increment of it', () => {
    const text = '全市医疗卫生机构床位6.46万张，比上年增加0.18万张。按年末常住人口952.6万人计算，每千人口医疗卫生机构床位6.78张。';
    expect(findings(text, 'rate-consistent', '2024-03-01').map((f) => f.message)).toEqual(['6.78张 = 6.46万张 / 952.6万人 × 1,000 = 6.78: holds']);
  });
  it.each([
    // no population given
    '全国医疗卫生机构床位1017.4万张，每千人口医疗卫生机构床位数由2022年的6.92张增加到7.23张。',
    // a 分别 list per head: each value is of its own item (24716 / 721.3万 × 1,000 is 3.43)
    '按常住人口721.3万人计算，每千人口医疗卫生机构床位数为6.41张。全市卫生技术人员62385人，其中执业（助理）医师24716人、注册护士27903人，每千人口执业（助理）医师和注册护士分别为3.43人、3.87人。',
    // a standard, not the text's own figure
    '共完成抽检46.82万批次；按全省常住人口4870万人计算，平均每千人抽检约9.6批次，高于国家规定的平均每千人抽检4批次的要求。',
    // a total whose name only shares a word with what is counted (有效发明专利 for 高价值发明专利)
    '截至2023年末，全市有效发明专利6.85万件，按年末常住人口959.6万人计算，每万人口发明专利拥有量达到71.4件；每万人口高价值发明专利拥有量27.3件。',
  ])('stays quiet: %s', (text) => {
    expect(findings(text, 'rate-mismatch', '2024-03-01')).toEqual([]);
  });
});
