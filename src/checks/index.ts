// The checks registry (issue 6). Each check: (doc, facts) → findings.
import type { Document, Fact, Finding } from '../types.js';

export function runChecks(_doc: Document, _facts: Fact[]): Finding[] {
  return [];
}
