// Word lists for quantities, in Simplified script (rules run on normalized text; Traditional input
// is converted character by character first, so 個 matches 个 and 處 matches 处).
//
// To teach `facts` a new measure word or unit, add it here: the rules build their regular
// expressions from these lists, longest word first.

/**
 * Measure words and countable units: a number followed by one of these is a `count`.
 * (起 宗 for cases, 人 名 for people, 个 件 处 … for things; compound 人次 户次 before 人 and 户.)
 */
export const MEASURE_WORDS: readonly string[] = [
  // cases, events, times
  '起', '宗', '例', '次', '人次', '旅次', '台次', '户次', '头次', '列次', '车次', '架次', '航次', '班次', '辆次', '艘次', '批次', '场次', '轮次', '频次', '件次', '篇次', '课时',
  // loans of books (图书外借1,904.3万册次), sessions of groups (带看超过45万组次)
  '册次', '组次',
  // R&D staff in full-time equivalents (研发人员折合全时当量33.6万人年), seats won (国民党获52席), days of
  // monitoring stations (红色警示27,958站日)
  '人年', '席', '站日',
  // people and households
  '人', '名', '位', '户',
  // general classifiers
  '个', '件', '处', '份', '封', '面', '组', '辆', '家', '所', '项', '条', '支', '只', '头', '台', '架', '艘', '栋', '间', '批', '笔',
  '张', '本', '篇', '场', '轮', '座', '幢', '套', '枚', '株', '棵', '匹', '部', '节', '门', '届', '颗', '粒', '盒', '包', '箱', '袋',
  '瓶', '罐', '双', '对', '副', '把', '层', '种', '款', '片', '幅', '首', '集', '队', '册', '卷', '页', '章',
  '盏', '根', '道', '段', '尊', '趟', '餐', '顿', '桌', '床', '家次', '票', '帧', '列', '顶', '类', '大类', '台套', '台（套）',  // 类: see DIGITS_ONLY
  '班',
  // items a user borrowed or used (借阅2,318万项次), pieces or sets of a collection (藏品178.6万件/套)
  '项次', '件/套', '件（套）',
  // flats sold in Hong Kong (售出约1 600伙: digits only, 一伙 is a gang)
  '伙',
  // orders (`9.38亿单`)
  '单',
  // fish (放流魚苗約18.6萬尾), wagonloads (装车34.62万车), lanes (双向6车道)
  '尾', '车', '车道',
  // signs and boards (警示标志牌1380块), calls (诈骗电话86万3,512通, 纳税咨询186.3万通)
  '块', '通',
  // doses (接种约183.6万剂), wells (新打机井2180眼: digits only), aspects (主要有三方面原因; 一方面 is a word)
  '剂', '眼', '方面',
  // school subjects (考获7科5**, 五科第2级或以上); sessions and instalments (举办培训班86期: digits only,
  // 一期工程 is a phase); wells (新打抗旱水井212口: digits only, 一口气)
  '科', '期', '口',
  // places and bodies counted
  '省', '市', '县', '区', '镇', '乡', '村', '国', '地', '城', '站', '岛', '县市', '县区', '市县', '省份', '个省份', '校',
  // shares; 档 for stocks and funds in Taiwan text (上漲512檔), programmes on the mainland; 手 for
  // lots of shares and contracts (日均成交量52.8萬手: digits only, 二手 is second-hand)
  '股', '档', '手',
  '条次',
];

/**
 * Measure words that count only when the number is written in digits: 9类按年上升 counts kinds,
 * 八类严重暴力犯罪 and 九类涉恶案件 name a legal category.
 */
export const DIGITS_ONLY: ReadonlySet<string> = new Set(['类', '大类', '手', '眼', '期', '口', '伙']);

/** Units that count only after digits: 一度 and 再度 are "once" and "again", 245.8亿度 is kWh. */
export const MEASURE_DIGITS_ONLY: ReadonlySet<string> = new Set(['度']);

