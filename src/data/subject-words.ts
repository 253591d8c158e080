// Words that frame a subject without being part of it (Simplified). The subject of a number is the
// noun phrase the sentence gives for it; these lists say what to cut from around that phrase.

/**
 * Verbs that introduce what is counted: the subject is what follows the last one before the
 * number (`抓获犯罪嫌疑人487人` → 犯罪嫌疑人, `实现营业收入20.65亿元` → 营业收入).
 */
/** Change verbs written before what they change: 下调存款准备金率0.5个百分点, 压减一般性支出10%. */
const CHANGE_VERBS_FIRST_LIST = ['下调', '上调', '调升', '调降', '调高', '调低', '降低', '提高', '压减', '削减', '压降', '缩减'] as const;
export const CHANGE_VERBS_FIRST: readonly string[] = CHANGE_VERBS_FIRST_LIST;

export const ACTION_VERBS: readonly string[] = [
  '抓获', '破获', '侦破', '打掉', '捣毁', '摧毁', '移送起诉', '缴获', '追回', '追缴', '挽回', '组建', '成立', '设立', '接收', '收到', '接到',
  '解决', '清除', '排查', '发出', '完成', '刑拘', '扣押', '查处', '查获', '查扣', '冻结', '办理', '受理', '处置', '投入', '新增', '建成',
  '新建', '培训', '发放', '开展', '举办', '实现', '录得', '接报', '接待', '出动', '检查', '整改', '拘留', '逮捕', '判处', '拘捕', '引进',
  '签约', '投资', '达成', '接处', '帮扶', '救助', '救治', '检测', '筛查', '接种', '运送', '完成了',
  '累计完成', '累计实现', '累计', '共接收', '收获', '播种', '种植', '组织', '召开', '派出', '部署', '安排', '拨付', '下达', '筹集', '募集',
  '吸引', '带动', '创造', '提供', '开通', '覆盖', '服务', '惠及', '走访', '慰问', '劝阻', '拦截', '止付', '挽损', '追赃挽损',
  '抓捕', '缉捕', '遣返', '发布', '公布', '披露', '录取', '招聘', '招收', '吸纳', '安置', '减免', '退还', '返还', '补贴', '奖励',
  '罚款', '罚没', '没收', '关停', '取缔', '清理', '拆除', '治理', '修复', '改造', '建设', '铺设', '架设', '安装', '配备', '储备',
  // change verbs before what they change (下调存款准备金率0.5个百分点): CHANGE_VERBS_FIRST below
  '包括', '送出', '推出', '配发', '派发', '配息', '出现', '记录到', '监测到', '打造', '建立', '培育', '认定', '评选', '表彰', '荣获', '获得', '取得', '赢得', '拥有', '保有', '登记', '注册',
  ...CHANGE_VERBS_FIRST_LIST,
];

/** Words between a subject and its number that are not part of it (`破案率为51.8%`, `涉案金额共2488.1万元`). */
export const LINK_WORDS: readonly string[] = [
  '分别为', '分别是', '分别达', '分别', '为', '是', '达到', '达', '共计', '共有', '共', '合计', '累计', '总计', '约为', '约', '计', '有',
  '高达', '仅为', '仅', '只有', '的', '了', '占', '即', '已', '已达', '超', '逾', '近', '在', '按', '均', '也', '则', '亦', '还', '都',
  '录得', '报', '收于', '收报', '折合', '折合约', '相当于', '约合', '达至', '增至', '降至', '升至', '提高到', '增加到', '下降到',
  '调整为', '调整到', '修正为', '修正', '下修为', '上修为', '预测为', '估计为', '预估为', '概估为', '初估为', '介于', '将', '可望', '预计',
  '首次', '再次', '已经', '首度', '均为', '依次为', '依次', '由', '从', '自', '相比', '与', '较', '比',
  '临时估计为', '临时估计', '初步估计为', '初步估计', '估算为', '一共', '合共', '维持在', '维持', '保持在', '保持', '之',
  '赚', '净赚', '赚进', '收在', '收盘于', '收盘报', '介乎', '由平均', '从平均', '报收',
  // a rank held by a figure (本田以2,841辆居次)
  '以',
  // a level held or expected (`产量稳定在1.3万亿斤以上`, `销量有望增长3至5成`, `局地可达120毫米`)
  '稳定在', '稳定', '有望达到', '有望', '可达', '可', '将达',
  // mostly (`补贴标准多为100至300元/平方米`)
  '多为', '大多为', '多在',
  // a result reached (`快递业务量累计完成25.38亿件`, `赣州市完成4.12亿件`)
  '完成', '累计完成', '实现', '累计实现', '达成',
  // a length of time (`提名期为期两星期`, `连假长达9天`)
  '为期', '长达',
  // still, must not (`月薪仍维持在20,000元左右`, `日薪不得低于1,520元`)
  '仍', '不得',
];

