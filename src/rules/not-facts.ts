// Text that holds digits but is no fact. Each rule here marks a span as `blocked`: the span wins
// over any fact that overlaps it and is then dropped (resolve/overlaps.ts).
//
//   phone numbers 0753-2181234, (02)2380-5500, 400-800-0088, 13812345678, 拨打110报警, 12345热线
//   URLs and e-mail addresses; document numbers 统发〔2020〕3号, 主综字第1120600214号, ICP licences
//   codes with letters MGTO-PR-240616-02, COVID-19, 5G; stock codes （603020）, 0005.HK, 00878
//   campaign and slogan names “净网2023”, “1+N+5”, 平安武平2018; idioms (data/idioms.ts)
//   page chrome 浏览次数：1532; headings and list markers 一、 （二） 1.
import { IDIOMS } from '../data/idioms.js';
import { MEASURE_UNITS } from '../data/units.js';
import { re, words } from './patterns.js';
import { PRIORITY, type Candidate, type ScanRule } from './types.js';

function blocked(start: number, end: number, rule: string): Candidate {
  return { start, end, kind: 'blocked', value: null, rule, priority: PRIORITY.blocked };
}

/**
 * A rule that blocks what its pattern matches, or only its group `b…` when it has one: a pattern
 * matches a word before what it blocks instead of looking behind for it, because a regular
 * expression that starts with a lookbehind is tried at every position (100 times slower here).
 */
function scan(id: string, pattern: RegExp, examples: ScanRule['examples'], trigger?: RegExp): ScanRule {
  return {
    id,
    pattern,
    examples,
    ...(trigger ? { trigger } : {}),
    extract: (m) => {
      if (!m[0]) return null;
      const groups = m.indices?.groups;
      if (groups) {
        for (const [name, span] of Object.entries(groups)) {
          if (!name.startsWith('b') || !span) continue;
          const start = m.index + (span[0] - m.indices![0]![0]);
          return blocked(start, start + (span[1] - span[0]), id);
        }
      }
      return blocked(m.index, m.index + m[0].length, id);
    },
  };
}

/** Units written in Latin letters after digits (5GW, 50bp): no code. */
const LETTER_UNITS = [...MEASURE_UNITS.filter((u) => /^[A-Za-z]+$/.test(u)), 'bps', 'bp', 'BPS', 'BP'];
const HOTLINE_WORDS = '拨打|热线|电话|致电|咨询|举报|号码|专线|传真|服务台|联系方式|手机|电话号码|短信';
/** What may name a service line between its number and 热线 (12333人社服务热线, 12345政务服务便民热线). */
const LINE_OWNER = '人社|人力社保|政务|服务|便民|市民|医保|消费者|投诉|反诈|维权|公共';
const LINE = '热线|专线|报警|举报电话';

export const phone = scan(
  'not-fact-phone',
  re('gd')`(?<![\d.])(?:\+?86[- ]?)?(?:\(\d{2,4}\) ?|\d{3,4}-)\d{3,8}(?:[- ]\d{3,8}){0,2}(?![\d.])|(?<![\d.])1[3-9]\d{9}(?!\d)|(?:${HOTLINE_WORDS})[:：]?\s?(?<b1>\(?\d[\d\-() ]{1,18}\d(?:(?:${LINE_OWNER}){0,3}(?:${LINE}))?)|(?<![\d.])\d{3,6}(?:${LINE_OWNER}){0,3}(?:${LINE})`,
  [
    { in: '投资者热线：021-66523100）', out: [] },
    { in: '电话：(02)2380-5500；', out: [] },
    { in: '请拨打110报警，反诈咨询可拨打96110。', out: [] },
    { in: '致电旅游热线(853) 2833 3000。', out: [] },
    { in: '咨询：0931-96598）', out: [] },
    // (the line's name goes with the number, so 12333人 is no count of people)
    { in: '可拨打12333人社服务热线咨询，或12345政务服务便民热线', out: [] },
  ],
);

export const webAddress = scan('not-fact-url', re('g')`https?://[\x21-\x7e]+|www\.[\x21-\x7e]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+`, [
  { in: '详见http://www.stats.gov.cn/2024/01.html', out: [] },
], /https?:|www\.|@/);

export const documentNumber = scan(
  'not-fact-document-number',
  re('g')`[〔\[［(（]\d{4}[〕\]］)）]\d+号|[\u4e00-\u9fff]{1,6}字第?\d+号|第\d{6,}号|[\u4e00-\u9fff]{1,2}ICP[备证]\d+号(?:-\d+)?|公网安备\s?\d+号|(?:文号|编号|案号|批准文号|许可证号|备案号|新闻稿编号)[:：]\s?[\w\-〔〕\[\]（）()\u4e00-\u9fff]{1,40}`,
  [
    { in: '文号：统发〔2020〕3号　浏览次数：1532', out: [] },
    { in: '（文号：主综字第1120600214号）', out: [] },
    { in: '粤ICP备05021378号-1', out: [] },
  ],
  /号/,
);

