// Resolution of dates and periods against the document: the year reported on, datelines, baselines.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

const values = (text: string, published?: string) =>
  extract(text, published ? { published } : {}).facts.filter((f) => f.kind === 'date' || f.kind === 'period').map((f) => [f.text, f.value]);

describe('the year a document reports on', () => {
  it('annual results published the next January: 全年 and 上年 are of the results year', () => {
    const text = '恒隆地产公布2023年全年业绩\n（香港，2024年1月30日）恒隆地产今日公布截至2023年12月31日止年度之业绩。全年总收入为110.13亿港元；物业销售收入由上年的6.76亿港元增至12.06亿港元，为上年的约1.8倍。';
    expect(values(text, '2024-01-30')).toEqual([
      ['2023年全年', '2023-01/2023-12'],
      ['2024年1月30日', '2024-01-30'],
      ['今日', '2024-01-30'],
      ['2023年12月31日', '2023-12-31'],
      ['全年', '2023-01/2023-12'],
      ['上年', '2022'],
      ['上年', '2022'],
    ]);
  });
  it('a year a multiple is measured against (是2019年的2.1倍) is no year a later 上年 counts from', () => {
    expect(values('2024年末，全省有效发明专利12.45万件，是2019年的2.1倍；每万人口拥有量21.36件，较上年增加1.62件。', '2025-01-21')).toEqual([
      ['2024年末', '2024-12-31'],
      ['2019年', '2019'],
      ['上年', '2023'],
    ]);
  });
  it('a year that opens a span up to now (自2012年首届文凭试至今) names no year for the months after it', () => {
    expect(values('考评局表示，自2012年首届文凭试至今，累计已有逾80万人次应考。考评局将于8月出版今年的考试报告。', '2024-07-17')).toEqual([
      ['2012年', '2012'],
      ['8月', '2024-08'],
      ['今年', '2024'],
    ]);
  });
  it('a deadline after the year of writing (须于2025年底前) names no year for the sentences after it', () => {
    expect(values('截至第三季末，全澳共有娱乐场30间；按法律规定，卫星娱乐场须于2025年底前结束营运。另据统计部门资料，第三季博彩业全职雇员约5.3万人。', '2024-12-01')).toEqual([
      ['第三季末', '2024-09-30'],
      ['2025年底', '2025-12-31'],
      ['第三季', '2024-07/2024-09'],
    ]);
  });
  it('a day in the headline within the month ahead is upcoming, whatever year the body reports on', () => {
    const text = '南部水情吃紧　台南高雄5月1日亮橙灯\n水利署指出，112年10月进入枯水期后，全台降雨明显偏少，112年11月降雨量为历年同期最低。';
    expect(values(text, '2024-04-26')[0]).toEqual(['5月1日', '2024-05-01']);
  });
  it('a day inside a span the paragraph opened with, over a new year, is in the year that puts it inside', () => {
    const text = '冬季服务高峰期由2023年12月18日至2024年3月31日，为期105天。单日最高求诊人次出现在2月14日，达7,235人次。';
    expect(values(text, '2024-04-18')).toEqual([
      ['2023年12月18日至2024年3月31日', '2023-12-18/2024-03-31'],
      ['2月14日', '2024-02-14'],
    ]);
  });
  it('a period followed by 开始 without 自 or 从 is when something begins, not a period since it', () => {
    expect(values('局方预计2025年下半年开始拣选单位；从2025年下半年开始，新申请将分批处理。', '2024-08-20')).toEqual([
      ['2025年下半年', '2025-07/2025-12'],
      ['从2025年下半年开始', '2025-07/..'],
    ]);
  });
  it('全年 in a sentence that names a Hong Kong fiscal year is that fiscal year', () => {
    expect(values('政府在二○二四至二五年度财政预算案中，预计全年印花税收入约740亿港元。', '2024-11-04')).toEqual([
      ['二○二四至二五年度', '2024-04/2025-03'],
      ['全年', '2024-04/2025-03'],
    ]);
  });
  it('截至 a day with no year is the latest such day up to publication, not a year back', () => {
    expect(values('疫苗接种计划已于2024年9月26日展开。截至一月十二日，共接种约183.6万剂。', '2025-01-16')).toEqual([
      ['2024年9月26日', '2024-09-26'],
      ['一月十二日', '2025-01-12'],
    ]);
    // (an annual report on the year before keeps that year: 3月5日 of 2023, published January 2024)
    expect(values('2023年全市共开展检查。截至3月5日，共检查企业200家。', '2024-01-20')).toEqual([
      ['2023年', '2023'],
      ['3月5日', '2023-03-05'],
    ]);
  });
  it('去年 compared with in a sentence about the year before publication is the year before that', () => {
    expect(values('2024年全市地区生产总值比去年增长5.0%。', '2025-01-20')).toEqual([
      ['2024年', '2024'],
      ['去年', '2023'],
    ]);
    // (去年 alone, or in a sentence about no year, is the year before publication)
    expect(values('去年全市地区生产总值增长5.0%。', '2025-01-20')).toEqual([['去年', '2024']]);
  });
  it('a news report of the day keeps the publication year for 今年', () => {
    expect(values('（中央社台北27日电）今年上半年出口增长。', '2024-07-27')).toEqual([
      ['27日', '2024-07-27'],
      ['今年上半年', '2024-01/2024-06'],
    ]);
  });
});

