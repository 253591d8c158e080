import { describe, expect, it } from 'vitest';
import { findings, fires } from '../support/checks.js';

describe('impossible-change', () => {
  it.each([
    ['涉案金额共2488.1万元、同比下降310.82%', '310.82%'],
    ['全年接报警情1.2万起，同比下降120%', '120%'],
    ['案件破案率为105.3%', '105.3%'],
    ['该县城镇人口占全县总人口的112%', '112%'],
    ['涉案金額共2488.1萬元、同比下降310.82%', '310.82%'],
    ['全市常住人口为负3,200人', '负3,200人'],
    // a profit whose level after the change is above zero has not turned into a loss
    ['实现归属于上市公司股东的净利润4.86亿元，同比下降126.5%；扣非净利润3.92亿元，同比下降34.8%', '126.5%'],
    // a loan balance is never below zero
    ['非博彩收益由去年同期的7.33亿港元减少至6.42亿港元，按年下跌112.4%', '112.4%'],
    // a shortfall against the norm of more than 100%
    ['3月全臺平均降雨量僅38.6毫米，較常年同期的82.0毫米偏少112.4%。', '112.4%'],
    ['关注类贷款余额47.85亿元，较年初减少5.57亿元，下降104.3%，关注类贷款率1.40%。', '104.3%'],
  ])('fires: %s', (text, at) => {
    const f = fires(text, 'impossible-change', at);
    expect(f.severity).toBe('error');
  });

  it.each([
    '新型储能装机169.17万千瓦，同比增长2719.42%',
    '归母净利润同比下降150%，由盈转亏',
    '净利润-3.2亿元，同比下降135.6%',
    '归母净利润亏损4.86亿元，同比下降126.5%',
    '归母净利润为-34.62亿元，上年同期盈利52.18亿元，同比下降166.35%，业绩由盈转亏',
    '经营活动产生的现金流量净额为1.2亿元，上年同期为-3.5亿元',
    '全年接报警情1.2万起，同比下降100%',
    '经济增长率达到120%',
    '超徵5,576亿元，预算达成率117.4%',
    '全年税收计划完成率为105.2%',
    '不良贷款率1.12%，拨备覆盖率286.45%，较上年末下降3.1个百分点',
    '備抵呆帳覆蓋率為944.61%，較上月底下降14.24個百分點',
    // a securities firm's net capital over its risks
    '截至6月末，公司风险覆盖率228.6%，资本杠杆率18.9%，流动性覆盖率245.3%',
    '收入增长1.5倍',
    // a balance of two counts may be below zero
    '出生数与死亡数相抵，自然增加为负6万1,553人',
    // a rate of closing (closed over new cases) and a rate per hundred people may pass 100%
    '合共新收案件24,672宗；已結案件25,148宗。整體結案率為101.9%。',
    '行動門號普及率為127.7%，較112年底提高1.2個百分點。',
    '全年32项民生实事全部完成，综合完成率为108.6%。',
  ])('stays quiet: %s', (text) => {
    expect(findings(text, 'impossible-change')).toEqual([]);
  });
});
