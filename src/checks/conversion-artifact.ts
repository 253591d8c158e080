// conversion-artifact (warning): a word damaged by a character-by-character Simplified→Traditional
// conversion, one finding per occurrence, with the word as it should be.
//
// Built from OpenCC's own data (opencc-js), not from a list of words: one Simplified character can
// stand for several Traditional ones (面 → 面 麵, 系 → 系 係 繫, 制 → 制 製, 钟 → 鍾 鐘, 干 → 幹 乾).
// The right one depends on the word, which OpenCC's phrase table (STPhrases) records. A character
// is flagged when it is a converted form (not the Simplified character itself), the words around it
// say another form is right, and the two are not regional variants of each other (台/臺 and 裡/裏
// are both correct in Taiwan and Hong Kong text).
//
//   fires:      全麵, 一係列, 機製, 體係, 錦旗16麵, 2分鍾, 故裏, 頭發, 皇後, 麵對, 乾部, 誌願者
//   stays quiet: 全面發展, 牛肉麵, 關係, 製造業, 幹部, 台灣, 公里, 縣裏 (no phrase says otherwise),
//                舊車並購買新車 (並 and 購買: SPLIT_READINGS),
//                編製, 自製 (another phrase attests the word as written: 編製成, 自製炸彈)
import STCharacters from 'opencc-js/dict/STCharacters';
import TWVariants from 'opencc-js/dict/TWVariants';
import HKVariants from 'opencc-js/dict/HKVariants';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { T2S, parseDict } from '../document/script-tables.js';
import type { Finding } from '../types.js';
import { finding, type Check } from './util.js';

interface Tables {
  /** Simplified character → its default Traditional character. */
  st: Map<string, string>;
  /** Simplified phrase → Traditional phrase (the word-level evidence). */
  phrases: Map<string, string>;
  maxPhrase: number;
  /** The length of the longest phrase that starts with each pair of characters: no other start is looked up. */
  reach: Map<number, number>;
  /** Pairs of characters that are regional variants of each other. */
  variants: Set<string>;
  /**
   * Traditional words attested at the start or end of a longer phrase (编制成 → 編製成 attests 編製,
   * 自制炸弹 → 自製炸彈 attests 自製): a word OpenCC converts one way on its own can be right the other
   * way too (編製 compiles a statistic, 編制 is a staff establishment), and then it is no artifact.
   */
  attested: Set<string>;
}

let tables: Tables | null = null;

/**
 * Two characters a phrase reads as one word where the text means the first on its own and the second
 * as the start of the next word: 舊車並購買新車 is 並 (and) + 購買 (buy), not 併購 (merger) + 買. OpenCC
 * segments by the longest phrase and has no entry for the second word when it converts character by
 * character (购买 → 購買), so the split is listed here: the pair, and the characters after it that
 * make its second character start a word.
 */
const SPLIT_READINGS: Readonly<Record<string, string>> = {
  並購: '買置入得回物',
};
const ASPECT = new Set(['了', '着', '著', '過', '过', '得']);

/**
 * Words of Taiwan and Hong Kong writing OpenCC's phrases lack, right as written wherever they stand: 整併
 * (merge); 銷毀, 燒毀 (OpenCC writes 銷燬, 燒燬, a form the two regions' dictionaries give beside 毀).
 */
/** Words whose second character a phrase of OpenCC starts with (过冲 after 透過): the phrase is not what is written. */
const ENDS_WITH_ITS_FIRST = new Set(['透過', '通過', '經過', '超過', '不過', '度過', '錯過', '越過', '穿過', '跨過', '路過']);
// (關徵: 徵 is how Taiwan and Hong Kong write a levy, 海關徵起稅費; OpenCC's 关征 keeps 征 for an old term)
const OWN_WORDS = new Set(['整併', '合併', '兼併', '吞併', '歸併', '併購', '併入', '銷毀', '燒毀', '焚毀', '炸毀', '熔毀', '禁毀', '關徵']);

/**
 * OpenCC's phrase table is about 1 MB: it is read on first use only (`check` on Traditional text),
 * straight from the opencc-js module file, whose default export is one string literal.
 */
