// Finds every written number in normalized text, in one left-to-right pass with no backtracking.
//
// A number token is a maximal run of Arabic digits, Chinese and financial numerals, units
// (十百千万亿) and the marks inside a number (`.`, thousands `,`, 点 between Chinese digits), plus
// 余/多 between a number and its 万/亿 (`2300余亿`, `三十多万`). Rules decide what a token is
// (money, count, date…) from the words around it; the lexer only says where numbers are and what
// they are worth.
import { BIG_UNITS, DIGITS, FINANCIAL, SMALL_UNITS, adjacentRange, parseNumber } from './chinese.js';

export interface NumberToken {
  start: number;
  end: number;
  /** The characters of the number in normalized form. */
  raw: string;
  value: number;
  decimals: number;
  /** Has a 万/亿 multiplier. */
  scaled: boolean;
  /** Has Chinese numerals (not only Arabic digits). */
  chinese: boolean;
  /** Only Arabic digits, no separator, point or unit (a year, a code, a phone number). */
  plainDigits: boolean;
  /** `余`/`多` was written inside the number (`2300余亿`): an approximation, `over`. */
  approxInside: boolean;
  /** Two neighbouring digits (两三, 七八十): the high end of the rough range; `value` is the low end. */
  max?: number;
}

/**
 * The code unit at `i`, or NaN outside the string, as `charCodeAt` gives — but without reading out
 * of bounds: optimized code that has only seen reads inside the string is thrown away and compiled
 * again the first time a read falls off its end (a number ending a paragraph), once per thread.
 */
export function codeAt(s: string, i: number): number {
  return i >= 0 && i < s.length ? s.charCodeAt(i) : NaN;
}

const enum C {
  None = 0,
  Arabic = 1,
  Digit = 2, // Chinese digit
  Small = 3, // 十百千…
  Big = 4, // 万亿兆
  Zero = 5,
}

const CLASS = new Uint8Array(0x10000);
for (let c = 0x30; c <= 0x39; c++) CLASS[c] = C.Arabic;
for (const [ch, v] of Object.entries(DIGITS)) CLASS[ch.charCodeAt(0)] = v === 0 ? C.Zero : C.Digit;
for (const ch of Object.keys(SMALL_UNITS)) CLASS[ch.charCodeAt(0)] = C.Small;
for (const ch of Object.keys(BIG_UNITS)) CLASS[ch.charCodeAt(0)] = C.Big;

const POINT = 0x2e; // .
const COMMA = 0x2c; // ,
const FW_COMMA = 0xff0c; // ，
const DIAN = '点'.charCodeAt(0);
const YU = '余'.charCodeAt(0);
const DUO = '多'.charCodeAt(0);
const LIANG = '两'.charCodeAt(0);
const CAN = '参'.charCodeAt(0);
const LU = '陆'.charCodeAt(0);
const ZHAO = '兆'.charCodeAt(0);
const QIAN = '千'.charCodeAt(0);
const BAI = '百'.charCodeAt(0);
const SHI = '十'.charCodeAt(0);
const FEN = '分'.charCodeAt(0);
/** Words after which 百亿, 千万 are numbers: 突破, 过, 超(过), 逾, 近, 达(到), 约, 破. */
const THRESHOLD_BEFORE = /(?:突破|过|超|逾|近|达|到|约|破)$/;
/** Characters of units that take SI prefixes (千瓦, 兆帕, 千克, 千米, 千卡, 千焦, 千伏, 兆字节). */
const SI_AFTER = /[瓦伏克米卡帕赫焦字比]/;

/** 上千, 上万, 上百, 上亿: "as many as", a threshold of its own. */
const UP_TO_ROUND = 0x4e0a; // 上
const JI = 0x51e0; // 几
const SHU = 0x6570; // 数
const ZHI = 0x4e4b; // 之

/** 数百名, 几千家, 数百万: "several", before a round number (withApprox takes 数/几 into the span). */
export function isSeveral(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  // (人数, 总数, 指数, 户数…: 数 ends a noun, and the number after it is the figure: 总数千余人)
  return c === JI || (c === SHU && !NOUN_BEFORE_SHU.has(codeAt(s, i - 1)));
}
const NOUN_BEFORE_SHU = new Set([...'人户次件总指分倍函系基岁票页字股天名家台辆项位笔车床级'].map((ch) => ch.charCodeAt(0)));

/** 百, 千, 万 or 亿 with no digit before it that starts a number: after a threshold word only. */
function isRoundHead(s: string, i: number, c: number): boolean {
  const big = CLASS[c] === C.Big && c !== ZHAO;
  if (!(c === BAI || c === QIAN || big)) return false;
  // (the end of the text is nothing after it: 0)
  const next = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
  // 百亿, 千万, 万亿 or the round word alone before a unit (not 千分之, 百分点, 千瓦, 万一)
  const alone = CLASS[next] === C.None && next !== FEN && !SI_AFTER.test(s[i + 1] ?? '');
  if (!(CLASS[next] === C.Big && next !== ZHAO) && !alone) return false;
  if (THRESHOLD_BEFORE.test(s.slice(Math.max(0, i - 2), i))) return true;
  // 数百名, 几千家, 数百万人: several hundred, thousand…
  if (i > 0 && isSeveral(s, i - 1)) return true;
  // 千余人, 百余年, 万余家: over a thousand…; 百分之百: a hundred percent
  return alone && (codeAt(s, i - 1) === UP_TO_ROUND || next === YU || codeAt(s, i - 1) === ZHI);
}