describe('lunar days', () => {
  it('resolve near the publication date, in either script', () => {
    expect(values('春节假期，初一、初二客流最旺。', '2024-02-18')).toEqual([
      ['初一', '2024-02-10'],
      ['初二', '2024-02-11'],
    ]);
    expect(values('春節假期，初一、初二客流最旺。', '2024-02-18')).toEqual([
      ['初一', '2024-02-10'],
      ['初二', '2024-02-11'],
    ]);
    // read in late January 2025, 腊月二十三 is of lunar year 2024
    expect(values('腊月二十三小年', '2025-01-25')).toEqual([['腊月二十三', '2025-01-22']]);
  });
  it('without a publication date, take the year the text gives, else none', () => {
    expect(values('2024年正月初一')).toEqual([['2024年正月初一', '2024-02-10']]);
    expect(values('正月初一')).toEqual([['正月初一', null]]);
  });
});

describe('a report with no year written', () => {
  it('results from January not yet over at publication are of the year before', () => {
    const text = '初步核算，全年全省生产总值82553亿元，比上年增长6.0%。一季度、上半年、前三季度分别增长6.0%、6.8%、6.3%。年末常住人口6627万人，比上年末增加50万人。';
    expect(values(text, '2024-03-04')).toEqual([
      ['全年', '2023-01/2023-12'],
      ['上年', '2022'],
      ['一季度', '2023-01/2023-03'],
      ['上半年', '2023-01/2023-06'],
      ['前三季度', '2023-01/2023-09'],
      ['年末', '2023-12-31'],
      ['上年末', '2022-12-31'],
    ]);
  });
  it('a year compared with (好于上年) does not frame the paragraph', () => {
    expect(values('2024年前三季度，全省农业增加值增长3.6%。秋粮长势总体好于上年。预计全年粮食播种面积稳定。', '2024-10-23')).toEqual([
      ['2024年前三季度', '2024-01/2024-09'],
      ['上年', '2023'],
      ['全年', '2024-01/2024-12'],
    ]);
  });
  it('a forecast, or a half year under way, stays in the year of publication', () => {
    expect(values('预计全年增长5%左右。', '2024-03-04')).toEqual([['全年', '2024-01/2024-12']]);
    expect(values('下半年方面，出口可望回升。', '2023-08-18')).toEqual([['下半年', '2023-07/2023-12']]);
  });
});

describe('上月 in a monthly report', () => {
  it('is the month before the paragraph’s month, not before publication, in a clause that names no month', () => {
    const text = '10月失業率為3.38%，較上月下降0.03個百分點；經季節調整後失業率為3.36%，較上月下降0.01個百分點。';
    const months = extract(text, { published: '2024-11-22' }).facts.filter((f) => f.text === '上月').map((f) => f.value);
    expect(months).toEqual(['2024-09', '2024-09']);
  });
});

