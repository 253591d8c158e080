// Where an article is from, as far as its words tell: this decides what a bare 元 is and whether
// `112年` is a Republic-of-China year. Mainland text converted to Traditional stays mainland.
import type { Region, Script } from '../types.js';

// Markers are matched on the normalized (Simplified) text; each counts once per occurrence.
const MARKERS: Readonly<Record<Exclude<Region, 'cn'>, RegExp>> = {
  tw: /民国|中华民国|新台币|台币|行政院|立法院|主计总处|财政部统计处|国发会|卫福部|疾管署|经济部|内政部|(?<!\d)1[01]\d年|(?<!\d)1[01]\d[/.-]\d{1,2}[/.-]\d{1,2}|台北|新北|高雄|台中|台南|桃园市|县市长|中央社/g,
  hk: /港元|港币|港仙|HK\$|香港特区|香港特别行政区|特区政府|政府统计处|立法会|金管局|港交所|恒生指数|恒指|港股|九龙|新界|本港|港岛|天文台|入境处|运输署|房委会|财政司|薪俸税|利得税|差饷|强积金|居屋|全港|港府/g,
  mo: /澳门元|澳门币|葡币|MOP|澳门特别行政区|澳门特区|统计暨普查局|博彩监察协调局|旅游局|氹仔|路氹|澳门/g,
};

/** Words of both Hong Kong and Macau releases (a Macau text says 按年 as often as a Hong Kong one): they count for both. */
const HK_AND_MO = /按年|按季/g;

/** The markers of a long document are read in its first part: an article says where it is from early. */
const HEAD = 20000;

export function detectRegion(norm: string, text: string, script: Script): Region {
  const score: Record<string, number> = { tw: 0, hk: 0, mo: 0 };
  const head = norm.length > HEAD ? norm.slice(0, HEAD) : norm;
  for (const [region, re] of Object.entries(MARKERS)) {
    re.lastIndex = 0;
    let n = 0;
    while (re.exec(head) !== null && n < 50) n++;
    score[region] = n;
  }
  HK_AND_MO.lastIndex = 0;
  let both = 0;
  while (HK_AND_MO.exec(head) !== null && both < 50) both++;
  score.hk! += both;
  score.mo! += both;
  // 臺 is written in Taiwan (the converter of a mainland text uses it too, so it counts little)
  if (text.includes('臺')) score.tw! += 1;
  const best = (Object.entries(score) as [Region, number][]).sort((a, b) => b[1] - a[1])[0]!;
  // Simplified text is mainland text unless its markers are strong (a Hong Kong release in Simplified)
  const needed = script === 'hant' ? 2 : 4;
  return best[1] >= needed ? best[0] : 'cn';
}

/** The currency of a bare 元: what the article declares (`（港元，下同）`), else its region's. */
// (以美元计算，… declares it; 营收以美元计将成长约两成 only says how one change is measured)
export function defaultCurrency(norm: string, region: Region, script: Script = 'hans'): string {
  const declared = /[(（](?:单位[:：])?(?<cur>港元|港币|澳门元|澳门币|新台币|美元|人民币|欧元)(?:[,，、]?下同)?[)）]|以(?<cur2>港元|澳门元|新台币|美元|人民币)(?:计|计算)(?=[，,。；;）)\s]|$)/.exec(norm);
  const word = declared?.groups?.cur ?? declared?.groups?.cur2;
  if (word) return { 港元: 'HKD', 港币: 'HKD', 澳门元: 'MOP', 澳门币: 'MOP', 新台币: 'TWD', 美元: 'USD', 人民币: 'CNY', 欧元: 'EUR' }[word]!;
  if (region === 'tw') return 'TWD';
  // a Hong Kong or Macau text means its own dollar by 元 (政府统计处: 总销货价值为4,069亿元), unless it
  // only ever names 人民币 (a mainland report about the region)
  // (but a release of the region's own government, in its own script, is in its dollar whatever amounts in
  // 人民币 it quotes: 政府統計處…302億元, beside 免稅額度…由人民幣5,000元提高至人民幣12,000元)
  const own = script === 'hant';
  if (region === 'hk') return /人民币/.test(norm) && !/港元|港币|HK\$|港仙/.test(norm) && !(own && /政府统计处|特区政府|本港|全港|立法会|金管局/.test(norm)) ? 'CNY' : 'HKD';
  if (region === 'mo') return /人民币/.test(norm) && !/澳门元|澳门币|葡币|MOP/.test(norm) && !(own && /统计暨普查局|特区政府|本澳|全澳|立法会|金融管理局/.test(norm)) ? 'CNY' : 'MOP';
  return 'CNY';
}
