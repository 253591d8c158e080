// Numbers that share a unit with the fact after them.
//
//   Lists: `5、6宗` → 5 宗 and 6 宗 (two facts); `0.2和0.5个百分点` → two percentage points.
//   Ranges: `3至5人` → one fact, 3 with max 5; `10%-20%` → one; `六一〇亿至六三二亿美元` → one;
//   `25岁至44岁` → one duration with max. A bare low end takes the high end's 万/亿: `3至5万人` →
//   30000 to 50000.
import type { NumberToken } from '../numbers/lexer.js';
import { withApprox } from '../rules/approx.js';
import type { Candidate, RuleContext } from '../rules/types.js';
import { firstAtOrAfter } from '../link/marks.js';

/** The first number token inside a fact's span. */
function tokenIn(tokens: NumberToken[], f: Candidate): NumberToken | undefined {
  const t = tokens[firstAtOrAfter(tokens, f.start)];
  return t && t.start < f.end ? t : undefined;
}

const LIST_SEP = /^(?:、|和|及|与|或|,|，)$/;
const RANGE_SEP = /^(?:至|到|~|-|—|–|〜|——|－)$/;
const QUANTITY = new Set(['count', 'money', 'percent', 'percentage_point', 'multiple', 'measure', 'duration']);

/** The 万/亿 multiplier written in a token (1 if none). */
function multiplierOf(raw: string): number {
  if (raw.endsWith('万亿')) return 1e12;
  if (raw.endsWith('亿')) return 1e8;
  if (raw.endsWith('万')) return 1e4;
  return 1;
}

/** What withApprox needs to read around a range: the text only. */
function approxContext(norm: string): RuleContext {
  return {
    norm,
    region: 'cn',
    tokens: [],
    before: (pos, n = 8) => norm.slice(Math.max(0, pos - n), pos),
    at: (re, pos) => {
      re.lastIndex = pos;
      return re.exec(norm);
    },
  };
}

/** A change word before the low end. */
const CHANGE_BEFORE = /(?:增加|减少|增长|下降|上升|提高|降低|回落|扩大|缩小|净增|净减|增|减|升|降|涨|跌)(?:了|约|近|逾)?$/;

/**
 * 增加约3,800人至45,600人: after a change word, X至Y far apart is "by X, to Y", two facts, not a range
 * (下降5%至8% stays a range: its ends are close).
 */
function byThenTo(norm: string, lowStart: number, low: number, high: number): boolean {
  if (!(low > 0) || !(high > 0) || high / low <= 5) return false;
  return CHANGE_BEFORE.test(norm.slice(Math.max(0, lowStart - 4), lowStart));
}

/** The value of a bare low end in the unit of the high end: 3至5万 → 30000, 3至5成 → 30 (%), 3至5‰ → 0.3 (%). */
function lowEndOf(tok: NumberToken, f: Candidate, tokens: NumberToken[], norm: string): number {
  const fTok = tokenIn(tokens, f);
  if (f.rule === 'percent-cheng') return tok.value * 10; // 3至5成: 30% to 50%
  if (f.kind === 'percent' && f.rule === 'percent' && norm.slice(f.end - 1, f.end) === '‰') return tok.value / 10;
  // 10至25个基点: basis points, in percentage points
  if (f.kind === 'percentage_point' && fTok && /基点|bp/i.test(norm.slice(fTok.end, f.end))) return tok.value / 100;
  return tok.value * (fTok && !tok.scaled ? multiplierOf(fTok.raw) : 1);
}

