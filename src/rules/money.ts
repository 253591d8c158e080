// Money: a number with a currency word after it or a currency sign or word before it.
//
//   1.6万元 → 16000 CNY        近1亿元 → 100000000 CNY, nearly     2300余亿元 → 230000000000, over
//   新台币3,210亿元 → TWD      HK$3.5亿 → 350000000 HKD            0.2368元/股 → unit 元/股
//   203.5亿澳门元 → MOP        约为6908美元 → USD, about           28港仙 → 0.28 HKD
//
// A bare 元 takes the document's currency (resolve/currency.ts): CNY, TWD in Taiwan text, HKD or
// MOP where the article says so.
import { CURRENCY_PREFIXES, CURRENCY_SUFFIXES, PER_UNITS, PRICE_UNITS } from '../data/currencies.js';
import { MEASURE_UNITS, MEASURE_WORDS } from '../data/units.js';
import { APPROX_INNER, charAfter, firstChars, minusBefore, re, words } from './patterns.js';
import { PRIORITY, type Candidate, type TokenRule } from './types.js';

// 元 followed by these is another word: 元旦, 元素, 元件, 元宵 …; after a slash any unit or measure
// word names what the price is for (988美元/片)
const SUFFIX = re('y')`${APPROX_INNER}?(?<cur>${words(Object.keys(CURRENCY_SUFFIXES))})(?![旦宵素件器首老凶帅气度形色落膜楼])(?:/(?<perN>\d{1,4})?(?<per>${words([...new Set([...PER_UNITS, ...MEASURE_WORDS, ...MEASURE_UNITS])])}))?`;
const PREFIX = re('')`(?<cur>${words(Object.keys(CURRENCY_PREFIXES))}) ?$`;
const SUFFIX_FIRST = firstChars(Object.keys(CURRENCY_SUFFIXES));
const PREFIX_LAST = new Set(Object.keys(CURRENCY_PREFIXES).map((w) => w[w.length - 1]!).concat(' '));
// 每公斤56.8元: the rate's unit is written before the number
const PER_BEFORE = re('')`每(?<per>${words(PER_UNITS)})$`;
// (每公升零售价分别为新台币28.8元: the unit a few words back, with no figure or mark between)
const PER_FAR = re('')`每(?<per>${words(PRICE_UNITS)})[^\d，。；、,;：:（）()每]{1,10}$`;

