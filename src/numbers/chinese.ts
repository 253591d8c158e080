// The value of a written number: Arabic, Chinese, financial (大写) or any mix of them.
//
//   parseNumber('2488.1万')     → 24881000       parseNumber('一千三百六十五') → 1365
//   parseNumber('三万五')       → 35000          parseNumber('两千四百五')     → 2450
//   parseNumber('3万2,105')     → 32105          parseNumber('1.5万亿')        → 1500000000000
//   parseNumber('二〇二四')     → 2024           parseNumber('六四〇.五')      → 640.5
//   parseNumber('壹佰贰拾万')   → 1200000        parseNumber('七十九点八')     → 79.8
//
// Input is in normalized form (Simplified, half-width: see document/normalize.ts). Returns null
// when the characters do not make one number (`万`, `一二万三`).

/** Digit characters and their values (Chinese, financial; 〇 U+3007 and ○ U+25CB both mean zero). */
export const DIGITS: Readonly<Record<string, number>> = {
  零: 0, '〇': 0, '○': 0,
  一: 1, 壹: 1,
  二: 2, 两: 2, 贰: 2,
  三: 3, 叁: 3, 参: 3,
  四: 4, 肆: 4,
  五: 5, 伍: 5,
  六: 6, 陆: 6,
  七: 7, 柒: 7,
  八: 8, 捌: 8,
  九: 9, 玖: 9,
};

/** Units below 万, which combine with a digit before them. 廿 and 卅 stand for 二十 and 三十. */
export const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000, 廿: 20, 卅: 30 };

/** Units that close a section: 万亿 = 10^12. 兆 is 10^12 in Taiwan and Hong Kong usage. */
export const BIG_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8, 兆: 1e12 };

/** Financial (大写) characters: 参 and 陆 are digits only next to one of these. */
export const FINANCIAL = new Set(['壹', '贰', '叁', '参', '肆', '伍', '陆', '柒', '捌', '玖', '拾', '佰', '仟']);

export interface ParsedNumber {
  value: number;
  /** Decimals written (`2488.1万` → 1): the precision a checker may rely on, before scaling. */
  decimals: number;
  /** The value has a 万/亿/兆 multiplier. */
  scaled: boolean;
}

type Item = { t: 'num'; v: number; dec: number; single: boolean } | { t: 'zero' } | { t: 'small'; m: number } | { t: 'big'; m: number };

const ARABIC = /^(\d+(?:,\d{3})*)(?:\.(\d+))?/;

export function parseNumber(raw: string): ParsedNumber | null {
  if (raw.length === 0) return null;
  // Chinese digits written one by one, as in years and Taiwan newspaper figures: 二〇二四, 六四〇.五,
  // also before 万/亿: 五七八四.九亿, 一五〇〇亿.
  const seq = digitSequence(raw);
  if (seq) return seq;
  const big = /^(?<head>[^万亿兆]+)(?<units>[万亿兆]+)$/.exec(raw);
  if (big) {
    const head = digitSequence(big.groups!.head!);
    const mult = unitsValue(big.groups!.units!);
    if (head && mult && [...big.groups!.head!.replace(/[.点]/g, '')].length >= 2) {
      return { value: scale(head.value, mult, head.decimals), decimals: head.decimals, scaled: true };
    }
  }
  const items = itemize(raw);
  if (!items) return null;
  return evaluate(items);
}

/** 万 → 10^4, 亿 → 10^8, 万亿 → 10^12 (units in a row multiply). */
function unitsValue(units: string): number | null {
  let v = 1;
  let last = 0;
  for (const u of units) {
    const m = BIG_UNITS[u];
    if (!m || m <= last) return null;
    v *= m;
    last = m;
  }
  return v;
}

/** value × 10^k without binary dust: 2488.1 × 10^4 = 24881000. */
function scale(value: number, mult: number, decimals: number): number {
  const v = value * mult;
  return Number.isInteger(v) ? v : Number(v.toFixed(Math.max(0, decimals + 2)));
}