/** Words that start a clause without being its subject (`全年全县地区生产总值…`, `其中工业用电…`). */
export const LEADING_WORDS: readonly string[] = [
  '其中', '当中', '另外', '此外', '同时', '目前', '截至目前', '当月', '当年', '当天', '当日', '同月', '同年', '本月', '当季', '同季', '期内', '截至', '截止', '全年', '今年', '去年', '上年', '本年', '同期', '初步核算',
  '全县', '全市', '全省', '全区', '全国', '全镇', '全州', '全社会', '全体', '全部', '我国', '我省', '我市', '本市', '本县', '本省',
  '该局', '该县', '该市', '该区', '该公司', '该行', '该院', '该所', '该厂', '该集团', '本行', '公司', '集团', '据统计', '据介绍', '数据显示', '统计显示', '统计数据显示', '按常住地分',
  '分产业看', '分类型看', '从累计看', '按可比价格计算', '经初步核算', '扣除价格因素', '分别', '共', '累计', '合计', '并', '且', '而', '及', '和',
  '各类', '各项', '各种', '相关', '了', '预估', '预计', '折合', '一支', '一个', '一批', '一名', '一家', '一项', '包括', '还有', '另有', '另', '仅', '实际', '调升', '调降', '上调', '下调', '将', '把',
  '其次为', '其次是', '其次', '依序为', '依次为', '若',
];

/** The comparison a change is made against (`同比`, `比上年`): cut from the end of a subject. */
export const BASIS_WORDS: readonly string[] = [
  '同比', '环比', '按年', '按月', '按季', '比上年', '较上年', '比去年', '较去年', '较上年同期', '比上年同期', '较去年同期', '比去年同期',
  '与上年相比', '与去年相比', '同期', '按周', '较上周', '比上周', '较前一星期', '较上星期',
  // against the climate normal or the month, quarter before (`较常年同期偏高1.2℃`, `较上月下降0.03个百分点`)
  '较常年同期', '比常年同期', '较常年', '比常年', '较多年平均', '比多年平均', '较多年同期', '与多年平均相比', '较历史同期', '比历史同期', '较上年同月', '比上年同月', '较上月', '比上月', '较上季', '比上季',
  // against the previous election, session or edition (`投票率较上届下降43.69个百分点`)
  '较上届', '比上届', '较上一届', '比上一届', '与上届相比',
];

/** Words that say a figure rose or fell (`增长`, `贬值`, `下调`): no subject, and cut from the end of one. */
export const CHANGE_WORDS: readonly string[] = [
  '上升', '增长', '增加', '提高', '提升', '上涨', '扩大', '下降', '减少', '降低', '回落', '下跌', '收窄', '下滑', '缩小', '攀升', '回升',
  '反弹', '成长', '衰退', '年增', '年减', '年涨', '年跌', '月增', '月减', '月涨', '月跌', '季增', '季减', '持平', '大增', '大减', '多增', '少增', '增产', '减产', '贬值', '升值', '上调',
  '下调', '上修', '下修', '走高', '走低', '缩短', '压缩', '延长', '累跌', '累升', '累涨', '偏高', '偏低', '偏多', '偏少', '偏长', '偏短',
  '加快', '放缓', '减缓', '趋缓', '高出', '调升', '调降', '调高', '调低', '提速', '拉升', '上扬', '激增', '猛增', '跃升', '增多', '走强', '走弱', '减弱', '缩减', '锐减', '骤降', '萎缩', '回调', '负增长', '增收', '减收',
  '上浮', '下浮', '变动', '变化', '增减', '净增', '净减', '净增加', '净减少',
  '增', '降', '升', '涨', '跌', '减',
];

