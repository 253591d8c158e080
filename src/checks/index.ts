// The checks, in the order their findings are listed. To add one: write src/checks/<id>.ts (a
// `Check` with its doc comment of what fires and what must not), add its documentation to
// registry.ts, add it here, and add test/checks/<id>.test.ts.
import type { Document, Fact, Finding } from '../types.js';
import type { RespectivelyList } from '../link/respectively.js';
import { conversionArtifact } from './conversion-artifact.js';
import { futureDate, invalidDate, weekdayMismatch } from './dates.js';
import { impossibleChange } from './impossible-change.js';
import { metricConflict } from './metric-conflict.js';
import { rateMismatch } from './rate-mismatch.js';
import { respectivelyMismatch } from './respectively-mismatch.js';
import { sumMismatch } from './sum-mismatch.js';
import { lineBreaks, sentenceStarts, type Check } from './util.js';

export const checks: Check[] = [impossibleChange, rateMismatch, sumMismatch, metricConflict, respectivelyMismatch, invalidDate, futureDate, weekdayMismatch, conversionArtifact];

export function runChecks(doc: Document, facts: Fact[], lists: RespectivelyList[] = []): Finding[] {
  const index = new Map(facts.map((f, i) => [f, i]));
  const ctx = { doc, facts, lists, sentenceStarts: sentenceStarts(doc.norm), breaks: lineBreaks(doc.norm), indexOf: (f: Fact) => index.get(f) ?? -1 };
  const out = checks.flatMap((c) => c.run(ctx));
  // one finding per rule and span
  const seen = new Set<string>();
  return out
    .filter((f) => {
      const key = `${f.rule}:${f.start}:${f.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);
}
