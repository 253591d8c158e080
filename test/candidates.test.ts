// The scan-rule trigger table (src/extract/candidates.ts): a paragraph is skipped for a rule only
// when the rule's own trigger could not match it.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { makeContext, scanRuleOn, triggerChars } from '../src/extract/candidates.js';
import { lexNumbers } from '../src/numbers/lexer.js';
import { scanRules } from '../src/rules/index.js';
import type { ScanRule } from '../src/rules/types.js';
import { normalizedFixtureTexts } from './support/fixture-texts.js';

describe('triggerChars', () => {
  it('reads a class of single characters, escaped marks included', () => {
    expect(triggerChars(/[季Q]/)).toEqual({ chars: '季Q', exact: true });
    expect(triggerChars(/[“\"「]/)).toEqual({ chars: '“"「', exact: true });
  });
  it('reads a list of words as their first characters, exact only when every word is one character', () => {
    expect(triggerChars(/以来|起|开始|至今/)).toEqual({ chars: '以起开至', exact: false });
    expect(triggerChars(/年/)).toEqual({ chars: '年', exact: true });
    expect(triggerChars(/同[期季月]/)).toEqual({ chars: '同', exact: false });
  });
  it('gives up on anything else', () => {
    expect(triggerChars(/[A-Za-z]/)).toBeNull();
    expect(triggerChars(/\d[-/.]\d/)).toBeNull();
    expect(triggerChars(/https?:|www\.|@/)).toBeNull();
    expect(triggerChars(/[^年]/)).toBeNull();
    expect(triggerChars(/年/i)).toBeNull();
  });
});

/** Paragraphs of every fixture, normalized as the rules see them. */
function paragraphs(): string[] {
  return normalizedFixtureTexts().flatMap((t) => t.split('\n'));
}

describe('the trigger table never skips what a trigger matches', () => {
  const paras = paragraphs();
  it('has fixture paragraphs to run on', () => expect(paras.length).toBeGreaterThan(500));
  for (const rule of scanRules) {
    const t = rule.trigger ? triggerChars(rule.trigger) : null;
    if (!t) continue;
    it(rule.id, () => {
      for (const p of paras) {
        const has = [...t.chars].some((ch) => p.includes(ch));
        if (rule.trigger!.test(p)) expect(has, p).toBe(true);
        else if (t.exact) expect(has, p).toBe(false);
      }
    });
  }
});

describe('rules scanned on runs find what they find at every position', () => {
  const paras = paragraphs().filter((p) => p.length > 0);
  const ruled = scanRules.filter((r) => r.runs);
  it('has such rules', () => expect(ruled.length).toBeGreaterThan(0));
  const same = (rule: ScanRule, text: string) => {
    const ctx = makeContext(text, 'cn', lexNumbers(text));
    expect(scanRuleOn(rule, ctx, 'runs'), text).toEqual(scanRuleOn(rule, ctx, 'every'));
  };
  for (const rule of ruled) {
    it(`${rule.id} on every fixture paragraph`, () => {
      for (const p of paras) same(rule, p);
    });
    it(`${rule.id} on random text of its own characters`, () => {
      // lead and keyword characters, the characters and pairs of the rule's examples, and others
      const pairs = rule.examples.flatMap((e) => [...e.in].slice(1).map((ch, k) => e.in[k]! + ch));
      const alphabet = [...new Set([...rule.runs!.lead, ...rule.runs!.keyword, ...rule.examples.flatMap((e) => [...e.in]), ...pairs, '以', '内', '来', '半', '，', '2', '0', ','])];
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (chars) => same(rule, chars.join(''))),
        { numRuns: 3000, seed: 7 },
      );
    });
  }
});
