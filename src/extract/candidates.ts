// Runs every rule over the normalized text and returns all candidates, overlapping or not.
//
// Token rules run once per number token. Scan rules run paragraph by paragraph (no rule matches
// across a line break), and only on paragraphs that hold their trigger: most paragraphs have no
// 季, 半年 or 以来, and skipping them is most of the speed (BENCHMARKS.md).
import { lexNumbers, type NumberToken } from '../numbers/lexer.js';
import { withApprox } from '../rules/approx.js';
import { scanRules, tokenRules } from '../rules/index.js';
import type { Candidate, RuleContext, ScanRule } from '../rules/types.js';
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
  return { start: c.start, end: c.end, kind: c.kind, value: c.value, max: c.max, unit: c.unit, unitAt: c.unitAt, unitSpans: c.unitSpans, unitJoin: c.unitJoin, currency: c.currency, approx: c.approx, time: c.time, decimals: c.decimals, rule: c.rule, priority: c.priority, chinese: c.chinese, relative: c.relative, listed: c.listed };
}

export function findCandidates(norm: string, region: Region): { candidates: Candidate[]; tokens: NumberToken[] } {
  const tokens = lexNumbers(norm);
  const ctx = makeContext(norm, region, tokens);
  const out: Candidate[] = [];
  const one = (c: Candidate) => out.push(shaped(APPROX_KINDS.has(c.kind) ? withApprox(ctx, c) : c));
  const push = (c: Candidate | Candidate[] | null) => {
    if (!c) return;
    if (Array.isArray(c)) for (const x of c) one(x);
    else one(c);
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

/**
 * The characters one of which a trigger cannot match without: the class of a trigger that is one
 * character class (`[季Q]`), or the first characters of a trigger that is a list of words
 * (`以来|起|开始|至今`); null when the trigger is anything else (it is then always tested).
 */
export function triggerChars(trigger: RegExp): { chars: string; exact: boolean } | null {
  const src = trigger.source;
  if (trigger.flags.replace(/[gyu]/g, '') !== '') return null;
  // [季Q], [“\"「『]: one class of single characters (an escaped mark stands for itself)
  const cls = /^\[((?:[^\]\\^-]|\\[^\w\s])+)\]$/.exec(src);
  if (cls) return { chars: cls[1]!.replace(/\\(.)/g, '$1'), exact: true };
  // 以来|起|开始|至今: words; each starts with one of their first characters
  if (/^[^\\[\](){}?*+.^$|]+(?:\|[^\\[\](){}?*+.^$|]+)*$/.test(src)) {
    const alts = src.split('|');
    return { chars: alts.map((w) => w[0]!).join(''), exact: alts.every((w) => w.length === 1) };
  }
  // 同[期季月], 月[底末]: a plain first character, and no alternative without it
  if (/^[^\\[\](){}?*+.^$|]/.test(src) && !src.includes('|')) return { chars: src[0]!, exact: false };
  return null;
}

/**
 * Which scan rules a paragraph can trigger, in one pass over its characters: a table from a
 * character to the rules it triggers (at most 31 rules share one bit mask word). Rules whose trigger
 * is no plain class or word list are always tested with their own pattern.
 */
const TRIGGERS = (() => {
  const words = Math.ceil(scanRules.length / 31);
  const table = new Map<number, Int32Array>();
  const always: number[] = [];
  const confirm: boolean[] = [];
  scanRules.forEach((rule, i) => {
    const t = rule.trigger ? triggerChars(rule.trigger) : null;
    confirm[i] = Boolean(rule.trigger) && !(t && t.exact);
    if (!t) {
      always.push(i);
      return;
    }
    for (const ch of t.chars) {
      const code = ch.charCodeAt(0);
      let mask = table.get(code);
      if (!mask) table.set(code, (mask = new Int32Array(words)));
      mask[Math.floor(i / 31)]! |= 1 << i % 31;
    }
  });
  // a dense index for the hot loop: character → row of masks (0: none)
  const index = new Uint16Array(0x10000);
  const rows: Int32Array[] = [new Int32Array(words)];
  for (const [code, mask] of table) {
    index[code] = rows.length;
    rows.push(mask);
  }
  // rules tried only on runs of their lead characters (ScanRule.runs): 1 = lead, 2 = keyword start
  const runs = scanRules.map((rule) => {
    if (!rule.runs) return null;
    const table = new Uint8Array(0x10000);
    for (const ch of rule.runs.lead) table[ch.charCodeAt(0)]! |= 1;
    for (const ch of rule.runs.keyword) table[ch.charCodeAt(0)]! |= 2;
    return { table, sticky: new RegExp(rule.pattern.source, rule.pattern.flags.replace('g', '') + 'y') };
  });
  /** Characters that are a keyword of some rule scanned on runs: their positions are noted in the trigger pass. */
  const keyword = new Uint8Array(0x10000);
  for (const rule of scanRules) for (const ch of rule.runs?.keyword ?? '') keyword[ch.charCodeAt(0)] = 1;
  return { words, index, rows, always, confirm, runs, keyword };
})();

/**
 * A rule over the runs of its lead characters that end at one of its keywords (ScanRule.runs): the
 * same matches, in the same order, as trying every position of the paragraph, since no match can
 * start anywhere else. `keys` are the positions of every runs keyword in the paragraph, in order.
 */
function scanRuns(para: string, offset: number, rule: ScanRule, table: Uint8Array, sticky: RegExp, keys: number[], ctx: RuleContext, push: (c: Candidate | Candidate[] | null) => void): void {
  const bare = rule.runs!.bare === true;
  /** Matches found so far end here: the next one starts no earlier (as with a global pattern). */
  let from = 0;
  /** Positions before this one have been tried. */
  let next = 0;
  const tryAt = (s: number): void => {
    if (s < from) return;
    sticky.lastIndex = s;
    const m = sticky.exec(para);
    if (!m || m[0].length === 0) return;
    m.index = s + offset;
    const c = rule.extract(m, ctx);
    if (!c) return; // (a shorter reading may hold one character on)
    push(c);
    from = s + m[0].length;
  };
  for (const k of keys) {
    if ((table[para.charCodeAt(k)]! & 2) === 0 || k < next) continue;
    // back over the lead characters before the keyword: where a match can start
    let p = k;
    while (p > next && (table[para.charCodeAt(p - 1)]! & 1) !== 0) p--;
    for (let s = p; s < k; s++) tryAt(s);
    if (bare) tryAt(k);
    next = bare ? k + 1 : k;
  }
}

function scanParagraph(para: string, offset: number, ctx: RuleContext, push: (c: Candidate | Candidate[] | null) => void): void {
  const { words, index, rows, always, confirm, runs, keyword } = TRIGGERS;
  const hit = new Int32Array(words);
  const keys: number[] = [];
  for (let k = 0; k < para.length; k++) {
    const code = para.charCodeAt(k);
    const row = index[code]!;
    if (row !== 0) {
      const mask = rows[row]!;
      for (let w = 0; w < words; w++) hit[w]! |= mask[w]!;
    }
    if (keyword[code] !== 0) keys.push(k);
  }
  for (const i of always) hit[Math.floor(i / 31)]! |= 1 << i % 31;
  for (let i = 0; i < scanRules.length; i++) {
    if ((hit[Math.floor(i / 31)]! & (1 << i % 31)) === 0) continue;
    const rule = scanRules[i]!;
    if (confirm[i] && !rule.trigger!.test(para)) continue;
    const run = runs[i];
    if (run) scanRuns(para, offset, rule, run.table, run.sticky, keys, ctx, push);
    else scanEvery(para, offset, rule, ctx, push);
  }
}

/** A rule tried at every position of a paragraph. */
function scanEvery(para: string, offset: number, rule: ScanRule, ctx: RuleContext, push: (c: Candidate | Candidate[] | null) => void): void {
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

/** One scan rule over one paragraph (the whole of `ctx.norm`), on its runs or at every position: for tests. */
export function scanRuleOn(rule: ScanRule, ctx: RuleContext, how: 'runs' | 'every'): Candidate[] {
  const out: Candidate[] = [];
  const push = (c: Candidate | Candidate[] | null) => {
    if (c) out.push(...(Array.isArray(c) ? c : [c]));
  };
  const run = TRIGGERS.runs[scanRules.indexOf(rule)];
  if (how === 'runs' && run) {
    const keys: number[] = [];
    for (let k = 0; k < ctx.norm.length; k++) if (TRIGGERS.keyword[ctx.norm.charCodeAt(k)]) keys.push(k);
    scanRuns(ctx.norm, 0, rule, run.table, run.sticky, keys, ctx, push);
  }
  else scanEvery(ctx.norm, 0, rule, ctx, push);
  return out;
}
