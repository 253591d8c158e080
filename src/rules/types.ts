// What a rule is, what it returns, and what it may look at.
import type { Approx, FactKind, Region, TimeSpec } from '../types.js';
import type { NumberToken } from '../numbers/lexer.js';

/** A possible fact, before overlaps are resolved. Offsets index the normalized (= original) text. */
export interface Candidate {
  start: number;
  end: number;
  /** `blocked` marks text that is not a fact (phone numbers, codes, names): it wins its span and is dropped. */
  kind: FactKind | 'blocked';
  value: number | string | null;
  /** High end of a range (an ISO duration for a range of ages). */
  max?: number | string;
  /** The unit in normalized form; the fact reports the characters as written, from `unitAt`. */
  unit?: string;
  /** Where `unit` starts in the text. */
  unitAt?: number;
  /** A unit written in two places (每公斤56.8元 → 元/公斤): the spans of its parts, joined with /. */
  unitSpans?: Array<[number, number]>;
  /** What joins the parts of `unitSpans` (default `/`; 攝氏…度 has none). */
  unitJoin?: string;
  /** ISO 4217; `null` = the document's currency for a bare 元. */
  currency?: string | null;
  approx?: Approx;
  time?: TimeSpec;
  decimals?: number;
  rule: string;
  /** Among candidates of the same length, the higher priority wins (resolve/overlaps.ts). */
  priority: number;
  /** Written with a Chinese numeral (for the indefinite-一 and idiom filters). */
  chinese?: boolean;
  /** A relative date left unresolved (no reference date). */
  relative?: boolean;
  /** Set when this value is one of a list (`5、6宗`): the list's unit has been shared. */
  listed?: boolean;
}

export interface RuleContext {
  /** The normalized text (Simplified, half-width): what rules match. */
  norm: string;
  region: Region;
  tokens: NumberToken[];
  /** The text just before `pos` (up to `n` characters). */
  before(pos: number, n?: number): string;
  /** Runs a sticky regular expression at `pos`. */
  at(re: RegExp, pos: number): RegExpExecArray | null;
}

/** One sentence and what it must yield: the examples that live next to each rule. */
export interface Example {
  /** The sentence, in Simplified; tests also run it converted to Traditional. */
  in: string;
  /** The facts expected (a subset of fields is compared), or [] when nothing may be found. */
  out: Array<{ text: string; kind: FactKind; value?: number | string | null; unit?: string; currency?: string; approx?: Approx; max?: number | string }>;
  /** Reference date for time examples. */
  published?: string;
  /** Skip the Traditional run (when conversion would change the example's meaning). */
  simplifiedOnly?: boolean;
}

/** A rule anchored on number tokens: it looks at the words around one number. */
export interface TokenRule {
  id: string;
  examples: Example[];
  match(ctx: RuleContext, tok: NumberToken, index: number): Candidate | Candidate[] | null;
}

/** A rule that scans the text with its own pattern (words with no digits: 今年, 上半年, 翻一番). */
export interface ScanRule {
  id: string;
  examples: Example[];
  /** Global (`g`) pattern over the normalized text. */
  pattern: RegExp;
  /**
   * A test every match needs to pass somewhere in its paragraph (a character it cannot do without):
   * paragraphs without it are skipped. Matches never cross a line break.
   */
  trigger?: RegExp;
  /**
   * For a rule whose matches are a run of number characters (and words made of them, 连续) before a
   * keyword (a unit of time): `lead` holds every character a match can have before its keyword,
   * `keyword` every character a keyword can start with. Only the runs of `lead` characters that a
   * `keyword` character follows are tried, position by position, instead of every position of the
   * paragraph; what is found is the same (test/candidates.test.ts compares the two on every fixture
   * and on random text).
   */
  runs?: { lead: string; keyword: string; /** A match may also start at a keyword character itself (年末, Q3). */ bare?: boolean };
  extract(m: RegExpExecArray, ctx: RuleContext): Candidate | Candidate[] | null;
}

export type Rule = TokenRule | ScanRule;

export function isScanRule(r: Rule): r is ScanRule {
  return (r as ScanRule).pattern !== undefined;
}

/** Priorities: longer spans win first; among equals, these decide. */
export const PRIORITY = {
  blocked: 100,
  period: 60,
  date: 55,
  money: 50,
  percentage_point: 48,
  percent: 45,
  multiple: 44,
  duration: 40,
  measure: 35,
  count: 30,
  ordinal: 20,
  number: 10,
} as const;
