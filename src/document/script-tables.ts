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

function singleUnit(s: string | undefined): s is string {
  return s !== undefined && s.length === 1;
}

/** Traditional (and Taiwan/Hong Kong variant) → Simplified, one UTF-16 unit to one. 0 = unchanged. */
export const T2S = new Uint16Array(0x10000);
/** Simplified characters that have a different Traditional form (for script detection). */
export const SIMPLIFIED_ONLY = new Uint8Array(0x10000);

const ts = new Map<string, string>();
for (const [from, to] of parseDict(TSCharacters)) if (singleUnit(from) && singleUnit(to[0])) ts.set(from, to[0]);
for (const [from, to] of ts) T2S[from.charCodeAt(0)] = to.charCodeAt(0);
// Regional variants (台 → 臺 → 台, 裡 → 裏 → 里) only where TSCharacters has no entry of its own:
// the reverse variant tables also hold phrase-dependent readings (參 → 蔘) that must not win.
for (const dict of [TWVariantsRev, HKVariantsRev]) {
  for (const [from, to] of parseDict(dict)) {
    if (!singleUnit(from) || !singleUnit(to[0]) || ts.has(from)) continue;
    const simplified = ts.get(to[0]) ?? to[0];
    if (singleUnit(simplified) && simplified !== from && T2S[from.charCodeAt(0)] === 0) T2S[from.charCodeAt(0)] = simplified.charCodeAt(0);
  }
}
// A Simplified character that several Traditional ones map to (干 ← 乾 幹, 里 ← 裏 裡, 台 ← 臺 檯 颱) is
// often written in Traditional text too (若干, 公里, 台灣): it is no evidence of script.
const sources = new Map<string, number>();
for (const to of ts.values()) sources.set(to, (sources.get(to) ?? 0) + 1);
for (const [from, to] of parseDict(STCharacters)) {
  if (singleUnit(from) && singleUnit(to[0]) && to[0] !== from && (sources.get(from) ?? 0) <= 1) SIMPLIFIED_ONLY[from.charCodeAt(0)] = 1;
}
