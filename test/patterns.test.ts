// Tail patterns (src/rules/patterns.ts `Tail`): searched from the run of their characters that ends a
// string, they find what the same pattern finds searched the ordinary way.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIRECTION_BEFORE } from '../src/link/change.js';
import { SUBJECT_TAILS } from '../src/link/subject.js';
import { Tail } from '../src/rules/patterns.js';
import { CharClass } from '../src/link/marks.js';
import { normalizedFixtureTexts } from './support/fixture-texts.js';

describe('Tail', () => {
  const t = new Tail('(?:为|达|分别)+', ['为', '达', '分别']);
  it('finds the tail and its start', () => {
    expect(t.exec('营业收入分别为')?.index).toBe(4);
    expect(t.exec('营业收入分别为')?.[0]).toBe('分别为');
    expect(t.exec('营业收入')).toBeNull();
    expect(t.strip('收入达')).toBe('收入');
  });
  it('sees the characters before the run (lookbehinds)', () => {
    const guarded = new Tail('(?<!平)均', ['均']);
    expect(guarded.test('平均')).toBe(false);
    expect(guarded.test('人均')).toBe(true);
  });
  it('refuses a pattern that matches nothing at all', () => {
    expect(() => new Tail('(?:为)*', ['为'])).toThrow(/empty string/);
  });
});

/** Stretches of fixture text: every substring ending at each of the first 3,000 positions, up to 30 characters. */
function stretches(): string[] {
  const texts = normalizedFixtureTexts();
  const out: string[] = [];
  for (const text of texts) for (let end = 1; end <= Math.min(text.length, 1500); end++) out.push(text.slice(Math.max(0, end - 30), end));
  return out;
}

describe('the link stage tails find what their plain patterns find', () => {
  const all = stretches();
  const tails: Record<string, Tail> = { ...SUBJECT_TAILS, DIRECTION_BEFORE };
  for (const [name, tail] of Object.entries(tails)) {
    const plain = tail.plain;
    const same = (s: string) => {
      const a = tail.exec(s);
      const b = plain.exec(s);
      expect(a && [a.index, a[0]], s).toEqual(b && [b.index, b[0]]);
    };
    it(`${name} on fixture text`, { timeout: 60_000 }, () => {
      let found = 0;
      for (const s of all) {
        same(s);
        if (plain.test(s)) found++;
      }
      expect(found).toBeGreaterThan(20);
    });
    it(`${name} on random text`, () => {
      const alphabet = [...'为达分别同比增长下降了平均较上年的营业收入人均幅度约近（）', '比上年', '同比', '平均'];
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 12 }), (parts) => same(parts.join(''))),
        { numRuns: 2000, seed: 11 },
      );
    });
  }
});

describe('CharClass', () => {
  const cases: Array<[CharClass, RegExp]> = [
    [new CharClass('。！？；!?;\n，,：:、“”"「」', { space: true }), /[。！？；!?;\n，,：:、“”"「」\s]/],
    [new CharClass('', { cjk: true, latin: true }), /[\u4e00-\u9fffA-Za-z]/],
    [new CharClass('获荣是在'), /[获荣是在]/],
  ];
  it('holds exactly the characters of the class it replaces, over the whole BMP', () => {
    for (const [cls, re] of cases) {
      for (let c = 0; c < 0x10000; c++) {
        const s = String.fromCharCode(c);
        if (cls.at(s, 0) !== re.test(s)) expect(`${c.toString(16)} ${cls.at(s, 0)}`).toBe(`${c.toString(16)} ${re.test(s)}`);
      }
    }
  });
  it('is false past either end of the string', () => {
    expect(cases[0]![0].at('，', 1)).toBe(false);
    expect(cases[0]![0].at('，', -1)).toBe(false);
  });
});