function digitSequence(raw: string): ParsedNumber | null {
  let int = '';
  let frac: string | null = null;
  for (const ch of raw) {
    if (ch === '.' || ch === '点') {
      if (frac !== null || int === '') return null;
      frac = '';
      continue;
    }
    const d = DIGITS[ch];
    // 两 is never a digit in a sequence; Arabic digits go through itemize.
    if (d === undefined || ch === '两') return null;
    if (frac === null) int += String(d);
    else frac += String(d);
  }
  if (int === '' || frac === '') return null;
  return { value: Number(frac ? `${int}.${frac}` : int), decimals: frac?.length ?? 0, scaled: false };
}

function itemize(raw: string): Item[] | null {
  const items: Item[] = [];
  let i = 0;
  while (i < raw.length) {
    const ch = raw[i]!;
    if (ch >= '0' && ch <= '9') {
      const m = ARABIC.exec(raw.slice(i))!;
      const int = m[1]!.replace(/,/g, '');
      const frac = m[2] ?? '';
      items.push({ t: 'num', v: Number(frac ? `${int}.${frac}` : int), dec: frac.length, single: int.length === 1 && !frac });
      i += m[0].length;
      continue;
    }
    const d = DIGITS[ch];
    if (d !== undefined) {
      if (d === 0 && ch !== '两') {
        items.push({ t: 'zero' });
        i++;
        continue;
      }
      // Chinese decimals: 三点五, 七十九点八 (the fraction is written digit by digit).
      if (raw[i + 1] === '点') {
        const { frac, end: j } = fractionDigits(raw, i + 2);
        if (!frac) return null;
        items.push({ t: 'num', v: Number(`${d}.${frac}`), dec: frac.length, single: false });
        i = j;
        continue;
      }
      items.push({ t: 'num', v: d, dec: 0, single: true });
      i++;
      continue;
    }
    const small = SMALL_UNITS[ch];
    if (small !== undefined) {
      items.push({ t: 'small', m: small });
      i++;
      continue;
    }
    const big = BIG_UNITS[ch];
    if (big !== undefined) {
      items.push({ t: 'big', m: big });
      i++;
      continue;
    }
    if (ch === '点') {
      // 十点五 / 一百点二: a decimal after a unit; the fraction follows digit by digit.
      if (items.length === 0 || items[items.length - 1]!.t !== 'small') return null;
      const { frac, end: j } = fractionDigits(raw, i + 1);
      if (!frac || j < raw.length) return null; // the fraction ends the number
      items.push({ t: 'num', v: Number(`0.${frac}`), dec: frac.length, single: false });
      i = j;
      continue;
    }
    return null;
  }
  return items;
}

