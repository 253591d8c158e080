// Every rule's examples (src/rules/*.ts, `examples`), in Simplified and converted to Traditional:
// the facts found must be exactly the facts listed, with the values listed.
import { describe, expect, it } from 'vitest';
import { rules } from '../src/rules/index.js';
import type { Example } from '../src/rules/types.js';
import { facts, toTraditional } from './support/helpers.js';

function check(ex: Example, script: 'hans' | 'hant') {
  const conv = script === 'hant' ? toTraditional : (s: string) => s;
  const found = facts(conv(ex.in), ex.published);
  const want = ex.out.filter((o) => o.kind !== 'ordinal');
  expect(found.map((f) => `${f.text} ${f.kind}`), `in: ${conv(ex.in)}`).toEqual(want.map((o) => `${conv(o.text)} ${o.kind}`));
  want.forEach((o, i) => {
    const f = found[i]!;
    if (o.value !== undefined) expect(f.value, `${o.text} value`).toEqual(o.value);
    if (o.unit !== undefined) expect(f.unit, `${o.text} unit`).toEqual(conv(o.unit));
    if (o.currency !== undefined) expect(f.currency, `${o.text} currency`).toEqual(o.currency);
    if (o.approx !== undefined) expect(f.approx, `${o.text} approx`).toEqual(o.approx);
    if (o.max !== undefined) expect(f.max, `${o.text} max`).toEqual(o.max);
  });
}

for (const rule of rules) {
  describe(`rule ${rule.id}`, () => {
    rule.examples.forEach((ex) => {
      it(`${ex.in}`, () => check(ex, 'hans'));
      if (!ex.simplifiedOnly) it(`${toTraditional(ex.in)} (Traditional)`, () => check(ex, 'hant'));
    });
  });
}