function isArabic(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isNumeralChar(c: number): boolean {
  return CLASS[c] !== C.None;
}

/** Spaces that group digits: space, no-break space, thin space, narrow no-break space. */
const SPACES = new Set([0x20, 0xa0, 0x2009, 0x202f]);

/**
 * The first space at `at` groups digits when the number so far is one to three digits and no digit
 * or space stands right before it (2024 31 500 is two numbers). Later spaces group digits only right
 * after the previous group (checked by the caller): linear however long the number.
 */
function spaceGroupOk(s: string, start: number, at: number): boolean {
  const n = at - start;
  if (n < 1 || n > 3) return false;
  for (let k = start; k < at; k++) if (!isArabic(s.charCodeAt(k))) return false;
  return !isArabic(s.charCodeAt(start - 1)) && !SPACES.has(s.charCodeAt(start - 1));
}

/** Exactly three Arabic digits at i, then no fourth. */
function threeDigitsAt(s: string, i: number): boolean {
  return isArabic(s.charCodeAt(i)) && isArabic(s.charCodeAt(i + 1)) && isArabic(s.charCodeAt(i + 2)) && !isArabic(s.charCodeAt(i + 3));
}

export function lexNumbers(s: string, from = 0, to = s.length): NumberToken[] {
  const out: NumberToken[] = [];
  let i = from;
  while (i < to) {
    const c = s.charCodeAt(i);
    const k = CLASS[c]!;
    // A number starts with a digit (Arabic or Chinese), a zero, or 十/廿/卅 (十二 = 12).
    // 百亿/千万, and 百/千/万/亿 alone, with no 一 only after a threshold word (突破百亿元, 过千万, 超百万人,
    // 逾千人, 近万人, 上万人次): 千万 alone is also "by all means", 百万 a word of 百万富翁, 千分之 a fraction
    if (k === C.None) {
      i++;
      continue;
    }
    const roundHead = isRoundHead(s, i, c);
    if (!roundHead && (k === C.None || k === C.Big || (k === C.Small && c !== 0x5341 /* 十 */ && c !== 0x5eff /* 廿 */ && c !== 0x5345 /* 卅 */))) {
      i++;
      continue;
    }
    if ((c === CAN || c === LU) && !FINANCIAL.has(s[i + 1] ?? '')) {
      // 参 (参加) and 陆 (大陆) are digits only in financial numerals
      i++;
      continue;
    }
    const start = i;
    let approxInside = false;
    let sawArabicGroupComma = false;
    /** Where the last space-separated group of three digits ended (-1: none yet). */
    let spaceGroupEnd = -1;
    let j = i;
    while (j < to) {
      const d = s.charCodeAt(j);
      if (isNumeralChar(d)) {
        if ((d === CAN || d === LU) && !FINANCIAL.has(s[j - 1] ?? '') && !FINANCIAL.has(s[j + 1] ?? '')) break;
        if (d === ZHAO && SI_AFTER.test(s[j + 1] ?? '')) break; // 兆瓦, 兆帕, 兆字节: a unit prefix
        // 千瓦, 千伏, 千克, 百米: an SI prefix of the unit, not part of the number (110千伏, 195.32亿千瓦时)
        if ((d === QIAN || d === BAI) && j > start && SI_AFTER.test(s[j + 1] ?? '')) break;
        // 百分之, 百分点, 千分之, 万分之: a percent word, not part of the number (1.9百分点)
        if ((CLASS[d] === C.Small || CLASS[d] === C.Big) && j > start && codeAt(s, j + 1) === FEN) break;
        // nothing but a digit may follow 万/亿 inside a number before 千/百 (1亿2千万, never 亿千)
        if (CLASS[d] === C.Small && CLASS[codeAt(s, j - 1)] === C.Big && d !== SHI) break;
        j++;
        continue;
      }
      const prev = codeAt(s, j - 1);
      const next = codeAt(s, j + 1);
      if (d === POINT && isArabic(prev) && isArabic(next)) {
        j++;
        continue;
      }
      if (d === POINT && (CLASS[prev] === C.Digit || CLASS[prev] === C.Zero || CLASS[prev] === C.Small) && (CLASS[next] === C.Digit || CLASS[next] === C.Zero)) {
        j++; // 六四〇.五 (．, normalized)
        continue;
      }
      if (d === DIAN && (CLASS[prev] === C.Digit || CLASS[prev] === C.Zero || CLASS[prev] === C.Small) && (CLASS[next] === C.Digit || CLASS[next] === C.Zero) && next !== LIANG) {
        j++; // 三点五
        continue;
      }
      // 31 500人: Hong Kong government text groups thousands with a space (also a no-break or thin
      // space); only after a group of at most three digits that starts the number or follows one
      if (SPACES.has(d) && isArabic(prev) && threeDigitsAt(s, j + 1) && (spaceGroupEnd >= 0 ? spaceGroupEnd === j : spaceGroupOk(s, start, j))) {
        j += 4;
        spaceGroupEnd = j;
        continue;
      }
      if ((d === COMMA || (d === FW_COMMA && !sawArabicGroupComma)) && isArabic(prev) && threeDigitsAt(s, j + 1)) {
        // thousands separator: 38,756 and 3萬2,105; `，` only between digit groups (1，365)
        if (d === FW_COMMA && !fullwidthGroupOk(s, start, j)) break;
        if (d === COMMA) sawArabicGroupComma = true;
        j += 4;
        continue;
      }
      if ((d === YU || d === DUO) && CLASS[next] === C.Big && CLASS[prev] !== C.Big) {
        approxInside = true; // 2300余亿, 三十多万
        j++;
        continue;
      }
      if (d === JI && prev === SHI) {
        approxInside = true; // 十几个, 二十几万: over ten, over twenty
        j++;
        continue;
      }
      break;
    }
    // Trim what cannot end a number: a trailing 点 or separator never gets here; trailing 两 alone is fine.
    let raw = s.slice(start, j);
    const spaced = raw.length > 3 && /[ \u00a0\u2009\u202f]/.test(raw);
    // (1 000萬元: a grouped number with a scale word after it)
    const plain = spaced ? raw.replace(/[ \u00a0\u2009\u202f]/g, '') : raw;
    let parsed = spaced ? (fastParse(plain) ?? parseToken(plain)) : (fastParse(raw) ?? parseToken(roundHead ? `一${raw}` : raw));
    // 两三, 七八十, 二十四五: a rough range of two neighbouring digits
    const adjacent = parsed ? null : adjacentRange(raw);
    if (adjacent) parsed = { value: adjacent[0], decimals: 0, scaled: /[万亿]/.test(raw) };
    // A run that is no number as a whole may be one without its last characters (一万二万 → 一万);
    // bounded, so hostile runs cost linear time.
    for (let cut = 1; !parsed && cut <= 3 && j - cut > start; cut++) {
      const shorter = s.slice(start, j - cut);
      const p = parseToken(shorter);
      if (p) {
        parsed = p;
        raw = shorter;
        j -= cut;
      }
    }
    // what the run is made of, by character code (no regular expression per token)
    let digits = 0;
    let marks = 0;
    let zeros = 0;
    for (let k = 0; k < raw.length; k++) {
      const c = raw.charCodeAt(k);
      if (c >= 0x30 && c <= 0x39) digits++;
      else if (c === POINT || c === COMMA || SPACES.has(c)) marks++;
      else if (CLASS[c] === C.Zero) zeros++;
    }
    // a lone 零 or 〇 is a word (零刑事违法, 零发案), and ○○ is a name left out (记者林○○), not a number
    if (parsed && zeros === raw.length) parsed = null;
    if (parsed) {
      out.push({
        start,
        end: j,
        raw,
        value: parsed.value,
        decimals: parsed.decimals,
        scaled: parsed.scaled,
        chinese: digits + marks !== raw.length,
        plainDigits: digits === raw.length,
        approxInside,
        ...(adjacent ? { max: adjacent[1] } : {}),
      });
    }
    i = j > i ? j : i + 1;
  }
  return out;
}

/** Most numbers are Arabic digits (with a point or separators), or one Chinese digit: no parser needed. */
function fastParse(raw: string): { value: number; decimals: number; scaled: boolean } | null {
  const n = raw.length;
  if (n === 1) {
    const c = raw.charCodeAt(0);
    if (c >= 0x30 && c <= 0x39) return { value: c - 0x30, decimals: 0, scaled: false };
    const d = DIGITS[raw];
    return d === undefined || raw === '两' ? null : { value: d, decimals: 0, scaled: false };
  }
  let point = -1;
  let commas = false;
  for (let i = 0; i < n; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) continue;
    if (c === POINT && point < 0) point = i;
    else if (c === COMMA) commas = true;
    else return null;
  }
  const clean = commas ? raw.replace(/,/g, '') : raw;
  const decimals = point < 0 ? 0 : n - point - 1;
  return { value: Number(clean), decimals, scaled: false };
}

function parseToken(raw: string) {
  let clean = raw.includes('余') || raw.includes('多') || raw.includes('几') ? raw.replace(/[余多几]/g, '') : raw;
  if (clean.includes('，')) clean = clean.replace(/，/g, ',');
  // 三十四.一 (a full-width point between Chinese numerals) is 三十四点一
  if (clean.includes('.') && /[^\d.,]/.test(clean)) clean = clean.replace(/\.(?=[〇○零一二三四五六七八九])/g, '点');
  return parseNumber(clean);
}

/** `1，365`: the group before the full-width comma is 1–3 digits starting the number. */
function fullwidthGroupOk(s: string, start: number, comma: number): boolean {
  const len = comma - start;
  if (len < 1 || len > 3) return false;
  for (let k = start; k < comma; k++) if (!isArabic(s.charCodeAt(k))) return false;
  return true;
}
