// The link stage: what each listed value measures (分别 lists).
import { describe, expect, it } from 'vitest';
import { splitItems } from '../src/link/respectively.js';
import { extract } from '../src/index.js';

const split = (clause: string) => splitItems(clause, clause);

describe('splitItems', () => {
  it('shares the head noun of the last item with shorter ones', () => {
    expect(split('盗窃、诈骗案件立案数')).toEqual(['盗窃案件立案数', '诈骗案件立案数']);
    expect(split('刑事、治安警情')).toEqual(['刑事警情', '治安警情']);
  });
  it('leaves items that have their own head noun', () => {
    expect(split('破案数、移送起诉数')).toEqual(['破案数', '移送起诉数']);
    expect(split('出口额、进口额')).toEqual(['出口额', '进口额']);
  });
  it('shares a head written after 的', () => {
    expect(split('香港商场及办公楼的出租率')).toEqual(['香港商场出租率', '办公楼出租率']);
    expect(split('7月、8月及9月的平均入住率')).toEqual(['7月平均入住率', '8月平均入住率', '9月平均入住率']);
  });
  it('an item that ends with the category of the last (业) takes only what follows it', () => {
    const c = '采矿业、制造业、电力热力燃气及水生产和供应业增加值';
    expect(splitItems(c, c, 3)).toEqual(['采矿业增加值', '制造业增加值', '电力热力燃气及水生产和供应业增加值']);
  });
  it('shares the head after 对我省 (whom the figures go to) with every source', () => {
    expect(split('港澳地区、新加坡、日本、韩国对我省实际投资')).toEqual(['港澳地区实际投资', '新加坡实际投资', '日本实际投资', '韩国实际投资']);
  });
  it('expands ordinal lists', () => {
    expect(split('第一、二、三产业')).toEqual(['第一产业', '第二产业', '第三产业']);
  });
  it('a 与, 及 or 和 inside a word separates nothing (参与率, 普及率, 涉及)', () => {
    expect(split('雇主参与率、有关雇员参与率及自雇人士参与率')).toEqual(['雇主参与率', '有关雇员参与率', '自雇人士参与率']);
    expect(split('自来水普及率和燃气普及率')).toEqual(['自来水普及率', '燃气普及率']);
  });
});

describe('分别 subjects', () => {
  it('pairs each value with its item, in either script', () => {
    for (const text of ['破案数、移送起诉数分别同比上升37.82%、35.8%。', '破案數、移送起訴數分別同比上升37.82%、35.8%。']) {
      const subjects = extract(text).facts.map((f) => f.subject);
      expect(subjects).toEqual(text.includes('數') ? ['破案數', '移送起訴數'] : ['破案数', '移送起诉数']);
    }
  });
  it('a second list that names only a new head takes the items of the first (招生 → 在校生)', () => {
    const facts = extract('小学、初中招生分别为9.86万人和8.72万人，在校生分别为58.41万人和25.93万人。').facts;
    expect(facts.map((f) => f.subject)).toEqual(['小学招生', '初中招生', '小学在校生', '初中在校生']);
    // a change list after a level list keeps the level's items
    expect(extract('出口、进口分别为3万亿元、2万亿元，分别增长5%、3%。').facts.map((f) => f.subject)).toEqual(['出口', '进口', '出口', '进口']);
  });
  it('a head repeated after the last item’s own ending is shared (养老保险、失业保险、工伤保险参保人数)', () => {
    const facts = extract('全市企业职工基本养老保险、失业保险、工伤保险参保人数分别为286.4万人、172.9万人和185.3万人，分别比上年末增加8.2万人、4.6万人和5.1万人。').facts.filter((f) => f.kind === 'count');
    const want = ['企业职工基本养老保险参保人数', '失业保险参保人数', '工伤保险参保人数'];
    expect(facts.map((f) => f.subject)).toEqual([...want, ...want]);
    // (the time compared against, 上年末, is no value of the second list)
    expect(facts.slice(3).map((f) => f.change?.basis)).toEqual(['vs:prev', 'vs:prev', 'vs:prev']);
  });
  it('a run of as many values right after a 分别 list, with only a change word between, pairs with the same items', () => {
    const facts = extract('太陽光電與風力發電分別為142.3億度及78.6億度，年增18.7%及35.2%，其中離岸風電62.4億度。').facts;
    expect(facts.map((f) => f.subject)).toEqual(['太陽光電', '風力發電', '太陽光電', '風力發電', '離岸風電']);
    // a longer run is no continuation
    const other = extract('出口、进口分别为3万亿元、2万亿元，增长5%、3%、8%。').facts;
    expect(other[2]!.subject).not.toBe('出口');
  });
  it('a ratio of the three industries gives each industry its figure, in either script', () => {
    expect(extract('三次产业结构调整为6.8:42.7:50.5。').facts.map((f) => f.subject)).toEqual(['第一产业', '第二产业', '第三产业']);
    expect(extract('三次產業結構調整為4.1:46.2:49.7。').facts.map((f) => f.subject)).toEqual(['第一產業', '第二產業', '第三產業']);
    expect(extract('男女比例为1:2:3。').facts.map((f) => f.subject)).toEqual(['男女比例', '男女比例', '男女比例']);
  });
});