function loadPhrases(): string[] {
  // (require.resolve, not import.meta.resolve: the command's bundle is a CommonJS script)
  const require = createRequire(import.meta.url);
  return ['STPhrases', 'STPhrases_GeneratedFromRegionalPhrases'].map((name) => {
    const src = readFileSync(require.resolve(`opencc-js/dict/${name}`), 'utf8');
    return JSON.parse(src.slice(src.indexOf('"'), src.lastIndexOf('"') + 1)) as string;
  });
}

function build(): Tables {
  const st = new Map<string, string>();
  for (const [from, to] of parseDict(STCharacters)) if (to[0]) st.set(from, to[0]);
  const phrases = new Map<string, string>();
  const attested = new Set<string>();
  let maxPhrase = 1;
  for (const src of loadPhrases()) {
    for (const [from, to] of parseDict(src)) {
      const t = to[0];
      if (!t || t.length !== from.length) continue;
      for (let k = 2; k <= Math.min(3, t.length - 1); k++) {
        // (头发了狂 → 頭發了狂 splits 頭|發了狂: a prefix followed by an aspect word is no word)
        if (!ASPECT.has(t[k]!)) attested.add(t.slice(0, k));
        attested.add(t.slice(t.length - k));
      }
      if (phrases.has(from)) continue;
      phrases.set(from, t);
      if (from.length > maxPhrase) maxPhrase = from.length;
    }
  }
  const variants = new Set<string>();
  for (const dict of [TWVariants, HKVariants, TWVariantsRev, HKVariantsRev]) {
    for (const [from, to] of parseDict(dict)) for (const t of to) if (t.length === 1 && from.length === 1) variants.add(from + t).add(t + from);
  }
  // Both written in Taiwan and Hong Kong, whatever OpenCC prefers (臺 and 檯 for a counter: 就業服務臺, 櫃檯).
  for (const pair of ['臺檯', '台檯', '台臺', '裡裏', '占佔', '周週', '着著', '污汙', '群羣', '峰峯', '線綫', '床牀', '秘祕', '恒恆', '粧妝', '鉤鈎', '衛衞', '温溫', '戶户', '稅税', '說説', '悅悦', '閱閲', '銳鋭', '脫脱', '蔥葱', '兌兑', '臥卧', '才纔', '痴癡', '為爲', '眾衆', '啟啓', '讚贊', '夥伙', '佈布', '迴回', '兇凶', '嘆歎', '鍊煉', '麪麵', '奸姦', '倖幸', '於于', '盡儘', '欲慾']) {
    variants.add(pair).add(pair[1]! + pair[0]!);
  }
  // 係 as the formal copula of Taiwan and Hong Kong writing (其餘488人係於事故發生後…死亡, 係指, 係由):
  // OpenCC reads 系于 as 繫於 (tied to), but 係於 ("is at") is written as it stands
  for (const w of ['係於', '係由', '係指', '係以', '係為', '係屬', '係因', '係經']) attested.add(w);
  // 併用, 併同 (used together, along with: 可與按月申請方式併用, 併同辦理): Taiwan's dictionary form, where
  // OpenCC writes 並用
  for (const w of ['併用', '併同']) attested.add(w);
  // 並為 (and also, and for: 並為受助人取得賠償) as well as 併為 (merged into): OpenCC's phrase 并为 reads only
  // the second
  attested.add('並為');
  // (keyed by the two characters' codes, so that no string is cut to look one up)
  const reach = new Map<number, number>();
  for (const from of phrases.keys()) {
    const head = from.charCodeAt(0) * 0x10000 + from.charCodeAt(1);
    if (from.length > (reach.get(head) ?? 0)) reach.set(head, from.length);
  }
  return { st, phrases, maxPhrase: Math.min(maxPhrase, 8), reach, variants, attested };
}

/**
 * Every phrase covering i, longest first. `reach[a - from]` is the length of the longest phrase that may
 * start at a (from its first two characters): most starts have none and are never looked up.
 */
function phrasesAt(t: Tables, norm: string, from: number, to: number, i: number, reach: Uint8Array): Array<{ char: string; start: number; end: number }> {
  const out: Array<{ char: string; start: number; end: number }> = [];
  for (let len = Math.min(t.maxPhrase, to - from); len >= 2; len--) {
    for (let a = Math.max(from, i - len + 1); a <= i && a + len <= to; a++) {
      if (reach[a - from]! < len) continue;
      const tr = t.phrases.get(norm.slice(a, a + len));
      if (tr && tr[i - a] !== undefined) out.push({ char: tr[i - a]!, start: a, end: a + len });
    }
  }
  return out;
}