describe('同期 with no period in its sentence', () => {
  it('in results whose lead names the half year, is that half of the year named, not the dateline’s day', () => {
    const text = '港豐集團上半年股東應佔溢利按年升8.6%\n（香港，2024年8月22日）港豐集團今日公布中期業績。期內每股基本盈利為1.21港元（2023年同期：1.11港元）。';
    expect(values(text, '2024-08-22').filter(([t]) => t === '2023年同期')).toEqual([['2023年同期', '2023-01/2023-06']]);
  });
  it('after a day inside the lead’s period named in another sentence, is the lead’s period', () => {
    const text = '國慶黃金周（10月1日至7日）期間旅客共約1,183.2萬人次。\n10月1日晚上舉行的煙花匯演歷時23分鐘。郵輪旅客約1.6萬人次，為去年同期的兩倍。';
    expect(values(text, '2024-10-08').filter(([t]) => t === '去年同期')).toEqual([['去年同期', '2023-10-01/2023-10-07']]);
  });
  it('after a stock told at the last day of the paragraph’s period, is that day a year back', () => {
    const text = '通报2024年上半年全省可再生能源发展情况。截至6月底，全省发电装机容量达到8640万千瓦。其中，新能源装机占比较上年同期提高5.5个百分点。\n上半年，全省新增新能源装机462万千瓦，是上年同期的1.5倍。';
    expect(values(text, '2024-07-26').filter(([t]) => t === '上年同期')).toEqual([
      ['上年同期', '2023-06-30'],
      ['上年同期', '2023-01/2023-06'],
    ]);
  });
  it('after a day outside the lead’s period, is that day', () => {
    const text = '凱米颱風24日至25日挾帶豪雨。\n農業部今天表示，蔬菜平均批發價每公斤56.8元，比去年同期上漲56%。';
    expect(values(text, '2024-07-27').filter(([t]) => t === '去年同期')).toEqual([['去年同期', '2023-07-27']]);
  });
});

describe('ROC years in Taiwan text', () => {
  it('reads a projection year up to 199 (159年 is 2070), not a duration', () => {
    const text = '國發會今（20）日發布113年至159年人口推估。依中推估結果，159年總人口將降至1,497.3萬人。';
    expect(values(text, '2024-08-20').filter(([t]) => t === '159年')).toEqual([['159年', '2070']]);
  });
});

describe('a report on the year before, published early in the next', () => {
  it('takes a day after publication as last year’s (春节连假 in a January release on last year)', () => {
    const text = '113年高鐵全年旅運量達7,834萬人次。\n連假疏運方面，春節連假（2月8日至14日）共7天。';
    expect(values(text, '2025-01-21').filter(([t]) => t === '2月8日至14日')).toEqual([['2月8日至14日', '2024-02-08/2024-02-14']]);
    // (a news report of the coming holiday keeps the year of publication)
    expect(values('春節連假（2月8日至14日）共7天。', '2025-01-21')).toEqual([['2月8日至14日', '2025-02-08/2025-02-14']]);
  });
  it('reads 去年同期 in a monthly report as the lead’s month a year back', () => {
    const text = '10月機場客運量約470萬人次。\n旅客量較去年同期上升。';
    expect(values(text, '2024-11-15').filter(([t]) => t === '去年同期')).toEqual([['去年同期', '2023-10']]);
  });
});