describe('subjects', () => {
  const subjectOf = (text: string, figure: string) => extract(text).facts.find((f) => f.text === figure)?.subject;
  it('a verb followed only by a parenthesis is part of the subject (the parenthesis is trimmed)', () => {
    expect(subjectOf('全国固定资产投资（不含农户）514374亿元，比上年增长3.0%。', '514374亿元')).toBe('固定资产投资');
  });
  it('change words (贬值, 增产, 下调至) are no subject; a change carries its level’s', () => {
    expect(subjectOf('粮食产量69541万吨，比上年增产1.3%。', '1.3%')).toBe('粮食产量');
    expect(subjectOf('基本通胀率预测由1.3%下调至1.1%。', '1.1%')).not.toBe('下调至');
  });
  it('出超 and 入超 are a trade surplus and deficit, the subject; 超 after 收入 is "over"', () => {
    const t = '2024年對美出超666.8億美元，貿易入超12.4億美元，營業收入超10億元。';
    expect([subjectOf(t, '666.8億美元'), subjectOf(t, '12.4億美元'), subjectOf(t, '超10億元')]).toEqual(['對美出超', '貿易入超', '營業收入']);
  });
  it('以 before a figure that holds a rank links it to its subject (本田以2,841辆居次), but not in 可以', () => {
    expect(subjectOf('汽車品牌方面，本田以2,841輛排名第三。', '2,841輛')).toBe('本田');
    expect(subjectOf('機車方面，光陽以2萬1,964輛居冠，三陽以1萬8,102輛居次。', '2萬1,964輛')).toBe('光陽');
    expect(subjectOf('機車方面，光陽以2萬1,964輛居冠，三陽以1萬8,102輛居次。', '1萬8,102輛')).toBe('三陽');
    expect(subjectOf('符合条件者可以领取5000元补助。', '5000元')).toContain('可以');
  });
  it('起降 is takeoffs and landings, no fall', () => {
    const f = extract('保障航班起降4.86万架次，同比增长23.7%。').facts[0]!;
    expect([f.subject, f.change]).toEqual(['保障航班起降', undefined]);
  });
  it('合共 and 维持 link a subject to its figure (Hong Kong and Macau usage)', () => {
    expect(subjectOf('博彩毛收入合共570.1亿澳门元。', '570.1亿澳门元')).toBe('博彩毛收入');
    expect(subjectOf('赋税收入年增率9.7%。', '9.7%')).toBe('赋税收入');
  });
  it('平均 is a word: 均 is not cut from it', () => {
    expect(subjectOf('出厂价平均上调约20%。', '约20%')).toBe('出厂价平均');
  });
  it('a subject between two times (全年…比上年)', () => {
    expect(subjectOf('全年居民消费价格比上年上涨0.2%。', '0.2%')).toBe('居民消费价格');
  });
  it('a share is of the part before it; 兑 and frames like 按可比价格计算 carry the subject on', () => {
    expect(subjectOf('水电971.82万千瓦，占总装机的12.98%。', '12.98%')).toBe('水电');
    expect(subjectOf('人民币平均汇率为1美元兑人民币7.0467元，比上年贬值4.5%。', '4.5%')).toBe('人民币平均汇率');
    expect(subjectOf('地区生产总值86.4亿元，按可比价格计算，比上年增长2%。', '2%')).toBe('地区生产总值');
    expect(subjectOf('當中網上騙案25,706宗，佔詐騙案64.5%。', '64.5%')).toBe('網上騙案');
  });
  it('计 is not cut from 统计', () => {
    expect(subjectOf('初步统计为1.36%。', '1.36%')).toBe('初步统计');
  });
  it('平均为 keeps 平均; a trade (服务业) is no verb; a long phrase is cut where its per-head measure starts', () => {
    expect(subjectOf('工業及服務業受僱員工每人每月總薪資平均為新臺幣6萬2,378元。', '新臺幣6萬2,378元')).toBe('每人每月總薪資平均');
    expect(subjectOf('服务业增加值12万亿元。', '12万亿元')).toBe('服务业增加值');
  });
  it('a 等 inside a parenthesis is an aside, not the end of an example list (and the aside is no part of the subject)', () => {
    expect(subjectOf('非經常性薪資（含年終及績效獎金等）平均1萬5,679元。', '1萬5,679元')).toBe('非經常性薪資平均');
    expect(subjectOf('强拉游客等涉旅违法案件12起。', '12起')).toBe('涉旅违法案件');
  });
  it('earnings and prices: 每股赚, 配发, 收在, 预估', () => {
    expect(subjectOf('第三季每股賺16.16元。', '16.16元')).toBe('每股');
    expect(subjectOf('董事會決議每股配發現金股利24.6元。', '24.6元')).toBe('現金股利');
    expect(subjectOf('聯發科股價收在1,310元。', '1,310元')).toBe('聯發科股價');
    expect(subjectOf('預估營收1,380億元至1,470億元。', '1,380億元至1,470億元')).toBe('營收');
  });
  it('a share inherits the part its level measures; 之间 is no noun; a currency frame is no subject', () => {
    expect(subjectOf('全国新能源汽车保有量达2041万辆，占汽车总量的6.07%。', '6.07%')).toBe('新能源汽车');
    expect(subjectOf('水电971.82万千瓦，占总装机的12.98%。', '12.98%')).toBe('水电');
    expect(subjectOf('园区气温在零下25℃至零下15℃之间。', '零下25℃至零下15℃')).toBe('园区气温');
    expect(subjectOf('物業租賃收入以人民幣計算按年上升10.0%。', '10.0%')).toBe('物業租賃收入');
    expect(subjectOf('新能源汽车年新注册登记量从2019年的120万辆增至743万辆。', '120万辆')).not.toBe('登记量');
  });
  it('an aside in parentheses before the number is stepped over (an alias in it is the subject); a noun of measure before a count is its subject', () => {
    expect(subjectOf('公司实现归属于上市公司股东的净利润（下称“归母净利润”）441.5亿元。', '441.5亿元')).toBe('归母净利润');
    expect(subjectOf('113年出生數13萬4,562人創新低。', '13萬4,562人')).toBe('出生數');
    expect(subjectOf('每日投入3组车巡。', '3组')).toBe('车巡');
    // the noun after 的 stops at 占 and never runs into the next figure
    expect(subjectOf('七八十岁的老人占两三成。', '七八十岁')).toBe('老人');
    expect(subjectOf('抓获1名潜逃26年的命案逃犯。', '1名')).toBe('命案逃犯');
    // a verb before 余额 is part of the noun (放款与投资余额, not 余额)
    expect(subjectOf('放款與投資餘額為49兆6,218億元。', '49兆6,218億元')).toBe('放款與投資餘額');
    // a verb inside parentheses is part of an aside, no cut
    expect(subjectOf('此外，第三季旅客總消費（不包括博彩）為189.6億澳門元。', '189.6億澳門元')).toBe('旅客總消費');
  });
  it('a measured time passes its subject to its change; 缩短/压缩 are changes, 由平均 a link', () => {
    const facts = extract('平均响应时长为8.5分钟，较2023年同期缩短4.2分钟。审批时限由平均35个工作日压缩至18个工作日，压缩48.6%。').facts;
    const q = facts.filter((f) => f.kind !== 'date' && f.kind !== 'period');
    expect(q.map((f) => [f.text, f.subject, f.change?.direction])).toEqual([
      ['8.5分钟', '平均响应时长', undefined], ['4.2分钟', '平均响应时长', 'down'],
      ['35个工作日', '审批时限', undefined], ['18个工作日', '审批时限', undefined], ['48.6%', '审批时限', 'down'],
    ]);
  });
  it('累计 inside a phrase is a verb; 名义/实际 are adverbs of the change; 扣除价格因素 frames', () => {
    expect(subjectOf('1-10月新能源乘用车累计零售836.5万辆。', '836.5万辆')).toBe('零售');
    const facts = extract('居民人均可支配收入21000元，同比名义增长5.5%，扣除价格因素实际增长5.2%。').facts;
    expect(facts.map((f) => f.subject)).toEqual(['居民人均可支配收入', '居民人均可支配收入', '居民人均可支配收入']);
  });
  it('余额 comes off a share’s part whole; 该行 frames; 报收 links; a number in parentheses', () => {
    expect(subjectOf('个人存款余额4010.56亿元，占各项存款的46.24%。', '46.24%')).toBe('个人存款');
    expect(subjectOf('该行利息净收入197.35亿元。', '197.35亿元')).toBe('利息净收入');
    expect(subjectOf('瀚江银行A股报收9.86元/股。', '9.86元/股')).toBe('瀚江银行A股');
    expect(subjectOf('洪峰水位34.86米，超过警戒水位（32.50米）2.36米。', '32.50米')).toBe('超过警戒水位');
  });
  it('a change against 上一季 carries the subject of its level', () => {
    expect(subjectOf('第三季毛利率49.6%，較上一季減少0.5個百分點。', '0.5個百分點')).toBe('毛利率');
  });
  it('a change against the climate normal or a period before (较常年同期, 比上半年加快) carries its level’s subject', () => {
    expect(subjectOf('全省平均气温28.9℃，较常年同期偏高1.2℃。', '1.2℃')).toBe('平均气温');
    expect(subjectOf('全省平均降水量712.4毫米，較常年同期偏多12%。', '12%')).toBe('平均降水量');
    expect(subjectOf('农林牧渔业增加值4216.8亿元，同比增长3.6%，增速比上半年加快0.3个百分点。', '0.3个百分点')).toBe('增速');
    expect(subjectOf('全省平均日照时数632.5小时，较常年同期偏多48.1小时。', '48.1小时')).toBe('平均日照时数');
    expect(subjectOf('梅雨期25天，较常年偏长6天。', '6天')).toBe('梅雨期');
  });
  it('a streak (连续N个月保持…) takes the subject of the figure it continues, not the words after it', () => {
    expect(subjectOf('不良贷款率为1.12%，较上年末下降0.03个百分点，已连续6个季度保持下降。', '连续6个季度')).toBe('不良贷款率');
    expect(subjectOf('命案连续6年保持全破。', '连续6年')).toBe('命案');
    expect(subjectOf('人口自然增加率為-3.0‰，已連續4年呈現負值。', '連續4年')).toBe('人口自然增加率');
    // (a streak of an action names what acted before it, as before)
    expect(subjectOf('洛阳马拉松已连续6年获评金牌赛事。', '连续6年')).toBe('洛阳马拉松');
  });
  it('a label before a colon names its figure; the figure again in parentheses keeps it', () => {
    const facts = extract('预算金额：壹佰贰拾万元整（¥1,200,000.00）\n售价：300元/份，售后不退').facts;
    expect(facts.map((f) => f.subject)).toEqual(['预算金额', '预算金额', '售价']);
    expect(subjectOf('實質GDP成長率修正為-3.31%（原估-2.87%）。', '-2.87%')).toBe('實質GDP成長率');
  });
  it('an aside around the figure before ends the stretch; one that opens the subject comes off', () => {
    expect(subjectOf('今年国庆档（10月1日至7日）全国电影票房为21.36亿元。', '21.36亿元')).toBe('电影票房');
    expect(subjectOf('113年前9月（1至9月）全國建物買賣移轉累計25萬8,731棟。', '25萬8,731棟')).toBe('建物買賣移轉');
    expect(subjectOf('全市在线消费纠纷解决（ODR）企业达1415家。', '1415家')).toBe('企业');
  });
  it('the same figure of a year before in parentheses (（2023年同期：1.11港元）) keeps the subject: its label is a time', () => {
    expect(subjectOf('每股基本盈利為1.21港元（2023年同期：1.11港元）。', '1.11港元')).toBe('每股基本盈利');
  });
  it('a figure restated in another currency (以港元计算则为) keeps the subject', () => {
    expect(subjectOf('內地零售業務收益按年上升6.8%至人民幣21.6億元，以港元計算則為2,352百萬港元。', '2,352百萬港元')).toBe('內地零售業務收益');
  });
  it('a ranking after a count (最多, 次之) names nothing; what 以 introduces is what is ranked', () => {
    expect(subjectOf('9月以新北市4,751棟最多，臺中市4,503棟、桃園市4,137棟次之。', '4,751棟')).toBe('新北市');
    expect(subjectOf('9月以新北市4,751棟最多，臺中市4,503棟、桃園市4,137棟次之。', '4,137棟')).toBe('桃園市');
    expect(subjectOf('组建510个最小应急单元。', '510个')).toBe('最小应急单元');
    expect(subjectOf('陸路管制站中，以深圳灣管制站最為繁忙，約221.5萬人次；其次為羅湖管制站，約189.3萬人次。', '約221.5萬人次')).toBe('深圳灣管制站');
    expect(subjectOf('陸路管制站中，以深圳灣管制站最為繁忙，約221.5萬人次；其次為羅湖管制站，約189.3萬人次。', '約189.3萬人次')).toBe('羅湖管制站');
  });
  it('服务类, 市占率 and the group a part is counted among (观众中) are read as words', () => {
    expect(subjectOf('商品类投诉7.12万件、服务类投诉8.25万件。', '8.25万件')).toBe('服务类投诉');
    expect(subjectOf('公司动力电池使用量全球市占率为36.8%。', '36.8%')).toBe('动力电池使用量全球市占率');
    expect(subjectOf('观众中外地观众占比约65%。', '约65%')).toBe('外地观众');
  });
  it('金额 comes off a long subject of a sum of money (外销订单金额 → 外销订单), not a short one (涉案金额)', () => {
    expect(subjectOf('12月外銷訂單金額為551.4億美元，年減16.0%。', '551.4億美元')).toBe('外銷訂單');
    expect(subjectOf('12月外銷訂單金額為551.4億美元，年減16.0%。', '16.0%')).toBe('外銷訂單');
    expect(subjectOf('涉案金额共2488.1万元。', '2488.1万元')).toBe('涉案金额');
  });
  it('计算/测算 after a count are no noun; 稳定在, 有望, 可达 link a subject to its figure', () => {
    expect(subjectOf('以总股本29.11亿股计算，基本每股收益7.34元。', '29.11亿股')).toBe('总股本');
    expect(subjectOf('以總股本63.72億股計算，總市值約628億元。', '63.72億股')).toBe('總股本');
    expect(subjectOf('粮食播种面积稳定在9500万亩以上。', '9500万亩以上')).toBe('粮食播种面积');
    expect(subjectOf('预计第四季度销量有望增长3至5成。', '3至5成')).toBe('销量');
    expect(subjectOf('局地累计雨量可达120毫米。', '120毫米')).toBe('雨量');
    expect(subjectOf('行政许可12件。', '12件')).toBe('行政许可');
  });
  it('a label before a colon and a time names the figures of its line (营业收入：第三季度68,215.37万元；1-9月…)', () => {
    const t = '一、主要财务数据\n营业收入：第三季度68,215.37万元，比上年同期增长12.39%；1-9月195,736.52万元，比上年同期增长15.06%。';
    expect(subjectOf(t, '68,215.37万元')).toBe('营业收入');
    expect(subjectOf(t, '195,736.52万元')).toBe('营业收入');
  });
  it('公司 before 贷款 names a kind of loan, not the company (其中公司贷款); before 客户 it is the company', () => {
    expect(subjectOf('各项贷款总额3715.62亿元，其中公司贷款2368.45亿元、个人贷款1122.79亿元。', '2368.45亿元')).toBe('公司贷款');
    expect(subjectOf('截至9月30日，公司客户总数达1286万户。', '1286万户')).toBe('客户总数');
  });
  it('an age group right before 占 is what the share is of, and passes itself to no figure after it; an average age is a measured time', () => {
    const t = '从年龄结构看，16—20岁占1.5%，21—30岁占11.2%，50岁以上占31.4%。农民工平均年龄43.2岁，比上年提高0.4岁。';
    expect(subjectOf(t, '1.5%')).toBe('16—20岁');
    expect(subjectOf(t, '31.4%')).toBe('50岁以上');
    expect(subjectOf(t, '21—30岁')).toBeUndefined();
    expect(subjectOf(t, '0.4岁')).toBe('农民工平均年龄');
  });
  it('a figure right after a streak (大豆产量连续3年稳定在) is what the streak is of', () => {
    expect(subjectOf('豆类产量2290万吨，其中大豆产量2065万吨，单产134.1公斤/亩，大豆产量连续3年稳定在2000万吨以上。', '2000万吨以上')).toBe('大豆产量');
  });
  it('the noun after a count ends where what it did begins (水库超汛限水位运行, 乡镇受灾), adverbs and all', () => {
    expect(subjectOf('全省有126座水库超汛限水位运行。', '126座')).toBe('水库');
    expect(subjectOf('全省43条河流发生超警以上洪水。', '43条')).toBe('河流');
    expect(subjectOf('共有487个乡镇受灾。', '487个')).toBe('乡镇');
    expect(subjectOf('4216座小型水库未发生垮坝。', '4216座')).toBe('小型水库');
    expect(subjectOf('全年共有1.27萬戶納稅人辦理留抵退稅。', '1.27萬戶')).toBe('納稅人');
    // (a verb that a noun head follows is part of the noun; one that ends it is the noun itself)
    expect(subjectOf('成立5個片區案件辦理隊。', '5個')).toBe('片區案件辦理隊');
    expect(subjectOf('共收到約132 600宗一般公屋申請。', '約132 600宗')).toBe('一般公屋申請');
  });
});

