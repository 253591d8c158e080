// Runs every rule over the normalized text and returns all candidates, overlapping or not.
import { lexNumbers, type NumberToken } from '../numbers/lexer.js';
import { withApprox } from '../rules/approx.js';
import { scanRules, tokenRules } from '../rules/index.js';
import type { Candidate, RuleContext } from '../rules/types.js';
import type { Region } from '../types.js';

const APPROX_KINDS = new Set(['count', 'money', 'percent', 'percentage_point', 'multiple', 'measure', 'number', 'duration']);

export function makeContext(norm: string, region: Region, tokens: NumberToken[]): RuleContext {
  return {
    norm,
    region,
    tokens,
    before: (pos, n = 8) => norm.slice(Math.max(0, pos - n), pos),
    at: (re, pos) => {
      re.lastIndex = pos;
      return re.exec(norm);
    },
  };
}

export function findCandidates(norm: string, region: Region): { candidates: Candidate[]; tokens: NumberToken[] } {
  const tokens = lexNumbers(norm);
  const ctx = makeContext(norm, region, tokens);
  const out: Candidate[] = [];
  const push = (c: Candidate | Candidate[] | null) => {
    if (!c) return;
    for (const one of Array.isArray(c) ? c : [c]) out.push(APPROX_KINDS.has(one.kind) ? withApprox(ctx, one) : one);
  };
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    for (const rule of tokenRules) push(rule.match(ctx, tok, i));
  }
  for (const rule of scanRules) {
    const re = rule.pattern;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(norm)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex = m.index + 1;
        continue;
      }
      const c = rule.extract(m, ctx);
      if (c) {
        push(c);
      } else {
        // not really a match here: try again one character on (a shorter reading may hold)
        re.lastIndex = m.index + 1;
      }
    }
  }
  return { candidates: out, tokens };
}