export function shareUnits(facts: Candidate[], tokens: NumberToken[], norm: string): Candidate[] {
  // tokens not covered by any fact, by their end position
  const freeByEnd = new Map<number, NumberToken>();
  let fi = 0;
  const byStart = [...facts].sort((a, b) => a.start - b.start);
  const bare = new Set<Candidate>();
  const approxLow = new Map<number, Candidate>();
  for (const t of tokens) {
    while (fi < byStart.length && byStart[fi]!.end <= t.start) fi++;
    const f = byStart[fi];
    if (f && f.start < t.end && t.start < f.end) {
      // a bare number that is all of its fact may still be the first of a list (207.9及179.7亿澳门元)
      if (f.kind === 'number' && f.rule !== 'number-ratio' && f.start === t.start && f.end === t.end) {
        freeByEnd.set(t.end, t);
        bare.add(f);
      } else if (f.kind === 'number' && f.rule !== 'number-ratio' && f.approx && f.start < t.start && f.end === t.end) {
        // 约16万至18万人次: an approximate low end carries its word into the range
        freeByEnd.set(t.end, t);
        bare.add(f);
        approxLow.set(t.start, f);
      }
      continue;
    }
    freeByEnd.set(t.end, t);
  }
  const out: Candidate[] = [];
  const merged = new Set<Candidate>();
  /** Starts of bare numbers that joined a list: their own `number` fact is dropped. */
  const absorbed = new Set<number>();
  for (let i = byStart.length - 1; i >= 0; i--) {
    const f = byStart[i]!;
    if (merged.has(f)) continue;
    if (!QUANTITY.has(f.kind) || (typeof f.value !== 'number' && f.kind !== 'duration')) {
      out.push(f);
      continue;
    }
    // A range: a free number or a fact of the same kind, a range separator, then f.
    const sepLen = norm[f.start - 1] === '—' && norm[f.start - 2] === '—' ? 2 : 1;
    const sep = norm.slice(f.start - sepLen, f.start);
    if (RANGE_SEP.test(sep)) {
      const lowEnd = f.start - sepLen;
      const prev = byStart[i - 1];
      // (约5%至8%: 约 before the low end is about the whole range)
      if (prev && prev.end === lowEnd && prev.kind === f.kind && prev.unit === f.unit && !merged.has(prev) && (prev.approx === undefined || (prev.approx === 'about' && f.approx === undefined)) && !byThenTo(norm, prev.start, prev.value as number, f.value as number)) {
        merged.add(prev);
        out.push({ ...f, start: prev.start, value: prev.value, max: f.value as number | string, ...(prev.approx ? { approx: prev.approx } : {}), rule: `${f.rule}+range` });
        continue;
      }
      const tok = freeByEnd.get(lowEnd);
      if (tok && f.kind === 'duration' && typeof f.value === 'string' && !tok.scaled) {
        // 25至44岁, 3-5年: the low end takes the unit of the high end
        // (2至3个季度: quarters are counted in months, P6M to P9M)
        const factor = /季/.test(norm.slice(f.start, f.end)) ? 3 : 1;
        const low = f.value.replace(/\d+(?:\.\d+)?/, String(Number((tok.value * factor).toPrecision(12))));
        out.push({ ...f, start: tok.start, value: low, max: f.value, rule: `${f.rule}+range` });
        freeByEnd.delete(lowEnd);
        absorbed.add(tok.start);
        continue;
      }
      const low = tok && typeof f.value === 'number' && f.kind !== 'duration' ? lowEndOf(tok, f, tokens, norm) : NaN;
      if (tok && typeof f.value === 'number' && !Number.isNaN(low) && !byThenTo(norm, tok.start, low, f.value)) {
        const word = approxLow.get(tok.start);
        let range: Candidate = { ...f, start: word?.start ?? tok.start, value: Number(low.toPrecision(15)), max: f.value, ...(word?.approx ? { approx: word.approx } : {}), rule: `${f.rule}+range` };
        // 约3至5人: a word before a low end too small to be a fact of its own
        if (!word) range = withApprox(approxContext(norm), range);
        out.push(range);
        freeByEnd.delete(lowEnd);
        absorbed.add(word?.start ?? tok.start);
        continue;
      }
    }
    out.push(f);
    // A list: free numbers separated by 、/和/及 before f take f's kind and unit.
    let pos = f.start;
    while (LIST_SEP.test(norm[pos - 1] ?? '')) {
      const tok = freeByEnd.get(pos - 1);
      if (!tok || f.kind === 'duration') break;
      const fTok = tokenIn(tokens, f);
      const mult = fTok && !tok.scaled && fTok.scaled ? multiplierOf(fTok.raw) : 1;
      const value = f.kind === 'percent' && f.rule === 'percent-cheng' ? tok.value * 10 : tok.value * mult;
      const shared: Candidate = {
        start: tok.start,
        end: tok.end,
        kind: f.kind,
        value: Number(value.toPrecision(15)),
        rule: `${f.rule}+list`,
        priority: f.priority,
        decimals: tok.decimals,
        chinese: tok.chinese,
        listed: true,
      };
      if (f.unit) shared.unit = f.unit;
      if (f.currency !== undefined) shared.currency = f.currency;
      // a list of Chinese numerals is a list only when the fact is too (一、二、三产业 is no list)
      if (tok.chinese !== Boolean(f.chinese) && tok.chinese) break;
      // 约53万、约37万及约34万人次: an approximate item carries its word
      const word = approxLow.get(tok.start);
      if (word) {
        shared.start = word.start;
        if (word.approx) shared.approx = word.approx;
      }
      out.push(shared);
      freeByEnd.delete(pos - 1);
      absorbed.add(word?.start ?? tok.start);
      pos = word?.start ?? tok.start;
    }
  }
  const kept = out.filter((c) => !(bare.has(c) && absorbed.has(c.start))).sort((a, b) => a.start - b.start);
  perUnitAcrossList(kept, norm);
  return kept;
}

/**
 * 分别为每平方米74,312澳门元、86,905澳门元及95,480澳门元: the later prices of a list take the 每平方米
 * written before the first (their unit joins their own currency word to it).
 */
function perUnitAcrossList(cands: Candidate[], norm: string): void {
  for (let i = 1; i < cands.length; i++) {
    const a = cands[i - 1]!;
    const b = cands[i]!;
    if (a.kind !== 'money' || b.kind !== 'money' || a.unitSpans?.length !== 2 || b.unit !== undefined || a.currency !== b.currency) continue;
    if (!LIST_SEP.test(norm.slice(a.end, b.start)) || norm[a.end] === '，' || norm[a.end] === ',') continue;
    const [cur, per] = a.unitSpans as [[number, number], [number, number]];
    const word = norm.slice(cur[0], cur[1]);
    if (!norm.startsWith(word, b.end - word.length)) continue;
    b.unit = `${word}/${norm.slice(per[0], per[1])}`;
    b.unitSpans = [[b.end - word.length, b.end], per];
  }
}
