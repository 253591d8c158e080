// Mutations: take the relations `facts check` verified in consistent articles (info findings),
// change one number of each so that the stated relation breaks, and check that it is caught.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check } from '../src/index.js';
import type { Fact } from '../src/types.js';

interface Gold {
  id: string;
  text: string;
  published: string | null;
  findings?: { rule: string; severity?: string }[];
}

function load(dir: string): Gold[] {
  return readdirSync(new URL(`../${dir}`, import.meta.url))
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(new URL(`../${dir}/${f}`, import.meta.url), 'utf8')) as Gold);
}

const consistent = [...load('fixtures/dev'), ...load('fixtures/gold')].filter(
  (g) => !(g.findings ?? []).some((f) => (f.severity ?? 'warning') !== 'info' && f.rule !== 'conversion-artifact'),
);

/** The text of a number moved by `factor`, written with the same decimals (Arabic digits only). */
function moved(f: Fact, factor: number): { from: number; to: number; text: string } | null {
  const m = /\d[\d,]*(?:\.\d+)?/.exec(f.text);
  if (!m) return null;
  const raw = m[0].replace(/,/g, '');
  const decimals = raw.includes('.') ? raw.split('.')[1]!.length : 0;
  const v = Number(raw) * factor;
  const text = v.toFixed(decimals);
  if (text === raw) return null;
  return { from: f.start + m.index, to: f.start + m.index + m[0].length, text };
}

describe('mutations of consistent articles', () => {
  it('at least 90% of broken relations are caught', () => {
    let tried = 0;
    let caught = 0;
    const missed: string[] = [];
    for (const g of consistent) {
      const opts = g.published ? { published: g.published } : {};
      const base = check(g.text, opts);
      expect(base.findings.filter((f) => f.severity !== 'info' && f.rule !== 'conversion-artifact'), g.id).toEqual([]);
      const relations = base.findings.filter((f) => f.rule === 'rate-consistent' || f.rule === 'part-whole-consistent' || (f.rule === 'implied-baseline' && f.message.includes('→')));
      for (const rel of relations) {
        for (const idx of rel.facts ?? []) {
          const fact = base.facts[idx];
          if (!fact || typeof fact.value !== 'number') continue;
          const mut = moved(fact, 1.15);
          if (!mut) continue;
          const text = g.text.slice(0, mut.from) + mut.text + g.text.slice(mut.to);
          const after = check(text, opts);
          tried++;
          const problems = after.findings.filter((f) => f.severity !== 'info' && f.rule !== 'conversion-artifact');
          if (problems.length > 0) caught++;
          else missed.push(`${g.id}: ${fact.text} → ${mut.text} (${rel.rule}: ${rel.text})`);
        }
      }
    }
    expect(tried).toBeGreaterThan(40);
    console.log(`mutations caught ${caught}/${tried}`);
    expect(caught / tried, `caught ${caught}/${tried}\n${missed.join('\n')}`).toBeGreaterThanOrEqual(0.9);
  });
});
