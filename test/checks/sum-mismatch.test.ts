import { describe, expect, it } from 'vitest';
import { findings, fires } from '../support/checks.js';

describe('sum-mismatch', () => {
  it.each([
    ['全国医院38355个，其中公立医院11772个、民营医院27583个。', '民营医院27583个'],
    ['医院38355个。医院中，公立医院11772个，民营医院27583个。', '27583个'],
    ['共拘捕28,145人，其中男性21,602人、女性7,543人。', '7,543人'],
    ['车流量累计2106.5万辆次，日均300.9万辆次，其中小型客车2213.2万辆次。', '2213.2万辆次'],
    ['三次产业增加值占地区生产总值的比重分别为7.1%、48.3%和54.6%。', '54.6%'],
    // 其中 opening the next sentence; complements one a clause
    ['全年货物进出口总额4.90万亿元，比上年增长4.6%。其中，出口3.57万亿元，增长3.9%；进口1.43万亿元。', '1.43万亿元'],
    // a sentence opening with a breakdown (依…观察) of the total before it; the rest (其余) is a part too
    // one part a clause after 按…统计, against the largest earlier figure of the same things
    ['10月入境旅客2,978,766人次，按年上升10.2%。\n按客源地統計，10月內地旅客2,236,019人次，按年上升15.8%；香港旅客559,184人次；台灣旅客82,315人次；國際旅客201,248人次。', '201,248人次'],
    ['113年健保醫療費用總額為8,854億元，較上年成長4.5%。依部門別觀察，醫院、西醫基層、牙醫門診及中醫門診分別為5,896億元、1,462億元、541億元及322億元，醫院部門占總額的66.6%；其餘669億元為門診透析及其他預算。', '669億元'],
    // the parts of a period (上半年 + 三季度 = 前三季度) must add up to it
    ['2024年前三季度，全省生猪出栏4386.2万头，同比下降3.4%。分阶段看，上半年全省生猪出栏2983.7万头，三季度出栏1420.5万头。', '1420.5万头'],
    // every item the whole names (产业及社福), one a clause, short of it
    ['截至113年10月底，在臺產業及社福移工人數為79萬2,416人，較上月增加4,127人。其中，產業移工56萬9,872人，較上年底增加3萬7,215人；社福移工21萬2,544人，較上年底增加1,771人。', '21萬2,544人'],
    // a count with 中 after its noun is the whole of the counts after it; a count written out is exact (63 ≠ 62)
    ['本批集采共有62个品种采购成功，62个品种中口服常释剂型37个，注射剂21个，吸入剂、滴眼剂等其他剂型5个。', '其他剂型5个'],
    // X中 with one part a clause, to the end of the sentence; the name less its time (全年倒塌房屋 → 倒塌房屋)
    ['全省倒塌房屋1,865间。从房屋倒损情况看，全年倒塌房屋中，洪涝灾害造成1,102间，占59.1%；地震灾害造成354间；风雹灾害造成186间；其他灾害造成323间。', '其他灾害造成323间'],
    // 。其中 with two parts that divide a whole (有效票, 无效票), whatever the whole is called (投票数)
    ['选举人数为19,550,317人，投票数为14,046,892票，投票率71.85%。其中有效票14,046,892票，无效票100,934票。', '无效票100,934票'],
    // a breakdown's opener after a total whose sentence ends with another breakdown (其中短期…、长期…): the
    // parts are of the total, and parallel
    ['公司有息负债总额为1,268.5亿元，较年初减少156.3亿元，其中短期有息负债246.8亿元、长期有息负债1,021.7亿元。按融资来源划分，银行及其他金融机构借款892.4亿元，境内公司债券及中期票据268.7亿元，境外美元债券及其他借款127.4亿元。', '127.4亿元'],
    // a sentence opening with a name and 包括： lists the parts of the level of that name and of their period
    ['外汇基金在2024年首三季录得投资收入1,478亿港元，其中第三季的投资收入为879亿港元。\n首三季的投资收入包括：债券的收益734亿港元、香港股票的收益179亿港元、其他股票的收益296亿港元、外汇估值的收益154亿港元，以及其他投资的收益215亿港元。', '215亿港元'],
    // a trade balance against the exports and imports of its period
    ['2024年1至9月澳門貨物出口總值為97.5億澳門元，按年下跌3.6%。同期貨物進口總值為1,083.6億元，按年上升2.8%。首三季貨物貿易逆差為996.1億元。', '996.1億元'],
    // a budget surplus is revenue less expenditure (1,083.6 − 1,068.9 = 14.7), the expenditure told with no year
    ['2025年度特區政府綜合收入預算為1,083.6億澳門元。\n綜合開支預算為1,068.9億澳門元。收支相抵後，2025年度預算盈餘為24.7億澳門元。', '24.7億澳門元'],
    // wholes made of their parts by definition (data/complements DEFINED_WHOLES): short of the whole, or over it
    // one part a clause after 。其中
    ['义务教育阶段在校生43912人，其中小学29184人、初中13728人。', '初中13728人'],
    ['高中阶段在校生17,824人，其中普通高中12,308人、中等职业学校5,416人。', '5,416人'],
    ['年末全省基本养老保险参保人数3428.6万人，比上年末增加42.3万人。其中，城镇职工基本养老保险参保人数1287.4万人，增加35.6万人；城乡居民基本养老保险参保人数2151.2万人，增加6.7万人。', '2151.2万人'],
    ['全年猪牛羊禽肉产量453.2万吨，比上年增长1.8%。其中，猪肉产量228.4万吨，同比下降2.1%；牛肉产量11.8万吨；羊肉产量22.4万吨；禽肉产量200.6万吨，同比增长6.7%。', '200.6万吨'],
    // patents granted are of three kinds by definition, whatever the clauses hold: 47,627 short of 48,627
    ['全年专利授权量48627件，同比下降4.6%，其中发明专利授权9864件，同比增长14.2%；实用新型专利授权31508件，外观设计专利授权6255件。', '6255件'],
    // a total of the sentence before an opener, named so (门店总数), when its last level is none (关闭门店); 加盟 and
    // 直营 divide the stores
    ['截至2024年末，门店总数为9356家，较上年末净增1284家；全年新开门店1862家，关闭门店578家。按经营模式划分，加盟门店9187家，直营门店179家，加盟门店占比为98.2%。', '179家'],
    // a surplus told as 出超 (no 超过): exports less imports, 3,804.5 − 3,058.4 is 746.1
    ['累計113年1至10月出口3,804.5億美元，較上年同期增10.2%；進口3,058.4億美元，增11.6%；出超764.1億美元，增4.8%。', '764.1億美元'],
    // health workers by their classification: parallel parts, not kinds of the first (57,820 > 56,820)
    ['全市卫生人员总数56820人，比上年增加2146人，增长3.9%。其中卫生技术人员45318人，乡村医生和卫生员3105人，其他技术人员2416人，管理人员2237人，工勤技能人员4744人。', '4744人'],
    // parts after an opener that all end with the head of the one level of the sentence before (企业): 18,586 > 18,426
    ['9月末，全省规模以上工业企业18426家，比上年末净增1082家。按门类分，制造业企业16958家，采矿业企业452家，电力、热力、燃气及水生产和供应业企业1176家。', '1176家'],
    // the natural increase rate is the birth rate less the death rate: 5.76 − 5.76 is 0, not −2.84 (‰ to 0.005‰)
    ['出生數為13萬4,732人，粗出生率為5.76‰；死亡數為20萬1,230人，粗死亡率為5.76‰；自然增加率為-2.84‰。', '-2.84‰'],
    ['全年出生人口8.52万人，出生率为7.02‰；死亡人口9.13万人，死亡率为7.52‰；人口自然增长率为负0.55‰。', '负0.55‰'],
    // grain by season, each clause giving area and output: the output against the total output (59.32 > 58.32),
    // though the sentence before ends with the yield, and a bound it keeps is no whole
    ['全县粮食播种面积128.6万亩，比上年增加1.2万亩；粮食总产量58.32万吨，增长3.1%，连续8年稳定在50万吨以上；平均单产453.5公斤/亩，比上年提高9.5公斤。其中，夏粮播种面积56.2万亩，总产24.86万吨，单产442.3公斤/亩；秋粮播种面积72.4万亩，总产34.46万吨。', '34.46万吨'],
    // vehicles by type divide the vehicles sold: 158.3 + 27.2 is 185.5, not 186.5
    ['公司全年累计销售汽车186.5万辆，同比增长8.7%，月均销量约15.5万辆。分车型看，乘用车销量158.3万辆，同比增长10.6%；商用车销量27.2万辆，同比下降1.4%。', '27.2万辆'],
    // a whole made of its parts by definition, told after them: 39.12 + 18.95 is 58.07
    ['全市共有小学362所、初中158所。小学在校生39.12万人，同比增长0.6%，专任教师22415人；初中在校生18.95万人，同比增长2.9%。义务教育阶段在校生合计58.37万人。', '58.37万人'],
    // (its parts may be told a paragraph before, with a period where the others have none: 462.8 + 21.6 + 15.3 + 82.9)
    ['2023年全省猪肉产量462.8万吨，下降1.2%。\n牛肉、羊肉产量分别为21.6万吨、15.3万吨；禽肉产量82.9万吨，增长8.6%。猪牛羊禽肉产量合计572.6万吨，同比增长2.8%。', '禽肉产量82.9万吨'],
    // quarters listed after 分别 divide the three quarters: 352.6 + 338.1 + 361.5 is 1,052.2, not 1,062.2
    ['前三季度公司累计加工原油1062.2万吨，同比增长1.8%，其中一季度、二季度、三季度分别加工352.6万吨、338.1万吨和361.5万吨。', '1062.2万吨'],
    // a balance with one partner against the trade with it: 178.5 − 48.6 is 129.9
    ['7月出口536.4億美元；進口398.7億美元；出超137.7億美元。7月對美國出口178.5億美元，年增67.2%；自美國進口48.6億美元，年增27.5%，對美貿易出超139.9億美元。', '139.9億美元'],
    // a tourism deficit is the spending abroad less the receipts (89.6 − 89.6 = 0, not 114.7)
    ['112年觀光外匯收入達89.6億美元。\n國人出國方面，112年國人出國觀光支出89.6億美元，觀光收支逆差達114.7億美元。', '114.7億美元'],
    // the whole the parts name (抽检), before the nearest level (不合格)
    ['食用农产品抽检19.35万批次，检出不合格6028批次，其中重点品种抽检20.1万批次、一般品种抽检0.5万批次。', '一般品种抽检0.5万批次'],
    // two parts that divide the whole (a group and its negation, the two sides of a partition) are short of it
    ['年末全省共有备案博物馆198个，其中国有博物馆126个、非国有博物馆62个。', '非国有博物馆62个'],
    ['年末全市常住人口1000万人，其中城镇人口700万人，乡村人口250万人。', '乡村人口250万人'],
    // the parts of the period in the next paragraph, which opens by breaking the figures down by quarter
    ['前三季度公司实现营业收入152.37亿元；归母净利润38.62亿元，同比增长12.4%。\n分季度看，上半年公司实现营业收入96.53亿元、归母净利润25.89亿元；第三季度单季实现营业收入55.84亿元；实现归母净利润14.73亿元。', '14.73亿元'],
    // one part a clause for each unit (起 adds up, 人 does not: 689 + 158 + 162 + 53 = 1062 > 1047)
    ['2024年，全省共发生各类生产安全事故1286起、死亡1047人。\n分行业领域看，道路运输领域发生事故764起、死亡689人，同比分别下降12.8%和9.6%；建筑施工领域发生事故173起、死亡158人；工矿商贸领域发生事故231起、死亡162人，其中煤矿发生事故9起、死亡11人；其他领域共发生事故118起、死亡53人。', '死亡53人'],
    // a figure a part includes, in parentheses, is no part of the whole (126人 of the over-80s)
    ['全市年满70周岁及以上的退休人员共14.26万人，其中70至74周岁7.35万人、75至79周岁4.12万人、80周岁及以上3.08万人（含百岁以上老人126人）。', '3.08万人'],
    // a breakdown's opener a paragraph after its whole, two parts that are complements
    ['本冰雪季全省累计接待国内游客1.26亿人次，同比增长68.4%。游客人均花费约1704元。\n分客源看，全省接待省外游客4863.2万人次，同比增长1.1倍；接待省内游客8136.8万人次，增长49.8%。', '8136.8万人次'],
    // 。其中 with one part a clause, closed by the rest (其余): the parts are all of the whole before
    ['1—10月，全省港口累计完成集装箱吞吐量3286.4万标箱，同比增长8.7%。其中，东港港完成2105.7万标箱，同比增长10.2%；南湾港完成756.3万标箱；西江港等其余港口合计完成464.4万标箱。', '464.4万标箱'],
    // parts in parentheses right after their whole
    ['全年医院出院192.6万人（公立医院158.9万人，民营医院43.7万人），基层医疗卫生机构出院18.4万人。', '43.7万人'],
    // two levels of government divide the total of the sentence before the opener
    ['上半年，全省一般公共预算支出3986.72亿元，同比增长4.6%。按级次分，省级支出468.35亿元，占全省支出的11.7%；市县级支出3418.37亿元。', '3418.37亿元'],
    // a 分别 list after a breakdown's opener, against the whole its words name
    ['1—10月份，电信业务收入累计完成14595亿元，同比增长2.6%。\n分地区看，1—10月份，东部、中部、西部和东北地区分别完成电信业务收入7795亿元、3012亿元、3686亿元和602亿元。', '602亿元'],
    // research funds from government projects (纵向) and from contracts (横向), one a clause
    ['全省高校共投入科研经费163.85亿元，同比增长9.6%。其中，纵向科研经费107.42亿元，同比增长8.1%；横向科研经费58.16亿元。', '58.16亿元'],
    // X中 with the first part right after it, X the end of the whole's name (完工量 of 造船完工量)
    // (and of the part's unit: not 造船完工量1268万修正总吨, told between)
    ['1—9月，全国造船完工量3586万载重吨，同比增长16.9%。以修正总吨计，1—9月造船完工量1268万修正总吨。\n从船型结构看，完工量中散货船1685万载重吨、油船858万载重吨、集装箱船598万载重吨，其他船型545万载重吨。', '545万载重吨'],
    // every member of a partition by size, or by how a plant is connected, adds up to the whole (10 short)
    ['全省共有水库13,986座，其中大型水库48座、中型水库371座、小型水库13,557座。', '小型水库13,557座'],
    ['光伏发电装机3077.8万千瓦。光伏发电装机中，集中式光伏1702.3万千瓦，分布式光伏1315.5万千瓦。', '1315.5万千瓦'],
    // tax and non-tax revenue are the two parts of a budget's revenue (5.41 + 2.37 is 7.78, not 7.68)
    ['全年一般公共预算收入7.68亿元，增长3.1%。其中，税收收入5.41亿元，增长4.0%；非税收入2.37亿元，增长1.2%。', '5.41亿元'],
    // a breakdown whose opener names a long dimension (按经营单位所在地分): 4,121.5 + 655.9 is 4,777.4, not 4,707.4
    ['1—9月，全市社会消费品零售总额4707.4亿元，同比增长4.6%。按经营单位所在地分，城镇消费品零售额4121.5亿元，增长4.3%；乡村消费品零售额655.9亿元，增长6.1%。', '4121.5亿元'],
    // contributions in points said to add up (上述N项合计影响…), one of them downward: 0.30 + 0.12 − 0.05 is 0.37
    ['外食費年增3.10%，影響CPI上漲0.30個百分點；房租年增2.40%，影響0.12個百分點；蛋類年減12.5%，影響CPI下跌0.05個百分點；上述3項合計影響CPI上漲0.47個百分點。', '0.30個百分點'],
    // the whole of parts by season is the one whose name shares a character with theirs (稻谷产量 for 早稻…、晚稻…),
    // not the larger 粮食总产量: 10.20 + 8.15 + 15.96 is 34.31, over 33.95
    ['全年粮食总产量37.42万吨，比上年增长1.2%。其中，稻谷产量33.95万吨，增长1.4%。\n分季节看，早稻产量10.20万吨，下降0.5%；一季稻产量8.15万吨；晚稻产量15.96万吨，增长3.0%。', '10.20万吨'],
    // parts after 。其中 named in the parentheses that define the whole: 1,210.4 + 1,102.6 + 1,495.8 + 80.2 is
    // 3,889.0, over 3,829.0
    ['年末可再生能源发电装机（水电、风电、太阳能发电和生物质发电合计）达到3829.0万千瓦，占总装机的46.2%。其中，水电1210.4万千瓦，风电1102.6万千瓦，太阳能发电1495.8万千瓦，生物质发电80.2万千瓦。', '1210.4万千瓦'],
    // a level, its change and the level it came to (38 400 − 1 700 is 36 700, not 37 700)
    ['就業不足人數由38 400人減少1 700人至37 700人，就業不足率為1.0%。', '38 400人'],
    ['居民存款由2月底的6,842.5億澳門元增加61.1億澳門元至3月底的6,893.6億澳門元。', '6,842.5億澳門元'],
    // a name of twelve characters before 中 (全年城乡居民生活用电量中): 281.4 + 243.1 is 524.5, not 514.5
    ['全年城乡居民生活用电量514.5亿千瓦时，同比增长8.1%。全年城乡居民生活用电量中，城镇居民281.4亿千瓦时，乡村居民243.1亿千瓦时。', '281.4亿千瓦时'],
    // a total of the N before told with 完成 after 合计 (2,846.3 + 1,927.4 + 1,283.6 is 6,057.3)
    ['甲港完成2846.3万吨；乙港完成1927.4万吨；丙港完成1283.6万吨，上述三个港口合计完成6157.3万吨。', '2846.3万吨'],
    // a breakdown opening its paragraph, of the level the first part names (集装箱吞吐量), parts one a clause:
    // 58.1 + 35.2 + 16.9 is 110.2, over 108.2
    ['11月份，集团完成集装箱吞吐量108.2万标箱，同比增长11.4%，单月箱量保持正增长。\n分港区看，东港区完成集装箱吞吐量58.1万标箱，同比增长14.1%；西港区完成35.2万标箱；南港区完成16.9万标箱。', '58.1万标箱'],
    // a whole per day and its parts per day add up as totals would (48.3 + 86.1 is 134.4, not 132.4)
    ['上半年期货及期权合约平均每日成交张数为132.4万张，其中期货平均每日成交张数为48.3万张，期权平均每日成交张数为86.1万张。', '48.3万张'],
    // a whole named by what it counts (门诊人次, a number), its parts in 人次 one a clause, the last the rest
    // after 及其他 (though the later two fit inside the first): 4.26 + 3.05 + 0.41 = 7.72 over 7.62
    ['全市门急诊人次7.62亿，比上年增长4.1%。其中，三级医院4.26亿人次；二级医院3.05亿人次；社区医院及其他机构0.41亿人次。', '4.26亿人次'],
    // a breakdown by an opener closed by the rest, whose parts name no word of their whole: the largest figure of
    // their unit told before (6,050 + 3,120 + 2,510 + 1,905 = 13,585 over 13,480)
    ['截至9月底，全市持证导游共有13,480人，较6月底增加95人。\n按语种划分，普通话导游6,050人；英语导游3,120人，按年增加210人；日韩语导游2,510人；其余语种合共1,905人。', '6,050人'],
    // parts one a clause after 。其中 that are members of one set (企业, 个体工商户, 农民专业合作社); the span holds the whole
    ['截至2023年底，全省实有经营主体538.29万户，同比增长8.5%。其中，企业142.36万户，同比增长10.2%；个体工商户398.52万户，同比增长8.1%；农民专业合作社7.41万户，同比下降1.3%。', '538.29万户'],
    // the two sides of a partition one a clause (再出口, 本地產品出口): 103.2 + 14.7 is 117.9, short of 118.6
    ['1至10月貨物出口總值為118.6億元，按年上升9.4%。其中再出口103.2億元，按年上升10.2%；本地產品出口14.7億元，按年上升4.3%。', '103.2億元'],
    // a whole before an opener, not the bound it has kept above (稳定在37万吨以上)
    ['全年粮食总产量38.72万吨，同比增长2.1%，连续5年稳定在37万吨以上。分品种看，稻谷21.36万吨；玉米12.85万吨；大豆1.94万吨；薯类及其他2.87万吨。', '2.87万吨'],
    // parts that divide the whole (商品猪, 仔猪, 种猪) and fall short of it: 485.9 against 486.9
    ['2025年第一季度，公司累计销售生猪486.9万头，其中商品猪415.2万头、仔猪68.3万头、种猪2.4万头。', '415.2万头'],
    // the whole of 。其中 is not the level of the year before; two parts in the first clause, the third after ；
    ['3月公司共运输旅客628.4万人次，上年同期为584.6万人次，同比增长7.5%。其中，国内航线567.2万人次，国际航线52.6万人次，同比增长26.8%；地区航线10.6万人次。', '567.2万人次'],
  ])('fires: %s', (text, at) => {
    expect(fires(text, 'sum-mismatch', at).severity).toBe('warning');
  });

  it.each([
    // tiers of capital, each inside the next, are no parts side by side; nor the highest and lowest of a ranking
    '9月末，本行资本净额412.36亿元，其中一级资本净额351.20亿元、核心一级资本净额302.75亿元。',
    '按行業觀察，工業部門經常性薪資平均為4萬2,518元，服務業部門為4萬5,120元；其中以金融及保險業6萬9,884元最高，住宿及餐飲業3萬1,906元最低。',
    // new energy vehicles are cars too
    '全市机动车保有量106.3万辆，其中汽车89.5万辆、新能源汽车38.6万辆。',
    // the whole of X中 is no part of a breakdown by period told before (分阶段看，上半年…): 15.36 is
    '1—9月，全市新设经营主体15.36万户。分阶段看，上半年全市新设经营主体10.29万户，第三季度新设5.07万户。\n从产业分布看，新设经营主体中，第一产业0.53万户、第二产业1.46万户、第三产业13.37万户。',
    // an average per day of a half-year is no sum of its quarters' averages
    '上半年聯交所平均每日成交額為1,105億港元。其中第一季平均每日成交額為921億港元，第二季回升至1,292億港元。',
    // a figure a computation is made on (以…70万吨的年产能计算) is no part; a total many times smaller than the
    // first part after an opener is of another whole
    '前三季度公司正极材料出货量合计45.80万吨。其中，磷酸铁锂正极材料出货量43.20万吨，以公司70万吨的年产能计算，产能利用率约82%；三元正极材料出货量2.60万吨。',
    '公司计提资产减值损失21.47亿元、信用减值损失3.05亿元，合计24.52亿元。分地区看，境外收入214.36亿元，境内收入271.84亿元。',
    // a whole many times smaller than the first part after 。其中 is no whole of it: the larger level of the sentence is
    '2023年公司酒类业务收入308.75亿元，其他业务收入3.71亿元。其中，高端酒收入236.82亿元，中档酒收入51.36亿元；普通酒收入20.57亿元。',
    // the same breakdowns when they add up; a total in the paragraph before is no whole of parts that do not name it
    '11月份，集团完成集装箱吞吐量108.2万标箱，同比增长11.4%，单月箱量保持正增长。\n分港区看，东港区完成集装箱吞吐量56.1万标箱，同比增长14.1%；西港区完成35.2万标箱；南港区完成16.9万标箱。',
    '体彩、福彩即开型彩票合计销售37.01亿元。\n分地市看，合肥市彩票销量38.72亿元，居全省首位；阜阳市、芜湖市分别销售21.35亿元和17.60亿元。',
    '就業不足人數由38 400人減少700人至37 700人。',
    '居民存款由2月底的6,842.5億澳門元增加51.1億澳門元至3月底的6,893.6億澳門元。',
    '全年一般公共预算收入7.78亿元，增长3.1%。其中，税收收入5.41亿元，增长4.0%；非税收入2.37亿元，增长1.2%。',
    '外食費年增3.10%，影響CPI上漲0.30個百分點；房租年增2.40%，影響0.12個百分點；蛋類年減12.5%，影響CPI下跌0.05個百分點；上述3項合計影響CPI上漲0.37個百分點。',
    '上半年期货及期权合约平均每日成交张数为134.4万张，其中期货平均每日成交张数为48.3万张，期权平均每日成交张数为86.1万张。',
    '全市门急诊人次7.62亿，比上年增长4.1%。其中，三级医院4.26亿人次；二级医院3.05亿人次；社区医院及其他机构0.31亿人次。',
    '截至9月底，全市持证导游共有13,480人，较6月底增加95人。\n按语种划分，普通话导游6,050人；英语导游3,120人，按年增加210人；日韩语导游2,510人；其余语种合共1,800人。',
    // the rest closes a breakdown whose largest earlier figure is no whole of it (每10股派发现金红利3.20元)
    '公司拟向全体股东每10股派发现金红利3.20元。\n分业务看，加盟酒店收入45.86亿元；直营酒店收入32.18亿元；供应链及其他业务收入8.38亿元。',
    // a figure per ten thousand people is no whole of the parts after 。其中
    '112年底醫療院所病床數169,842床；以總人口2,342萬人計算，每萬人口病床數72.5床。其中一般病床127,466床、特殊病床42,376床。',
    // cases still being handled (仍在处理中) are no whole of the figures after them
    '其餘1,204宗已被撤回或仍在處理中。獲批的民事案件以婚姻訴訟最多，共2,186宗，其次為人身傷亡索償1,532宗及僱傭申索684宗。',
    // the stock named before 中, not what was added; an average per case (平均每件…) is no part; 中晚籼稻 is no 中 of a count
    '截至9月底，公共充电桩6.42万台。前三季度新增公共充电桩1.08万台。从设施结构看，全市公共充电桩中直流快充桩3.87万台、交流慢充桩2.55万台。',
    '全年罚没款148.65亿元，其中罚款96.84亿元、没收违法所得51.81亿元，平均每件处罚案件罚没款约2532万元。',
    '我省在合肥、六安等8个市启动中晚籼稻最低收购价执行预案，全省共设立托市收购库点512个。',
    // a clause opening with 并 says something else than the parts after 其中
    '2025年计划新开酒店1200家，其中中高端酒店400家以上，并将在未来3年内完成约1000家存量酒店的产品升级。',
    // a running total opening its clause is no part of what was added
    '全年新建家庭养老床位2350张，其中第四季度新建820张，累计达6820张。',
    // a partition by size that adds up; two of its three members stay under the whole
    '全省共有水库13,976座，其中大型水库48座、中型水库371座、小型水库13,557座。',
    '全省共有水库13,986座，其中大型水库48座、中型水库371座。',
    // a target is no whole, and a last part that sums the others is a subtotal
    '1—11月，累计交付328,460辆，同比增长48.6%，已完成全年36万辆交付目标的91.2%。其中，上半年累计交付15.77万辆，第三季度交付9.36万辆，前三季度合计25.13万辆。',
    // the parts of a period that hold, and running totals that are no parts (1—6月, 1—9月)
    '2024年前三季度，全省生猪出栏4386.2万头。分阶段看，上半年全省生猪出栏2983.7万头，三季度出栏1402.5万头。',
    '2024年1—9月，全省生猪出栏4386.2万头；1—6月全省生猪出栏2983.7万头。',
    '全国医院38355个，其中公立医院11772个、民营医院26583个。',
    // parts that name an earlier level of the sentence (抽检), not the nearest one (不合格)
    '食用农产品抽检19.35万批次，检出不合格6028批次，不合格率为3.12%，其中豇豆、韭菜、芹菜等重点品种抽检1.86万批次。',
    // counts of another noun after a part that names the whole's (11个市州、68个县); parts that add up
    '目前，全省14个市州中有11个市州、68个县（市、区）出现不同程度旱情。',
    '从成交方式看，12宗地块中有5宗溢价成交，其余7宗以底价成交。',
    // members counted by how each of two measures moved: groups by direction that overlap
    '分地区看，全省11个设区市中，有9个设区市事故起数同比下降，7个设区市死亡人数同比下降。',
    // 。其中 breaks down the level whose name the parts share (销售彩票, not 彩票公益金)
    '今年1—9月，全省累计销售彩票206.10亿元，较去年同期增长11.3%；共为社会筹集彩票公益金52.37亿元，同比增长9.6%。其中，体育彩票销售135.62亿元，同比增长13.5%；福利彩票销售70.48亿元，同比增长7.3%。',
    // a peer named after an earlier 其中 is no whole (其中自产煤销售量1096万吨 beside 15230万吨's parts)
    '本月，公司煤炭销售量为1105万吨，其中自产煤销售量1096万吨，外购煤销售量9万吨；1—10月累计煤炭销售量为15230万吨，同比变动0.6%，其中自产煤销售量10745万吨。',
    // a level compared with (较2023年的12人) is no whole of this year's parts
    '全年交通意外共造成5人死亡，较2023年的12人减少7人，其中首三季有4人死亡，第四季1人。',
    // a bound each of several meets is no whole (均超过200万辆，其中…412.6万辆)
    '南岭、江州、临川3个设区市机动车保有量均超过200万辆，其中省会南岭市突破四百万辆，达到412.6万辆。',
    // after two parts in the clause, the clause after ； is another breakdown
    '全市有医院268个。医院中，公立医院86个，民营医院182个；三级医院31个。',
    // a balance that holds, and last year's balance (no exports or imports of its own period given)
    '前三季度，我国货物贸易进出口总值32.33万亿元。其中，出口18.62万亿元；进口13.71万亿元；贸易顺差4.91万亿元，而去年同期的顺差为4.5万亿元。',
    // the adjusted profit is no whole of the quarters' unadjusted one
    '前三季度，公司实现归属于上市公司股东的净利润14.62亿元，同比下降8.3%；扣除非经常性损益后的净利润14.05亿元，同比下降9.1%。\n分季度看，第三季度实现归母净利润5.36亿元，上半年归母净利润合计为9.26亿元。',
    // net flows both ways are no parts that add up
    '金融非储备资产于第三季录得净流出913亿元。其中，直接投资录得净流入215亿元；证券投资录得净流出1,486亿元；金融衍生工具及其他投资分别录得净流入42亿元及316亿元。',
    // quarters that make the year's total are no mismatch of a kind of it told beside it
    '公司全年累计完成发电量612.8亿千瓦时，其中，水电发电量603.2亿千瓦时，光伏发电量9.6亿千瓦时。分季度看，前三季度累计发电量494.2亿千瓦时；第四季度完成发电量118.6亿千瓦时。',
    // parts more than twice their whole are of another (a month's sales, then the year's by segment)
    '12月单月销量6842辆，同比增长15.3%。分细分市场看，公路客车销量9536辆，同比增长31.7%；公交客车销量8915辆；校车销量1026辆。',
    // parts of another breakdown after an opener, together more than twice the level before it (二级及以上公路合计 is no
    // whole of the roads by administrative level)
    '年末全省公路总里程16.92万公里。按技术等级分，一级公路2418公里，二级公路1.79万公里，二级及以上公路合计2.95万公里。按行政等级分，国道1.48万公里、省道2.18万公里、农村公路13.26万公里。',
    // when the other parts make the whole exactly, the one left out is of another dimension (第三方 beside 住宅/非住宅)
    '截至2024年末，公司在管面积4.12亿平方米。在管面积中，来自独立第三方的面积2.36亿平方米，占比57.3%；住宅业态2.68亿平方米，非住宅业态1.44亿平方米。',
    // a figure many times its whole counts something else (客房 of 酒店)
    '2023年年底在营运的酒店及公寓共138间，按年增加2间；可提供客房45,862间。其中五星级酒店46间，客房28,735间，占客房总数的62.7%。',
    // a part said to be a share of an earlier part is inside it (云端发票 of B2C发票)
    '10月营业人开立电子发票8.12亿张，年增3.1%；其中B2C发票6.51亿张，占80.2%，存入载具的云端发票4.63亿张，占B2C发票的71.1%。',
    // one market's exports (输往内地的整体出口货值) are no total
    '2024年8月的商品整体出口货值为4,108亿港元。同时，商品进口货值为4,352亿元，按年上升8.7%。2024年8月录得有形贸易逆差244亿元。\n主要市场方面，2024年8月输往内地的整体出口货值为2,352亿元。',
    // Hong Kong's total exports (整体出口), not one product's told later
    '累计2024年首十一个月，整体出口货值为42,615亿元，较2023年同期上升9.3%；进口货值为45,982亿元，按年上升7.6%；期内录得有形贸易逆差3,367亿元。\n按主要货品分析，「办公室机器及自动资料处理仪器」的出口货值为612亿元，按年上升17.3%。',
    // two groups that leave others out (国有 and 民营 are no partition), or the two sides within rounding
    '年末全省共有博物馆198个，其中国有博物馆126个、民营博物馆62个。',
    '年末全市常住人口1000万人，其中城镇人口700.4万人，乡村人口299.6万人。',
    // rounding: 13.05 + 147.83 + 158.86 = 319.74 against 319.73
    '地区生产总值319.73亿元，其中第一产业增加值13.05亿元、第二产业增加值147.83亿元、第三产业增加值158.86亿元。',
    // two breakdowns of one whole, separated by ；
    '户籍总人口46.46万人，其中城镇人口15.26万人、乡村人口31.20万人；男性23.85万人、女性22.61万人。',
    // a part that is not all of it
    '全年出口5784.9亿美元，其中十一月出口640.5亿美元。',
    '全年货物进出口总额4.90万亿元，比上年增长4.6%。其中，出口3.57万亿元，增长3.9%；进口1.33万亿元。',
    // groups that overlap (a 股份制 enterprise may be 国有控股 or 私营 too) are no partition
    '1—10月，规模以上工业企业实现利润总额1862.4亿元。从经济类型看，国有控股企业实现利润总额612.5亿元；股份制企业实现利润总额1428.7亿元；外商及港澳台投资企业实现利润总额356.2亿元；私营企业实现利润总额498.3亿元。',
    // a figure another is reckoned from is no part (以…2,400亿作估算基础)
    '2025年财政总收入预算为1,105.2亿澳门元，其中博彩税收入以全年幸运博彩毛收入2,400亿澳门元作估算基础。',
    // clauses after ； that are no complements of the first part: another breakdown
    '全年货物进出口总额4.90万亿元。其中，出口3.57万亿元；一般贸易进出口3.10万亿元。',
    // across a full stop, a whole the part is no part of
    '累计前三季合并营收3,926.3亿元；税后纯益786.1亿元，每股盈余49.55元。其中第一季营收1,334.6亿元，为今年单季高点。',
    // a daily average before 其中 is no whole
    '高速公路车流量累计2106.5万辆次，日均300.9万辆次，其中小型客车2013.2万辆次，占95.6%。',
    // a breakdown of the first part (医师 and 护士 are 卫生技术人员)
    '年末全国卫生人员总数1523.7万人，比上年增加82.7万人。其中，卫生技术人员1248.8万人，执业（助理）医师478.2万人，注册护士563.7万人。',
    // a difference from the climate normal is no whole (nor is an average)
    // the same breakdown when it adds up (8,221 + 633 = 8,854), and one of a figure that is no total
    '113年健保醫療費用總額為8,854億元，較上年成長4.5%。依部門別觀察，醫院、西醫基層、牙醫門診及中醫門診分別為5,896億元、1,462億元、541億元及322億元，醫院部門占總額的66.6%；其餘633億元為門診透析及其他預算。',
    '全市户均存款12万元。分区县看，甲区15万元、乙区14万元。',
    '10月入境旅客2,978,766人次，其中留宿旅客1,500,000人次。\n按客源地統計，10月內地旅客2,236,019人次；香港旅客459,184人次；台灣旅客82,315人次；國際旅客201,248人次。',
    '全省平均气温28.9℃，较常年同期偏高1.2℃，为1961年以来历史同期最高。其中，6月、7月、8月全省平均气温分别为27.1℃、29.6℃和30.0℃。',
    // a 其中 in parentheses ends with them: what follows is another item of the sentence
    '全年计划新改建农村公路186.5公里（其中县道升级改造42.3公里、乡道拓宽改造58.6公里、村道硬化85.6公里），改造危旧桥梁23座，实施生命安全防护工程312公里。',
    // 。其中 after a sentence of several figures: which one it breaks down is not said
    '1—7月，第一、二、三产业和城乡居民生活用电量分别为9.97亿千瓦时、684.64亿千瓦时、159.97亿千瓦时、80.35亿千瓦时。其中，工业用电676.15亿千瓦时，同比增长8.58%。',
    // a total named in its own clause is no part (长照服务人力总数)
    '居家照顾服务员人数达4.2万人，年增率6.1%，其中40岁以下的照顾服务员占比近三成，长照服务人力总数约10.5万人。',
    // a median is no whole, and averages are no parts
    '荷官平均薪酬为25,860澳门元，薪酬中位数为20,800澳门元；其他全职雇员平均薪酬为30,050澳门元。其中，监场主任平均薪酬为33,720澳门元，账房人员为22,940澳门元，保安员为19,680澳门元。',
    // an amount deducted is no whole of the parts after it (其中 breaks down the income, 142.6万)
    '平均每戶所得收入總計142.6萬元，扣除非消費支出25.8萬元後即為可支配所得；其中受僱人員報酬81.1萬元，占所得收入的56.9%。',
    // parts that may leave others out (the whole names three groups, two are given)
    '在臺產業、社福及專技移工人數為79萬2,416人。其中，產業移工56萬9,872人；社福移工21萬2,544人。',
    // parts of the installed capacity told before, not of the year's additions
    '截至2023年底，全省发电装机容量8965万千瓦，全年新增装机约946万千瓦。其中，火电装机4712万千瓦，水电装机1236万千瓦。',
    // a part of a part, then a new sentence whose last clause is the rest of another whole
    '光伏发电装机2226万千瓦，同比增长47.6%，其中分布式光伏装机824万千瓦，占光伏装机的37.0%。火电装机3958万千瓦；水电装机412万千瓦；生物质发电等其他电源装机58万千瓦。',
    // a part a clause and the rest: counted once (6 + 37 = 43)
    '震区43所中小学校中有6所校舍受损，涉及学生3100余名；其余37所学校已全部复课。',
    // a part's own breakdown in parentheses is no part of the whole (5.32 + 0.96 + 0.18 = 6.46)
    '年末全市医疗卫生机构实有床位6.46万张，其中医院5.32万张（公立医院4.06万张、民营医院1.26万张），基层医疗卫生机构0.96万张，专业公共卫生机构0.18万张。',
    // an average per visit is no part of another average
    '公立医院门诊病人次均医药费用312.6元，比上年增长2.1%。其中，三级公立医院门诊病人次均医药费用356.8元。',
    // 中 of a state (正在兴建中) is no whole counted among
    '全澳共有酒店场所140间；另有2间酒店正在兴建中，可提供约1,800间客房。',
    // a part of an earlier breakdown is no whole the levels of government divide
    '全省一般公共预算收入1862.45亿元。其中，税收收入1294.18亿元；非税收入568.27亿元。分级次看，省级一般公共预算收入218.36亿元；市县级一般公共预算收入1644.09亿元。',
    // a list that is a share of its whole, and a list whose words name no earlier level
    '全年生鲜水果出口量9万4,862公吨，其中上半年出口量5万3,107公吨。\n依品项观察，凤梨、香蕉、柑橘及芒果4项水果出口量分别为3万1,250公吨、2万2,486公吨、1万2,730公吨及8,760公吨，合计占生鲜水果出口总量的79.3%。',
    '实际使用外资203.46亿元。其中，制造业、服务业实际使用外资分别为96.12亿元和107.34亿元。\n从来源地看，港澳地区、新加坡、日本、韩国对我省实际投资分别为142.30亿元、15.84亿元、9.62亿元和6.05亿元。',
    // what 另有 adds is no part
    '全年新上市公司36家，其中本国企业31家、外国企业5家，另有9家公司终止上市。',
    // X中 names the level of that very name, not one that negates it (非居民存款)
    '居民存款7,182.6亿澳门元，非居民存款2,968.4亿澳门元。按币种分析，居民存款中澳门元存款为1,695.3亿澳门元；外币存款为5,487.3亿澳门元。',
    // a part above a net whole, with the loss it is netted against told after it
    '社保基金投资收益额256.9亿元，投资收益率0.96%。其中，已实现收益额1046.8亿元，已实现收益率3.92%；交易类资产公允价值变动额-789.9亿元。',
    // the base of a multiple is no whole of the parts after 其中
    '酷熱天氣日數共52個，約為正常數目21.7個的2.4倍；其中7月份多達17個，8月亦有14個。',
    // a rate per unit adds up to nothing (谷物单位面积产量 is no part of 粮食单产)
    '全国粮食作物单位面积产量394.5公斤/亩，比上年增加4.7公斤/亩。其中，谷物单位面积产量437.8公斤/亩，增长1.4%。',
    // a bound on a part named before is no second part
    '豆类产量2290万吨，下降0.6%，其中大豆产量2065万吨，大豆播种面积1.54亿亩，单产134.1公斤/亩，大豆产量连续3年稳定在2000万吨以上。',
    // what was added in the year is no part of the stock
    '去年通航54個航點，其中內地航點26個、國際及地區航點28個，全年新開航點7個。',
    // clauses that name other members of the whole's kind (行业) are its peers, not its parts
    '以行業計，消費行業新股最多，共11宗；醫療保健行業有8宗，其中5宗為生物科技公司，集資約31.6億港元；資訊科技行業6宗，集資約24.8億港元；其餘7宗來自工業等行業。',
    // a level of the name that the first part's own share puts far off is another's of that name
    '10月2日入境旅客171,302人次。\n入境旅客中，內地旅客866,105人次，佔86.1%；香港旅客92,417人次；國際旅客47,716人次。',
    // the same where they add up; and no total before an opener whose name shares no word with the parts
    '截至2024年末，门店总数为9356家，较上年末净增1284家；全年新开门店1862家，关闭门店578家。按经营模式划分，加盟门店9177家，直营门店179家。',
    '截至2024年末，员工总数为9356人；全年新招聘1862人，离职578人。按区域划分，华东门店9187人，华南门店179人。',
    // parts short of a whole that is not made of them alone (在校生 of all schools, not 义务教育's)
    '全县在校生58,240人，其中小学29,184人、初中13,728人。',
    // the whole of 。其中 is not the whole a share is of (占全行营业收入2069.3亿元的29.6%)
    '全年实现信用卡业务收入612.4亿元，同比下降8.7%，占全行营业收入2069.3亿元的29.6%。其中，利息净收入428.7亿元，同比下降6.2%；非利息净收入183.7亿元，同比下降14.0%。',
    // the three figures before a total are not the whole of a share (已達全年預算數1,670億元的152.6%)
    '累計營利事業所得稅1兆1,056億元，年增16.2%；綜合所得稅6,128億元，年增9.1%；證券交易稅2,548億元，年增52.3%，已達全年預算數1,670億元的152.6%。上述三項稅目合計1兆9,732億元。',
    // the one level of the sentence before is no whole of the parts when it is a part 其中 singles out, or a share
    '上半年公司实现营业收入68.42亿元，同比增长21.6%。其中，第二季度单季实现营业收入38.75亿元，同比增长23.4%。\n分产品看，变压器业务实现收入41.35亿元，同比增长24.7%；开关及成套设备收入15.68亿元。',
    '第三季酒店住客412.6萬人次，按年上升8.1%。五星級酒店住客286.5萬人次，佔住客總數的69.4%。按客源分，內地住客298.4萬人次；香港住客47.9萬人次；台灣住客9.6萬人次。',
    // (a natural increase rate that is the birth rate less the death rate)
    '出生數為13萬4,732人，粗出生率為5.76‰；死亡數為20萬1,230人，粗死亡率為8.60‰；自然增加率為-2.84‰。',
    // (a bound kept for years is no part: 秋粮…；…连续8年稳定在800亿斤以上)
    '加上夏粮，全年粮食总产量预计达835.4亿斤，其中夏粮322.8亿斤，占比38.6%，秋粮占比超过六成；全省粮食总产已连续8年稳定在800亿斤以上。',
    '全县粮食播种面积128.6万亩；粮食总产量58.32万吨，连续8年稳定在50万吨以上；平均单产453.5公斤/亩。其中，夏粮播种面积56.2万亩，总产24.86万吨；秋粮播种面积72.4万亩，总产33.46万吨。',
    // (a negated pair of a part of the whole: 內地過夜旅客 and 非內地過夜旅客 of 過夜旅客, not of all visitors; nor a
    // whole that is a part of another breakdown, 內地旅客 of 入境旅客)
    '2024年10月訪港旅客共386.2萬人次。當中，內地旅客301.4萬人次；非內地旅客84.8萬人次。\n按留港時間劃分，10月過夜旅客162.4萬人次，佔整體的42.1%，當中內地過夜旅客118.6萬人次，非內地過夜旅客43.8萬人次。',
    '11月入境旅客312.6萬人次。其中，內地旅客235.1萬人次；香港旅客58.3萬人次；台灣旅客7.2萬人次；國際旅客12.0萬人次。按留澳時間，過夜旅客164.3萬人次，不過夜旅客148.3萬人次。',
    // the other side of a balance is no part of a whole of one side (支出 of 收入)
    '全年社会保险基金总收入797.16亿元，同比增长6.8%；总支出759.55亿元。分险种看，城镇职工基本养老保险基金收入702.18亿元，支出681.06亿元；城乡居民基本养老保险基金收入48.63亿元，支出36.27亿元。',
    // a trade balance with one partner is of the trade with it: 178.5 − 48.6 is 129.9, not total exports less imports
    '7月出口536.4億美元；進口398.7億美元；出超137.7億美元。7月對美國出口178.5億美元，年增67.2%；自美國進口48.6億美元，年增27.5%，對美貿易出超129.9億美元。',
  ])('stays quiet: %s', (text) => {
    expect(findings(text, 'sum-mismatch')).toEqual([]);
  });
  it('a thing and its negation divide the whole told before (過夜旅客, 不過夜旅客 of 訪港旅客), not a part of it', () => {
    const t = (n: string) => `累計2025年首4個月，訪港旅客共1,607.3萬人次，按年增長12.4%。其中內地旅客1,243.6萬人次，按年增長10.1%；非內地旅客363.7萬人次。\n留港模式方面，首4個月過夜旅客764.8萬人次，按年增長7.9%，平均留港3.2晚；不過夜旅客${n}萬人次，按年增長16.8%。`;
    // 764.8 + 824.5 is 1,589.3, not 1,607.3
    expect(fires(t('824.5'), 'sum-mismatch', '824.5萬人次', '2025-05-15').message).toContain('1,607.3萬人次');
    expect(findings(t('842.5'), 'sum-mismatch', '2025-05-15')).toEqual([]);
  });
  it('the contributions to growth add up to it: a net one stands for exports and imports; the growth of the lead’s period', () => {
    const t = (c: string) => `114年第1季經濟成長率5.48%\n第1季經濟成長率為5.48%（與上年同季比較），較概估數5.37%上修0.11個百分點。以當期價格計算，名目GDP年增8.31%，GDP平減指數年增2.68%。\n就需求面觀察，民間消費實質成長1.52%，對經濟成長貢獻${c}個百分點；政府消費實質成長3.05%，貢獻0.40個百分點；資本形成實質成長9.76%，貢獻2.05個百分點，其中民間投資實質成長11.42%；商品及服務輸出實質成長22.40%，貢獻14.76個百分點，輸入實質成長21.05%，減項貢獻12.45個百分點，兩者相抵後國外淨需求貢獻2.31個百分點。`;
    // 1.12 + 0.40 + 2.05 + 2.31 is 5.88, not 5.48 (nor the 5.37 compared with, the 8.31 nominal, the 2.68 deflator)
    expect(fires(t('1.12'), 'sum-mismatch', '1.12個百分點', '2025-05-28').message).toContain('5.48%');
    expect(findings(t('0.72'), 'sum-mismatch', '2025-05-28')).toEqual([]);
    // (of the quarter the headline names, not the first three quarters' told nearer: 1.20 + 0.25 + 2.45 + 0.12 is 4.02)
    const q3 = '113年第3季經濟成長率概估4.02%\n第3季經濟成長率概估為4.02%（與上年同季比較）。累計113年前3季經濟成長率為5.20%。\n就需求面觀察，民間消費實質成長2.56%，對經濟成長貢獻1.20個百分點；政府消費實質成長1.83%，貢獻0.25個百分點；資本形成實質成長10.46%，貢獻2.45個百分點；商品及服務輸出實質成長9.84%，輸入實質成長11.27%，兩者相抵後國外淨需求貢獻0.12個百分點。';
    expect(findings(q3, 'sum-mismatch', '2024-10-31')).toEqual([]);
    expect(findings(q3, 'part-whole-consistent', '2024-10-31').some((x) => x.message.includes('4.02%'))).toBe(true);
  });
  it('shares one a clause after a breakdown’s opener (从年龄结构看，…占1.5%，…占31.4%) add up to 100% at most', () => {
    const text = '从年龄结构看，16—20岁占1.5%，21—30岁占11.2%，31—40岁占33.9%，41—50岁占23.0%，50岁以上占31.4%。';
    expect(fires(text, 'sum-mismatch', '50岁以上占31.4%').message).toBe('shares of one whole add up to 101%, more than 100%');
    expect(findings(text.replace('33.9', '32.9'), 'sum-mismatch')).toEqual([]);
    // (a ； ends the run: 按胎次观察 after it divides another whole)
    expect(findings('从出生结构观察，生母年龄以30至34岁者最多，占38.6%，35岁以上高龄产妇占33.2%；按胎次观察，第一胎占55.3%，第二胎占35.6%，第三胎及以上占9.1%。', 'sum-mismatch')).toEqual([]);
  });
  it('the whole of a breakdown one part a clause is the level named inside every part (快递业务量), of the parts’ period, before a larger one that only shares a word', () => {
    const text = '2024年全国邮政行业寄递业务量累计完成1920.6亿件。其中，快递业务量完成1745.3亿件，增长21.6%。\n分专业看，同城快递业务量累计完成172.4亿件；异地快递业务量累计完成1553.6亿件；国际/港澳台快递业务量累计完成39.3亿件。';
    expect(fires(text, 'sum-mismatch', '1553.6亿件').message).toBe('the parts add up to 1765.3亿, more than the whole 1745.3亿件');
    expect(findings(text.replace('1553.6', '1533.6'), 'sum-mismatch')).toEqual([]);
  });
  it('two clauses after an opener whose amounts of one unit add up to their whole must add up in the other unit too', () => {
    const text = '2024年全国碳市场累计成交量1.88亿吨，累计成交额181.2亿元。\n按交易方式分，挂牌协议交易成交量3040万吨、成交额29.6亿元；大宗协议交易成交量1.576亿吨、成交额141.6亿元。';
    expect(fires(text, 'sum-mismatch', '141.6亿元').message).toBe('the parts add up to 171.2亿, less than the whole 181.2亿元, though the other figures of the same clauses add up to theirs');
    expect(findings(text.replace('141.6', '151.6'), 'sum-mismatch')).toEqual([]);
    // (when neither unit adds up, the two clauses may be some of the parts only)
    expect(findings(text.replace('1.576亿吨', '1.376亿吨'), 'sum-mismatch')).toEqual([]);
  });
  it('a net purchase of shares (买超) is what was bought less what was sold in its sentence; another investor’s is not checked against them', () => {
    const text = '外資及陸資10月買進上市股票2兆2,416.3億元、賣出2兆2,042.9億元，買超473.4億元。投信買超286.5億元。';
    expect(fires(text, 'sum-mismatch', '473.4億元').message).toBe('the net purchase 473.4億元 does not match the purchases less the sales: 2兆2,416.3億元 − 2兆2,042.9億元 = 373.4亿');
    expect(findings(text.replace('473.4', '373.4'), 'sum-mismatch')).toEqual([]);
  });
  it('the parts a named level is made of (X由A、B…N部分构成，分别为…) add up to it, no more and no less', () => {
    const text = '全年渔业经济总产值3862.5亿元。其中，渔业产值1906.8亿元，增长4.3%。\n渔业产值由海水养殖、淡水养殖、海洋捕捞、淡水捕捞和水产苗种五部分构成，分别为436.2亿元、1255.7亿元、148.6亿元、71.5亿元和34.8亿元。';
    expect(fires(text, 'sum-mismatch', '436.2亿元').message).toBe('the 5 parts 渔业产值 is made of add up to 1946.8亿, more than 1906.8亿元');
    expect(findings(text.replace('436.2', '396.2'), 'sum-mismatch')).toEqual([]);
    expect(findings(text.replace('436.2', '336.2'), 'sum-mismatch').map((f) => f.message)).toEqual(['the 5 parts 渔业产值 is made of add up to 1846.8亿, less than 1906.8亿元']);
  });
  it('the shares of the parts of a breakdown, each after its part, add up to 100% at most, two of them too', () => {
    const text = '分类型看，社会团体37.1万个，占42.1%，比上年下降0.8%；基金会9617个，比上年增加298个；民办非企业单位50.1万个，占58.6%，下降1.3%。';
    expect(fires(text, 'sum-mismatch', '占58.6%').message).toBe('shares of one whole add up to 100.7%, more than 100%');
    expect(findings(text.replace('58.6', '56.8'), 'sum-mismatch')).toEqual([]);
  });
  it('a fund’s balance told with its income and spending in one sentence is the one less the other; a shortfall the other way; a stock (累计结余) is none', () => {
    const text = '基本医疗保险基金收入912.6亿元，同比增长4.1%；支出798.3亿元，同比增长11.2%；当期结余141.3亿元，年末累计结余1356.8亿元。';
    expect(fires(text, 'sum-mismatch', '141.3亿元').message).toBe('the balance 141.3亿元 does not match the income less the spending: 912.6亿元 − 798.3亿元 = 114.3亿');
    expect(findings(text.replace('141.3', '114.3'), 'sum-mismatch')).toEqual([]);
    expect(findings('失业保险基金收入48.6亿元，支出57.9亿元，收支缺口9.3亿元，年末累计结余83.5亿元。', 'part-whole-consistent').map((f) => f.message)).toEqual(['9.3亿元 = 57.9亿元 − 48.6亿元 = 9.3亿']);
  });
  it('a part added in a list beside the other parts is one of them (续建项目75个、新开工项目53个)', () => {
    expect(findings('全年实施省市县重点项目128个，其中续建项目75个、新开工项目53个。', 'part-whole-consistent').map((f) => f.message)).toEqual(['the parts add up to 128 = 128个']);
    fires('全年实施省市县重点项目128个，其中续建项目75个、新开工项目63个。', 'sum-mismatch', '75个、新开工项目63个');
  });

  it('a total of the N figures told before it (上述五个主要来源地合计, 两者合计) is their sum, more or less; a part after 其中 is none of them', () => {
    const bad = '8月來自內地的進口貨值為1,954億元，佔商品進口貨值的42.4%；來自台灣的進口貨值為141億元；來自新加坡、南韓及日本的進口貨值分別為402億元、298億元及186億元。上述五個主要來源地合計3,333億元。';
    const f = fires(bad, 'sum-mismatch', '141億元', '2024-09-26');
    expect(f.message).toContain('the 5 figures before add up to 2981亿');
    const good = '8月電子零組件出口182.6億美元，其中積體電路158.3億美元；資通與視聽產品出口132.4億美元。兩者合計315.0億美元。';
    expect(findings(good, 'sum-mismatch', '2024-09-09')).toEqual([]);
    expect(findings(good, 'part-whole-consistent', '2024-09-09').map((x) => x.message)).toContain('the 2 figures before add up to 315亿 = 315.0億美元');
  });
  it('a whole defined by the parts it adds up (清洁能源发电量（水电、风电和太阳能发电合计）) is their sum, each a level of its name told before', () => {
    const t = (hydro: string) => `全年发电量2486.3亿千瓦时。其中，火电1521.7亿千瓦时；水电${hydro}亿千瓦时；风电132.6亿千瓦时；太阳能发电228.5亿千瓦时。清洁能源发电量（水电、风电和太阳能发电合计）964.6亿千瓦时。`;
    expect(fires(t('663.5'), 'sum-mismatch', '663.5亿千瓦时', '2025-03-28').message).toContain('add up to 1024.6亿, not the 964.6亿千瓦时');
    expect(findings(t('603.5'), 'sum-mismatch', '2025-03-28')).toEqual([]);
    expect(findings(t('603.5'), 'part-whole-consistent', '2025-03-28').map((f) => f.message)).toContain('水电、风电、太阳能发电 add up to 964.6亿 = 964.6亿千瓦时');
  });
  it('parts over their whole told just before them are reported over the whole too (either may be wrong)', () => {
    const f = fires('中學學生人數為312 460人，其中初中學生162 480人，高中學生157 380人。', 'sum-mismatch', '157 380人', '2024-12-01');
    expect(f.text).toBe('312 460人，其中初中學生162 480人，高中學生157 380人');
  });
  it('a balance that does not match its two sides is reported over the sides told near it too (either may be wrong)', () => {
    const text = '10月，全省进出口712.6亿元。其中，出口452.8亿元，增长15.2%；进口259.8亿元，增长7.8%；贸易顺差193亿元。\n1—10月，出口3921.4亿元；进口2310.7亿元；贸易顺差1610.7亿元。';
    const f = fires(text.replace('贸易顺差193亿元', '贸易顺差183亿元'), 'sum-mismatch', '183亿元');
    expect(f.start).toBe(text.indexOf('452.8亿元'));
    expect(findings(text, 'sum-mismatch')).toEqual([]);
  });

  it('reports parts that add up as info', () => {
    const info = findings('全国医院38355个，其中公立医院11772个、民营医院26583个。', 'part-whole-consistent');
    expect(info).toHaveLength(1);
    expect(info[0]!.severity).toBe('info');
  });
});

describe('sum-mismatch: groups by direction (28种蔬菜中，上涨的有8种…)', () => {
  it.each([
    ['分品种看，28种蔬菜中，价格比上周上涨的有8种，下降的有17种，持平的有4种。', '持平的有4种'],
    // all three named and short of the whole
    ['70个大中城市中，新建商品住宅销售价格环比下降的城市有63个，持平的有2个，上涨的有3个。', '上涨的有3个'],
  ])('fires: %s', (text, at) => {
    expect(fires(text, 'sum-mismatch', at).severity).toBe('warning');
  });
  it('holds, reported as info', () => {
    expect(findings('28种蔬菜中，价格比上周上涨的有8种，下降的有16种，持平的有4种。', 'part-whole-consistent').length).toBe(1);
  });
  it.each([
    // two groups short of the whole: the rest may simply not be told
    '28种蔬菜中，价格比上周上涨的有8种，下降的有17种。',
    // a group within a group
    '28种蔬菜中，上涨的有20种，上涨超过10%的有9种。',
  ])('stays quiet: %s', (text) => {
    expect(findings(text, 'sum-mismatch')).toEqual([]);
  });
});
