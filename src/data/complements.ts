// Words that split one whole into parts that add up to it: 出口 and 进口 make 进出口, 城镇 and 乡村
// make a population. A breakdown written across ；(其中，出口3.57万亿元，增长3.9%；进口1.43万亿元) is
// read as one only when its parts name members of one of these sets (Simplified).
export const COMPLEMENTS: readonly (readonly string[])[] = [
  ['出口', '进口'],
  ['城镇', '乡村', '农村'],
  ['男性', '女性'],
  ['男', '女'],
  ['公立', '民营', '非公立'],
  ['国有', '非国有', '民营', '外资', '外商投资'],
  ['内资', '外资'],
  ['境内', '境外'],
  ['线上', '线下'],
  ['第一产业', '第二产业', '第三产业'],
  ['一产', '二产', '三产'],
  ['上半年', '下半年'],
  ['一季度', '二季度', '三季度', '四季度'],
  ['住宅', '非住宅', '办公楼', '商业营业用房'],
  ['中央', '地方'],
  // (一般公共预算收入…其中，税收收入…；非税收入…)
  ['税收', '非税'],
  ['居民', '非居民'],
  ['国税', '地方税'],
  ['本地', '外地'],
  ['省内', '省外'],
  // research funds by source: government projects and contracts with firms (纵向科研经费, 横向科研经费)
  ['纵向', '横向'],
  // levels of government (按级次分，省级支出…；市县级支出…)
  ['省级', '市县级', '市级', '县级', '乡镇级'],
  ['市内', '市外'],
  ['内地', '香港', '澳门', '台湾', '国际', '其他'],
  // an airline's routes (其中，国内航线567.2万人次，…；地区航线10.6万人次)
  ['国内', '国际', '地区'],
  // motor vehicles by type (汽车销量…。分车型看，乘用车销量…；商用车销量…)
  ['乘用车', '商用车'],
  // grain by season (粮食总产量…其中，夏粮…；早稻…；秋粮…)
  ['夏粮', '早稻', '秋粮'],
  // market entities by form (实有经营主体…其中，企业…；个体工商户…；农民专业合作社…)
  ['企业', '个体工商户', '农民专业合作社'],
];

// The two sides of a balance: a figure named by one side is no part of a whole named by the other
// (…基金总收入797.16亿元…。分险种看，城镇职工基本养老保险基金收入702.18亿元，支出681.06亿元: 支出 is no part of 收入).
export const SIDES: readonly (readonly (readonly string[])[])[] = [
  [['收入'], ['支出', '开支']],
  [['出口'], ['进口']],
  [['流入'], ['流出']],
];

// Groups that divide a whole between them with nothing left over (城镇人口 and 乡村人口 are the whole
// population), as does a group and its negation (国有博物馆, 非国有博物馆): parts that name every member must
// add up to the whole, not merely stay under it.
export const PARTITIONS: readonly (readonly string[])[] = [
  // by size (大型水库、中型水库、小型水库) and by how a plant is connected (集中式光伏, 分布式光伏)
  ['大型', '中型', '小型'],
  ['集中式', '分布式'],
  ['男性', '女性'],
  ['男', '女'],
  ['城镇', '乡村'],
  ['城镇', '农村'],
  ['境内', '境外'],
  ['线上', '线下'],
  ['上半年', '下半年'],
  ['内资', '外资'],
  ['有效', '无效'],
  ['省级', '市县级'],
  // Macau's exports: re-exports and domestic exports (貨物出口總值…其中再出口…；本地產品出口…)
  ['再', '本地产品'],
  ['国内', '国际', '地区'],
  // stores by how they are run (按经营模式划分，加盟门店…，直营门店…)
  ['加盟', '直营'],
  // hogs sold by kind (销售生猪486.9万头，其中商品猪…、仔猪…、种猪…)
  ['商品猪', '仔猪', '种猪'],
  // market entities by form (as in COMPLEMENTS)
  ['企业', '个体工商户', '农民专业合作社'],
  // motor vehicles by type (分车型看，乘用车销量…；商用车销量…)
  ['乘用车', '商用车'],
];

// Breakdowns whose groups overlap, so their parts need not add up to the whole: in the statistics
// bureaus' ownership breakdown a 股份制 enterprise may also be 国有控股 or 私营 (规模以上工业企业中，国有控股
// 企业…；股份制企业…；外商及港澳台投资企业…；私营企业…). Parts that name two of one set are no partition.
/**
 * Names of which each holds the ones before it, most specific first: a figure of one tier and one of
 * another are no parts of a whole side by side (资本净额…，其中一级资本净额…、核心一级资本净额…).
 */
export const NESTED: readonly (readonly string[])[] = [
  ['核心一级资本', '一级资本', '资本'],
  // (机动车保有量…，其中汽车89.5万辆、新能源汽车38.6万辆)
  ['新能源汽车', '汽车', '机动车'],
  ['M0', 'M1', 'M2'],
  ['流通中货币', '狭义货币', '广义货币'],
];

export const OVERLAPPING: readonly (readonly string[])[] = [
  ['国有控股', '股份制', '外商及港澳台', '私营', '集体'],
];

/**
 * Measures equal by definition: one figure given for both is no copy error (a water bulletin's 供水总量
 * and 用水总量, a balance sheet's two sides). Simplified; compared as parts of the subjects.
 */
export const EQUAL_BY_DEFINITION: readonly (readonly string[])[] = [
  ['供水总量', '用水总量'],
  ['供水量', '用水量'],
  ['资产总计', '负债和所有者权益总计', '负债和股东权益总计'],
  ['总资产', '负债和所有者权益', '负债及所有者权益', '负债和股东权益'],
];

/**
 * Wholes made of their parts by definition: 义务教育 is 小学 and 初中, 高中阶段 普通高中 and 中等职业教育, 基本养老保险
 * that of 城镇职工 and 城乡居民. A whole whose name holds `whole`, broken down into parts that open with every one
 * of `parts`, is their sum, no more and no less.
 */
export const DEFINED_WHOLES: readonly { whole: string; parts: readonly string[] }[] = [
  { whole: '义务教育', parts: ['小学', '初中'] },
  { whole: '高中阶段', parts: ['普通高中', '中等职业'] },
  { whole: '基本养老保险', parts: ['城镇职工', '城乡居民'] },
  { whole: '基本医疗保险', parts: ['职工', '城乡居民'] },
  // patents granted by kind (专利授权量…其中发明专利授权…；实用新型专利授权…，外观设计专利授权…)
  { whole: '专利授权', parts: ['发明', '实用新型', '外观设计'] },
  // the meat output of a statistical bulletin (猪牛羊禽肉产量…其中，猪肉…；牛肉…；羊肉…；禽肉…)
  { whole: '猪牛羊禽肉', parts: ['猪肉', '牛肉', '羊肉', '禽肉'] },
  // health workers by the national classification (卫生人员…其中卫生技术人员…，乡村医生和卫生员…，其他技术人员…，管理人员…，工勤技能人员…)
  { whole: '卫生人员', parts: ['卫生技术人员', '乡村医生和卫生员', '其他技术人员', '管理人员', '工勤技能人员'] },
];
