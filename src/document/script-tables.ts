// Character tables for script normalization, built once from opencc-js's own dictionaries.
//
// Rules are written for Simplified text. Traditional input is mapped to Simplified one UTF-16 unit
// at a time, so the normalized text has exactly the length of the original and every index found
// in it is an index into the original: no offset map is needed. Multi-character phrase mappings
// (TSPhrases) are not used on purpose: they never matter to numbers, units and keywords, and they
// are what could change lengths.
import TSCharacters from 'opencc-js/dict/TSCharacters';
import STCharacters from 'opencc-js/dict/STCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';

/** `a b|c d` → [['a','b'], ['c','d']] (the dictionaries' own format; a value may list alternatives). */
export function parseDict(dict: string): [string, string[]][] {
  const out: [string, string[]][] = [];
  for (const entry of dict.split('|')) {
    const parts = entry.split(' ');
    const from = parts[0];
    if (from && parts.length > 1) out.push([from, parts.slice(1)]);
  }
  return out;
}

/**
 * Calls `each(from, to)` for every entry of a dictionary whose key and first value are one UTF-16 unit
 * each (the only entries the tables below use), reading the string in place: splitting the
 * dictionaries into arrays was a tenth of the command's start-up time.
 */
function eachSingle(dict: string, each: (from: number, to: number) => void): void {
  const SPACE = 32;
  let p = 0;
  while (p < dict.length) {
    let end = dict.indexOf('|', p);
    if (end < 0) end = dict.length;
    // `a b`, `a b c` (alternatives after the first): one unit, a space, one unit, then a space or the end
    if (end - p >= 3 && dict.charCodeAt(p + 1) === SPACE && dict.charCodeAt(p + 2) !== SPACE && (p + 3 === end || dict.charCodeAt(p + 3) === SPACE)) {
      each(dict.charCodeAt(p), dict.charCodeAt(p + 2));
    }
    p = end + 1;
  }
}

/** Traditional → Simplified from TSCharacters alone. 0 = no entry. */
const TS = new Uint16Array(0x10000);
eachSingle(TSCharacters, (from, to) => {
  TS[from] = to;
});

/** Traditional (and Taiwan/Hong Kong variant) → Simplified, one UTF-16 unit to one. 0 = unchanged. */
export const T2S = TS.slice();
/** Simplified characters that have a different Traditional form (for script detection). */
export const SIMPLIFIED_ONLY = new Uint8Array(0x10000);

// Regional variants (台 → 臺 → 台, 裡 → 裏 → 里) only where TSCharacters has no entry of its own:
// the reverse variant tables also hold phrase-dependent readings (參 → 蔘) that must not win.
for (const dict of [TWVariantsRev, HKVariantsRev]) {
  eachSingle(dict, (from, to) => {
    if (TS[from] !== 0) return;
    const simplified = TS[to] || to;
    if (simplified !== from && T2S[from] === 0) T2S[from] = simplified;
  });
}
// A Simplified character that several Traditional ones map to (干 ← 乾 幹, 里 ← 裏 裡, 台 ← 臺 檯 颱) is
// often written in Traditional text too (若干, 公里, 台灣): it is no evidence of script.
const sources = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (TS[c] !== 0 && sources[TS[c]!]! < 2) sources[TS[c]!]!++;
eachSingle(STCharacters, (from, to) => {
  if (to !== from && sources[from]! <= 1) SIMPLIFIED_ONLY[from] = 1;
});
