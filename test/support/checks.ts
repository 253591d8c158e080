// Runs the checks on a text and lists the findings of one rule.
import { check } from '../../src/index.js';
import type { Finding } from '../../src/types.js';

export function findings(text: string, rule: string, published = '2024-06-30'): Finding[] {
  return check(text, { published }).findings.filter((f) => f.rule === rule);
}

/** The rule fires on `text` with a finding that covers `at` (a substring of the text). */
export function fires(text: string, rule: string, at: string, published?: string): Finding {
  const fs = findings(text, rule, published);
  const i = text.indexOf(at);
  const hit = fs.find((f) => f.start < i + at.length && i < f.end);
  if (!hit) throw new Error(`${rule} did not fire on ${at} in: ${text}\nfound: ${JSON.stringify(fs.map((f) => f.text))}`);
  return hit;
}