describe('分别 followed by a verb and what it yields', () => {
  it('the noun the verb yields (分别实现营业收入) is the head of every item', () => {
    const { facts } = extract('分产品看，液体乳、奶粉及奶制品、冷饮产品分别实现营业收入97.18亿元、26.43亿元、11.26亿元。');
    expect(facts.map((f) => f.subject)).toEqual(['液体乳营业收入', '奶粉及奶制品营业收入', '冷饮产品营业收入']);
    // (分别完成计划的87.4%: 计划的 is a frame, not a noun yielded)
    const plan = extract('累计完成乡道拓宽改造51.2公里、村道硬化63.0公里，分别完成计划的87.4%和73.6%。').facts.filter((f) => f.kind === 'percent');
    expect(plan.map((f) => f.subject)).not.toContain('乡道拓宽改造计划的');
  });
});

describe('分别 lists whose items hold 及', () => {
  it('reads 、 as the separator when that matches the values, and shares the category head', () => {
    const text = '教育、食物及非酒精飲料、康樂及文化類指數分別按年上升3.42%、1.86%及1.15%；醫療、傢俬及家居設備類指數亦分別上升1.02%及0.35%。';
    const r = extract(text);
    expect(r.facts.map((f) => f.subject)).toEqual(['教育類指數', '食物及非酒精飲料類指數', '康樂及文化類指數', '醫療類指數', '傢俬及家居設備類指數']);
  });
  it('still splits at 及 when that is what matches', () => {
    const facts = extract('男性、女性及儿童分别为120人、80人和40人。').facts;
    expect(facts.map((f) => f.subject)).toEqual(['男性', '女性', '儿童']);
  });
});