describe('times that frame no sentence', () => {
  it('a year in parentheses giving an earlier figure (（2022年：1,250亿港元）) leaves the sentence’s year alone', () => {
    const text = '港交所公布2023年度业绩。\n去年现货市场平均每日成交额为1,050亿港元，按年下跌16.0%（2022年：1,250亿港元），其中第四季平均每日成交额为889亿港元。';
    expect(values(text, '2024-02-28').filter(([t]) => t === '第四季')).toEqual([['第四季', '2023-10/2023-12']]);
    // (and with 为: 环比增长4.9%（9月为6046.2万人次）)
    const text2 = '2024年10月，全行业完成旅客运输量6342.5万人次，环比增长4.9%（9月为6046.2万人次）。其中，国际航线完成654.3万人次，恢复至2019年同期的86.4%。';
    expect(values(text2, '2024-11-15').filter(([t]) => t === '2019年同期')).toEqual([['2019年同期', '2019-10']]);
  });
  it('月底 alone is the end of the month reported on', () => {
    const text = '11月台股加權指數上漲。\n信用交易方面，融資餘額月底升至3,412.6億元。';
    expect(values(text, '2024-12-01').filter(([t]) => t === '月底')).toEqual([['月底', '2024-11-30']]);
  });
  it('a record compared with 此前 is a baseline: 全年 after it is the year reported on; 前夕 is no future', () => {
    const text = '江州地铁发布2024年运营数据。2024年客运量16.85亿人次。\n4月30日（劳动节假期前夕），线网客运量达721.6万人次，比此前2023年12月31日创下的689.3万人次高出32.3万人次。全年单日客运量超过600万人次的日子共有27天。';
    expect(values(text, '2025-01-03').filter(([t]) => t === '4月30日' || t === '全年')).toEqual([
      ['4月30日', '2024-04-30'],
      ['全年', '2024-01/2024-12'],
    ]);
  });
  it('in early January, a December day after a January one is last year’s', () => {
    const text = '陽性比率升至截至1月4日的一週內的14.9%。自12月21日起，中心共接獲86宗嚴重個案。';
    expect(values(text, '2025-01-06').filter(([t]) => t.includes('12月21日'))).toEqual([['自12月21日起', '2024-12-21/..']]);
  });
  it('当年 alone repeats a year the text named (与105年相比…当年的1.58倍, 2023年…。同年…) and is left out; with no year before it, it is the year in context', () => {
    expect(values('臺灣基本工資自106年起連續調漲。與105年相比，時薪由新臺幣120元調升至190元，時薪已是當年的1.58倍。', '2024-09-11').map(([t]) => t)).toEqual(['自106年起', '105年']);
    expect(values('2023年全县新建学校5所，当年投入使用3所。', '2024-01-20')).toEqual([['2023年', '2023']]);
    expect(values('2023年全县新建学校5所。\n同年共有3所投入使用。', '2024-01-20')).toEqual([['2023年', '2023']]);
    expect(values('全县新建学校5所，当年投入使用3所。', '2024-01-20')).toEqual([['当年', '2024']]);
    // (当年 with a month is a date of its own: 当年12月)
    expect(values('2023年全县新建学校5所，当年12月投入使用3所。', '2024-01-20')).toEqual([['2023年', '2023'], ['当年12月', '2023-12']]);
  });
  it('a government work report reviews the year before its title year; its targets (力争全年…) are for the year of writing', () => {
    const text = '云溪县2025年政府工作报告（摘要）\n一、工作回顾\n全年实现地区生产总值386.4亿元，比上年增长6.2%，完成投资156.7亿元，为年度计划的104.5%。\n二、2025年工作\n一是扩大有效投资，力争全年实施重点项目130个以上。';
    expect(values(text, '2025-01-20').filter(([t]) => t === '全年' || t === '上年')).toEqual([
      ['全年', '2024-01/2024-12'],
      ['上年', '2023'],
      ['全年', '2025-01/2025-12'],
    ]);
  });
  it('the time of what a figure is computed with (按2023年末全国总人口…计算) frames nothing: 上年末 after it is of the report’s year', () => {
    const text = '国家知识产权局发布2024年上半年知识产权主要统计数据\n截至2024年6月底，高价值发明专利拥有量189.0万件。按2023年末全国总人口14.10亿人计算，每万人口高价值发明专利拥有量达到14.6件，较上年末增加0.9件。';
    expect(values(text, '2024-07-11').filter(([t]) => t === '上年末')).toEqual([['上年末', '2023-12-31']]);
  });
  it('a plan for the whole year under way (全年预算) does not make a November report one on the year before', () => {
    const text = '博彩監察協調局資料顯示，第三季澳門幸運博彩毛收入為555.54億澳門元，按年上升13.8%。首三季累計毛收入1,702.28億澳門元，達到特區政府全年預算2,160億澳門元的78.8%。';
    expect(values(text, '2024-11-08').filter(([t]) => t === '第三季' || t === '首三季')).toEqual([['第三季', '2024-07/2024-09'], ['首三季', '2024-01/2024-09']]);
  });
  it('2019年同期 of a holiday over a new year moves both ends to the holiday that ends in 2019; 上年同月 after a month-end day is the month', () => {
    const text = '2024年元旦假期（2023年12月30日至2024年1月1日，共3天），全省接待游客2486.3万人次，较2019年同期增长8.7%。';
    expect(values(text, '2024-01-02').filter(([t]) => t === '2019年同期')).toEqual([['2019年同期', '2018-12-30/2019-01-01']]);
    expect(values('9月底購屋貸款餘額為10兆元，較上年同月增加1兆元。', '2024-10-25').filter(([t]) => t === '上年同月')).toEqual([['上年同月', '2023-09']]);
  });
  it('a headline that publishes a year’s statistics (公布2024年統計數字) names the year 全年 reports on; a dateline’s source (政府新聞公報) is no bulletin', () => {
    const body = '\n截至2024年12月31日，本地公司共有1,432,816間。\n電子服務方面，網上查冊服務全年共錄得約520萬宗查冊。';
    const full = (text: string) => values(text, '2025-01-08').filter(([t]) => t === '全年');
    expect(full('公司註冊處公布2024年統計數字\n發布日期：2025年1月8日　來源：香港特別行政區政府新聞公報' + body)).toEqual([['全年', '2024-01/2024-12']]);
    expect(full('公司註冊處公布去年數字\n發布日期：2025年1月8日　來源：香港特別行政區政府新聞公報' + body)).toEqual([['全年', '2024-01/2024-12']]);
  });
  it('a period in parentheses after 上一期 restates it; 去年同期 is then the sentence’s own period a year back', () => {
    const text = '2024年7月至9月本澳總體失業率為1.7%；就業不足率為0.8%，與上一期（4月至6月）相同。與去年同期比較，總體失業率下降0.3個百分點。';
    expect(values(text, '2024-10-30').filter(([t]) => t === '去年同期')).toEqual([['去年同期', '2023-07/2023-09']]);
  });
  it('in a text of three-month moving averages 上一期 is the window a month back, even for a calendar quarter', () => {
    const text = '政府統計處公布，經季節性調整的失業率（三個月移動平均數字）在2024年7月至9月為3.0%，與上一期相同。';
    expect(values(text, '2024-10-17').filter(([t]) => t === '上一期')).toEqual([['上一期', '2024-06/2024-08']]);
  });
  it('a baseline restated in parentheses with its calendar (（西元2019年1至10月）) frames nothing after it', () => {
    const text = '113年1至10月詐欺案件發生3萬2,487件。與108年同期（西元2019年1至10月）的2萬3,154件相比，今年發生數仍增加約4成。財損金額較去年同期增加9.7%。';
    expect(values(text, '2024-11-20').filter(([t]) => t === '去年同期')).toEqual([['去年同期', '2023-01/2023-10']]);
  });
  it('上季 in a paragraph that names no period is against the lead’s quarter', () => {
    const text = '第三季總體失業率1.7%。\n按行業統計，運輸業1.64萬人，與上季相同。';
    expect(values(text, '2024-10-30').filter(([t]) => t === '上季')).toEqual([['上季', '2024-04/2024-06']]);
  });
  it('112年同期 after 今年 alone is the lead’s months a year back', () => {
    const text = '內政部公布，臺灣前11月出生數12萬2,814人。\n今年適逢龍年，但實際仍較112年同期下滑。';
    expect(values(text, '2024-12-10').filter(([t]) => t === '112年同期')).toEqual([['112年同期', '2023-01/2023-11']]);
  });
  it('同期 of a window that covers a whole month (1日0时至30日24时) is that month a year back', () => {
    const text = '2024年9月1日0时至9月30日24时，全省共报告法定传染病53319例。与去年同期相比，报告发病数上升7.23%。';
    expect(values(text, '2024-10-16').filter(([t]) => t === '去年同期')).toEqual([['去年同期', '2023-09']]);
  });
  it('a span over several years (2021—2023年年均…) or since an earlier year (自111年5月1日施行) frames no later 全年 or 1至10月', () => {
    const text = '江岳省2023年能源公报\n非化石能源消费比重提高1.3个百分点，2021—2023年年均提高1.1个百分点。全年煤炭消费量约1.62亿吨。';
    expect(values(text, '2024-03-28').filter(([t]) => t === '全年')).toEqual([['全年', '2023-01/2023-12']]);
    const tw = '勞動部今（15）日公布113年1至10月勞保統計。\n勞工職業災害保險及保護法自111年5月1日施行，至今已逾2年半。1至10月共核付職災保險給付4萬750件，較上年同期增加3.1%。';
    expect(values(tw, '2024-11-15').slice(-3)).toEqual([
      ['自111年5月1日', '2022-05-01/..'],
      ['1至10月', '2024-01/2024-10'],
      ['上年同期', '2023-01/2023-10'],
    ]);
  });
  it('a day still ahead in the year of publication is of that year, though the paragraph spoke of the next (114年度總預算案…將於8月底前)', () => {
    const text = '行政院會今（22）日通過114年度中央政府總預算案。依預算法規定，主計總處將於8月底前送請立法院審議。';
    expect(values(text, '2024-08-22').filter(([t]) => t === '8月底')).toEqual([['8月底', '2024-08-31']]);
  });
  it('a part singled out (单计第二季) frames only its sentence: the next 同期 is of the period told of', () => {
    const text = '2024年1月至6月，警方共开立刑事专案调查7,214宗。单计第二季，刑事专案调查3,702宗。与2019年同期相比，整体刑事专案调查仍减少约一成。';
    expect(values(text, '2024-08-06').filter(([t]) => t === '2019年同期')).toEqual([['2019年同期', '2019-01/2019-06']]);
  });
  it('a year that names a group (2025届毕业生) frames no later day', () => {
    const text = '学校于今年9月至11月集中开展2025届毕业生秋季招聘。截至12月20日，又有312人实现就业。';
    expect(values(text, '2024-12-26')).toEqual([
      ['今年9月至11月', '2024-09/2024-11'],
      ['2025届', '2025'],
      ['12月20日', '2024-12-20'],
    ]);
  });
  it('a period in an aside that names a part (（其中上半年…）) is not what a later 同期 is of', () => {
    const text = '首三季累計出生2,716名（其中上半年1,840名），人口自然增長率為1.2‰，低於去年同期的1.6‰。';
    expect(values(text, '2024-11-14').filter(([t]) => t === '去年同期')).toEqual([['去年同期', '2023-01/2023-09']]);
  });
  it('the year of the headline outweighs a year named once in the body (青溪县2024年上半年…进展情况 … 2023年)', () => {
    const text = '青溪县2024年上半年乡村振兴工作进展情况\n今年以来，各项重点任务扎实推进。\n一、上半年，全县农村居民人均可支配收入11236元，同比增长7.8%。2023年全县农村居民人均可支配收入2.1万元。';
    expect(values(text, '2024-07-26').filter(([t]) => t === '上半年')).toEqual([['上半年', '2024-01/2024-06']]);
  });
  it('in a report on the first half, 今年以来…较上年同期 is the first half a year back; 力争全年 is the report’s year', () => {
    const text = '北岭乳业2024年半年度业绩\n上半年公司实现营业收入136.5亿元。公司表示，今年以来原奶供给过剩，生鲜乳收购价较上年同期下降约一成。\n公司计划至2026年底将自有奶源占比提升至50%以上；力争全年营业收入降幅收窄至3%以内。';
    expect(values(text, '2024-08-28').filter(([t]) => t === '上年同期' || t === '全年')).toEqual([
      ['上年同期', '2023-01/2023-06'],
      ['全年', '2024-01/2024-12'],
    ]);
  });
});

