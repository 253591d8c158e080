import { describe, expect, it } from 'vitest';
import { findings, fires } from '../support/checks.js';
import { wholeFit } from '../../src/checks/rate-mismatch.js';

describe('rate-mismatch', () => {
  it.each([
    // a rate against its counts
    ['2023年，全县立刑事案件1365宗，破案707宗，破案率55%。', '55%'],
    // 不合格率 against its own 不合格 count
    ['网络销售食品抽检2.26万批次，不合格385批次，不合格率为1.07%。', '1.07%'],
    // a time inside the name of the whole (占全年结婚对数), and a name with a word left out (结婚登记对数)
    ['113年全年结婚登记对数为11万8542对。同性婚姻自108年起合法化。113年同性结婚登记2976对，占全年结婚对数的3.5%。', '3.5%'],
    // shares of one paragraph, one naming a whole no level of the text has (体彩销量), the others bare (占比)
    ['乐透数字型彩票销售52.30亿元，占体彩销量的38.6%；竞猜型彩票销售61.18亿元，占比45.1%；即开型彩票销售22.14亿元，占比19.3%。', '19.3%'],
    // a change in percentage points against the rate compared with and the rate it is of
    ['R&D经费投入强度为2.54%，比上年的2.46%提高0.18个百分点。', '0.18个百分点'],
    // and for a difference of two levels of one unit
    ['全省每万车死亡率为0.97人，较2019年的1.53人下降0.65人。', '0.65人'],
    // a share named by what it counts, of a count with 中 after its noun
    ['分行业看，全市35个工业行业大类中，有27个行业增加值保持增长，增长面为71.4%。', '71.4%'],
    ['从成交方式看，12宗地块中有5宗溢价成交，其余7宗以底价成交，溢价成交比例为58.3%，平均溢价率4.6%。', '58.3%'],
    // the same for a ratio told as a multiple
    ['臺中市房價所得比由上季的10.96倍升至11.38倍，增加0.24倍。', '0.24倍'],
    // a share naming its part after 其中: the level of that name in its sentence, not the nearest one
    ['第三季度公司实现营业收入86.42亿元。分业务看，港口业务、航运业务和综合物流业务分别实现收入38.15亿元、32.70亿元和15.57亿元，其中航运业务收入占营业收入的42.6%。', '42.6%'],
    // a share opening its sentence with the name of a level told before it
    ['前三季度，全省新设经营主体86.42万户。其中，新设企业24.35万户，个体工商户61.28万户。新设企业占新设经营主体的比重为35.2%。', '35.2%'],
    // the denominator in the paragraph before, found by the rate's own noun (投诉办结率 → 投诉)
    ['全年共受理消费者诉求26.84万件。其中，投诉15.37万件，同比增长13.7%。\n全年共办结投诉15.02万件，投诉办结率为99.7%。', '99.7%'],
    // a whole named in other words, found by its head (外贸总值 → 货物贸易进出口总值)
    ['我国货物贸易进出口总值39.62万亿元，同比增长4.9%。其中，民营企业进出口21.98万亿元，增长8.7%，占我外贸总值的57.9%。', '57.9%'],
    // a rate of two different counts, found by what they count
    ['共有12.6万人报名，较2023年增长21.2%。3万个参赛名额全部通过电脑抽签产生，整体中签率为28.6%。', '28.6%'],
    // a channel's share of revenue (X占比) against the revenue told in an earlier paragraph (18.76 / 67.13 = 27.9%)
    ['上半年，公司实现酒类收入67.13亿元，其中中高档酒收入49.85亿元。\n分渠道看，直销（含团购）收入18.76亿元，同比增长32.6%，直销占比为31.2%。', '31.2%'],
    // the whole in parentheses after its name (52.37 / 84.20 = 62.2%), the difference before it no part
    ['全省大中型水库蓄水量52.37亿立方米，较常年同期偏少18.46亿立方米，仅占兴利库容（84.20亿立方米）的72.2%。', '72.2%'],
    // 完成率 of a length against the plan stated in an earlier paragraph (152.3 / 186.5 = 81.7%)
    ['全年计划新改建农村公路186.5公里，改造危旧桥梁23座。\n截至11月底，累计完成新改建农村公路152.3公里，完成率91.8%。', '91.8%'],
    // a gross margin against the gross profit and revenue of its quarter (5.44 / 21.71 = 25.1%)
    ['公司第三季度实现销售收入21.71亿美元，环比增长14.2%；毛利为5.44亿美元，毛利率为20.5%，较上季度的13.9%提升6.6个百分点。', '20.5%'],
    // a debt ratio against the liabilities and assets of its date (59.6 / 91.5 = 65.1%); bad loans over loans (721 / 56200 = 1.28%)
    ['10月末，中央企业资产总额91.5万亿元，同比增长5.2%；负债总额59.6万亿元，资产负债率为63.4%，较上年同期下降0.2个百分点。', '63.4%'],
    ['9月末，全省银行业各项贷款余额5.62万亿元，不良贷款余额721亿元，不良贷款率1.82%。', '1.82%'],
    // a share against its part and whole
    ['发电装机容量7487.71万千瓦。水电971.82万千瓦，占总装机的12.98%；火电2324.62万千瓦，占33.05%。', '33.05%'],
    // a change against two levels
    ['电诈案件从460起降至408起，下降15%。', '15%'],
    // a share among a count with 中 whose name is long (国家地表水考核断面中: 132 / 149 = 88.6%)
    ['9月，全省149个国家地表水考核断面中，水质优良（Ⅰ～Ⅲ类）断面132个，比例为90.6%。', '90.6%'],
    // the first of two joined shares is of the first level (8.6 / 182.6 = 4.7%, not 9.4%)
    ['旅客總消費182.6億澳門元，購物消費為79.6億澳門元，佔總消費的43.6%；本地交通及其他消費分別為8.6億及17.2億澳門元，佔9.4%及4.7%。', '9.4%'],
    // flights on time over flights flown, not over the daily average (213.6 / 245.8 = 86.9%)
    ['上半年客运航空公司共执行航班245.8万班次，日均执行航班1.35万班次，其中正常航班213.6万班次，平均航班正常率为89.6%。', '89.6%'],
    // a procurement's savings over its budget (11.06 / 186.42 = 5.93%); a share written 的比重达到
    ['全年政府采购预算186.42亿元，实际采购金额175.36亿元；节约财政资金11.06亿元，资金节约率为6.52%。', '6.52%'],
    ['上半年公司汽车销量148.62万辆。海外市场销量21.46万辆，同比增长46.3%，占总销量的比重达到18.4%。', '18.4%'],
    // the part of a target reached, the target inside the phrase (4.86 / 8 = 60.75%)
    ['1-6月，全市城镇新增就业4.86万人，完成全年目标任务8万人的65.8%。', '65.8%'],
    // an adjustment from one level to another (调整为) and its rate (26,250 / 25,480 is +3.0%)
    ['學雜費由2萬5,480元調整為2萬6,250元，調幅2.3%。', '2.3%'],
    // a change against a level named before it
    ['营业收入6.13亿元，较二季度的7.05亿元环比下降18.07%。', '18.07%'],
    // a level, its increment and the percent
    ['年末户籍人口218.7万人，比上年增加8630人，增长0.9%。', '0.9%'],
    // a fall from a time written in figures, its rate as 环比降幅为 (553 / 33158 = 1.67%)
    ['截至2024年10月末，我国外汇储备规模为32605亿美元，较9月末下降453亿美元，环比降幅为1.67%。', '1.67%'],
    // the previous level, the increment, the percent of it (31 of 249 is 12.4%)
    ['行人死亡218人，較去年同期的249人減少31人，減幅14.2%。', '14.2%'],
    // no whole number of cases gives this change
    ['全县立电诈案件408起、同比下降13.50%。', '13.50%'],
    // 季增 is a change word, not the subject of the change
    ['联发科在台北公布财报，第三季合并营收新台币1,318.1亿元，较第二季的1,273.6亿元季增5.3%。', '5.3%'],
    // a change against a level compared with in the clause after ；
    ['12月外销订单金额为551.4亿美元，年减16.0%，已连续16个月呈现年减；与11月的512.5亿美元相比，则增加17.6%。', '17.6%'],
    // a share between a level and its increment
    ['新注册登记新能源汽车743万辆，占新注册登记汽车数量的30.25%，与上年相比增加207万辆，增长48.76%。', '48.76%'],
    // shares that do not name their whole: one implies another whole than the rest
    ['恶性肿瘤死亡5万3,126人，占25.8%；心脏疾病2万3,276人，占11.3%；肺炎1万5,612人，占9.6%；脑血管疾病1万2,524人，占6.1%。', '9.6%'],
    // a share of two parts together (合计占): (1326 + 985) / 4212 is 54.9%, not 59.4%
    ['新能源装机容量4212万千瓦。北屏市、云川市新能源装机分别为1326万千瓦和985万千瓦，合计占全省新能源装机的59.4%。', '59.4%'],
    // the earlier level in parentheses after the change (26.0 → 48.2 is +85.4%)
    ['經常性業務利潤為48.2億港元，按年上升58.4%（2022年：26.0億港元）。', '58.4%'],
    // an index change in points and in percent (607.75 on 22,340.56 is 2.72%)
    ['加權指數收在22,948.31點，較10月31日的22,340.56點上漲607.75點，月漲幅3.72%。', '3.72%'],
    // a rate of growth compared with an earlier one, in percentage points
    ['不含蔬果及能源的核心CPI年增1.93%，较9月的2.01%减缓0.18个百分点。', '0.18个百分点'],
    // the whole written inside the share's own phrase
    ['公司累计回购股份28,654,200股，占公司总股本1,250,876,520股的2.92%。', '2.92%'],
    // a change told with 成长 (Taiwan) against the level compared with
    ['韓國旅客26萬4,315人次，較去年同期的18萬9,640人次成長49.4%，占13.1%。', '49.4%'],
    // an increment told with Taiwan's 年增 and its percent after 或, a share between (3.2 on 412.6 is 0.78%)
    ['製造業部門415.8萬人，占總就業人數的35.91%，年增3.2萬人或0.42%。', '0.42%'],
    // a rate against its counts, not a level compared with (5,210 / 8,433 is 61.8%); a whole named 整體…: 刑事案件
    // 調查 8,433, not 偵破案件 (3,910 / 8,433 is 46.4%)
    ['全年共開立刑事案件調查8,433宗，較2023年的7,960宗上升5.9%。全年偵破案件5,210宗，整體破案率為65.5%。\n按案件類別劃分，侵犯財產罪3,910宗，佔整體刑事案件的46.4%；侵犯人身罪1,618宗，佔17.2%。', '65.5%'],
    ['全年共開立刑事案件調查8,433宗，較2023年的7,960宗上升5.9%。全年偵破案件5,210宗，整體破案率為61.8%。\n按案件類別劃分，侵犯財產罪3,910宗，佔整體刑事案件的46.4%；侵犯人身罪1,618宗，佔21.2%。', '21.2%'],
    // the increment after the percent (较上年同期净增): 38.5 on 176.35 is 21.83%
    ['前三季度累计完成包裹量214.85亿件，同比增长12.6%，较上年同期净增38.5亿件。', '12.6%'],
    // the bare share of a part right after 其中 is of the level 其中 breaks down (1,214 / 1,586 is 76.5%), across
    // the full stop before 其中, not of a level compared with after it; 約 before four figures and 萬 is 1% at most
    ['上半年經港珠澳大橋口岸出入境旅客1,586萬人次，按年上升41.2%，已超過2018年同期的約1,320萬人次。其中內地旅客1,214萬人次，佔整體的78.5%。', '78.5%'],
    ['首三季訪澳旅客約2,587萬人次，按年上升26.8%。其中內地旅客約1,823萬人次，佔72.5%；香港旅客約531萬人次。', '72.5%'],
    // a count against the level compared with, the basis after it (80.5 → 86.2 is +7.1%)
    ['第三季度晶圆出货量为86.2万片，较第二季度的80.5万片环比增长9.1%。', '9.1%'],
    // an index level against the one compared with in the next clause, opened by its basis (105.36 / 105.58 is -0.21%)
    ['3月綜合消費物價指數為105.36，較去年同月的105.10按年上升0.25%；按月則較2月的105.58下跌0.12%。', '0.12%'],
    // a month's total, not its daily average, against last month's (311 → 398 is +28%)
    ['10月份訪港旅客約398萬人次，按年上升14.2%，日均約12.8萬人次；較9月的約311萬人次按月增加約38%。', '約38%'],
    // a rate defined in parentheses after its name, each of its terms a level told before (1862.4 / 2410.5 is 77.26%)
    ['年末，缴存余额2410.5亿元，比上年末增长6.8%。个人住房贷款余额1862.4亿元；个人住房贷款率（个人住房贷款余额占缴存余额的比率）为79.26%。', '79.26%'],
    // a pass rate from the count that failed and the count of its sentence ((2,870 − 12) / 2,870 is 99.58%)
    ['化學檢測樣本2,870個，涵蓋農藥殘留等項目，不合格12宗，合格率99.8%。', '99.8%'],
    // visitors who stayed the night over all visitors told in the paragraph before (312.6 / 980.4 is 31.9%)
    ['假期全市累计接待游客980.4万人次，同比增长7.2%。\n假期全市过夜游客412.6万人次，过夜率为31.9%。', '31.9%'],
    // a change from one level to another with the time of each (由2月底的…增加至3月底的…): 6,842.5 → 6,893.6 is +0.75%
    ['居民存款由2月底的6,842.5億澳門元增加至3月底的6,893.6億澳門元，按月上升1.5%。', '1.5%'],
    // doses given over doses due (35.62 / 36.48 is 97.6%)
    ['含麻疹成分疫苗第1剂应种儿童36.48万人，实种35.62万人，接种率为98.6%。', '98.6%'],
    // the earlier level in parentheses written 9月份为 (15.62 → 14.10 is −9.73%)
    ['商品猪销售均价14.10元/公斤，环比下降10.78%（9月份为15.62元/公斤）。', '10.78%'],
    // a load factor over the seat-kilometres of its routes (28.41 / 35.62 is 79.8%); a student-teacher ratio
    ['其中，国内航线182.30亿座公里；国际航线35.62亿座公里。旅客周转量中，国内航线160.42亿客公里，国际航线28.41亿客公里。\n分航线看，国内航线客座率88.0%，国际航线客座率81.8%。', '81.8%'],
    ['普通高中在校生86.40万人，专任教师6.25万人，生师比为14.82:1。', '14.82'],
    // a change against the level of last year told in a clause with an aside (上年同期（经重述）为): 47.2 → 58.6 is +24.2%
    ['全年实现新业务价值58.6亿元，上年同期（经重述）为47.2亿元，同比增长28.2%。', '28.2%'],
    // the share of a part after 其中 that implies nearly the whole the paragraph's other shares agree on (4,786),
    // but not within rounding: 836.4 / 4,786 is 17.48%
    ['年末全省常住人口4786.2万人。从年龄看，0—14岁人口668.2万人，占13.96%；15—59岁人口2995.3万人，占62.58%；60岁及以上人口1122.7万人，占23.46%，其中65岁及以上人口836.4万人，占17.84%。', '17.84%'],
    // rates named by their stem: 获批比率 (21,560 / 28,740 is 75.0%), 售出率 (6,912 / 7,230 is 95.6%), 参合率
    ['輸入內地人才計劃全年接獲申請28,740宗，獲批21,560宗，獲批比率為78.0%。', '78.0%'],
    ['居屋2024共推出7,230個單位，已售出6,912個，售出率為96.5%。', '96.5%'],
    ['全县农业人口58.36万人，参合57.94万人，参合率99.6%。', '99.6%'],
    // a share named by a count of the part's unit (发放笔数), no level of that name, after 其中 and a comma: of the
    // level 其中 breaks down (8,642 / 10,400 is 83.1%)
    ['全年发放个人住房贷款1.04万笔、52.36亿元。其中，首套住房贷款8642笔，占发放笔数的88.1%。', '88.1%'],
    // a gross margin from revenue and cost in its sentence: (512.6 − 371.9) / 512.6 is 27.4%
    ['光伏组件业务实现营业收入512.6亿元，同比增长9.2%；营业成本371.9亿元，毛利率25.4%，同比提升0.6个百分点。', '25.4%'],
    // with no name before the rate, the one before the stem in the numerator's clause: 1,158 / 1,386 is 83.5%
    ['按案件类别划分，侵犯财产罪3,215宗；侵犯人身罪1,386宗。\n破案方面，侵犯财产罪侦破1,482宗，破案率46.1%；侵犯人身罪侦破1,158宗，破案率达85.3%。', '85.3%'],
    // a segment's revenue and cost with its margin in one sentence: (612.45 − 448.31) / 612.45 is 26.8%
    ['空调业务实现营业收入612.45亿元，同比增长11.8%，占营业总收入的71.5%；营业成本448.31亿元，毛利率为24.6%。', '24.6%'],
    // parts together of a whole named with what they count: (236 + 184 + 152) / 1,221 is 46.8%, not 40.8%
    ['全国观光旅馆、一般旅馆及民宿住宿人次合计8,126万人次。民宿住宿1,221万人次，年增5.5%。宜兰县、花莲县及屏东县民宿住宿人次分别为236万、184万及152万人次，合计占全国民宿住宿人次的40.8%。', '40.8%'],
    // a concentration is compared as published: (52 − 55) / 55 is −5.5%, though 51.5 and 55.5 would give −7.2%
    ['可吸入颗粒物（PM10）年均浓度为52微克/立方米，较上年的55微克/立方米下降6.5%；二氧化氮年均浓度为26微克/立方米。', '6.5%'],
    // the level of an earlier time in a clause of its own before the change: 19,530 / 18,970 is +3.0%
    ['2023年12月，督導級或以下僱員的平均每月工資為19,530港元，2022年12月為18,970港元，按年上升3.9%。', '3.9%'],
    // a margin of 总收入: 15.84 / 24.36 is 65.0%
    ['报告期内，公司实现总收入24.36亿元，同比增长14.8%；毛利15.84亿元，毛利率为67.2%；净亏损3.12亿元。', '67.2%'],
    // a whole named after the company (占公司业务总量): its 业务量, 1.54 / 12.86 is 12.0%
    ['10月，公司完成业务量12.86亿票，同比增长21.4%。\n分产品看，10月时效快递业务量1.54亿票，同比增长15.6%，占公司业务总量的10.2%。', '10.2%'],
    // a multiple against the one compared with and its own: 11.34 − 11.02 is 0.32倍
    ['臺中市房價所得比11.34倍，較上季的11.02倍增加0.23倍，季增幅居六都之首。', '0.23倍'],
    // Taiwan's 年增 after an index and a count (no 93.64 years, no 22,904 person-years)
    ['113年全年工業生產指數為104.26，較112年的93.64年增12.34%。', '12.34%'],
    ['心臟疾病死亡23,274人，較111年的22,904人年增2.3%，佔11.3%。', '2.3%'],
    // a change whose own level was told sentences before, of its subject and period: 105.47 / 105.31 is +0.15%
    ['2024年10月綜合消費物價指數為105.47，較去年同月的104.82按年上升0.62%。\n按月比較，2024年10月綜合消費物價指數較9月的105.31上升0.62%。', '105.31上升0.62%'],
    // a rate named by the qualifier of the part a 其中 gives, right after it: 17.62 / 19.36 is 91.0%
    ['在园幼儿19.36万人，比上年减少2.58万人，下降11.8%；其中普惠性幼儿园在园幼儿17.62万人，普惠性幼儿园覆盖率为93.1%，比上年提高1.5个百分点。', '93.1%'],
    // a share named in parentheses after its words (占缴存余额的比率（个贷率）): 762.85 / 1045.62 is 72.96%
    ['截至2024年末，缴存余额1045.62亿元。\n个人住房贷款余额762.85亿元，同比增长2.5%；个人住房贷款余额占缴存余额的比率（个贷率）为76.29%。', '76.29%'],
    // the rates of a labour force survey told first, the counts in the paragraph after: 6,500 / 382,400 is 1.7%
    ['2023年總體失業率為2.7%；就業不足率為2.1%，按年下降1.4個百分點。\n2023年勞動人口為38.24萬人。失業人口為1.03萬人。就業不足人口為6,500人。', '2.1%'],
    // Taiwan's 年減 after the level compared with and the decrease: 4,243 / 205,623 is 2.06%
    ['死亡數為20萬1,380人，較112年的20萬5,623人減少4,243人，年減0.56%，粗死亡率為8.60‰。', '0.56%'],
    // an expense ratio against the revenue of an earlier paragraph: 198.36 / 865.42 is 22.9%
    ['2024年公司实现营业收入865.42亿元，同比下降8.5%。\n期间费用方面，销售费用198.36亿元，同比下降5.4%，销售费用率为20.9%；管理费用41.25亿元，管理费用率为4.8%。', '20.9%'],
    // a level against an earlier one in parentheses: 108.6 / 96.6 is 112.4%
    ['假期7天全市共接待游客1286.4万人次，按可比口径同比增长8.3%，恢复至2019年同期（1084.7万人次）的118.6%；实现旅游收入108.6亿元，按可比口径同比增长6.9%，恢复至2019年同期（96.6亿元）的118.6%。', '118.6%。'],
    // a share of 各项存款 is of the deposits (存款余额): 4012.37 / 7846.25 is 51.1%
    ['截至2024年末，各项存款余额7846.25亿元，较上年末增长8.7%，其中个人存款4012.37亿元，占各项存款的54.1%。', '54.1%'],
    // a whole named in other words (汽车销量 for 销售汽车): 6142 / 11,700 is 52.5%
    ['汽车消费方面，全省重点汽车经销企业销售汽车1.17万辆，同比增长12.4%，实现销售额19.83亿元。其中新能源汽车销售6142辆，增长37.5%，占汽车销量的57.6%。', '57.6%'],
    // a bare share in a clause opened by X中, of the level of X told before: 1,184 / 1,276 is 92.8%
    ['同季竣工的私人樓宇單位有1,276個，按年增加52.4%；竣工樓面面積為24.65萬平方米；竣工單位中住宅單位有1,184個，佔94.6%。', '94.6%'],
    // load factors listed with the rate's name written once: 32.96 / 40.86 is 80.7%
    ['其中国内航线142.37亿座公里；国际航线40.86亿座公里。国内、国际航线分别为122.15亿和32.96亿客公里。其中国内航线客座率85.8%，国际航线83.7%。', '83.7%'],
    // a change in points of a share named before the rate compared with (佔比較去年同期的): 24.6 → 22.0 is −2.6
    ['貴賓百家樂收入133.85億元，佔22.0%，按年下降3.4%，佔比較去年同期的24.6%減少1.6個百分點。', '1.6個百分點'],
  ])('fires: %s', (text, at) => {
    expect(fires(text, 'rate-mismatch', at).severity).toBe('warning');
  });

  it.each([
    ['2023年，全县立刑事案件1365宗，破案707宗，破案率51.8%。', '51.8%'],
    ['共有12.6万人报名。3万个参赛名额全部通过电脑抽签产生，整体中签率为23.8%。', '23.8%'],
    ['公司第三季度实现销售收入21.71亿美元，环比增长14.2%；毛利为4.45亿美元，毛利率为20.5%。', '20.5%'],
    ['10月末，中央企业资产总额91.5万亿元，同比增长5.2%；负债总额59.6万亿元，资产负债率为65.1%，较上年同期下降0.2个百分点。', '65.1%'],
    ['9月末，全省银行业各项贷款余额5.62万亿元，不良贷款余额721亿元，不良贷款率1.28%。', '1.28%'],
    ['全省大中型水库蓄水量52.37亿立方米，较常年同期偏少18.46亿立方米，仅占兴利库容（84.20亿立方米）的62.2%。', '62.2%'],
    ['上半年，公司实现酒类收入67.13亿元，其中中高档酒收入49.85亿元。\n分渠道看，直销（含团购）收入18.76亿元，同比增长32.6%，直销占比为27.9%。', '27.9%'],
    ['全年计划新改建农村公路186.5公里，改造危旧桥梁23座。\n截至11月底，累计完成新改建农村公路152.3公里，完成率81.7%。', '81.7%'],
    ['发电装机容量7487.71万千瓦。水电971.82万千瓦，占总装机的12.98%；火电2324.62万千瓦，占31.05%。', '31.05%'],
    ['电诈案件从460起降至408起，下降11.3%。', '11.3%'],
    ['學雜費由2萬5,480元調整為2萬6,250元，調幅3.0%。', '3.0%'],
    ['全年政府采购预算186.42亿元，实际采购金额175.36亿元；节约财政资金11.06亿元，资金节约率为5.93%。', '5.93%'],
    ['上半年公司汽车销量148.62万辆。海外市场销量21.46万辆，同比增长46.3%，占总销量的比重达到14.4%。', '14.4%'],
    ['1-6月，全市城镇新增就业4.86万人，完成全年目标任务8万人的60.8%。', '60.8%'],
    ['营业收入6.13亿元，较二季度的7.05亿元环比下降13.07%。', '13.07%'],
    ['年末户籍人口218.7万人，比上年增加8630人，增长0.4%。', '0.4%'],
    ['截至2024年10月末，我国外汇储备规模为32605亿美元，较9月末下降553亿美元，环比降幅为1.67%。', '1.67%'],
    ['全县立电诈案件408起、同比下降11.30%。', '11.30%'],
    ['新注册登记新能源汽车743万辆，占新注册登记汽车数量的30.25%，与上年相比增加207万辆，增长38.76%。', '38.76%'],
    ['12月外销订单金额为551.4亿美元，年减16.0%，已连续16个月呈现年减；与11月的512.5亿美元相比，则增加7.6%。', '7.6%'],
    ['新能源装机容量4212万千瓦。北屏市、云川市新能源装机分别为1326万千瓦和985万千瓦，合计占全省新能源装机的54.9%。', '54.9%'],
    ['粮食播种面积16135.8万亩。其中，小麦播种面积8572.4万亩，玉米播种面积5805.3万亩，两者合计占粮食播种面积的89.1%。', '89.1%'],
    ['加權指數收在22,948.31點，較10月31日的22,340.56點上漲607.75點，月漲幅2.72%。', '2.72%'],
    // the first level after 由 may carry its time (由10月底的); 仙 are cents (38 of them, to the cent)
    ['台積電股價由10月底的1,010元漲至1,045元，月漲幅3.47%。', '3.47%'],
    ['每股基本盈利為1.21港元。董事會宣派中期股息每股38仙（2023年同期：每股35仙），按年增加8.6%。', '8.6%'],
    ['經常性業務利潤為48.2億港元，按年上升85.4%（2022年：26.0億港元）。', '85.4%'],
    ['製造業部門415.8萬人，占總就業人數的35.91%，年增3.2萬人或0.78%。', '0.78%'],
    ['其中，国内航线182.30亿座公里；国际航线35.62亿座公里。旅客周转量中，国内航线160.42亿客公里，国际航线28.41亿客公里。\n分航线看，国内航线客座率88.0%，国际航线客座率79.8%。', '79.8%'],
    ['普通高中在校生86.40万人，专任教师6.25万人，生师比为13.82:1。', '13.82'],
    ['居民存款由2月底的6,842.5億澳門元增加至3月底的6,893.6億澳門元，按月上升0.7%。', '0.7%'],
    ['含麻疹成分疫苗第1剂应种儿童36.48万人，实种35.62万人，接种率为97.6%。', '97.6%'],
    ['商品猪销售均价14.10元/公斤，环比下降9.73%（9月份为15.62元/公斤）。', '9.73%'],

    ['年末，缴存余额2410.5亿元，比上年末增长6.8%。个人住房贷款余额1862.4亿元；个人住房贷款率（个人住房贷款余额占缴存余额的比率）为77.26%。', '77.26%'],
    ['化學檢測樣本2,870個，涵蓋農藥殘留等項目，不合格12宗，合格率99.6%。', '99.6%'],
    ['假期全市累计接待游客980.4万人次，同比增长7.2%。\n假期全市过夜游客312.6万人次，过夜率为31.9%。', '31.9%'],
    ['第三季度晶圆出货量为86.2万片，较第二季度的80.5万片环比增长7.1%。', '7.1%'],
    ['3月綜合消費物價指數為105.36，較去年同月的105.10按年上升0.25%；按月則較2月的105.58下跌0.21%。', '0.21%'],
    ['10月份訪港旅客約398萬人次，按年上升14.2%，日均約12.8萬人次；較9月的約311萬人次按月增加約28%。', '約28%'],
    ['上半年經港珠澳大橋口岸出入境旅客1,586萬人次，按年上升41.2%，已超過2018年同期的約1,320萬人次。其中內地旅客1,214萬人次，佔整體的76.5%。', '76.5%'],
    // (nor of the base of a multiple or of 成 told between: 是上年…的1.5倍, 疫情前…的七成)
    ['全年新增托育床位3150张，是上年2100张的1.5倍，其中普惠性托位2048张，占比65.0%。', '65.0%'],
    ['第3季來臺旅客201萬3,486人次，已恢復至疫情前2019年同期286萬人次的七成；其中以觀光為目的者125.6萬人次，占62.4%。', '62.4%'],
    // (the level right before 其中 whose name shares most with the part's: 电池片总产能, not 组件产能)
    ['截至6月末，公司组件产能达65GW，电池片总产能53GW，其中N型电池产能45GW，占比约85%。', '约85%'],
    ['前三季度累计完成包裹量214.85亿件，同比增长21.83%，较上年同期净增38.5亿件。', '21.83%'],
    ['光伏组件业务实现营业收入512.6亿元，同比增长9.2%；营业成本371.9亿元，毛利率27.4%，同比提升0.6个百分点。', '27.4%'],
    ['全年共開立刑事案件調查8,433宗，較2023年的7,960宗上升5.9%。全年偵破案件5,210宗，整體破案率為61.8%。\n按案件類別劃分，侵犯財產罪3,910宗，佔整體刑事案件的46.4%；侵犯人身罪1,618宗，佔19.2%。', '46.4%'],
    // the whole whose clause says each word the name adds (累计, 签约): 累计实现签约金额, not last year's 签约金额
    ['2024年1—12月，公司累计实现签约金额1326.83亿元，同比下降21.5%。2023年全年，公司签约金额为1690.24亿元。\n分城市能级看，一二线城市签约金额1147.2亿元，占累计签约金额的86.5%。', '86.5%'],
    // the earlier figure in parentheses after the count it compares with
    ['去年共有73宗新股上市（2022年：90宗），按年減少18.9%。', '18.9%'],
    // the whole of the part's own months, not last year's amount compared with (较上年实际销售金额…)
    ['1—10月，本集团累计实现合同销售金额约1,286.4亿元。全年1,600亿元销售目标较上年实际销售金额1,718.6亿元下调6.9%。1—10月长三角、大湾区的合同销售金额分别为512.3亿元、298.7亿元，分别占累计合同销售金额的39.8%、23.2%。', '39.8%'],
    ['貴賓百家樂收入133.85億元，佔22.0%，按年下降3.4%，佔比較去年同期的24.6%減少2.6個百分點。', '2.6個百分點'],
    ['2024年第4季私人建築工程動工的樓宇單位有512個，按年減少38.6%。動工的樓宇單位中，住宅單位有468個，佔91.4%。', '91.4%'],
    // (the total, not the average per day told after it: 21,264 / 31,420 is 67.7%)
    ['全年經各管制站出入境的旅客共2億1,264萬人次，是2022年（1,588萬人次）的13.4倍，平均每日約58.3萬人次，相當於2018年（3億1,420萬人次）的67.7%。', '67.7%'],
    ['2024年公司实现营业收入865.42亿元，同比下降8.5%。\n期间费用方面，销售费用198.36亿元，同比下降5.4%，销售费用率为22.9%；管理费用41.25亿元，管理费用率为4.8%。', '4.8%'],
  ])('holds, reported as info: %s', (text, at) => {
    expect(findings(text, 'rate-mismatch')).toEqual([]);
    const info = [...findings(text, 'rate-consistent'), ...findings(text, 'implied-baseline')];
    const i = text.indexOf(at);
    expect(info.some((f) => f.severity === 'info' && f.start < i + at.length && i < f.end), JSON.stringify(info)).toBe(true);
  });

  it.each([
    // a share of all residents' income is of 全市居民…, not of 城镇居民… named after it
    '前三季度，全市居民人均可支配收入36815元。按常住地分，城镇居民人均可支配收入45620元；农村居民人均可支配收入21380元。从收入来源看，全市居民人均工资性收入21356元，占可支配收入的比重为58.0%。',
    // 出口总额 is no 进出口总额
    '前10个月，全省进出口总额4.52万亿元，其中出口2.86万亿元。从商品看，全省出口机电产品1.89万亿元，增长8.3%，占出口总额的66.1%。',
    // revenue in another currency and of another period is no denominator of the quarter's margin
    '前三季度营业收入418.79亿元人民币。第三季度毛利为5.44亿美元，毛利率为20.5%。',
    // a 合计 that has its own share is no joint share of the one after 其中 (20318 / 38457 is 52.83%)
    '其余丙类传染病共报告发病38457例。报告发病数最多的3个病种依次为其他感染性腹泻病、流行性感冒和手足口病，分别报告20318例、9646例和5893例，合计占丙类传染病报告发病总数的93.24%，其中其他感染性腹泻病占52.83%。',
    // a share of the year is of the year's figure, not of the first three quarters told beside the part
    '2023年全年新登记的机动车辆共13,218辆。按季度计，首三季新登记9,466辆，第四季3,752辆，占全年的28.4%。',
    // a sentence opening a breakdown by another dimension (依校区所在县市) leaves the last whole
    '境外学生中，学位生7万1,284人。依学制观察，学位生就读学士班者4万2,538人，占学位生的59.7%；硕士班1万5,892人。依校区所在县市，以台北市4万1,873人最多，占30.2%。',
    // 该机场 is the airport the sentence names (43.8 / 512.7 is 8.54%), and the bare share after it is of it too
    '5月，集团完成旅客吞吐量628.4万人次。分机场看，临江国际机场完成旅客吞吐量512.7万人次。\n临江国际机场国内航线旅客468.9万人次；国际及地区航线旅客43.8万人次，占该机场旅客吞吐量的8.5%。中转旅客18.4万人次，占3.6%。',
    // a share of a stock is of the stock told before what was added to it (12.86 / 38.62 is 33.3%)
    '全省移动电话基站总数达38.62万个，全年净增2.41万个。其中，5G基站12.86万个，全年新建开通3.05万个，占移动电话基站总数的33.3%。',
    // a part after 其中 compared in its own clause by its own name (53.86 / 52.24 is +3.1%), not the whole before 其中
    '113年我国农产品贸易总额为235.28亿美元，其中出口值53.86亿美元，较112年的52.24亿美元年增3.1%；进口值181.42亿美元。',
    // a whole found by its head alone (总值 of 地区生产总值 for 外贸总值) that puts the share twice off is of another measure
    '全年全市地区生产总值5207.8亿元。外贸和税收方面，全年民营企业进出口总额865.3亿元，同比增长11.7%，占全市外贸总值的79.6%。',
    // a ； before the share's clause closes the figures before it (the share's own part is not told)
    '致命工业意外共21宗。以意外类别划分，「从高处堕下」导致7宗致命个案，占致命工业意外的三分之一；「处理物件时受伤」则是最常见的意外类别，占工业意外的21.8%。',
    // a whole of another order of magnitude (an aggregate for an average) is of another measure; a share of a part
    // after 其中 in a level that has a share of its own leaves the paragraph's whole as it was
    '2023年住户的平均每月开支为33,480港元。以全港约269万个家庭住户推算，住户每月总开支约901亿港元。\n按类别分析，住屋平均每月12,758港元，占总开支的38.1%；食品开支9,207港元，占27.5%，其中外出用膳5,036港元，占食品开支的54.7%。杂项服务开支4,860港元，占14.5%；交通开支2,712港元，占8.1%。',
    // a count of what the stem names is no denominator (侦破刑事案件); the rate is of the count its clause names (诈骗案)
    '全年共录得诈骗案2,186宗，较2023年的1,742宗上升25.5%。其中电信网络诈骗案1,358宗。\n破案方面，全年侦破刑事案件8,931宗，整体破案率为66.2%；诈骗案侦破1,027宗，破案率为47.0%。',
    // what was due (应参合) is the denominator; a 合格 of another clause makes no count of passes
    '2015年全县应参合62.48万人，实际参合61.98万人，参合率99.2%。',
    '全年共检测水样4860份，其中出厂水水样1140份，全部合格；管网水水样3720份，合格3717份，合格率99.92%。',
    // a kind of the part's thing (住宅用地出让价款) is no whole of it over the year
    '全市土地出让合同价款412.7亿元。其中，住宅用地出让价款318.2亿元，占出让价款总额的77.1%；前三季度累计实现出让价款252.6亿元，占全年的61.2%。',
    // a segment's margin is of the segment's profit and revenue, not of the company's
    '一季度公司实现营业收入96.84亿元。一季度公司实现毛利33.70亿元，综合毛利率为34.8%。其中，液态奶毛利率31.2%，奶粉及奶制品毛利率46.5%，同比提升2.3个百分点。',
    // 出生率 is per head of a population the text does not state
    '全年出生人口2457人，出生率5.28‰；死亡人口3857人，死亡率8.28‰。',
    // 约 and 逾 widen what the figures allow
    '入境旅客逾1417万人次，其中内地旅客近989.5万人次，占入境旅客总数的69.8%。',
    // shares without a named whole that agree (20万5,575 deaths), in Traditional too
    '恶性肿瘤死亡5万3,126人，占25.8%；心脏疾病2万3,276人，占11.3%；肺炎1万5,612人，占7.6%；脑血管疾病1万2,524人，占6.1%。',
    '惡性腫瘤死亡5萬3,126人，占25.8%；心臟疾病2萬3,276人，占11.3%；肺炎1萬5,612人，占7.6%；腦血管疾病1萬2,524人，占6.1%。',
    // two shares cannot say which one is off
    '出口额100亿元，占55%；进口额60亿元，占45%。',
    // a part after 其中 is a share of a part, not of the whole the others share
    '第一产业增加值10亿元，占5%；第二产业增加值80亿元，占40%；第三产业增加值110亿元，占55%；其中制造业60亿元，占75%。',
    // 1萬5,612 is precise to one person, 三万五 to a thousand: the mixed forms do not widen the bounds wrongly
    '全年接待游客三万五千人次，其中外地游客2万1,000人次，占游客总数的60%。',
    // the same when it holds; a share of all deaths within 30 days, not of the deaths on the spot
    '30日死亡人數1,705人，較去年同期的1,782人減少77人，減幅4.3%。A1類事故造成1,217人死亡。依運具別觀察，機車騎乘者死亡1,024人，占總死亡人數的60.1%。',
    // the whole that fits the name best, not the largest whose subject the name contains (服务类投诉, not all 投诉)
    '受理投诉15.37万件。商品类投诉7.12万件、服务类投诉8.25万件。服务类投诉中，预付式消费投诉2.14万件，占服务类投诉的比重超过四分之一。',
    // a figure that qualifies a noun (介于80至100万元的家庭) is no part of a share of households
    '平均每戶可支配所得116.8萬元，最高組229.4萬元。可支配所得介於80至100萬元的家庭占全體家庭的17.4%。',
    // a whole named by another measure is no whole of an output (钢材总销量 is not 钢材 produced)
    '上半年公司生产生铁1,186万吨、钢材1,268万吨。高端品种钢销量624万吨，占钢材总销量的48.6%。',
    // a share whose clause names its own part (雇员占89.6%) takes no level from the clause before
    '就業人口37.96萬人。按職業劃分，服務及銷售人員最多，為8.94萬人，佔就業人口的23.6%；按就業身份劃分，僱員佔89.6%，僱主及自僱人士佔10.4%。',
    // an average per day is no whole of the period's total
    '每日求診人次均超過1萬人次。按分流類別劃分，危殆及危急病人共6,705人次，佔整體求診人次的5.2%；緊急病人39,971人次，佔31.0%。',
    // a share of parts together that are not written out one by one
    '新能源装机容量4212万千瓦，其中云川市985万千瓦，与北屏市合计占全省的54.9%。',
    // the earlier figure in parentheses answers the change before it, not one against another year
    '全市办理结婚登记5.83万对，同比增长21.5%（2022年为4.80万对），较2019年下降8.8%。',
    // 占全年的: of the same thing over the whole year, the closest name (造林, not 人工造林)
    '全年完成造林486.5万亩。其中，人工造林312.8万亩，飞播造林18.4万亩。2月至4月植树高峰期间，全省完成造林298万亩，占全年的61.3%。',
    '全年全市受理消费者诉求26.84万件。其中，投诉15.37万件。第四季度（10—12月）全市受理消费者诉求8.37万件，占全年的31.2%。',
    // changes in points that hold (from … to …, and against a compared rate)
    '投入强度由2.46%提高到2.54%，提高0.08个百分点；失业率为3.2%，较上月的3.4%下降0.2个百分点。',
    // a part after 其中 is of the level before 其中 (行人受伤612人), not of the paragraph's last whole (受伤者),
    // unless that level is itself a share of the last whole (60岁及以上人口…，占22.0%，其中…)
    '受伤者合共4198人。电单车驾驶者及乘客受伤2836人，占伤者总数的67.6%；另有行人受伤612人，按年减少21人，其中65岁或以上长者238人，占近四成。',
    '年末全国人口140828万人。16至59岁劳动年龄人口85798万人，占全国人口的60.9%；60岁及以上人口31031万人，占22.0%，其中65岁及以上人口22023万人，占15.6%。',
    // differences that hold, and a saving over several doses that is no difference of the two prices
    '全年交通事故死亡1,705人，较上年的1,782人减少77人。',
    '某抗肿瘤注射剂每支价格由2,890元降至598元，按每个疗程（21天）使用8支计算，患者每个疗程药费可减少约1.8万元。',
    // a share among counts that holds; a bound (超过55%) and a rate of another thing are no such share
    '全市38个工业行业大类中，有29个行业增加值保持增长，增长面为76.3%。',
    '全台22個縣市中，有15個縣市資源回收率超過55%，最高溢價率17.5%。',
    // 合格率 counts what passed: the 不合格 count of the sentence before is no numerator of it
    '网络销售食品抽检2.26万批次，不合格385批次，不合格率为1.70%。校园及周边食品抽检2.1万批次，合格率达99.2%。',
    // the share of one fruit's exports that went to Japan: the 輸日 of another fruit, a sentence before, is no part of it
    '鳳梨出口量5萬3,107公噸，113年輸日3萬420公噸，占鳳梨出口量的57.3%。香蕉出口較112年成長18.2%，其中輸日占比達88.6%。',
    // last year's level against last year's whole, which is not given (this year's imports are no whole of it)
    '首十個月商品進口貨值41,006億元。同期的有形貿易逆差為2,312億元，相等於商品進口貨值的5.6%，而2023年同期的逆差為2,679億元，佔商品進口貨值的7.0%。',
    // the shares of a 分别 list that name their whole (医院诊疗人次) are not of the bare shares' whole
    '全年总诊疗人次6824.5万。其中，医院3862.4万人次，占56.6%；基层医疗卫生机构2756.3万人次，占40.4%；其他机构205.8万人次。医院中，公立医院3318.6万人次，民营医院543.8万人次，分别占医院诊疗人次的85.9%和14.1%。',
    // a change after a figure's aside (（10月份为5,752宗）) is of the figure, against the level in its own aside
    '樓宇買賣合約共6,028宗，按月上升4.8%（10月份為5,752宗），按年上升百分之二十九點六（2023年11月為4,651宗）。',
    // a share in parentheses after a part of a level that is itself a share: of whichever whole it fits
    '合約總值468.9億元。住宅物業合約總值381.6億元，佔合約總值的81.4%，其中一手148.2億元、二手233.4億元（佔61.2%）。',
    // a change after the level told again as a monthly average is of the level
    '預算以全年博彩毛收入2,400億澳門元作為編製基礎，即每月平均約200億澳門元，較本年度預計的2,280億澳門元增加5.3%。',
    // a whole of additions (新增总数) is no stock (银幕总数)
    '全国银幕总数达90968块，较上年末的86310块增加4658块；其中县级城市新增银幕2103块，占新增总数的45.1%。',
    // bare shares of parts of two periods are of two wholes
    '10月内地旅客320.8万人次，占整体的77.9%；非内地旅客90.8万人次，占22.1%。首十个月内地旅客共2,817.5万人次，占77.2%。',
    // a share after a level compared with is of the level before it (26万4,315, not 18万9,640)
    '美國旅客20萬人次。韓國旅客26萬4,315人次，較去年同期的18萬9,640人次成長39.4%，占13.1%。日本旅客43萬人次，占21.3%；港澳旅客32萬人次，占15.9%。',
    // a whole that fits the name loosely (意外 for 致命工业意外) and gives a share of another order is another whole
    '工業意外8,734宗，按年下降3.2%。「從高處墮下」雖只佔4.1%，卻導致9宗致命個案，佔致命工業意外的近四成。',
    // shares joined by 及 after 占 pair one by one with the levels joined before it (8.6 / 182.6 = 4.7%)
    '旅客總消費182.6億澳門元，購物消費為79.6億澳門元，佔總消費的43.6%；本地交通及其他消費分別為8.6億及17.2億澳門元，佔4.7%及9.4%。',
    // a figure that names a group (不足3万元者) is no part of a share
    '受僱員工經常性薪資平均46,183元；經常性薪資不足3萬元者佔受僱員工約一成。',
    // 占当月 is of a month's figure, not of 1—10月's; the month's level is the whole, no part
    '2024年1—10月全市场共新成立公募基金1027只，合计募集规模9865亿元。10月新成立基金112只，募集规模1023亿元；债券基金仍是发行主力，募集规模占当月的近七成。',
    // an age group right before 占 names the share's own part; an increment since the start of the year is no base of a change on the year before
    '8月底65歲以上人口為446萬8,102人，占總人口的19.09%；0至14歲人口占11.53%，15至64歲人口占69.38%。',
    '年末存款余额412.7亿元，比年初增加31.5亿元，同比增长9.3%；贷款余额336.2亿元，比年初增加28.4亿元，增长11.6%。',
    // 占全年 is of what the year added, not of the stock at its end; the level of last year-end in parentheses is compared with
    '截至2024年底，全港私家車共608,215部。全年首次登記的私家車共49,186部。第四季首次登記的私家車有13,752部，佔全年的28.0%。',
    '2023年底博彩業職位空缺為586個（2022年底為1,286個）；其中荷官職位空缺152個，佔空缺總數的25.9%。',
    // a level in parentheses after the time it is of (疫情前108年（…）) is compared with, no whole of the shares
    '113年全年來臺旅客達7,862,417人次，年增21.2%，恢復至疫情前108年（11,864,105人次）的66.3%。\n依市場別觀察，港澳旅客1,326,885人次，年增17.6%，占來臺旅客總數的16.9%；日本旅客1,318,246人次，年增40.6%，占16.8%；韓國旅客1,004,319人次，占12.8%。',
    // a breakdown by another dimension, of a part that shares no word with the last whole, leaves that whole
    '理财产品投资资产合计30.46万亿元，其中债券类资产17.18万亿元，占比56.4%；现金及银行存款8.13万亿元，占比26.7%。从风险等级看，中低风险产品存续规模26.61万亿元，占比93.3%。',
    // a currency that gains (升值) has a lower rate in it; a quarter is compared with a quarter, not its monthly
    // average nor a month after 其中; a breakdown by another dimension (依性別分) leaves the last whole
    '新臺幣兌美元2月底收在32.791元，較1月的32.902元升值0.34%。',
    '114年第3季全國建物買賣移轉合計6萬9,463棟，平均每月約2萬3,154棟，其中7月為2萬3,845棟；較第2季的6萬8,207棟季增1.8%。',
    '產業移工59萬9,842人，其中越南籍28萬1,406人，佔產業移工的46.9%。依性別分，女性移工39萬8,215人，佔47.9%，男性移工43萬3,361人。',
    // 占累计交付量 of a part told as 累计 too is of the same months' total (58,720 / 298,640 is 19.7%), not a later
    // running total nor last year's
    '1—11月，启程汽车累计交付298640辆，同比增长41.6%。截至11月底累计交付量突破120万辆，超过2023年全年31.2万辆的交付量。其中，1—11月海外累计交付58720辆，占累计交付量的19.7%。',
    // contract liabilities are no numerator of the debt ratio; a telecom's revenue from mobile services is no
    // whole of 服务收入 (its subject keeps 服务)
    '截至6月末，公司总资产312.64亿元，较上年末增长9.7%；合同负债31.27亿元；资产负债率为41.36%。',
    '全年服务收入4735亿元，同比增长3.1%。移动通信服务收入2020亿元，同比增长1.9%。\n产业数字化收入1418亿元，同比增长4.6%，占服务收入的29.9%。',
    // a share of a whole named in other words (对陆港出口), fitting only by its head (出口), that puts it at a third is
    // of that other whole
    '113年出口總額4,738.6億美元。對中國大陸及香港出口1,498.7億美元，占出口總額的31.6%。\n對中國大陸及香港出口以電子零組件為大宗，金額826.1億美元，占對陸港出口的55.1%。',
    // the same, right; and a part after 其中 whose share is of its parent, far from the paragraph's whole
    '年末全省常住人口4786.2万人。从年龄看，0—14岁人口668.2万人，占13.96%；15—59岁人口2995.3万人，占62.58%；60岁及以上人口1122.7万人，占23.46%，其中65岁及以上人口836.4万人，占17.48%。',
    '第一产业增加值10亿元，占5%；第二产业增加值80亿元，占40%；第三产业增加值110亿元，占55%；其中制造业60亿元，占75%。',
    // 断面 is no 增长面: 劣Ⅴ类断面1个，占0.7% is of the whole, not of a count among; a count among is of its own clause
    '全省152个国控断面中，水质优良（Ⅰ～Ⅲ类）断面140个，优良比例为92.1%；Ⅳ类断面9个，Ⅴ类断面2个；劣Ⅴ类断面1个，占0.7%。',
    '清河流域44个国控断面中，优良断面38个，优良比例为86.4%；12个重点湖库点位水质优良比例为91.7%。',
    // a change after a comma naming another thing is no change from one level to the other
    '住院起付线由200元降至100元，下半年乡镇卫生院住院人次环比增长12.7%。',
    // a further change on the new level (可再上浮) is no change from the old one to the new
    '公积金贷款最高额度由60万元提高至80万元，二孩及以上家庭可再上浮20%。',
    // a segment's margin is not the company's revenue less its cost; nor one in another sentence
    '全年营业收入268.45亿元，营业成本179.62亿元。其中，液态奶毛利率为30.86%，奶粉毛利率为42.35%。',
    '第三季度营业收入181.25亿元，同比增长15.7%。\n营业成本为149.88亿元，同比增长7.6%。毛利率为61.1%。',
    // a concentration whose change matches the published figures: (31 − 34) / 34 is −8.8%
    '细颗粒物（PM2.5）年均浓度为31微克/立方米，较上年的34微克/立方米下降8.8%。',
    // a later year's level in a clause of its own is no level compared with
    '2023年为100亿元，2024年为120亿元，增长20%。',
    '2023年12月，平均每月工資為19,530港元，2022年12月為18,970港元，按年上升3.0%。',
    // a bare share in a clause opened by X中 is of X, not of the whole the shares before it were of
    '詐騙案596宗，佔侵犯財產罪1,642宗的36.3%；其中網絡詐騙302宗、電話詐騙178宗，兩者合計佔詐騙案約八成；網絡詐騙中，虛假投資及網購詐騙合計183宗，佔逾六成。',
    // a rate of what the numerator's clause names (詐騙案偵破): of 詐騙案596宗, not the nearest larger count (183宗)
    '詐騙案596宗，按年上升12.5%；網絡詐騙中，虛假投資及網購詐騙合計183宗。詐騙案偵破172宗，破案率為28.9%。',
    // a bound each month passed (连续3个月…超过1.5万辆) is no whole of a share
    '中型SUV交付18652辆，连续3个月交付量超过1.5万辆。\n海外市场方面，10月海外交付6214辆，占当月交付量的11.9%。',
    // bare shares of two parts together (兩者合共佔), beside the others of the whole
    '按車種劃分，輕型汽車112,784輛，佔總數的45.8%；重型汽車7,362輛，佔3.0%；電單車118,743輛，輕型電單車7,524輛，兩者合共佔51.2%。',
    '10月電子零組件出口164.8億美元，年增14.3%，佔出口總值39.9%；資通與視聽產品出口118.6億美元，年增21.7%，佔28.7%，兩者合計佔近七成。',
    // a share of all exports (佔整體出口貨值) is not of one market's (輸往內地的出口貨值), though its name is closer
    '2024年10月，商品整體出口貨值為4,216億元，較2023年同月上升2.1%。輸往內地的出口貨值為2,318億元，按年上升1.2%，佔整體出口貨值的55.0%；輸往美國的出口貨值為268億元，按年上升4.7%，佔整體出口貨值的6.4%。',
    // the same where it holds; and not the level of another period told before
    '2024年10月綜合消費物價指數為105.47，按年上升0.62%。\n按月比較，2024年10月綜合消費物價指數較9月的105.31上升0.15%。',
    '2024年9月綜合消費物價指數為105.47。\n按月比較，2024年10月綜合消費物價指數較9月的105.31上升0.62%。',
    // the same, where it holds; and a rate of another name after a part (床位使用率 is no share of beds)
    '在园幼儿19.36万人；其中普惠性幼儿园在园幼儿17.62万人，普惠性幼儿园覆盖率为91.0%。',
    '全市医院床位5.32万张，其中公立医院床位4.06万张，公立医院床位使用率为85.3%。',
    // a group's rate (青年的失業率) is no rate of the whole labour force; nor a rate adjusted for the season
    '2023年總體失業率為2.7%。\n2023年勞動人口為38.24萬人。失業人口為1.03萬人。按年齡組別分析，16至24歲青年的失業率為8.4%。',
    '經季節性調整的失業率為3.1%。\n勞動人口為385.2萬人。失業人口為11.2萬人。',
    // a whole of another time than the part's (159年總人口) is no whole of its share
    '國發會今（20）日發布人口推估報告。依中推估結果，159年總人口將降至1,497.3萬人。\n113年0至14歲幼年人口為268.8萬人，占總人口比率為11.5%。',
    // a share of a whole made of parts by definition (高中阶段: 普通高中 and 中等职业) is no share of one of them
    '高中阶段教育。全省共有普通高中672所，在校生128.46万人，比上年增加3.27万人，增长2.6%；专任教师9.38万人。中等职业学校436所，在校生78.25万人，占高中阶段在校生的37.9%。',
    // a share of two items joined (小学一年级和初中七年级) is of both together, not of one: 2136 / 13543 is 15.8%
    '其中，小学一年级招生6415人，同比下降3.2%；初中七年级招生7128人，同比增长4.5%。全县共招收进城务工人员随迁子女2136人，占小学一年级和初中七年级招生总数的15.8%。',
    // a rate of a time of its own (a holiday's week) is of no levels of another time (the month's)
    '当月旅客周转量157.83亿客公里，可用座公里186.52亿座公里，平均客座率为84.6%。\n国庆假期（10月1日至7日），公司共运输旅客176.3万人次，平均客座率达87.9%。',
  ])('stays quiet: %s', (text) => {
    expect(findings(text, 'rate-mismatch')).toEqual([]);
  });
  it('shares listed after 占 and the whole’s name pair one by one with the levels listed before; a level 较…修订预算的 is compared with, no part', () => {
    const text = '2024-25年度政府開支總額預計為7,761億元。其中經常開支為5,536億元，較2023-24年度修訂預算的5,218億元增加6.1%。社會福利、衞生和教育是經常開支最多的三個範疇，分別為1,250億元、1,062億元和1,047億元，佔經常開支的22.6%、19.2%和18.9%，合共佔60.7%。';
    expect(findings(text, 'rate-mismatch', '2024-02-28')).toEqual([]);
    expect(findings(text, 'sum-mismatch', '2024-02-28')).toEqual([]);
    expect(findings(text, 'rate-consistent', '2024-02-28').map((f) => f.text)).toContain('22.6%');
  });
  it('a bare share after a breakdown inside the last part (其中…占电子零组件出口的86.7%) is of the paragraph’s whole', () => {
    const text = '8月出口438.0億美元。\n就主要貨品觀察，8月電子零組件出口182.6億美元，年增12.3%，占出口總額的41.7%，其中積體電路158.3億美元，占電子零組件出口的86.7%；資通與視聽產品出口132.4億美元，年增42.6%，占30.2%。';
    expect(findings(text, 'rate-mismatch', '2024-09-09')).toEqual([]);
    expect(findings(text, 'rate-consistent', '2024-09-09').map((f) => f.text)).toContain('30.2%');
  });
  it('a whole named with a qualifier (占陆路旅客的) is the level whose clause says it (经陆路管制站出入境的旅客), not a larger one of the bare noun', () => {
    const t = '2024年出入境的旅客共有2億5,130萬人次。經陸路管制站出入境的旅客有1億9,870萬人次，佔整體的79.1%。陸路管制站中，羅湖管制站錄得5,962萬人次，佔陸路旅客的30.0%；深圳灣管制站錄得5,962萬人次，佔19.5%。';
    expect(findings(t, 'rate-consistent', '2025-01-23').map((f) => f.text)).toContain('30.0%');
    expect(fires(t, 'rate-mismatch', '佔19.5%', '2025-01-23').message).toContain('1億9,870萬人次 = 30.01%');
  });
  it('bare shares after a sentence opening another breakdown (从风险等级看，) imply no whole with those before it', () => {
    const t = '截至6月末，理财产品存续规模28.52万亿元。从资产配置看，理财产品投资资产合计30.46万亿元，其中债券类资产17.18万亿元，占比56.4%；现金及银行存款8.13万亿元，占比26.7%；同业存单2.21万亿元，占比7.3%。从风险等级看，中低风险及以下产品存续规模26.61万亿元，占比93.3%。';
    expect(findings(t, 'rate-mismatch', '2024-07-30')).toEqual([]);
  });
  it('城镇化率 is the urban over the resident population told in one sentence, not an urban count of the registered population', () => {
    expect(fires('年末常住人口48.52万人，其中城镇常住人口26.14万人，乡村常住人口22.38万人，常住人口城镇化率为55.9%。', 'rate-mismatch', '55.9%', '2025-03-20').message).toContain('53.87%');
    expect(findings('年末常住人口48.52万人，其中城镇常住人口26.14万人，常住人口城镇化率为53.9%。', 'rate-mismatch', '2025-03-20')).toEqual([]);
    expect(findings('年末户籍总人口46.46万人，其中城镇人口15.26万人。年末常住人口40.8万人；城镇化率为60.4%。', 'rate-mismatch', '2025-03-20')).toEqual([]);
  });
  it('a rate of closing is of the cases received, named so in its sentence, and may pass 100%', () => {
    const t = (rate: string) => `終審法院新收案件118宗（其中刑事案件52宗、民事案件38宗、行政案件28宗），已結案件121宗，結案率${rate}。`;
    expect(findings(t('102.5%'), 'rate-mismatch', '2024-10-16')).toEqual([]);
    expect(findings(t('102.5%'), 'impossible-change', '2024-10-16')).toEqual([]);
    expect(fires(t('98.5%'), 'rate-mismatch', '98.5%', '2024-10-16').message).toContain('121宗 / 118宗');
  });
  it('a change told apart from both its levels is read against them, each of its own period (an adjusted one left out)', () => {
    const t = (p: string) => `2025年第一季度，公司实现营业收入72.36亿元；实现归母净利润16.48亿元，上年同期为13.58亿元，同比增长21.4%；扣除非经常性损益后的归母净利润15.92亿元。\n从单季度环比看，公司2024年第四季度实现营业收入66.85亿元、归母净利润13.95亿元。据此计算，今年一季度公司营业收入环比增长8.2%，归母净利润环比增长${p}。`;
    // 13.95 → 16.48 is +18.1%
    expect(fires(t('13.8%'), 'rate-mismatch', '13.8%', '2025-04-28').message).toContain('13.95亿元 → 16.48亿元');
    expect(findings(t('18.1%'), 'rate-mismatch', '2025-04-28')).toEqual([]);
    expect(findings(t('18.1%'), 'rate-consistent', '2025-04-28').map((x) => x.text)).toContain('8.2%');
  });
  it('a share of a whole is not of the largest level whose name fits if that one is a part after 其中, nor of a level of another scope', () => {
    const old = '全市60周岁及以上常住老年人口186.4万人，占常住人口842.6万人的22.12%；其中65周岁及以上老年人口132.7万人，占常住人口的15.75%；80周岁及以上高龄老年人27.9万人，占老年人口的14.97%。';
    expect(findings(old, 'rate-mismatch', '2025-02-18')).toEqual([]);
    // (unless what 其中 breaks down is another thing: 户籍总人口…，其中60岁及以上老年人口 is the 老年人口 of the text)
    const kin = (share: string) => `截至2024年末，全市户籍总人口512.36万人，其中60岁及以上老年人口128.47万人，占总人口的25.07%；65岁及以上老年人口93.15万人，占总人口的18.18%；80岁及以上高龄老年人口17.62万人，占老年人口的${share}。`;
    expect(findings(kin('13.72%'), 'rate-mismatch', '2025-03-28')).toEqual([]);
    expect(fires(kin('18.92%'), 'rate-mismatch', '18.92%', '2025-03-28').message).toContain('17.62万人 / 128.47万人');
    const fire = '去年消防處共接獲火警召喚35,942宗，按年減少2.1%，其中涉及樓宇的火警召喚21,386宗，佔總數的59.5%；由自動火警警報系統誤鳴引致的召喚有14,180宗，佔火警召喚總數約四成。';
    expect(findings(fire, 'rate-mismatch', '2025-01-16')).toEqual([]);
    const gas = '2024年全省天然气产量达623.8亿立方米，占全国天然气产量2464.5亿立方米的25.3%。分企业看，中国石油西南油气田公司在川产量418.6亿立方米，占全省产量的67.1%。';
    expect(findings(gas, 'rate-mismatch', '2025-02-12')).toEqual([]);
  });
  it('a bare share after a sentence opening with X中 is of the part of the share just told; a 合格率 with a count of its own sentence takes no numerator before it', () => {
    const t = '113年垃圾清運量為389萬4,825公噸，占產生量986萬5,312公噸的39.48%。清運的垃圾中，送焚化廠處理的有386萬9,116公噸，占99.3%。';
    expect(findings(t, 'rate-mismatch', '2025-03-01')).toEqual([]);
    const tests = '四類路試合共應考130,323次，合格46,696次，整體合格率為35.8%。此外，全年駕駛筆試應考132,604人次，合格率為61.5%。';
    expect(findings(tests, 'rate-mismatch', '2025-02-01')).toEqual([]);
  });
  it('a share of a part with a period of its own is of the whole of that period, not of a better-named whole of another', () => {
    const t = '2024年1—9月，我国光伏组件出口量185.6GW，同比增长19.3%。\n分季度看，上半年累计出口128.6GW。\n从出口市场看，1—9月出口欧洲83.9GW，占出口总量的45.2%；亚太市场出口43.8GW，占23.6%。';
    expect(findings(t, 'rate-mismatch', '2024-10-28')).toEqual([]);
    const year = '2024年全省博物馆接待观众7162.8万人次，其中未成年观众1895.4万人次。国庆假期（10月1日至7日）接待观众845.3万人次，占全年观众总量的11.8%。';
    expect(findings(year, 'rate-mismatch', '2025-01-20')).toEqual([]);
  });
  it('a clause of the time before (，上年同期为2214.55亿元，) gives the level a change starts from', () => {
    expect(fires('1—10月，中安人寿实现原保险保费收入2316.42亿元，上年同期为2214.55亿元，同比增长6.4%。', 'rate-mismatch', '6.4%', '2024-11-15').message).toContain('the change is 4.6%');
    expect(findings('1—10月，中安人寿实现原保险保费收入2316.42亿元，上年同期为2214.55亿元，同比增长4.6%。', 'rate-mismatch', '2024-11-15')).toEqual([]);
  });
  it('an aside of a part of the period (（第一季为3,099宗）) is no level a change against the year before starts from', () => {
    expect(findings('綜合首三季，全澳累計錄得交通意外9,412宗（第一季為3,099宗），按年上升2.7%。', 'rate-mismatch', '2024-11-10')).toEqual([]);
  });
  it('a share of a part with no time of its own is of the whole of the headline’s period', () => {
    const t = '二〇二四年第三季服務貿易統計數字\n第三季服務輸入總值按年上升8.1%至1,612億港元。首三季合計，服務輸入總值為4,752億元。\n服務輸入方面，旅遊服務輸入按年上升14.8%至642億元，佔服務輸入總值的39.8%。';
    expect(findings(t, 'rate-mismatch', '2024-12-06')).toEqual([]);
  });
  it('a change that does not match its levels is reported over the levels of its sentence too', () => {
    const f = fires('另全年建物所有權第一次登記34萬3,681棟，較112年的14萬2,360棟增加13.4%。', 'rate-mismatch', '13.4%', '2025-02-10');
    expect(f.text).toBe('34萬3,681棟，較112年的14萬2,360棟增加13.4%');
  });
  it('a share that does not match its part told in the same clause is reported over both (either may be the wrong one)', () => {
    const f = fires('8月零售業總銷貨價值為301億元。藥物及化妝品為26.8億元，佔總銷貨價值的8.1%。', 'rate-mismatch', '8.1%', '2024-10-02');
    expect(f.text).toBe('26.8億元，佔總銷貨價值的8.1%');
  });
  it('a bad-loan ratio finds all loans in an earlier paragraph, the largest of that date, not a kind of loan', () => {
    const text = '截至9月末，该行各项贷款总额4683.29亿元，其中公司贷款2874.15亿元、个人贷款1452.68亿元。\n资产质量总体稳定。截至9月末，该行不良贷款余额58.31亿元；不良贷款率1.15%。';
    expect(fires(text, 'rate-mismatch', '1.15%', '2024-10-30').message).toBe('1.15% does not match 不良贷款率: 58.31亿元 / 4683.29亿元 = 1.25%');
    expect(findings(text.replace('1.15%', '1.25%'), 'rate-mismatch', '2024-10-30')).toEqual([]);
  });
  it('a part told with no time of its own is of its share’s (占全年首发募资总额): the whole of that year, not the year before', () => {
    const text = '2024年A股共有100家企业首发上市，合计募资673.6亿元；2023年分别为313家、3565.4亿元。\n分板块看，科创板上市15家，募资190.8亿元，占全年首发募资总额的28.3%。';
    expect(findings(text, 'rate-consistent', '2025-01-03').map((f) => f.message)).toContain('28.3% = 募资 / 募资 = 28.33% (190.8亿元 / 673.6亿元): holds');
  });
  it('a share of a total (占采购总额) is of the amount done, not of a larger budget (采购预算)', () => {
    const text = '全年政府采购预算186.42亿元，实际采购金额175.36亿元，节约财政资金11.06亿元。\n从采购方式看，公开招标采购金额142.85亿元，占采购总额的81.5%。';
    expect(findings(text, 'rate-consistent', '2024-02-06').map((f) => f.message)).toContain('81.5% = 公开招标采购 / 采购金额 = 81.46% (142.85亿元 / 175.36亿元): holds');
    expect(findings(text, 'rate-mismatch', '2024-02-06')).toEqual([]);
  });
  it('占全年 is of the largest level of its name before, the year’s total, not one kind’s told nearer', () => {
    const text = '2024年全国共接报火灾86.3万起。\n按场所分，住宅火灾29.6万起；户外垃圾、杂物及草木等火灾41.5万起。\n从时段看，冬春火灾多发期共接报火灾41.2万起，占全年的47.7%。';
    expect(findings(text, 'rate-consistent', '2025-01-20').map((f) => f.message)).toContain('47.7% = 火灾 / 火灾 = 47.74% (41.2万起 / 86.3万起): holds');
  });
});