describe('分别 opening its clause, the items ending the clause before', () => {
  const subjects = (text: string) => extract(text).facts.map((f) => f.subject);
  it('takes the list after 的是, or before a predicate (数量较多, 票房领跑)', () => {
    expect(subjects('快递业务收入居前列的是南昌市、赣州市和九江市，分别完成86.31亿元、31.28亿元和18.64亿元。')).toEqual(['南昌市', '赣州市', '九江市']);
    expect(subjects('《雪线之上》《追光2046》《小镇奇遇》票房领跑，分别收获6.83亿元、5.12亿元和2.31亿元。')).toEqual(['《雪线之上》', '《追光2046》', '《小镇奇遇》']);
  });
  it('a list of changes, each with its own verb, pairs with the same items', () => {
    expect(subjects('家用电子电器、食品、服装鞋帽类投诉数量较多，分别为1.63万件、1.28万件和9860件，分别同比增长8.4%、下降3.1%和增长5.7%。')).toEqual([
      '家用电子电器', '食品', '服装鞋帽类投诉', '家用电子电器', '食品', '服装鞋帽类投诉',
    ]);
  });
  it('not when the items are fewer or more than the values', () => {
    expect(subjects('南昌市、赣州市居前列，分别完成8.47亿元、4.12亿元和2.36亿元。')[0]).not.toBe('南昌市');
  });
});

describe('分别 after the facts it refers to', () => {
  it('pairs the nearest facts with the values, once their subjects are known', () => {
    const facts = extract('全县常住人口46.46万人，男性23.85万人、女性22.61万人，分别占总人口的51.3%、48.7%。').facts;
    expect(facts.filter((f) => f.kind === 'percent').map((f) => f.subject)).toEqual(['男性', '女性']);
  });
});

describe('change: growth rates stated by their noun', () => {
  const changeOf = (text: string, figure: string) => extract(text, { published: '2024-11-15' }).facts.find((f) => f.text === figure)?.change;
  it('a growth noun earlier in the clause, and the figures of a growth sentence after it', () => {
    const t = '第1季实质GDP对上年同季成长率修正为-3.31%（原估-2.87%）；第2季初步统计为1.36%，略低于7月概估之1.45%。';
    expect(changeOf(t, '-3.31%')?.direction).toBe('down');
    expect(changeOf(t, '-2.87%')?.direction).toBe('down');
    expect(changeOf(t, '1.36%')?.direction).toBe('up');
    expect(changeOf(t, '1.45%')?.direction).toBe('up');
    expect(changeOf('全年增长预测由八月公布的2.5%至3.5%修订为2.5%。', '2.5%至3.5%')?.direction).toBe('up');
  });
  it('another measure ends the growth sentence; a compared level is no change', () => {
    const t = '赋税收入年增率9.7%，预算达成率117.4%，较112年度的110.6%提高6.8个百分点。';
    expect(changeOf(t, '9.7%')?.direction).toBe('up');
    expect(changeOf(t, '117.4%')).toBeUndefined();
    expect(changeOf(t, '110.6%')).toBeUndefined();
    expect(changeOf('经济增长率为5.2%，城镇调查失业率5.1%。', '5.1%')).toBeUndefined();
  });
  it('高达 after a rate word is "as much as": 减幅高达 is down, 增幅高达 up', () => {
    expect(changeOf('現金股利合計僅612億元，較上年度減少2,434億元，減幅高達397.7%。', '397.7%')?.direction).toBe('down');
    expect(changeOf('出口额3000亿元，增幅高达12.5%。', '12.5%')?.direction).toBe('up');
  });
  it('翻了一番 is up', () => {
    expect(changeOf('粮食产量已翻了一番多。', '翻了一番多')?.direction).toBe('up');
  });
  it('a sentence that breaks down the one before (。其中，… / 服务价格中，…) keeps the basis of its lead figure', () => {
    const bases = (text: string) => extract(text, { published: '2024-12-09' }).facts.filter((f) => f.kind === 'percent' || f.kind === 'percentage_point').map((f) => f.change?.basis);
    const t = '全国居民消费价格同比上涨0.3%，涨幅比上月回落0.1个百分点。其中，城市上涨0.3%，农村上涨0.2%。服务价格中，房租价格下降0.2%。1—11月平均上涨0.2%。';
    expect(bases(t)).toEqual(['yoy', 'mom', 'yoy', 'yoy', 'yoy', undefined]);
    expect(bases('全国居民消费价格同比上涨0.3%。城市上涨0.3%。')).toEqual(['yoy', undefined]);
  });
  it('a list of bases before 分别 gives each value its own (按季及按年分别下跌11.8%及26.4%)', () => {
    const t = '成交金額為74.53億澳門元，按季及按年分別下跌11.8%及26.4%。';
    expect(changeOf(t, '11.8%')).toEqual({ direction: 'down', basis: 'mom' });
    expect(changeOf(t, '26.4%')).toEqual({ direction: 'down', basis: 'yoy' });
  });
  it('变动, 增减 before a signed percent: the sign says the direction', () => {
    const t = '商品煤产量为1105万吨，同比变动3.8%；销售量同比变动-2.4%。';
    expect(changeOf(t, '3.8%')).toEqual({ direction: 'up', basis: 'yoy' });
    expect(changeOf(t, '-2.4%')).toEqual({ direction: 'down', basis: 'yoy' });
  });
  it('a year is a basis; a month or a half-year compared with is not', () => {
    expect(changeOf('出口较2019年增长20%。', '20%')).toEqual({ direction: 'up', basis: 'vs:2019' });
    expect(changeOf('人口比2022年末减少208万人。', '208万人')).toEqual({ direction: 'down', basis: 'vs:2022' });
    expect(changeOf('第三季度单季增速较上半年回落4.28个百分点。', '4.28个百分点')).toEqual({ direction: 'down' });
  });
});

describe('subjects: frames and groups', () => {
  const subjectOf = (text: string, figure: string) => extract(text).facts.find((f) => f.text === figure)?.subject;
  it('新 is part of 新能源汽车, not a frame word', () => {
    expect(subjectOf('新能源汽车保有量达2041万辆。', '2041万辆')).toBe('新能源汽车保有量');
  });
  it('按可比口径 and 微升 are no subject', () => {
    expect(subjectOf('国内出游4.74亿人次，按可比口径同比增长19.0%。', '19.0%')).toBe('国内出游');
    expect(subjectOf('股东应占基本纯利按年微升1.0%。', '1.0%')).toBe('股东应占基本纯利');
  });
  it('the group a part is counted in is left out (死亡者中男性)', () => {
    expect(subjectOf('死亡者中男性12万1,738人。', '12万1,738人')).toBe('男性');
  });
  it('number + 的 + noun stops at 达', () => {
    expect(subjectOf('汽车保有量超过100万辆的城市达94个。', '超过100万辆')).toBe('城市');
  });
});

