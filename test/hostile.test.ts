// Hostile and broken input: never crash, never hang, never lose the other results.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { check, extract } from '../src/index.js';
import { cli } from './support/cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'facts-hostile-'));
const write = (name: string, content: string | Buffer) => {
  const p = join(tmp, name);
  writeFileSync(p, content);
  return p;
};
const SEED = 'fixtures/seed-meixian.txt';

describe('per-input errors: one line on stderr, the others complete, exit 2', () => {
  const cases: Array<[string, string, string]> = [
    ['missing', join(tmp, 'nope.txt'), 'no such file'],
    ['binary', write('bin.dat', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3, 0, 0])), 'binary file (not text)'],
    ['empty', write('empty.txt', ''), 'empty input'],
    ['undecodable', write('bad.txt', Buffer.concat([iconv.encode('全县立刑事案件1365宗，破案707宗。'.repeat(5), 'gbk'), Buffer.from([0x81, 0x20, 0x81])])), 'not valid GBK at byte'],
    ['too large', write('big.txt', '营收12亿元。'.repeat(3000)), 'too large (0.0'],
  ];
  it.each(cases)('%s', (_name, path, reason) => {
    const r = cli(['extract', '--format', 'json', '--max-size', '20KB', path, SEED]);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`facts: ${path}: ${reason}`);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    const out = JSON.parse(r.stdout);
    expect(out[0]).toMatchObject({ source: path });
    expect(out[0].error).toContain(reason);
    expect(out[1].facts.length).toBeGreaterThan(80);
  });

  it('undecodable bytes can be replaced instead, with a warning', () => {
    const r = cli(['extract', '--json', '--lenient', cases[3]![1]]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning: 2 undecodable byte sequence\(s\) replaced with U\+FFFD \(GBK\)/);
    expect(JSON.parse(r.stdout).facts.length).toBeGreaterThanOrEqual(10);
  });

  it('a directory where a file is expected', () => {
    const dir = join(tmp, 'a-dir');
    mkdirSync(dir, { recursive: true });
    const r = cli(['check', '--config', dir, SEED]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`facts: ${dir}: cannot read (is a directory)\n`);
  });

  it('--debug shows the stack of an internal error, one line without it', () => {
    const r = cli(['extract', '--published', 'not-a-date', SEED]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('linear time on inputs built to make regular expressions backtrack', () => {
  const size = 100_000;
  const rep = (s: string) => s.repeat(Math.ceil(size / s.length)).slice(0, size);
  const seed = readFileSync(new URL('../fixtures/seed-meixian.txt', import.meta.url), 'utf8');
  const time = (s: string) => {
    const t0 = performance.now();
    check(s, { published: '2024-01-09' });
    return performance.now() - t0;
  };
  it('time per character on each stays within a small factor of ordinary text of the same size', { timeout: 60_000 }, () => {
    time(rep(seed)); // warm up
    // the faster of two runs of each: another test file running beside this one on a loaded machine
    // (or a collection of the garbage of the one before) must not make a linear input look slow
    const best = (s: string) => Math.min(time(s), time(s));
    const ordinary = best(rep(seed));
    const hostile: Record<string, string> = {
      digits: rep('1234567890'),
      wan: rep('万'),
      separators1: rep('1,'),
      separators: '1' + ',000'.repeat(size / 4),
      spaceGroups: '1' + ' 000'.repeat(size / 4), // Hong Kong digit groups (31 500)
      percents: rep('%%%'),
      chineseDigits: rep('一二三四五六七八九十'),
      alternating: rep('1一'),
      years: rep('年'),
      yearsWithDigits: rep('2023年'),
      dayRanges: rep('1月1日至'),
      quotes: rep('“净网'),
      han: rep('中'),
      dashes: rep('1-'),
      units: rep('亿元'),
      lunar: rep('初一腊月廿'),
      shares: rep('占比重'),
      breakdowns: rep('其中出口1万元；'),
      breakdownsWithoutMarks: rep('1万元其中'),
      barShares: rep('水电1万千瓦，占12%；'),
      respectively: rep('分别5%、'),
      growth: rep('增速5%，'),
      thresholds: rep('突破百亿'),
      ranges: rep('约3至'),
      several: rep('数十万人'),
      quarterEnds: rep('上季末'),
      // (no ASCII ; nor parenthesis in the whole text: a search back for one must not run to its start)
      restClauses: rep('其中港口1万吨；其余港口1万吨；'),
      asides: rep('增长4.8%（10月份为5,752宗），'),
      holidays: rep('假期3天，累计1万人次，日均1万人次，'),
      openerLists: rep('分地区看，东部1万元；'),
      // (every figure a balance, every other a side: each balance must not look at every figure)
      balances: rep('财政赤字1亿元，收入2亿元，'),
      // (one paragraph of a megabyte: a search for its line break from every figure must not scan it)
      periods: rep('2024年全年1亿元，'),
      dailyTotals: rep('累计3万人次，日均1万人次，'),
      // (this session's checks: totals of the N figures before, wholes defined by their parts, shares after
      // an X中 opener, rates of passing and of closing, days of an announcement, colloquial amounts, holidays)
      aboveTotals: rep('上述五个合计1万元，外资1万吨，'),
      definedSums: rep('（水电、风电和太阳能发电合计）1亿千瓦时，光伏1万千瓦，'),
      amongOpeners: rep('清运的垃圾中，送焚化厂1万吨，占99%，'),
      passRates: rep('合格1次，合格率为61.5%，应考1人次，'),
      closingRates: rep('新收案件1宗，已结案件2宗，结案率102%，'),
      announcements: rep('3月27日晚间，公司发布年度报告，营业收入1亿元，'),
      colloquial: rep('户均三万五，营业额四万八，'),
      holidayLengths: rep('春节7天连假共刷卡1亿元、日均1亿元，'),
      // (the seventh session's: shares after 其中, increments after the percent, margins from cost, breakdowns
      // closed by the rest, wholes named by what they count)
      qizhongShares: rep('旅客1万人次，其中内地旅客1万人次，佔整體的78%；'),
      incrementsAfter: rep('业务量2亿票，同比增长9%，较上年同期净增1亿票，'),
      margins: rep('营业收入2亿元，营业成本1亿元，毛利率24%，'),
      restBreakdowns: rep('按行业划分，酒店1人；其余行业合共1人；'),
      namedCounts: rep('总诊疗人次3.12亿，其中医院1亿人次；'),
      definedRates: rep('缴存余额1亿元，贷款率（贷款余额占缴存余额的比率）为80%，'),
      failedRates: rep('样本3个，不合格1宗，合格率99%，'),
      contributions: rep('影响CPI上涨0.3个百分点；上述3项合计影响CPI上涨0.9个百分点；'),
      loadFactors: rep('国际航线1亿客公里，国际航线2亿座公里，国际航线客座率50%，'),
      ratios: rep('在校生9万人，专任教师1万人，生师比为9:1，'),
      fromByTo: rep('由1万人减少1人至1万人，'),
      dailyParts: rep('平均每日成交张数为1万张，其中期货平均每日成交张数为1万张，'),
      // (the ninth session's: a fall of more than 100% read against its level's clause, no punctuation)
      profitFalls: rep('净利润1亿元同比下降150%'),
      thatOnes: rep('临江机场旅客1万人次占该机场旅客吞吐量的5%'),
      addedStocks: rep('基站1万个，全年新建开通1万个，占基站总数的3%。'),
      nestedParts: rep('其中B2C发票6亿张，占80%，云端发票4亿张，占B2C发票的71%，'),
      // (the tenth session's: a change whose level was told before, rates whose counts come after, parts one a clause
      // of one set, shares after an X中 clause, lists joined by 及)
      toldBefore: rep('10月消費物價指數較9月的105.31上升0.62%，'),
      ratesAhead: rep('總體失業率為2.7%，勞動人口為1萬人，'),
      setClauses: rep('其中，企业1万户，同比增长1%；个体工商户1万户；'),
      amongClauses: rep('詐騙案1宗，佔罪案的3%；網絡詐騙中，合計1宗，佔逾六成；'),
      wordLists: rep('衣履及康樂及文化大類分別上升3.85%及0.94%，'),
      // (the eleventh session's: a thing and its negation, contributions to growth, defined wholes after their parts,
      // changes told apart from their levels, levels against one in parentheses, a 其中 of complements by measure)
      negations: rep('訪港旅客1萬人次，過夜旅客1萬人次，不過夜旅客1萬人次，'),
      growthContributions: rep('经济增长5%，消费拉动经济增长1个百分点，投资拉动1个百分点，净出口拉动1个百分点；'),
      definedTotals: rep('小学在校生1万人，初中在校生1万人，义务教育阶段在校生合计2万人，'),
      changesApart: rep('第一季度归母净利润2亿元。第四季度归母净利润1亿元。归母净利润环比增长13.8%。'),
      recovered: rep('接待游客2万人次，恢复至2019年同期（1万人次）的118.6%，'),
      measures: rep('播种面积1万亩，总产量1万吨；其中，夏粮播种面积1万亩，总产1万吨；秋粮播种面积1万亩，总产1万吨；'),
      qizhongLevels: rep('户籍总人口1万人，其中60岁及以上老年人口1万人，占老年人口的13%，'),
    };
    const ratios: Record<string, number> = {};
    for (const [name, s] of Object.entries(hostile)) ratios[name] = Number((best(s) / ordinary).toFixed(2));
    // a generous bound: the point is that nothing is quadratic (that would be 100× and more)
    for (const [name, r] of Object.entries(ratios)) expect(r, `${name}: ${JSON.stringify(ratios)}`).toBeLessThan(5);
  });
});

describe('output is safe', () => {
  it('JSON is valid whatever the input holds', () => {
    const r = cli(['extract', '--json'], { input: '营收\u0000\u001b[2J12亿元\ud800，"引号"\u2028增长5%' });
    expect(() => JSON.parse(r.stdout)).not.toThrow();
  });

  it('no network: remote resources in HTML are never fetched', () => {
    // a page full of remote references is read offline, and fast
    const html = '<html><head><link rel="stylesheet" href="http://10.255.255.1/x.css"><script src="http://10.255.255.1/x.js"></script></head><body><img src="http://10.255.255.1/x.png"><article><p>营收12亿元，同比增长5.2%</p></article></body></html>';
    const t0 = performance.now();
    const r = extract(html, { html: true });
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(r.facts.map((f) => f.text)).toEqual(['12亿元', '5.2%']);
  });
});