/** Physical and technical units: a number followed by one of these is a `measure`. */
export const MEASURE_UNITS: readonly string[] = [
  // length
  '公里', '千米', '米', '厘米', '毫米', '微米', '纳米', '海里', '英里', '英寸', '吋',
  // Taiwan's metre and centimetre (公尺, 公分), with their squares and cubes (蓄水量6亿8,420万立方公尺)
  '公尺', '公分', '平方公尺', '立方公尺',
  // area
  '平方米', '平方公里', '平方千米', '平方厘米', '平米', '亩', '亩次', '公顷', '万平方米', '平方呎', '平方英尺',
  // volume
  '立方米', '立方', '公升', '升', '毫升', '标准立方米', '桶', '公秉',
  // mass
  '吨', '公斤', '千克', '克', '毫克', '斤', '公吨', '标准煤',
  // troy ounces of gold (黄金储备规模为7280万盎司; 安士 in Hong Kong)
  '盎司', '金衡盎司', '安士',
  // energy as coal or oil equivalent, emissions, and intensities (单位GDP能耗, 供电煤耗)
  '吨标准煤', '千克标准煤', '克标准煤', '吨标煤', '千克标煤', '克标煤', '吨油当量', '吨二氧化碳', '吨二氧化碳当量',
  '吨标准煤/万元', '千克标准煤/万元', '克标准煤/千瓦时', '克/千瓦时',
  // energy and power
  '千瓦时', '千瓦', '瓦', '兆瓦时', '兆瓦', '吉瓦', '吉瓦时', '太瓦时', '万千瓦', '千伏', '伏', '千伏安', '兆伏安', '度电', '毫安时',
  // Taiwan: 瓩 (kW), 度 (kWh; digits only: 一度 is "once"; 24.5度 an angle or a temperature is a measure too)
  '瓩', '度',
  'GWh', 'MWh', 'kWh', 'TWh', 'GW', 'MW', 'kW', 'kV',
  // temperature, pressure, sound, frequency
  '摄氏度', '℃', '°C', '华氏度', '帕', '兆帕', '千帕', '分贝', '赫兹', '兆赫', '吉赫',
  // data
  'GB', 'TB', 'MB', 'KB', 'PB', 'Gbps', 'Mbps', '兆字节', '字节', '比特',
  // transport
  '标准箱', '标箱', 'TEU', '吨公里', '人公里', '延米', '车公里', '座公里', '客公里', '吨千米', '人千米',
  // a fleet's deadweight tonnage (船队运力约142万载重吨)
  '载重吨', 'DWT',
  // shipbuilding output in compensated gross tonnage (完工量1268万修正总吨) and gross tonnage
  '修正总吨', '总吨', 'CGT',
  // speed
  '公里/小时', '千米/小时', '米/秒', '立方米/秒', '立方米每秒', '米每秒',
  // other
  '毫米汞柱', '马力', '千卡', '大卡', '焦耳', '流明', '勒克斯', '微克/立方米', '毫克/升',
  // air quality in Taiwan (细悬浮微粒年平均浓度13.2微克/立方公尺) and gases in parts per billion or million (臭氧31.6ppb)
  '微克/立方公尺', '毫克/立方公尺', 'ppb', 'ppm',
  // breath alcohol (呼气酒精浓度0.25mg/L以上) and concentrations written in Latin letters
  'mg/L', 'μg/m³', 'μg/m3',
];

/**
 * Concentrations of air pollutants, published rounded by the monitoring standard (HJ 663: PM2.5 to the
 * microgram) and compared as published: 52微克/立方米，较上年的55微克/立方米下降5.5% is (52 − 55) / 55.
 * Such a figure is exact for a check; it was not rounded from the one the change was computed on.
 */