describe('subjects: verbs and example lists', () => {
  const subjectOf = (text: string, figure: string) => extract(text).facts.find((f) => f.text === figure)?.subject;
  it('the last verb that leaves a word after it', () => {
    expect(subjectOf('市场监管部门开展检查26次。', '26次')).toBe('检查');
  });
  it('the noun after 等, not the examples before it; 中等 is a word', () => {
    expect(subjectOf('查处强拉游客等涉旅违法案件6宗。', '6宗')).toBe('涉旅违法案件');
    expect(subjectOf('中等收入群体超过4亿人。', '超过4亿人')).toBe('中等收入群体');
  });
  it('a verb of a result reached (完成, 累计完成, 实现) links a subject to its figure', () => {
    expect(subjectOf('全省快递业务量累计完成25.38亿件，同比增长18.6%。', '25.38亿件')).toBe('快递业务量');
    expect(subjectOf('南昌市完成8.47亿件；赣州市完成4.12亿件。', '4.12亿件')).toBe('赣州市');
    expect(subjectOf('一般公共预算收入完成18.46亿元。', '18.46亿元')).toBe('一般公共预算收入');
  });
});

describe('change: the period before, lists of times, growth nouns after the figure', () => {
  const changeOf = (text: string, figure: string) => extract(text, { published: '2024-01-22' }).facts.find((f) => f.text === figure)?.change;
  it('compared with the month or quarter right before is mom', () => {
    expect(changeOf('第三季度公司销售毛利率为22.1%，较第二季度提升3.4个百分点。', '3.4个百分点')).toEqual({ direction: 'up', basis: 'mom' });
    expect(changeOf('2023年12月出口551.4亿美元，年减16.0%；与11月的512.5亿美元相比，则增加7.6%。', '7.6%')).toEqual({ direction: 'up', basis: 'mom' });
    // a running total against the same total a step earlier (1—9月 before 1—10月, 一季度 before 上半年)
    expect(changeOf('1—10月，全省社会消费品零售总额19862.4亿元，同比增长4.9%，增速比1—9月加快0.2个百分点。', '0.2个百分点')).toEqual({ direction: 'up', basis: 'mom' });
    expect(changeOf('上半年地区生产总值增长5.6%，比一季度加快0.3个百分点。', '0.3个百分点')).toEqual({ direction: 'up', basis: 'mom' });
    // the end of the quarter before (截至9月末…较6月末)
    expect(changeOf('截至9月末，该行普通股股东总数为128652户，较6月末减少3418户。', '3418户')).toEqual({ direction: 'down', basis: 'mom' });
  });
  it('a change verb before what it changes gives the direction and leaves the subject (下调存款准备金率0.5个百分点)', () => {
    expect(changeOf('中国人民银行决定下调金融机构存款准备金率0.5个百分点。', '0.5个百分点')).toEqual({ direction: 'down' });
    expect(changeOf('此外調升存款準備率0.25個百分點。', '0.25個百分點')).toEqual({ direction: 'up' });
    expect(changeOf('压减一般性支出10%。', '10%')).toEqual({ direction: 'down' });
    expect(extract('中国人民银行决定下调金融机构存款准备金率0.5个百分点。').facts[0]!.subject).toBe('金融机构存款准备金率');
    const subjectIn = (text: string, figure: string) => extract(text).facts.find((f) => f.text === figure)?.subject;
    expect(subjectIn('將新生兒生育補助提高為每胎新臺幣10萬元。', '新臺幣10萬元')).toBe('新生兒生育補助');
    expect(subjectIn('将个人所得税起征点提高至每月5000元。', '每月5000元')).toBe('个人所得税起征点');
    // 提高至: the figure is the new level, not the change
    expect(changeOf('将个人所得税起征点提高至每月5000元。', '每月5000元')).toBeUndefined();
  });
  it('the same part of an earlier year is compared as that year', () => {
    expect(changeOf('2024年上半年共有16 100名婴儿出生，较2023年上半年减少500名或3.0%。', '3.0%')).toEqual({ direction: 'down', basis: 'vs:2023' });
  });
  it('和 between times makes a list, not a comparison', () => {
    expect(changeOf('一季度、上半年、前三季度和全年生产总值分别增长6.0%、6.8%、6.3%和6.0%。', '6.3%')).toEqual({ direction: 'up' });
    expect(changeOf('与2019年相比，客流增长12%。', '12%')).toEqual({ direction: 'up', basis: 'vs:2019' });
  });
  it('a year after 與疫情前 or 相當於 is compared with: it frames no figure of its own', () => {
    const t = '113年本國銀行稅前盈餘為新臺幣5,052.36億元，年增15.29%，創歷年新高；與疫情前108年的3,306.4億元相比，增幅達52.8%。';
    expect(changeOf(t, '52.8%')).toEqual({ direction: 'up', basis: 'vs:2019' });
    const hk = '2024年出入境旅客共有2億5,130萬人次，相當於2018年（3億1,490萬人次）的79.8%。其中，香港居民出入境1億7,480萬人次。';
    expect(extract(hk, { published: '2025-01-23' }).facts.find((f) => f.text === '1億7,480萬人次')?.period).toBe('2024');
    // (nor does the year of the base of a multiple, after 是)
    const times = '2023年全年共登记技术合同1.96万项，成交额538.7亿元，是2019年的2.3倍；平均每项合同成交额约274.8万元。其中，技术开发、技术服务合同成交额分别为206.4亿元、291.9亿元。';
    expect(extract(times, { published: '2024-04-26' }).facts.find((f) => f.text === '206.4亿元')?.period).toBe('2023-01/2023-12');
  });
  it('a 分别 list whose items are times gives each value its item’s period', () => {
    const t = '前三季度公司累计加工原油1062.2万吨，其中一季度、二季度、三季度分别加工352.6万吨、338.1万吨和361.5万吨。';
    const periods = extract(t, { published: '2024-10-29' }).facts.filter((f) => f.kind === 'measure').map((f) => f.period);
    expect(periods).toEqual(['2024-01/2024-09', '2024-01/2024-03', '2024-04/2024-06', '2024-07/2024-09']);
  });
  it('a growth noun after the figure, and 年减幅度介于', () => {
    expect(changeOf('第四季度销量有望保持3至5成的同比增速。', '3至5成')).toEqual({ direction: 'up', basis: 'yoy' });
    expect(changeOf('基本金属年减幅度介于2成至3成。', '2成至3成')).toEqual({ direction: 'down', basis: 'yoy' });
    expect(changeOf('民营企业占比为8%的增长部分。', '8%')).toBeUndefined();
  });
});

describe('subjects: shares, estimates, the three industries', () => {
  const subjects = (text: string) => extract(text).facts.filter((f) => f.kind !== 'date' && f.kind !== 'period').map((f) => f.subject);
  it('X占Y的比重 is about X; 占地 and 应占 are words', () => {
    expect(subjects('民营企业进出口占全省的比重超过八成。')).toEqual(['民营企业进出口']);
    expect(subjects('项目占地面积120亩。')).toEqual(['项目占地面积']);
    expect(subjects('股东应占基本纯利为40.08亿港元。')).toEqual(['股东应占基本纯利']);
  });
  it('a business segment before a verb of results names the measure (肥料板块实现营业收入 → 肥料板块营业收入); a company does not', () => {
    expect(subjects('从业务看，肥料板块实现营业收入63.20亿元；组件业务实现收入431.2亿元；公司实现营业收入412.8亿元。')).toEqual(['肥料板块营业收入', '组件业务收入', '营业收入']);
    expect(subjects('從業務看，肥料板塊實現營業收入63.20億元。')).toEqual(['肥料板塊營業收入']);
  });
  it('an aside inside a 分别 item is no clause mark (亚太（不含中国）)', () => {
    expect(subjects('海外市场中，欧洲、亚太（不含中国）、美洲、中东及非洲地区分别实现收入21.56亿元、14.38亿元、10.92亿元、5.32亿元。')).toEqual(['欧洲收入', '亚太（不含中国）收入', '美洲收入', '中东及非洲地区收入']);
  });
  it('的临时估计 is no head noun', () => {
    expect(subjects('零售業總銷貨價值的臨時估計為379億元。')).toEqual(['零售業總銷貨價值']);
  });
  it('三次产业 with three values is 第一, 第二, 第三产业', () => {
    expect(subjects('三次产业增加值占地区生产总值的比重分别为7.1%、48.3%和54.6%。')).toEqual(['第一产业增加值', '第二产业增加值', '第三产业增加值']);
  });
  it('分别 items lose 則 in either script', () => {
    expect(subjects('超級市場貨品及燃料的銷貨價值則分別按年下跌3.1%及2.5%。')).toEqual(['超級市場貨品銷貨價值', '燃料銷貨價值']);
  });
});