describe('times after the year reported on', () => {
  it('a cut-off day (截至2025年1月31日) or a publication month after the year names no year for 全年 and 上年', () => {
    const text = '２０２４年，全省共完成食品安全监督抽检４６．８２万批次，较上年增加２．７８万批次。\n截至２０２５年１月３１日，已完成核查处置１２０５７批次，平均周期为１２．６天，较上年缩短２．４天。全年立案查处３８６２件。';
    expect(values(text, '2025-02-18')).toEqual([
      ['２０２４年', '2024'],
      ['上年', '2023'],
      ['２０２５年１月３１日', '2025-01-31'],
      ['上年', '2023'],
      ['全年', '2024-01/2024-12'],
    ]);
    const hk = '二○二四年首三季私人住宅落成16 245個單位。差餉物業估價署會在二○二五年四月出版的《香港物業報告》中公布全年修訂數字。';
    expect(values(hk, '2024-10-25').map(([t, v]) => `${t} ${v}`)).toContain('全年 2024-01/2024-12');
  });
  it('a target word governs the report word of its own clause only (尽管全年亏损，公司仍拟…)', () => {
    const text = '公司2024年实现营业收入612.47亿元。\n利润分配方面，尽管全年亏损，公司仍拟每10股派发现金红利0.3元。';
    expect(values(text, '2025-04-30')).toEqual([
      ['2024年', '2024'],
      ['全年', '2024-01/2024-12'],
    ]);
  });
});

