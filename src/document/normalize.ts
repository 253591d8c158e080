// Script normalization: the document text → the one form every rule is written for.
//
//   - Traditional and Taiwan/Hong Kong variants → Simplified (opencc-js character tables);
//   - full-width ASCII (１２３ ％ ． ＋ － ： （ ）) → half-width, but `，` stays: it is clause
//     punctuation far more often than a thousands separator, and rules that accept it say so;
//   - the ideographic space → a space.
//
// The result has exactly the UTF-16 length of the input, so an index found in it is an index into
// the original text (asserted in tests for every fixture).
import type { Script } from '../types.js';
import { SIMPLIFIED_ONLY, T2S } from './script-tables.js';

const FULLWIDTH_COMMA = 0xff0c;
/** Builds the normalized string from its code units (twice as fast as String.fromCharCode in chunks). */
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });

export interface Normalized {
  norm: string;
  script: Script;
  /** Characters that changed in the Traditional → Simplified step. */
  traditional: number;
  /** Characters that only Simplified text uses. */
  simplified: number;
}

export function normalize(text: string): Normalized {
  const n = text.length;
  const out = new Uint16Array(n);
  let traditional = 0;
  let simplified = 0;
  for (let i = 0; i < n; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) {
      if (c !== FULLWIDTH_COMMA) c -= 0xfee0;
    } else if (c === 0x3000) {
      c = 0x20;
    } else if (c >= 0x3400) {
      const s = T2S[c]!;
      if (s !== 0) {
        c = s;
        traditional++;
      } else if (SIMPLIFIED_ONLY[c] === 1) {
        simplified++;
      }
    }
    out[i] = c;
  }
  // (the decoder turns a lone surrogate into U+FFFD, one code unit for one: lengths and offsets hold)
  const norm = UTF16.decode(out);
  return { norm, script: traditional > simplified ? 'hant' : 'hans', traditional, simplified };
}