export const CONCENTRATION_UNITS: readonly string[] = ['微克/立方米', '毫克/立方米', '微克/立方公尺', '毫克/立方公尺', 'μg/m³', 'μg/m3'];

/** Units of time: a number followed by one of these is a `duration` (unless it names a date). */
export const TIME_UNITS: Readonly<Record<string, 'Y' | 'M' | 'W' | 'D' | 'H' | 'MIN' | 'S'>> = {
  年: 'Y',
  周年: 'Y',
  个年头: 'Y',
  个月: 'M',
  个季度: 'M',
  季: 'M',
  周: 'W',
  个星期: 'W',
  星期: 'W',
  天: 'D',
  /** only as a length within which something happens: 7日以内, 3日内 (else 日 is a day of the month) */
  日: 'D',
  个工作日: 'D',
  工作日: 'D',
  // (Hong Kong: 平均处理时间为五个工作天)
  个工作天: 'D',
  工作天: 'D',
  个交易日: 'D',
  交易日: 'D',
  /** nights of a stay (平均留宿1.6晚): only after digits (duration.ts) */
  晚: 'D',
  昼夜: 'D',
  小时: 'H',
  个小时: 'H',
  钟头: 'H',
  个钟头: 'H',
  分钟: 'MIN',
  秒: 'S',
  秒钟: 'S',
};

/**
 * A measure word followed by one of these characters is the start of another word, not a unit:
 * 人民 (the people), 所有 (all), 期间 (during), 台湾, 部门, 起诉 … (`3人民` is no count of 3 人).
 */
export const MEASURE_WORD_NOT_BEFORE: Readonly<Record<string, string>> = {
  人: '民',
  次: '年日月要',
  所: '有以属在谓得',
  家: '庭乡属长里园电',
  期: '间货末初限望刊内满中',
  条: '例件款约',
  项: '目',
  只: '有是要能',
  支: '出持付撑援',
  台: '湾风阶',
  席: '位次卷',
  部: '门分署长队委',
  门: '户槛店票诊',
  场: '景所馆地合面',
  // (分三批发放: a batch; 批发市场 after a number is rare, 批准 and 批复 are not)
  批: '准复评',
  科: '技学研室目长普幻别系员',
  处: '理置罚长分于',
  名: '单称义字额',
  位: '置于居列',
  道: '路德',
  头: '部条',
  面: '积对临向貌上的',
  起: '来诉步点草源到',
  本: '届地市次年月周身来',
  层: '面次级',
  类: '型别似',
  种: '类植子',
  组: '织成建',
  例: '如',
  件: '事',
  份: '额',
  站: '点台',
  地: '区方点产铁下上址位图域面市块震',
  城: '市区镇乡',
  市: '场民区级值政委县',
  县: '城级区委域',
  区: '域间别县市',
  国: '家际内民企有务产债',
  镇: '街',
  村: '民庄级',
  岛: '屿',
  票: '房价',
  集: '团体中镇市资',
  队: '伍员',
  首: '都次批个席先位',
  节: '日能约点目省假',
  列: '车入为',
  片: '区',
  档: '案次期位口',
  校: '区园长友内外方庆徽服训对际级舍车规',
  班: '子级长主机底组次会委车务',
  单: '位独元据价车一项身纯方调品列',
  手: '机术段续法工套艺表里中下上册办头握续',
  段: '落',
  双: '方向边重创循',
  对: '于象外接比标手话应此',
  副: '本省市局主部总',
  座: '谈位',
  款: '项',
  笔: '者',
  户: '籍口外',
  口: '岸径罩号令味碑头语述',
  间: '接',
  包: '括',
  盒: '子',
  尾: '声部款数货盘牙随巴气',
  块: '钱状头',
  剂: '量型师',
  眼: '睛光界前科镜里中看下神色',
  通: '过道知报信讯车航关用行畅常俗则胀',
  车: '辆次型站间厢队主位库牌展险速流身上内外头型友企祸门票价费',
};