function isHan(c: string | undefined): boolean {
  return c !== undefined && /[\u3400-\u9fff]/.test(c);
}

export const conversionArtifact: Check = {
  id: 'conversion-artifact',
  run({ doc }) {
    const out: Finding[] = [];
    if (doc.script !== 'hant') return out;
    tables ??= build();
    const t = tables;
    const { text, norm } = doc;
    // run by run of Han characters, as OpenCC converts (phrases never cross punctuation)
    let a = 0;
    while (a < norm.length) {
      let b = a;
      while (b < norm.length && isHan(norm[b])) b++;
      if (b > a) scan(t, doc, a, b, out);
      a = b + 1;
    }
    return out;
  },
};

function scan(t: Tables, doc: Parameters<Check['run']>[0]['doc'], from: number, to: number, out: Finding[]): void {
  const { text, norm } = doc;
  let reach: Uint8Array | null = null;
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    const s = norm[i]!;
    if (c === s) continue; // the Simplified character itself: never an over-conversion
    const ok = (e: string) => e === c || t.variants.has(c + e);
    if (!reach) {
      reach = new Uint8Array(to - from);
      for (let a = from; a + 1 < to; a++) reach[a - from] = t.reach.get(norm.charCodeAt(a) * 0x10000 + norm.charCodeAt(a + 1)) ?? 0;
    }
    const words = phrasesAt(t, norm, from, to, i, reach);
    if (words.some((w) => ok(w.char))) continue; // a word supports the character written
    let e: string;
    let start: number;
    let end: number;
    // (512個中: 個 after a figure is a measure word, not the 箇 of 箇中)
    if (c === '個' && /[\d０-９一二三四五六七八九十百千万萬两兩]/.test(text[i - 1] ?? '')) continue;
    // (整併與退場: 整併 is a word of Taiwan writing, and 併與 no phrase of the text)
    if (OWN_WORDS.has(text.slice(i - 1, i + 1)) || OWN_WORDS.has(text.slice(i, i + 2))) continue;
    if (words.length > 0) {
      const w = words[0]!;
      // (透過衝紅燈攝影機: 過 ends the word 透過, so the phrase 过冲 that starts with it is no reading of the text)
      if (w.start > from && ENDS_WITH_ITS_FIRST.has(text.slice(w.start - 1, w.start + 1))) continue;
      // the word as written is a word of its own in a longer phrase (編製成, 自製炸彈)
      if (t.attested.has(text.slice(w.start, w.end))) continue;
      // (並購買: 並 and 購買)
      if (SPLIT_READINGS[text.slice(i, i + 2)]?.includes(text[i + 2] ?? '\n')) continue;
      e = w.char;
      start = w.start;
      end = w.end;
    } else {
      // No word covers it: OpenCC's default character is the evidence, and only in text converted from
      // the mainland (genuine Taiwan and Hong Kong text uses the other forms in words OpenCC lacks).
      if (doc.region !== 'cn') continue;
      e = t.st.get(s) ?? s;
      if (ok(e)) continue;
      start = i;
      end = i + 1;
      if (/\d/.test(text[i - 1] ?? '')) {
        while (start > 0 && /[\d０-９.．]/.test(text[start - 1]!)) start--;
      } else if (isHan(text[i - 1]) && i - 1 >= from) start = i - 1;
    }
    // the expected form must be one of the characters s stands for (never suggest a different character)
    if (e !== s && t.st.get(s) !== e && !isFormOf(e, s)) continue;
    const fixText = text.slice(start, i) + e + text.slice(i + 1, end);
    out.push(
      finding(doc, 'conversion-artifact', 'warning', start, end, `${text.slice(start, end)} looks like a bad Simplified→Traditional conversion: write ${fixText} (${c} → ${e})`, {
        fix: fixText,
      }),
    );
  }
}

/** `e` is a Traditional form of the Simplified `s` (e maps back to s). */
function isFormOf(e: string, s: string): boolean {
  return e.length === 1 && s.length === 1 && String.fromCharCode(T2S[e.charCodeAt(0)]!) === s;
}
