// The texts of every gold fixture (fixtures/*/*.json), normalized as the rules see them: for tests
// that compare a fast path with the plain one on real text.
import { readFileSync, readdirSync } from 'node:fs';
import { normalize } from '../../src/document/normalize.js';

export function normalizedFixtureTexts(): string[] {
  const root = new URL('../../fixtures/', import.meta.url);
  const out: string[] = [];
  for (const dir of readdirSync(root, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const f of readdirSync(new URL(`${dir.name}/`, root))) {
      if (!f.endsWith('.json')) continue;
      try {
        const doc = JSON.parse(readFileSync(new URL(`${dir.name}/${f}`, root), 'utf8')) as { text?: string };
        if (typeof doc.text === 'string') out.push(normalize(doc.text).norm);
      } catch {
        // (a fixture being written; test/fixtures.test.ts checks the committed ones)
      }
    }
  }
  return out;
}