export const money: TokenRule = {
  id: 'money',
  examples: [
    { in: '最低收购价为129元/50公斤', out: [{ text: '129元/50公斤', kind: 'money', value: 129, unit: '元/50公斤', currency: 'CNY' }] },
    { in: '净利润突破百亿元', out: [{ text: '突破百亿元', kind: 'money', value: 10000000000, currency: 'CNY', approx: 'over' }] },
    { in: '千万不要轻信陌生来电', out: [] },
    { in: '外资卖超123.5亿元，投资超100亿元', out: [{ text: '123.5亿元', kind: 'money', value: 12350000000 }, { text: '超100亿元', kind: 'money', value: 10000000000, approx: 'over' }] },
    // (出超, 入超: a trade surplus and deficit, no 超过)
    { in: '出超66.3亿美元，入超12.4亿美元，营业收入超10亿元', out: [{ text: '66.3亿美元', kind: 'money', value: 6630000000 }, { text: '12.4亿美元', kind: 'money', value: 1240000000 }, { text: '超10亿元', kind: 'money', value: 1000000000, approx: 'over' }] },
    { in: '涉案金额共2488.1万元。', out: [{ text: '2488.1万元', kind: 'money', value: 24881000, currency: 'CNY' }] },
    { in: '被骗1.6万元', out: [{ text: '1.6万元', kind: 'money', value: 16000, currency: 'CNY' }] },
    { in: '拿回被骗的1万多元', out: [{ text: '1万多元', kind: 'money', value: 10000, currency: 'CNY', approx: 'over' }] },
    { in: '涉案金额近1亿元的团伙', out: [{ text: '近1亿元', kind: 'money', value: 100000000, approx: 'nearly' }] },
    { in: '涉案金额逾140万元', out: [{ text: '逾140万元', kind: 'money', value: 1400000, approx: 'over' }] },
    { in: '投资2300余亿元', out: [{ text: '2300余亿元', kind: 'money', value: 230000000000, approx: 'over' }] },
    { in: '营业收入612,834,878.55元', out: [{ text: '612,834,878.55元', kind: 'money', value: 612834878.55 }] },
    { in: '折算约为6908美元', out: [{ text: '约为6908美元', kind: 'money', value: 6908, currency: 'USD', approx: 'about' }] },
    { in: '每股收益0.2368元/股', out: [{ text: '0.2368元/股', kind: 'money', value: 0.2368, unit: '元/股' }] },
    { in: '总消费203.5亿澳门元', out: [{ text: '203.5亿澳门元', kind: 'money', value: 20350000000, currency: 'MOP' }] },
    { in: '市值HK$3.5亿', out: [{ text: 'HK$3.5亿', kind: 'money', value: 350000000, currency: 'HKD' }] },
    { in: '派发末期股息每股28港仙', out: [{ text: '每股28港仙', kind: 'money', value: 0.28, currency: 'HKD', unit: '港仙/股' }] },
    { in: '每人GDP为3万2,105美元', out: [{ text: '3万2,105美元', kind: 'money', value: 32105, currency: 'USD' }] },
    { in: '金额为壹佰贰拾万元整', out: [{ text: '壹佰贰拾万元', kind: 'money', value: 1200000 }] },
    { in: '成交均价约8650元/平方米', out: [{ text: '约8650元/平方米', kind: 'money', value: 8650, unit: '元/平方米', approx: 'about' }] },
    { in: '出口六四〇.五亿美元', out: [{ text: '六四〇.五亿美元', kind: 'money', value: 64050000000, currency: 'USD' }] },
    { in: '1月1日元旦假期', out: [{ text: '1月1日', kind: 'date' }] },
    { in: '蔬菜平均批发价每公斤56.8元', out: [{ text: '每公斤56.8元', kind: 'money', value: 56.8, unit: '元/公斤' }] },
    { in: '平均成交价分别为每平方米74,312元、86,905元及95,480元', out: [{ text: '每平方米74,312元', kind: 'money', value: 74312, unit: '元/平方米' }, { text: '86,905元', kind: 'money', value: 86905, unit: '元/平方米' }, { text: '95,480元', kind: 'money', value: 95480, unit: '元/平方米' }] },
    { in: '出厂价上调至1169元/瓶', out: [{ text: '1169元/瓶', kind: 'money', value: 1169, unit: '元/瓶' }] },
    { in: '归母净利润为-34.62亿元，基本每股收益为-0.98元/股，负5000万元；2023-2024年度1,200元', out: [{ text: '-34.62亿元', kind: 'money', value: -3462000000 }, { text: '-0.98元/股', kind: 'money', value: -0.98, unit: '元/股' }, { text: '负5000万元', kind: 'money', value: -50000000 }, { text: '2023-2024年度', kind: 'period' }, { text: '1,200元', kind: 'money', value: 1200 }] },
    { in: '组件平均售价由约1.25元/W降至约0.81元/W，储能电芯0.4元/Wh', out: [{ text: '约1.25元/W', kind: 'money', value: 1.25, unit: '元/W', approx: 'about' }, { text: '约0.81元/W', kind: 'money', value: 0.81, unit: '元/W', approx: 'about' }, { text: '0.4元/Wh', kind: 'money', value: 0.4, unit: '元/Wh' }] },
    { in: '汽油每公升调降２角，柴油调降3角；三角形，五角大楼', out: [{ text: '２角', kind: 'money', value: 0.2 }, { text: '3角', kind: 'money', value: 0.3 }] },
    { in: '汽油每公升调降0.2元，零售价每公升分别为新台币28.8元、32.3元；每人每月发放3000元', out: [{ text: '0.2元', kind: 'money', value: 0.2, unit: '元/公升' }, { text: '新台币28.8元', kind: 'money', value: 28.8, unit: '元/公升' }, { text: '32.3元', kind: 'money', value: 32.3 }, { text: '3000元', kind: 'money', value: 3000 }] },
    { in: '金價每安士2,650美元', out: [{ text: '每安士2,650美元', kind: 'money', value: 2650, currency: 'USD', unit: '美元/安士' }] },
    { in: '晶圆平均售价约988美元/片', out: [{ text: '约988美元/片', kind: 'money', value: 988, currency: 'USD', unit: '美元/片', approx: 'about' }] },
  ],
  match(ctx, tok) {
    const hasSuffix = SUFFIX_FIRST.has(charAfter(ctx.norm, tok.end));
    if (!hasSuffix && !PREFIX_LAST.has(ctx.norm[tok.start - 1] ?? '')) return null;
    const m = hasSuffix ? ctx.at(SUFFIX, tok.end) : null;
    const before = ctx.before(tok.start, 6);
    const p = PREFIX.exec(before);
    if (!m && !p) return null;
    let suffix = m ? CURRENCY_SUFFIXES[m.groups!.cur!] : undefined;
    const prefix = p ? CURRENCY_PREFIXES[p.groups!.cur!] : undefined;
    // 每股38仙 in Hong Kong or Macau text (八仙 anywhere, 38仙 elsewhere: no money)
    if (suffix?.digitsOnly && tok.chinese) return null;
    if (suffix?.regions) {
      const iso = (suffix.regions as Partial<Record<string, string>>)[ctx.region];
      if (!iso || tok.chinese) return null;
      suffix = { iso, factor: suffix.factor! };
    }
    if (!m) {
      // A currency before a number with no unit after it: 人民币3亿, HK$3.5亿, ¥80. A word prefix
      // (美元, 人民币) needs the number to be an amount, not a count that follows (人民币3项).
      if (/^[\u4e00-\u9fff]/.test(p!.groups!.cur!) && !tok.scaled) return null;
    }
    // 净利润为-34.62亿元, 每股收益-0.98元: an amount below zero (a loss, an outflow)
    const minus = p ? 0 : minusBefore(ctx.norm, tok.start);
    const start = p ? tok.start - p[0].length : tok.start - minus;
    const end = m ? tok.end + m[0].length : tok.end;
    const iso = (suffix?.iso ?? null) === null ? (prefix?.iso ?? suffix?.iso ?? null) : suffix!.iso;
    const factor = suffix?.factor ?? 1;
    const amount = factor === 1 ? tok.value : Number((tok.value * factor).toFixed(tok.decimals + 4));
    const value = minus ? -amount : amount;
    const c: Candidate = {
      start,
      end,
      kind: 'money',
      value,
      currency: iso,
      decimals: tok.decimals,
      rule: 'money',
      priority: PRIORITY.money,
      chinese: tok.chinese,
    };
    if (m?.groups?.per) {
      // (129元/50公斤: a price per a number of units)
      c.unit = `${m.groups.cur}/${m.groups.perN ?? ''}${m.groups.per}`;
      c.unitAt = end - c.unit.length;
    } else if (m) {
      const per = PER_BEFORE.exec(ctx.before(start, 6));
      const before = per ? '' : ctx.before(start, 18);
      const far = per || !before.includes('每') ? null : PER_FAR.exec(before);
      if (per) {
        c.start = start - per[0].length;
        c.unit = `${m.groups!.cur}/${per.groups!.per}`;
        c.unitSpans = [
          [end - m.groups!.cur!.length, end],
          [start - per.groups!.per!.length, start],
        ];
      } else if (far) {
        const at = start - before.length + far.index + 1;
        c.unit = `${m.groups!.cur}/${far.groups!.per}`;
        c.unitSpans = [
          [end - m.groups!.cur!.length, end],
          [at, at + far.groups!.per!.length],
        ];
      }
    }
    if (tok.approxInside || m?.groups?.inner) c.approx = 'over';
    return c;
  },
};