describe('the base of an index, and the quarter before the one a paragraph names', () => {
  it('以1999年为基期（1999年＝100） names no year for the months after it', () => {
    const text = '2024年10月私人住宅租金指数为195.6。\n差估署表示，指数以1999年为基期（1999年＝100）；上述10月数字为临时数字。';
    expect(values(text, '2024-11-27')).toEqual([
      ['2024年10月', '2024-10'],
      ['1999年', '1999'],
      ['1999年', '1999'],
      ['10月', '2024-10'],
    ]);
  });
  it('a year written only as the start of an open period (2023年以来) weighs half: a Q3 report of October reports on this year', () => {
    const text = '芯瀚微第三季度营收环比增长21.7%\n10月28日晚间，芯瀚微披露季度报告。第一季度、第二季度营业收入分别为4.80亿元、5.62亿元。截至2024年9月30日，公司员工1,286人。\n业内人士指出，2023年以来，芯片需求逐步回暖。';
    expect(values(text, '2024-10-29')).toContainEqual(['第三季度', '2024-07/2024-09']);
    expect(values(text, '2024-10-29')).toContainEqual(['第一季度', '2024-01/2024-03']);
  });
  it('今年 in the lead: the article reports on the year of publication, whatever earlier year it names once', () => {
    const text = '前三季度我省彩票销售206.10亿元\n记者10月21日从省财政厅获悉，今年1—9月，全省累计销售彩票206.10亿元。\n6月至7月，竞猜型彩票销量15.86亿元。\n2023年全年，全省销售彩票268亿元。';
    expect(values(text, '2024-10-22')).toContainEqual(['6月至7月', '2024-06/2024-07']);
  });
  it('上季 is the quarter before the one the paragraph named, not before its dateline', () => {
    const text = '內政部今（30）日發布113年第2季住宅價格負擔能力統計。全國房價所得比為10.41倍，較上季增加0.25倍。';
    expect(values(text, '2024-09-30')).toContainEqual(['上季', '2024-01/2024-03']);
  });
});

describe('a time of day followed by 起', () => {
  it('opens a period with or without 自', () => {
    expect(values('台塑化宣布，12月2日凌晨1时起汽、柴油价格同步调降。', '2024-12-01')).toEqual([['12月2日凌晨1时起', '2024-12-02T01:00/..']]);
  });
});

describe('a year compared with, its level in parentheses', () => {
  it('是2023年（8次）的1.5倍 frames no later date of the paragraph', () => {
    const v = values('2024年全省共出现区域性暴雨过程12次，是2023年（8次）的1.5倍。其中，6月10日至7月1日的持续性强降雨过程历时22天。', '2025-01-09');
    expect(v).toContainEqual(['6月10日至7月1日', '2024-06-10/2024-07-01']);
  });
});
