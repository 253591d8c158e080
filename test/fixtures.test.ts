// The gold fixtures (fixtures/seed-meixian.gold.json, fixtures/dev, fixtures/gold): scored as the
// shared scorer scores them, offsets exact, output valid against the schema.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { extractJson } from '../src/format/json.js';
import { score, type Gold } from './support/helpers.js';
import { schemaErrors } from './support/schema.js';

const QUANTITY = ['count', 'money', 'percent', 'percentage_point', 'multiple', 'measure', 'number'];
const TIME = ['date', 'period', 'duration'];

function load(dir: string): Gold[] {
  return readdirSync(new URL(`../${dir}`, import.meta.url))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(new URL(`../${dir}/${f}`, import.meta.url), 'utf8')) as Gold);
}

const seed = JSON.parse(readFileSync(new URL('../fixtures/seed-meixian.gold.json', import.meta.url), 'utf8')) as Gold;
const all = [seed, ...load('fixtures/dev'), ...load('fixtures/gold')];

describe('seed fixture', () => {
  it('quantities: strict F1 ≥ 0.97', () => {
    const s = score(seed, QUANTITY);
    expect(s.f1, JSON.stringify({ misses: s.misses, spurious: s.spurious, wrong: s.wrong })).toBeGreaterThanOrEqual(0.97);
  });
  it('dates, periods, durations: strict F1 ≥ 0.97', () => {
    const s = score(seed, TIME);
    expect(s.f1, JSON.stringify({ misses: s.misses, spurious: s.spurious, wrong: s.wrong })).toBeGreaterThanOrEqual(0.97);
  });
});

describe('all gold fixtures', () => {
  for (const g of all) {
    it(`${g.id}: offsets exact, JSON valid`, () => {
      const r = extract(g.text, g.published ? { published: g.published } : {});
      for (const f of r.facts) expect(g.text.slice(f.start, f.end)).toBe(f.text);
      expect(schemaErrors(extractJson(r))).toEqual([]);
      expect(score(g).offsetErrors).toBe(0);
    });
  }
  it('strict F1 over all of them stays at or above the recorded floor', () => {
    let gold = 0;
    let pred = 0;
    let strict = 0;
    for (const g of all) {
      const s = score(g);
      gold += s.gold;
      pred += s.predicted;
      strict += s.strict;
    }
    const p = strict / pred;
    const r = strict / gold;
    const f1 = (2 * p * r) / (p + r);
    // The floor only ever goes up: raise it when the figure rises (README, "Measured").
    expect(f1).toBeGreaterThanOrEqual(0.97);
  });
});
