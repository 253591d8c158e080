// Currency words and signs, in Simplified script, with their ISO 4217 codes.
//
// `null` means the document's currency for a bare 元: CNY by default, TWD in Taiwan text, HKD or
// MOP where the article declares it (resolve/currency.ts). `factor` converts a minor unit (港仙,
// 角, 分) to the major one.

export interface CurrencyWord {
  iso: string | null;
  factor?: number;
  /** A word that is money only in these regions' text, after Arabic digits, in their currency (仙: a cent of the Hong Kong or Macau dollar). */
  regions?: Readonly<Partial<Record<'hk' | 'mo', string>>>;
  /** A word that is money only after Arabic digits (２角: a tenth of the dollar or yuan; 三角 is a triangle, 五角大楼 a building). */
  digitsOnly?: boolean;
}

/** Written after the number: `2488.1万元`, `6908美元`, `203.5亿澳门元`, `28港仙`. */
export const CURRENCY_SUFFIXES: Readonly<Record<string, CurrencyWord>> = {
  元: { iso: null },
  圆: { iso: null },
  块钱: { iso: null },
  元钱: { iso: null },
  人民币: { iso: 'CNY' },
  元人民币: { iso: 'CNY' },
  人民币元: { iso: 'CNY' },
  美元: { iso: 'USD' },
  美金: { iso: 'USD' },
  港元: { iso: 'HKD' },
  港币: { iso: 'HKD' },
  港圆: { iso: 'HKD' },
  港仙: { iso: 'HKD', factor: 0.01 },
  仙: { iso: null, factor: 0.01, regions: { hk: 'HKD', mo: 'MOP' } },
  分钱: { iso: null, factor: 0.01 },
  角: { iso: null, factor: 0.1, digitsOnly: true },
  新台币: { iso: 'TWD' },
  台币: { iso: 'TWD' },
  新台币元: { iso: 'TWD' },
  澳门元: { iso: 'MOP' },
  澳门币: { iso: 'MOP' },
  澳币: { iso: 'MOP' },
  葡币: { iso: 'MOP' },
  欧元: { iso: 'EUR' },
  日元: { iso: 'JPY' },
  日圆: { iso: 'JPY' },
  英镑: { iso: 'GBP' },
  韩元: { iso: 'KRW' },
  韩圆: { iso: 'KRW' },
  澳元: { iso: 'AUD' },
  加元: { iso: 'CAD' },
  加币: { iso: 'CAD' },
  新加坡元: { iso: 'SGD' },
  新元: { iso: 'SGD' },
  瑞士法郎: { iso: 'CHF' },
  法郎: { iso: 'CHF' },
  卢布: { iso: 'RUB' },
  泰铢: { iso: 'THB' },
  越南盾: { iso: 'VND' },
  卢比: { iso: 'INR' },
  林吉特: { iso: 'MYR' },
  比索: { iso: 'PHP' },
  新西兰元: { iso: 'NZD' },
  兰特: { iso: 'ZAR' },
  里拉: { iso: 'TRY' },
  雷亚尔: { iso: 'BRL' },
  迪拉姆: { iso: 'AED' },
};

/** Written before the number: `人民币3亿元`, `US$1.2亿`, `HK$3.5亿`, `新台币3,210亿元`, `¥80`. */
export const CURRENCY_PREFIXES: Readonly<Record<string, CurrencyWord>> = {
  人民币: { iso: 'CNY' },
  RMB: { iso: 'CNY' },
  CNY: { iso: 'CNY' },
  '¥': { iso: 'CNY' },
  '￥': { iso: 'CNY' },
  美元: { iso: 'USD' },
  'US$': { iso: 'USD' },
  USD: { iso: 'USD' },
  $: { iso: 'USD' },
  港币: { iso: 'HKD' },
  港元: { iso: 'HKD' },
  'HK$': { iso: 'HKD' },
  HKD: { iso: 'HKD' },
  新台币: { iso: 'TWD' },
  台币: { iso: 'TWD' },
  'NT$': { iso: 'TWD' },
  NTD: { iso: 'TWD' },
  TWD: { iso: 'TWD' },
  澳门元: { iso: 'MOP' },
  'MOP$': { iso: 'MOP' },
  MOP: { iso: 'MOP' },
  欧元: { iso: 'EUR' },
  '€': { iso: 'EUR' },
  EUR: { iso: 'EUR' },
  日元: { iso: 'JPY' },
  JPY: { iso: 'JPY' },
  英镑: { iso: 'GBP' },
  '£': { iso: 'GBP' },
  GBP: { iso: 'GBP' },
};

/** Per-unit rates after money: `8650元/平方米`, `0.2368元/股`, `80美元/桶`. */
/**
 * Units a price is quoted per even when 每X stands a few words before the amount (汽油每公升调降0.2元,
 * 每桶…为72.17美元): units of goods, not of people or time (每人, 每月 frame more than a price).
 */
export const PRICE_UNITS: readonly string[] = ['公升', '升', '公斤', '千克', '斤', '吨', '公吨', '克', '盎司', '安士', '桶', '平方米', '平方公尺', '平方呎', '坪', '立方米', '度', '千瓦时'];

export const PER_UNITS: readonly string[] = [
  '平方米', '平米', '吨', '股', '桶', '人', '户', '千瓦时', '度', '公斤', '千克', '斤', '克', '升', '立方米', '亩', '年', '月', '天', '日', '小时',
  '次', '件', '盎司', '安士', '台', '辆', '张', '份', '人次', '人·年', '人年', '户·月', '人·月', '人·天', '人·日', '床', '平方公里', '公里', '头', '只', '箱', '晚', '间夜', '人月',
  '瓶', '包', '盒', '袋', '套', '部', '公顷', '标准箱', '平方', '克拉', '枚', '双', '本', '场', '次', '公升', '坪', '间', '平方呎', '呎', '平方英尺', '秒',
  // solar modules and batteries are priced by the watt and the watt-hour (组件均价约0.81元/W)
  'W', 'Wh',
];

/**
 * Words that make a bare amount in a clause money (户均分红三万五, 营业额就有四万八, 每户又省下两千四百五): a
 * number written in Chinese numerals with nothing after it is an amount of money when the sentence
 * before it names one of these or gives an amount in 元.
 */
export const MONEY_WORDS: readonly string[] = [
  '收入', '营业额', '营收', '销售额', '成交额', '分红', '工资', '薪水', '月薪', '年薪', '薪资', '奖金', '补贴', '补助', '利润',
  '赚', '挣', '花了', '花费', '省下', '节省', '借了', '欠', '价格', '售价', '卖了', '租金', '房租', '费用', '成本', '投资',
  '存款', '贷款', '罚款', '赔偿', '捐款', '收益', '亏损', '开支', '支出', '预算', '金额', '报酬', '学费', '红包', '逆差', '顺差',
];