describe('change: what a figure is compared with', () => {
  const changeOf = (text: string, figure: string, published = '2024-11-18') => extract(text, { published }).facts.find((f) => f.text === figure)?.change;
  it('the month end before the paragraph’s is the month before, in a later sentence too', () => {
    const t = '10月末，全省商品房待售面积2,468.3万平方米，比9月末增加35.6万平方米。其中，住宅待售面积1,375.9万平方米，比9月末增加18.2万平方米。';
    expect(changeOf(t, '18.2万平方米')).toEqual({ direction: 'up', basis: 'mom' });
  });
  it('上浮 and 下浮 say a direction; 高 and 低 only against a time', () => {
    expect(changeOf('对多孩家庭的补贴标准再上浮三成。', '三成')?.direction).toBe('up');
    expect(changeOf('10月1日入境访客约23.5万人次，较2018年同日的约26.4万人次仍低约一成。', '约一成', '2024-10-08')).toEqual({ direction: 'down', basis: 'vs:2018' });
    expect(changeOf('最高气温高达38℃。', '38℃')).toBeUndefined();
  });
  it('a clause that compares with something other than a time takes no basis from the sentence', () => {
    expect(changeOf('增加值同比增长3.6%，比全国平均水平高0.2个百分点。', '0.2个百分点')?.basis).toBeUndefined();
    expect(changeOf('酒店平均入住率按年上升，部分酒店房价较平日上调两成至三成。', '两成至三成')).toEqual({ direction: 'up' });
    // a time compared with that names no basis ends the sentence's (同比…，较1月份的…)
    expect(changeOf('生猪价格同比上涨17.9%，较1月份的14.35元/公斤上涨近三成。', '近三成', '2024-10-20')).toEqual({ direction: 'up' });
    // (与上年相比 is a comparison with a time)
    expect(changeOf('新能源汽车743万辆，与上年相比增加207万辆。', '207万辆')).toEqual({ direction: 'up', basis: 'vs:prev' });
  });
  it('a paragraph naming no time compares with the month the article is about (its title and lead)', () => {
    const t = '十月住宅买卖合约按年上升\n土地注册处公布二○二四年十月的楼宇买卖合约统计数字。\n在上述合约中，住宅楼宇买卖合约有5 412份，较九月的4 462份上升21.3%，亦较二○二三年十月的3 687份上升46.8%；住宅合约占76.9%，较九月上升1.7个百分点。';
    expect(changeOf(t, '21.3%', '2024-11-04')).toEqual({ direction: 'up', basis: 'mom' });
    expect(changeOf(t, '1.7个百分点', '2024-11-04')).toEqual({ direction: 'up', basis: 'mom' });
    // the same month a year earlier, named: vs:YEAR
    expect(changeOf(t, '46.8%', '2024-11-04')).toEqual({ direction: 'up', basis: 'vs:2023' });
  });
  it('由 the window a month earlier (three-month moving figures): against the period before', () => {
    const t = '2024年7月至9月经季节性调整的失业率为3.0%。\n劳动人口由2024年6月至8月的383.9万人减少约4,600人至2024年7月至9月的383.4万人。';
    expect(changeOf(t, '约4,600人', '2024-10-17')).toEqual({ direction: 'down', basis: 'mom' });
    // a level a change starts from states no year basis (从上年末的…下降)
    expect(changeOf('1年期LPR从上年末的3.45%降至3.10%，累计下降0.35个百分点。', '0.35个百分点', '2024-11-20')).toEqual({ direction: 'down' });
  });
  it('与…相比 around a long stretch (与108年同期（西元2019年1至10月）的2万3,154件相比); 与上年同月持平', () => {
    expect(changeOf('內政部警政署指出，與108年同期（西元2019年1至10月）的2萬3,154件相比，今年發生數仍增加約4成。', '約4成', '2024-11-20')).toEqual({ direction: 'up', basis: 'vs:2019' });
    expect(changeOf('不过夜旅客为0.2天，与去年同月持平。', '0.2天', '2024-09-27')).toEqual({ direction: 'flat', basis: 'yoy' });
  });
  it('按周 and 较前一星期 are against the week before; 较去年春节 is the same holiday a year back', () => {
    expect(changeOf('入院率为每十万人口5.84宗，按周上升41.7%。', '41.7%', '2025-01-16')).toEqual({ direction: 'up', basis: 'mom' });
    expect(changeOf('国道日均132.4百万车公里，较去年春节日均增加2.6%。', '2.6%', '2024-02-16')).toEqual({ direction: 'up', basis: 'yoy' });
    expect(changeOf('国道日均132.4百万车公里，较去年增加2.6%。', '2.6%', '2024-02-16')).toEqual({ direction: 'up', basis: 'vs:prev' });
  });
  it('较疫情前108学年度: words ending in 前 between 较 and the time compared with', () => {
    const t = '112学年度境外学生13万2,786人，较111学年度增加1万1,364人，并较疫情前108学年度的12万8,417人增加3.4%。';
    expect(changeOf(t, '3.4%', '2024-05-16')).toEqual({ direction: 'up', basis: 'vs:2019' });
  });
  it('每月增加 is a change per month, no comparison with the month before; 增加支出 states a rise', () => {
    const t = '定额调整为每人每月增加28元。综合测算，每月增加基本养老金支出约7230万元，全年增加支出约8.68亿元。';
    expect(changeOf(t, '28元', '2024-07-05')).toEqual({ direction: 'up' });
    expect(changeOf(t, '约7230万元', '2024-07-05')).toEqual({ direction: 'up' });
    // an effect foreseen, an equivalent, value added and a rate of increase state none
    expect(changeOf('每年可增加收入约1,030亿元。', '约1,030亿元')).toBeUndefined();
    expect(changeOf('相当于减少燃油消耗约4000吨。', '约4000吨')).toBeUndefined();
    expect(changeOf('第二产业增加值达到1234亿元。', '1234亿元')).toBeUndefined();
    expect(changeOf('人口自然增加率为-0.3%。', '-0.3%')).toBeUndefined();
  });
  it('年降水量 is no 年降 (a yearly fall), and a gap to the long-term mean (偏少) is no change', () => {
    const t = '全省平均年降水量1186.4毫米，折合降水总量1210.1亿立方米，较多年平均偏少6.8%，比上年增加9.3%。';
    expect(changeOf(t, '6.8%')).toBeUndefined();
    expect(changeOf(t, '9.3%')).toEqual({ direction: 'up', basis: 'vs:prev' });
    expect(extract(t).facts.find((f) => f.text === '6.8%')?.subject).toBe('降水总量');
  });
  it('降为, 提高为 reach a level (no change of its own); 增长为 stays a change', () => {
    expect(changeOf('大用户调幅由25%降为14%。', '14%')).toBeUndefined();
    expect(changeOf('育儿津贴提高为每月5,000元。', '每月5,000元')).toBeUndefined();
    expect(changeOf('出口同比增长为5%。', '5%')?.direction).toBe('up');
  });
  it('调幅 goes the way the sentence adjusted', () => {
    expect(changeOf('每月基本工资由27,470元调升至28,590元，增加1,120元，调幅4.08%。', '4.08%')?.direction).toBe('up');
    expect(changeOf('存款利率下调0.25个百分点，调幅约一成。', '约一成')?.direction).toBe('down');
  });
  it('新增 counts what was added (a level); 推迟 is a change up; a bound that picks out what 的 names is none', () => {
    const fact = (text: string, figure: string) => extract(text).facts.find((f) => f.text === figure);
    expect(fact('交易所買賣產品全年新增12隻。', '12隻')).toMatchObject({ kind: 'count', value: 12 });
    expect(fact('增速超过20%的设区市有6个。', '超过20%')).toMatchObject({ kind: 'percent', value: 20 });
    expect(changeOf('交易所買賣產品全年新增12隻。', '12隻')).toBeUndefined();
    expect(changeOf('男性30.3岁、女性28.5岁，分别较2019年推迟1.6岁和1.8岁。', '1.6岁', '2024-02-06')).toEqual({ direction: 'up', basis: 'vs:2019' });
    expect(changeOf('增速超过20%的设区市有6个。', '超过20%')).toBeUndefined();
  });
  it('a school year compared with gives its year (较112学年度 → vs:2023; 较上学年 → vs:prev)', () => {
    const t = '113學年度學士班註冊率為82.12%，較112學年度的84.53%下降2.41個百分點。碩士班註冊率為73.61%，較上學年下降1.02個百分點。';
    expect(changeOf(t, '2.41個百分點')).toEqual({ direction: 'down', basis: 'vs:2023' });
    expect(changeOf(t, '1.02個百分點')).toEqual({ direction: 'down', basis: 'vs:prev' });
  });
  it('the election (session, edition) before is the previous one, and 较上届 is no subject', () => {
    const t = '區議會一般選舉投票率為27.54%，較上屆下降43.69個百分點。';
    expect(changeOf(t, '43.69個百分點')).toEqual({ direction: 'down', basis: 'vs:prev' });
    expect(extract(t).facts.find((f) => f.text === '43.69個百分點')?.subject).toBe('區議會一般選舉投票率');
  });
});