function evaluate(items: Item[]): ParsedNumber | null {
  let total = 0; // sum of closed 亿 (and 兆) sections
  let wan = 0; // closed 万 section below 亿
  let section = 0; // below 万
  let cur: { v: number; dec: number; single: boolean } | null = null;
  let lastUnit = 0; // last unit applied, for the spoken tail (三万五 = 35000)
  let zeroSeen = false;
  let decimals = 0;
  let scaled = false;
  let sawDigit = false;
  let prevBig = 0;
  for (const it of items) {
    switch (it.t) {
      case 'num':
        if (cur) {
          // 十点五 after 十: the fraction item adds to the pending unit value
          if (it.v < 1 && it.dec > 0 && lastUnit) {
            section += it.v;
            decimals = Math.max(decimals, it.dec);
            continue;
          }
          return null;
        }
        if (it.v < 1 && it.dec > 0 && lastUnit && !sawDigit) return null;
        if (it.v < 1 && it.dec > 0 && lastUnit) {
          // 一百点二: fraction after a unit
          section += it.v;
          decimals = Math.max(decimals, it.dec);
          continue;
        }
        cur = { v: it.v, dec: it.dec, single: it.single };
        decimals = Math.max(decimals, it.dec);
        sawDigit = true;
        prevBig = 0;
        break;
      case 'zero':
        if (cur) return null;
        zeroSeen = true;
        sawDigit = true;
        prevBig = 0;
        break;
      case 'small': {
        if (it.m === 10 && !cur) {
          // 十二 = 12, 二十 = 20; a bare 十 starts a number
          section += 10;
        } else if (it.m === 20 || it.m === 30) {
          if (cur) return null;
          section += it.m;
        } else {
          if (!cur) return null; // 百 or 千 with nothing before it
          section += cur.v * it.m;
        }
        sawDigit = true;
        cur = null;
        lastUnit = it.m === 20 || it.m === 30 ? 10 : it.m;
        zeroSeen = false;
        prevBig = 0;
        break;
      }
      case 'big': {
        if (!sawDigit) return null;
        scaled = true;
        if (prevBig) {
          // 万亿: units multiply (1.5万亿 = 1.5 × 10^12)
          if (it.m <= prevBig) return null;
          if (prevBig === 1e4 && wan) {
            total += wan * it.m;
            wan = 0;
          } else return null;
          prevBig = it.m;
          lastUnit = it.m * 1e4;
          break;
        }
        const v = section + (cur?.v ?? 0);
        if (it.m === 1e4) {
          if (wan) return null;
          wan = v * 1e4;
        } else {
          total += (wan + v) * it.m;
          wan = 0;
        }
        section = 0;
        cur = null;
        lastUnit = it.m;
        zeroSeen = false;
        prevBig = it.m;
        break;
      }
    }
  }
  if (!sawDigit) return null;
  let tail = cur?.v ?? 0;
  // The spoken tail: a lone digit right after a unit counts in the next unit down.
  if (cur && cur.single && lastUnit >= 10 && !zeroSeen) tail = cur.v * (lastUnit / 10);
  let value = total + wan + section + tail;
  // Scaling a decimal (2488.1 × 10^4) in binary floating point can leave dust: round it away.
  const places = Math.max(0, decimals + 2);
  if (places < 15 && !Number.isInteger(value)) value = Number(value.toFixed(Math.min(places, 12)));
  if (!Number.isFinite(value)) return null;
  return { value, decimals, scaled };
}

/** The digits of a Chinese fraction written one by one after 点 (三点一四 → '14'), from `from`. */
function fractionDigits(raw: string, from: number): { frac: string; end: number } {
  let end = from;
  let frac = '';
  while (end < raw.length) {
    const fd = DIGITS[raw[end]!];
    if (fd === undefined || raw[end] === '两') break;
    frac += String(fd);
    end++;
  }
  return { frac, end };
}

/**
 * Two neighbouring digits written together, a rough range: 两三 (2–3), 三五 (3–5), 七八十 (70–80),
 * 三四百 (300–400), 二十四五 (24–25), 十二三 (12–13). null for anything else.
 */
const ADJACENT = /^(?<pre>(?:[一二三四五六七八九]?十)?)(?<a>[一两二三四五六七八九])(?<b>[两二三四五六七八九])(?<mult>[十百千万亿]*)$/;
export function adjacentRange(raw: string): [number, number] | null {
  const m = ADJACENT.exec(raw);
  if (!m) return null;
  const { pre, a, b, mult } = m.groups as { pre: string; a: string; b: string; mult: string };
  const da = DIGITS[a]!;
  const db = DIGITS[b]!;
  if (!(db === da + 1 || (da === 3 && db === 5))) return null;
  // 二十四五 and 十二三 are 24–25 and 12–13: a tens prefix takes no multiplier after the pair
  if (pre && mult) return null;
  const low = parseNumber(pre + a + mult);
  const high = parseNumber(pre + b + mult);
  if (!low || !high || low.value >= high.value) return null;
  return [low.value, high.value];
}
