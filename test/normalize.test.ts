// Script normalization (src/document/normalize.ts): same length as the text, always.
import { describe, expect, it } from 'vitest';
import { normalize } from '../src/document/normalize.js';

describe('normalize', () => {
  it('maps Traditional to Simplified and full width to half width, one code unit for one', () => {
    const r = normalize('臺灣ＧＤＰ成長３．５％，　較上年');
    expect(r.norm).toBe('台湾GDP成长3.5%， 较上年');
    expect(r.script).toBe('hant');
  });
  it('keeps a byte-order mark, lone surrogates and astral characters in place', () => {
    for (const s of ['\uFEFF全年', 'a\uD800b', 'x\uDC00', '😀增长5%', '\uFEFF']) {
      const n = normalize(s).norm;
      expect(n.length, JSON.stringify(s)).toBe(s.length);
      expect(n.indexOf('增长'), JSON.stringify(s)).toBe(s.indexOf('增长'));
    }
    expect(normalize('\uFEFF全年').norm.charCodeAt(0)).toBe(0xfeff);
  });
});
