// Runs every rule over the normalized text and returns all candidates, overlapping or not.
//
// Token rules run once per number token. Scan rules run paragraph by paragraph (no rule matches
// across a line break), and only on paragraphs that hold their trigger: most paragraphs have no
// 季, 半年 or 以来, and skipping them is most of the speed (BENCHMARKS.md).
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

/** 两三个, 七八十万元: a candidate read from a rough range gets the range's high end, in its own unit. */
function withRoughMax(c: Candidate | Candidate[] | null, tok: NumberToken): Candidate | Candidate[] | null {
  if (!c) return c;
  const one = (x: Candidate): Candidate =>
    typeof x.value === 'number' && x.max === undefined && tok.value !== 0 && x.start <= tok.start && x.end >= tok.end ? { ...x, max: Number(((tok.max! * x.value) / tok.value).toPrecision(12)) } : x;
  return Array.isArray(c) ? c.map(one) : one(c);
}

/** The candidate with every field, in one order: one hidden class for all candidates (see toFacts). */
function shaped(c: Candidate): Candidate {
  return { start: c.start, end: c.end, kind: c.kind, value: c.value, max: c.max, unit: c.unit, unitAt: c.unitAt, unitSpans: c.unitSpans, currency: c.currency, approx: c.approx, time: c.time, decimals: c.decimals, rule: c.rule, priority: c.priority, chinese: c.chinese, relative: c.relative, listed: c.listed };
}

export function findCandidates(norm: string, region: Region): { candidates: Candidate[]; tokens: NumberToken[] } {
  const tokens = lexNumbers(norm);
  const ctx = makeContext(norm, region, tokens);
  const out: Candidate[] = [];
  const push = (c: Candidate | Candidate[] | null) => {
    if (!c) return;
    for (const one of Array.isArray(c) ? c : [c]) out.push(shaped(APPROX_KINDS.has(one.kind) ? withApprox(ctx, one) : one));
  };
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    for (const rule of tokenRules) push(tok.max === undefined ? rule.match(ctx, tok, i) : withRoughMax(rule.match(ctx, tok, i), tok));
  }
  let from = 0;
  while (from <= norm.length) {
    let to = norm.indexOf('\n', from);
    if (to < 0) to = norm.length;
    if (to > from) scanParagraph(norm.slice(from, to), from, ctx, push);
    from = to + 1;
  }
  return { candidates: out, tokens };
}

function scanParagraph(para: string, offset: number, ctx: RuleContext, push: (c: Candidate | Candidate[] | null) => void): void {
  for (const rule of scanRules) {
    if (rule.trigger && !rule.trigger.test(para)) continue;
    const re = rule.pattern;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(para)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex = m.index + 1;
        continue;
      }
      const at = m.index;
      m.index = at + offset; // positions in the whole text
      const c = rule.extract(m, ctx);
      if (c) push(c);
      // not really a match here: try again one character on (a shorter reading may hold)
      else re.lastIndex = at + 1;
    }
  }
}