describe('subjects: a comparison before a time (并较疫情前108学年度的…)', () => {
  it('is no subject: the level compared with and the change keep the figure’s', () => {
    const t = '112学年度在台就读的境外学生共13万2,786人，较111学年度增加1万1,364人，并较疫情前108学年度的12万8,417人增加3.4%。';
    const facts = extract(t, { published: '2024-05-16' }).facts;
    expect(facts.find((f) => f.text === '3.4%')?.subject).toBe('境外学生');
    expect(facts.find((f) => f.text === '3.4%')?.period).toBe('2023-08/2024-07');
  });
});

describe('periods: the time of a level a change starts from (由年初的27.2元降至…)', () => {
  it('is the period of that level only, not of the figures after it', () => {
    const t = '2024年，中油汽油价格共调涨19次。超级柴油则由年初的每公升27.2元降至目前的26.9元，服务点共463个。';
    const period = (figure: string) => extract(t, { published: '2024-12-30' }).facts.find((f) => f.text === figure)?.period;
    expect([period('每公升27.2元'), period('26.9元'), period('463个')]).toEqual(['2024-01-01', '2024', '2024']);
  });
  it('nor of the next figure when the level is a duration, nor of the next paragraph', () => {
    const t = '2024年，批出宗數由2023年的886宗增至1,024宗。平均審批時間由2023年的約30天縮短至約22天。\n按行業劃分，餐飲業共312宗，佔批出總數的30.5%。';
    const r = extract(t, { published: '2025-01-16' });
    expect(r.facts.find((f) => f.text === '886宗')?.period).toBe('2023');
    expect(r.facts.find((f) => f.text === '312宗')?.period).toBeUndefined();
  });
  it('a paragraph that opens with periods side by side (上半年…，下半年…) gives none of them to its later sentences; one inside the first, or one set beside it (第二季的升幅), does not count', () => {
    const period = (t: string, figure: string) => extract(t, { published: '2025-01-08' }).facts.find((f) => f.text === figure)?.period;
    expect(period('客運方面，2024年上半年旅客量約352.8萬人次，下半年約388.8萬人次。中轉旅客約46.5萬人次。', '約46.5萬人次')).toBeUndefined();
    expect(period('2024年，全市地区生产总值5000亿元，其中一季度1100亿元。城镇新增就业5万人。', '5万人')).toBe('2024');
    expect(period('整體貨物出口2024年第三季按年上升4.8%，第二季的升幅為12.4%。服務輸出上升5.7%。', '5.7%')).toBe('2024-07/2024-09');
  });
  it('a time opening a clause with 为 and its level, earlier than the sentence’s, is that clause’s only; a later one goes on', () => {
    const period = (t: string, figure: string) => extract(t, { published: '2025-03-27' }).facts.find((f) => f.text === figure)?.period;
    const bank = '截至2024年末，该行不良贷款余额49.27亿元，上年末为46.24亿元；不良贷款率1.56%，较上年末下降0.04个百分点。';
    expect([period(bank, '46.24亿元'), period(bank, '1.56%')]).toEqual(['2023-12-31', '2024-12-31']);
    expect(period('2024年，公司上半年实现合同销售金额355.8亿元，下半年为430.5亿元，环比增长21.0%。', '21.0%')).toBe('2024-07/2024-12');
  });
  it('a sentence that opens with 其中 is of the time of the sentence before, whose parts it tells; another sentence is not', () => {
    const t = '1月25日，省市场监管局发布2023年全省经营主体发展情况。截至2023年底，全省实有经营主体538.29万户。其中，企业142.36万户。个体工商户398.52万户。';
    const period = (figure: string) => extract(t, { published: '2024-01-26' }).facts.find((f) => f.text === figure)?.period;
    expect([period('538.29万户'), period('142.36万户'), period('398.52万户')]).toEqual(['2023-12-31', '2023-12-31', '2023']);
  });
  it('the time of a cause (主要受惠于9月下旬…) is no time of the paragraph', () => {
    const t = '金融業主要受惠於9月下旬本地股票市場交投轉趨活躍。進出口貿易業的指數由91.4上升至94.6，按年上升3.5%。';
    expect(extract(t, { published: '2024-12-13' }).facts.find((f) => f.text === '3.5%')?.period).toBeUndefined();
  });
  it('the day of a sentence that announces something frames none of the paragraph’s later figures', () => {
    const t = '3月27日晚间，润泽乳业发布2024年年度报告。报告期内，公司实现营业收入268.45亿元，同比下降5.2%。';
    expect(extract(t, { published: '2025-03-28' }).facts.find((f) => f.text === '268.45亿元')?.period).not.toBe('2025-03-27');
  });
  it('the day of an announcement (今日（9月26日）公布的数字显示) frames no figure', () => {
    const t = '政府统计处今日（9月26日）公布的数字显示，2024年8月的商品整体出口货值为4,236亿元。同月商品进口货值为4,612亿元。';
    expect(extract(t, { published: '2024-09-26' }).facts.find((f) => f.text === '4,612亿元')?.period).toBe('2024-08');
  });
  it('a time compared from frames no later sentence’s 同期', () => {
    const t = '劳动人口由2024年6月至8月的383.9万人减少约4,600人至2024年7月至9月的383.4万人。同期总就业人数由372.0万人减少至371.0万人。';
    const facts = extract(t, { published: '2024-10-17' }).facts;
    expect(facts.find((f) => f.text === '371.0万人')?.period).toBe('2024-07/2024-09');
  });
});