export const code = scan(
  'not-fact-code',
  re('gd')`(?<![\w$])(?:(?!(?:Q[1-4]|H[12])(?![\w]))[A-Za-z]{1,10}[-_]?\d[\w\-]*(?:\.\d+)?|\d+(?!(?:${words(LETTER_UNITS)}|Q[1-4]|H[12])(?![A-Za-z]))[A-Za-z][\w\-]*|\d{4,6}\.(?:HK|SH|SZ|TW|TWO|SS)\b|[(（](?<b1>\d{6})(?=[)）])|(?:证券代码|股票代码|代码)[:：]?\s?(?<b2>\d{4,6})|(?<![\d.])0\d{2,}(?![\d.]))`,
  [
    { in: '新闻稿编号：MGTO-PR-240616-02', out: [] },
    { in: '爱普股份（603020）10月30日晚间披露', published: '2024-10-30', out: [{ text: '10月30日', kind: 'date', value: '2024-10-30' }] },
    { in: '高股息ETF 00878配息公告出炉', out: [] },
    { in: '5G基站', out: [] },
    { in: 'PM2.5年均浓度为29微克/立方米', out: [{ text: '29微克/立方米', kind: 'measure', value: 29, unit: '微克/立方米' }] },
  ],
  /[A-Za-z(（码]|0\d/,
);

export const namedCampaign = scan(
  'not-fact-name',
  re('g')`(?:19|20)\d{2}(?<=[“"「『‘][^”"」』’\n]{0,12}[\u4e00-\u9fffA-Za-z]\d{4})(?=[”"」』’])|(?:19|20)\d{2}(?<=[\u4e00-\u9fff]\d{4})(?=专项|行动|计划|工程|系列|论坛|峰会|博览会|大会|活动|版)|\d+(?:\+[\dA-Za-z]+)+|[A-Za-z](?:\+\d+)+`,
  [
    { in: '依托“净网2023”专项行动', out: [] },
    { in: '创新的“1+N+5”合成作战工作新机制', out: [] },
    { in: '“平安武平2018”专项行动期间', out: [] },
  ],
  /[“\"「『‘+项动划程列坛会版]/,
);

export const pageChrome = scan('not-fact-page-chrome', re('g')`(?:浏览|阅读|点击|访问)(?:次数|量|数|人次)?[:：]\s?[\d,]+|字号[:：]?\s?[大中小 ]*|第\d+页|共\d+页|\d+/\d+页`, [
  { in: '浏览次数：1532', out: [] },
], /[览读击访号页]/);

// Headings and list markers at the start of a line: 一、 （二） 1. 2、 (3)
export const listMarker = scan('not-fact-list-marker', re('gm')`^[ \t　]*(?:[一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十\d]+[)）]|\d{1,2}[、.](?!\d))`, [
  { in: '一、国民所得统计结果', out: [] },
]);

// A document's title: 《2022年…公报》, or a heading line that names a bulletin or report. The numbers in it
// name the document; they are no facts of the article (gold-format.md).
const DOC_WORDS = '统计公报|公报|白皮书|年鉴|工作报告|经济报告|报告|规划|纲要|条例|办法|通知|决定|意见|方案|计划|公告|通告|年报|季报|半年报';
export const documentTitle = scan(
  'not-fact-title',
  re('gm')`《[^《》\n]{0,60}(?:${DOC_WORDS})[^《》\n]{0,8}》|^[^\n，。；！？]{0,30}(?:19|20)\d{2}年(?!\d{1,2}月\d{1,2}[日号])(?:度)?[^\n，。；！？]{0,40}(?:${DOC_WORDS})(?:[（(][^）)\n]{0,6}[）)])?[ \t]*$`,
  [
    { in: '2019年国民经济和社会发展统计公报', out: [] },
    { in: '详见《二〇二四年第三季经济报告》', out: [] },
    // a dateline before the name of a release is a date (2024年11月4日　土地注册处新闻公报)
    { in: '2024年11月4日　土地注册处新闻公报', out: [{ text: '2024年11月4日', kind: 'date', value: '2024-11-04' }] },
  ],
  /[《报书鉴划要例法知定见案告]/,
);

const IDIOM_RE = re('g')`${words(IDIOMS)}`;
export const idiom = scan('not-fact-idiom', IDIOM_RE, [
  { in: '成功应对一系列重大挑战', out: [] },
  { in: '守万家灯火 护一方平安', out: [] },
  { in: '取得了“五上升两全破”的良好成效', out: [] },
  { in: '首套和二套房贷利率', out: [] },
  { in: '以当年价格计算', out: [] },
]);

// Quoted slogans of numerals and words: “四个一”, “两隊一室” (short, two numerals or more, no digits).
export const slogan = scan('not-fact-slogan', re('gd')`[“"「『](?<b>(?=[^”"」』\n\d]{2,10}[”"」』])(?:[^”"」』\n\d一二两三四五六七八九十百千万]*[一二两三四五六七八九十百千万]){2,}[^”"」』\n\d]*)(?=[”"」』])`, [
  { in: '推进“四个一”体系建设', out: [] },
], /[“\"「『]/);