/** How much or how a figure changed, before the change word (`微升`, `小幅下降`, `大幅增长`). */
export const CHANGE_ADVERBS: readonly string[] = ['微', '小幅', '大幅', '略', '略有', '明显', '显著', '稳步', '持续', '快速', '进一步', '分别', '均', '名义', '实际', '实质', '再', '又', '仍'];

/** A change stated as a rate word before its figure (`年增率9.7%`, `升幅为7.2%`): no subject of its own. */
export const CHANGE_RATE_WORDS: readonly string[] = ['年增率', '年减率', '增幅', '升幅', '跌幅', '降幅', '涨幅', '调幅', '累计调幅', '幅度', '幅', '率为'];

/** Comparison and change words: a stretch made only of these states no subject (`同比下降`). */
export const CHANGE_ONLY = new RegExp(
  `^(?:${[...BASIS_WORDS, ...CHANGE_ADVERBS, '也', '则', '又', '再', '还', ...CHANGE_WORDS, ...CHANGE_RATE_WORDS, '了', '为', '达', '约', '至', '到', '及', '和', '与']
    .sort((a, b) => b.length - a.length)
    .join('|')})*$`,
);

/** Nouns that name a measured time (`平均响应时长8.5分钟`): such a duration passes its subject on. */
export const MEASURED_TIME_WORDS: readonly string[] = ['年龄', '时长', '时间', '用时', '时限', '耗时', '工期', '周期', '时效', '日数', '天数', '时数', '梅雨期', '汛期', '期限'];

/**
 * Verbs that begin what a counted noun did, after the noun (`126座水库超汛限水位运行` is not the start
 * of a noun, `43条河流发生超警以上洪水`, `3家企业实施停产整治`): the noun after a count ends before one.
 * Verbs that often modify a noun after a count (服务 in 养老服务机构, 改造 in 改造项目) are not listed.
 */
export const PREDICATE_VERBS: readonly string[] = [
  '发生', '受灾', '取得', '获得', '提取', '实施', '落实', '享受', '领取', '办理', '接入', '参与', '参加', '出现', '报送', '提出',
  '采购', '通过', '入选', '纳入', '因旱', '因灾', '因病', '超汛限', '超警', '达标', '位于', '分布',
];

/** Verbs of PREDICATE_VERBS that end a clause with no object (`96个乡镇受灾`); the others end a noun only when words follow them (`5个片区案件办理队`). */
export const PREDICATE_ALONE: readonly string[] = ['受灾', '达标'];

/** Adverbs between a counted noun and what it did (`4216座小型水库未发生垮坝`, `3万个参赛名额全部通过`). */
export const PREDICATE_ADVERBS: readonly string[] = ['继续', '全部', '均', '已', '仍', '也', '都', '正', '还', '未', '先后', '共同', '陆续', '同时'];

/** Ends of a noun of measure (`出生数`, `车流量`): a count right after one is its value. */
export const MEASURE_NOUN_ENDS: readonly string[] = ['数', '量', '额', '总计', '规模', '面积', '全长', '长度', '高度', '深度', '人口'];

/** Where a per-head measure starts inside a long phrase (`工业及服务业受雇员工` + `每人每月总薪资`). */
export const PER_HEAD_WORDS: readonly string[] = ['每人', '人均', '户均', '每户', '每股', '每千人', '每万人'];

/** Measure words that come off a level's subject when a share inherits its part (`新能源汽车保有量` → `新能源汽车`). */
export const MEASURE_SUFFIXES: readonly string[] = ['保有量', '数量', '总量', '总数', '人数', '户数', '件数', '宗数', '产量', '销量', '规模', '容量', '金额', '总额', '余额', '额', '量'];

/** Action verbs that begin a noun of their own before these words: 投资收入, 投资收益 (what investments bring in), 服务收入 (a telecom's revenue from services). */
export const VERB_BEFORE_NOUN: Readonly<Record<string, readonly string[]>> = { 投资: ['收入', '收益'], 服务: ['收入', '贸易', '业务', '业'] };

/**
 * Change words that are part of another word after these characters: 升 of 公升 and 毫升 is a litre,
 * 降 of 起降 a landing (保障航班起降4.86万架次).
 */
export const CHANGE_WORD_NOT_AFTER: Readonly<Record<string, string>> = { 升: '公毫', 降: '起' };

/** A figure set as a plan, not one done: a budget, a plan, a target, a task (全年预算, 目标任务). */
export const PLAN_WORDS: readonly string[] = ['预算', '计划', '目标', '任务'];