describe('subjects: what a figure is compared with is no subject', () => {
  const subjectOf = (text: string, figure: string, published = '2024-02-16') => extract(text, { published }).facts.find((f) => f.text === figure)?.subject;
  it('较前一星期, 按周, 较平日 and a holiday after 较去年 leave the subject of the figure before', () => {
    expect(subjectOf('呼吸道样本的流感病毒阳性率为18.36%，较前一星期的14.52%按周上升3.84个百分点。', '3.84个百分点', '2025-01-16')).toBe('流感病毒阳性率');
    expect(subjectOf('国道日均交通量132.4百万车公里，较去年春节日均增加2.6%。', '2.6%')).toBe('国道日均交通量');
    // (the holiday itself stays a subject: 春节假期8天)
    expect(subjectOf('2024年春节假期8天，全国国内旅游出游4.74亿人次。', '8天')).toBe('春节假期');
    // (百分比 keeps its 比)
    expect(subjectOf('阳性样本的百分比为18.36%。', '18.36%', '2025-01-16')).toBe('百分比');
    // (占常住人口842.6万人的22.12%: a level between the whole's name and 的 is that whole; the share after it the part's)
    const aged = '全市60周岁及以上常住老年人口186.4万人，占常住人口842.6万人的22.12%。';
    expect([subjectOf(aged, '842.6万人', '2025-02-18'), subjectOf(aged, '22.12%', '2025-02-18')]).toEqual(['常住人口', '常住老年人口']);
    // (同季 and 同月 are times, left out of the noun they open, as 当月 is)
    expect(subjectOf('第三季，同季入境旅客934.6万人次。', '934.6万人次', '2024-11-20')).toBe('入境旅客');
    expect(subjectOf('8月出口4,236亿元。同月商品进口货值为4,612亿元。', '4,612亿元', '2024-09-26')).toBe('商品进口货值');
  });
});

describe('subjects: per-head and per-month frames', () => {
  const subjectOf = (text: string, figure: string) => extract(text, { published: '2024-07-05' }).facts.find((f) => f.text === figure)?.subject;
  it('每人每月 and 人均每月 frame a figure; the subject is what they frame, or the level before', () => {
    expect(subjectOf('全市城乡居民基础养老金最低标准由每人每月123元提高到143元。', '每月123元')).toBe('城乡居民基础养老金最低标准');
    expect(subjectOf('企业退休人员月人均基本养老金由2986元提高到3078元，人均每月增加92元，增幅为3.08%。', '92元')).toBe('企业退休人员月人均基本养老金');
    // 日均 alone stays (日均入境旅客 is a measure of its own)
    expect(subjectOf('国庆黄金周，全省接待游客1512.8万人次，日均216.1万人次。', '216.1万人次')).toBe('日均');
  });
});

describe('subjects: words around a change or a count that are no part of them', () => {
  const subjectOf = (text: string, figure: string) => extract(text).facts.find((f) => f.text === figure)?.subject;
  it('多为 links a subject to its figure; 再/又/仍 and 上浮 come off it; 仍 after a count names nothing', () => {
    expect(subjectOf('房价指数多为100至120之间，价格上限多为8000元。', '8000元')).toBe('价格上限');
    expect(subjectOf('多孩家庭的补贴标准再上浮三成。', '三成')).toBe('补贴标准');
    // a time between a subject and its figure, with a link word after it (收在); 合约 keeps its 约
    expect(subjectOf('加權指數11月29日收在22,948.31點。', '22,948.31點')).toBe('加權指數');
    expect(subjectOf('住宅樓宇買賣合約5,218宗。', '5,218宗')).toBe('住宅樓宇買賣合約');
    expect(subjectOf('二手住宅平均實用呎價12,680港元，折合約136,500港元/平方米。', '136,500港元/平方米')).toBe('二手住宅平均實用呎價');
    // 仍, 不得 link; 合共 after a counted noun is no part of it; 调幅 names no subject of its own
    expect(subjectOf('家事移工月薪仍維持在20,000元左右。', '20,000元左右')).toBe('家事移工月薪');
    expect(subjectOf('全港18間設有急症室的公立醫院合共錄得128,940人次求診。', '18間')).toBe('公立醫院');
    expect(subjectOf('报告发病数最多的5个病种依次为病毒性肝炎、肺结核、梅毒、新型冠状病毒感染和淋病。', '5个')).toBe('病种');
    expect(subjectOf('每月基本工資由27,470元調升至28,590元，增加1,120元，調幅4.08%。', '4.08%')).toBe('每月基本工資');
    // 为期 and 长达 link a length of time; alone they name nothing
    expect(subjectOf('提名期为期两星期。', '两星期')).toBe('提名期');
    expect(subjectOf('连假长达9天。', '9天')).toBe('连假');
    // (都合计 as a whole would leave one character; 合计 alone leaves 六都)
    expect(subjectOf('六都合計2萬853棟，占全國的78.9%。', '2萬853棟')).toBe('六都');
    expect(subjectOf('10月1日單日入境訪客約23.5萬人次，較2018年同日的約26.4萬人次仍低約一成。', '約26.4萬人次')).toBe('單日入境訪客');
    // the basis of a change after a count (环比, 按月) names nothing it counts
    expect(subjectOf('第三季度晶圆出货量为86.2万片，较第二季度的80.5万片环比增长7.1%。', '80.5万片')).toBe('晶圆出货量');
    expect(subjectOf('住宅樓宇買賣合約4,644宗，較8月的4,950宗按月下跌6.2%。', '6.2%')).toBe('住宅樓宇買賣合約');
  });
});

describe('subjects: what parentheses add to a noun', () => {
  const subjectOf = (text: string, figure: string) => extract(text).facts.find((f) => f.text === figure)?.subject;
  it('an alias stands for the name before it; an aside or a letter abbreviation inside the noun is left out', () => {
    expect(subjectOf('职工基本医疗保险（以下简称职工医保）参保人数862.4万人，增加28.7万人。', '28.7万人')).toBe('职工医保参保人数');
    expect(subjectOf('归属于上市公司股东的净利润（下称“归母净利润”）441.5亿元，同比增长5%。', '5%')).toBe('归母净利润');
    expect(subjectOf('扣除非經常性損益後的淨利潤（下稱「扣非淨利潤」）3.2億元。', '3.2億元')).toBe('扣非淨利潤');
    expect(subjectOf('全省基本医疗保险基金（含生育保险）总收入1046.8亿元。', '1046.8亿元')).toBe('基本医疗保险基金总收入');
    expect(subjectOf('直接稅（包括職業稅、所得補充稅及房屋稅）收入為58.3億澳門元。', '58.3億澳門元')).toBe('直接稅收入');
    expect(subjectOf('全年国内生产总值（GDP）总量达5.6万亿元。', '5.6万亿元')).toBe('国内生产总值总量');
    // a letter with a digit names a thing of its own
    expect(subjectOf('甲型（H3）流感病毒佔71.4%。', '71.4%')).toBe('甲型（H3）流感病毒');
    expect(subjectOf('广义货币(M2)余额309.26万亿元。', '309.26万亿元')).toBe('广义货币(M2)余额');
  });
});

describe('change: a school year compared with', () => {
  it('较上学年 is against the school year before, August to July in Taiwan and September to August elsewhere', () => {
    const basisOf = (text: string, figure: string) => extract(text).facts.find((f) => f.text === figure)?.change?.basis;
    expect(basisOf('澳門2023/2024學年非高等教育學生共84,736名，較上學年減少1,116名。', '1,116名')).toBe('vs:prev');
    expect(basisOf('113學年度學士班註冊率為82.12%，較上學年下降1.02個百分點。', '1.02個百分點')).toBe('vs:prev');
  });
});

describe('subjects: 投资收入 and 投资收益 are nouns', () => {
  it('投资 before 收入 or 收益 is no verb to cut after', () => {
    const subjectOf = (text: string, figure: string) => extract(text).facts.find((f) => f.text === figure)?.subject;
    expect(subjectOf('外汇基金在2024年首三季录得投资收入1,478亿港元。', '1,478亿港元')).toBe('投资收入');
    expect(subjectOf('总投资收益率为3.9%。', '3.9%')).toBe('总投资收益率');
  });
});
