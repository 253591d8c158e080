// Every check's id, default severity and documentation: the source of the README's rule list, of
// SARIF rule metadata and of configuration validation. The code of each check is in checks/<id>.ts.
import type { Severity } from '../types.js';

export interface CheckDoc {
  id: string;
  severity: Severity;
  summary: string;
  description: string;
}

export const CHECK_DOCS: readonly CheckDoc[] = [
  {
    id: 'impossible-change',
    severity: 'error',
    summary: 'A change that cannot happen: a fall of more than 100%, a share over 100%, a negative count.',
    description:
      'A count or an amount cannot fall by more than 100% (it would have to become negative), a share, rate or completion ratio that is a part of a whole (破案率, 完成率, 占比, 覆盖率) cannot exceed 100%, and a count cannot be negative. Growth rates may exceed 100%.',
  },
  {
    id: 'rate-mismatch',
    severity: 'warning',
    summary: 'A stated rate, share or change that its own numerator and denominator contradict.',
    description:
      'A rate or share stated next to its numerator and denominator (破案707宗 … 立案1365宗 … 破案率51.8%) must equal their ratio within the rounding its precision allows; so must a share named by what it counts among a count with 中 (35个行业大类中，有27个行业增加值保持增长，增长面为71.4%: 77.1%). Likewise a stated change must match two stated levels (从460起降至408起，下降15%; in percentage points, 为2.54%，比上年的2.46%提高0.18个百分点 is 0.08; in the levels’ own unit, 为0.97人，较2019年的1.53人下降0.65人 is 0.56), a level with its percent change must agree with a stated previous value, a margin must match its profit and revenue (毛利5.44亿美元…毛利率20.5% against 收入21.71亿美元), a debt ratio its liabilities and assets (资产负债率), a bad-loan ratio its bad and all loans (不良贷款率), and a daily average must match its total over the days of a closed period or of a holiday whose length the paragraph names (全月装车34.62万车，日均1.21万车: 31 days give 1.12万; 端午节假期3天 … 累计6.00亿人次，日均2.19亿人次: 2.00亿; 2% allowed for rounding), or of a run of days told in the sentence before (2月9日至17日…共9天。免费通行期间，…日均), its total an earlier paragraph’s when the average names what it counts (假期期间，全省日均接待游客882.8万人次); and a figure per thousand or ten thousand people must be its total over the population the paragraph gives (高价值发明专利拥有量189.0万件…按总人口14.10亿人计算，每万人口…14.6件: 13.4), a standard (国家规定的每千人抽检4批次) left alone.',
  },
  {
    id: 'sum-mismatch',
    severity: 'warning',
    summary: 'Parts that exceed their whole, or listed parts that do not add up to the stated total.',
    description:
      'A part introduced by 其中 cannot exceed the whole it belongs to, and parts listed with the same unit right after a total must add up to it within the rounding of the figures. The groups of a count that rose, fell and held (28种蔬菜中，上涨的有8种，下降的有17种，持平的有4种) cannot add up to more than it, nor, when all three are named, to less. Two parts that divide their whole between them (国有博物馆 and 非国有博物馆, 城镇人口 and 乡村人口, 男性 and 女性) cannot add up to less than it either. Parts listed after a name and 包括： (首三季的投资收入包括：…) must add up to the level of that name and period; so must levels in parentheses right after a level (医院出院192.6万人（公立医院158.9万人，民营医院43.7万人）), a 分别 list after a breakdown’s opener against the level its words name (分地区看，…分别完成电信业务收入7795亿元、…), and parts one a clause closed by the rest (…；西江港等其余港口合计完成464.4万标箱). A part above a net whole is no error when the sentence tells of the loss netted off (已实现收益额1046.8亿元…；公允价值变动额-789.9亿元). A trade surplus (顺差) must be the exports less the imports of its period and currency, a deficit (逆差) the imports less the exports; a budget surplus (盈余, 结余) the revenue less the expenditure, a deficit (赤字) the other way; a fund’s balance told with its income and spending in one sentence (收入912.6亿元…支出798.3亿元…当期结余141.3亿元) the one less the other. The parts a level is said to be made of (渔业产值由…五部分构成，分别为…) add up to it, and shares one a clause after a breakdown’s opener (从年龄结构看，…占1.5%，…占31.4%) to 100% at most.',
  },
  {
    id: 'metric-conflict',
    severity: 'warning',
    summary: 'One figure given for two different metrics, or one metric given two values for one period.',
    description:
      'The same percentage stated in one article for two different subjects with the same change (37.82% for 破案数 and for 破案率) is very likely a copy error; so is one precise level given for two metrics of one period in one paragraph (有效保单保费收入 and 新造保单保费 both 3,962亿港元; a group and its negation, 过夜旅客 and 不过夜旅客 both 189.3万人次); and one level given for two metrics within 1,500 characters with two different shares of one whole (博彩业 and 酒店业 both 7.14万人, 占19.1% and 占15.3%) or, at five significant digits or more, two different changes (2331.86亿元, 同比增长5.12% and 1.93%).',
  },
  {
    id: 'respectively-mismatch',
    severity: 'warning',
    summary: 'A 分别 list whose items and values do not pair up.',
    description: 'In `A、B分别为X、Y、Z` the number of subjects and of values must match; otherwise the pairing is unknown.',
  },
  {
    id: 'invalid-date',
    severity: 'error',
    summary: 'A date that does not exist (2月30日, 13月).',
    description: 'A month over 12 or a day beyond the length of its month is not a date.',
  },
  {
    id: 'future-date',
    severity: 'warning',
    summary: 'An event told in the past tense but dated after the article was published.',
    description: 'A date after the publication date in a sentence that reports something done (已, 了, 完成, 实现, 同比) is likely a wrong year or month.',
  },
  {
    id: 'weekday-mismatch',
    severity: 'warning',
    summary: 'A weekday that does not match its date (2024年1月9日（星期三）).',
    description: 'A date followed by a weekday in parentheses must fall on that weekday.',
  },
  {
    id: 'conversion-artifact',
    severity: 'warning',
    summary: 'A word damaged by a bad Simplified-to-Traditional conversion (全麵, 一係列, 機製, 16麵).',
    description:
      'A character-by-character Simplified-to-Traditional converter picks the wrong one of several Traditional characters (面 → 麵 instead of 面, 系 → 係, 制 → 製, 钟 → 鍾). The check finds characters that are a non-default Traditional form of a Simplified character in a word whose known Traditional spelling differs, and suggests the right word. Correct Taiwan and Hong Kong usage (台/臺, 裡) is not flagged.',
  },
  {
    id: 'rate-consistent',
    severity: 'info',
    summary: 'A rate or share that was checked against its counts and holds.',
    description: 'Reported with --verbose and in JSON: the relation that was checked, so a reader can see what was verified.',
  },
  {
    id: 'implied-baseline',
    severity: 'info',
    summary: 'The previous value implied by a level and its percent change.',
    description: 'For `408起、同比下降11.30%` the previous value is 408 / (1 − 0.113) = 460.',
  },
  {
    id: 'part-whole-consistent',
    severity: 'info',
    summary: 'Parts that were checked against their whole and fit.',
    description: 'Reported with --verbose and in JSON.',
  },
];

export const CHECK_IDS: readonly string[] = CHECK_DOCS.map((d) => d.id);