describe('wholeFit', () => {
  it('ranks the same name over a fuller subject over a qualified or totalled name, and refuses another measure', () => {
    expect(wholeFit('服务类投诉', '服务类投诉')).toBe(3);
    expect(wholeFit('户籍总人口', '人口')).toBe(2);
    expect(wholeFit('净利润', '归属于母公司股东净利润')).toBe(1);
    expect(wholeFit('用电量', '全社会用电量')).toBe(1);
    expect(wholeFit('钢材', '钢材总量')).toBe(1);
    expect(wholeFit('人身险原保险保费收入', '人身险保费收入')).toBe(1);
    // (3A级景区 is one grade of A级景区)
    expect(wholeFit('3A级景区', 'A级景区')).toBe(0);
    expect(wholeFit('钢材', '钢材总销量')).toBe(0);
    // (the name adds what the part counts; a subject that joins the name to others is a larger total)
    expect(wholeFit('民宿住宿', '民宿住宿人次')).toBe(1);
    expect(wholeFit('观光旅馆、一般旅馆及民宿住宿人次', '民宿住宿人次')).toBe(0);
    // the part is of the kind the name qualifies (发明专利授权 of all 发明专利授权, not of all 专利授权)
    expect(wholeFit('专利授权总量', '发明专利授权总量', '发明专利授权')).toBe(0);
    expect(wholeFit('用电量', '全社会用电量', '工业用电量')).toBe(1);
    expect(wholeFit('投诉', '服务类投诉')).toBe(1);
    expect(wholeFit(undefined, '投诉')).toBe(0);
  });
});
