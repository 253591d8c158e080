// Every shared type of `facts`, and nothing else.
//
// Offsets inside the program are UTF-16 indices into `Document.text` (what RegExp and String give);
// they become code points, lines and columns only at the edge (format/positions.ts).

export type Script = 'hans' | 'hant';

/** Where an article comes from, as far as the text tells: decides 元 and bare ROC years. */
export type Region = 'cn' | 'tw' | 'hk' | 'mo';

export const FACT_KINDS = [
  'count',
  'money',
  'percent',
  'percentage_point',
  'multiple',
  'measure',
  'number',
  'ordinal',
  'date',
  'period',
  'duration',
] as const;
export type FactKind = (typeof FACT_KINDS)[number];

export type Approx = 'nearly' | 'over' | 'about' | 'under';
export type Direction = 'up' | 'down' | 'flat';

export interface Span {
  /** UTF-16 index into Document.text, inclusive. */
  start: number;
  /** UTF-16 index into Document.text, exclusive. */
  end: number;
}

/** The reference date used to resolve partial and relative dates, and where it was found. */
export interface Published {
  /** ISO 8601: `2024-01-09`, `2024-01-09T10:48:52`. */
  value: string;
  /** `option`, `config`, `text-line`, `dateline`, `meta:<name>`, `json-ld`, `time-element`. */
  source: string;
  /** The characters it was read from, when it came from the document. */
  raw?: string;
}

/** A point in calendar time as read from the text; absent fields were not written. */
export interface DatePoint {
  year?: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
  /** `年末`/`年底`/`月底`: the last day of the year or month. */
  endOf?: 'year' | 'month';
}

/** How a temporal mention must be completed before it has a value (resolve/time.ts). */
export interface TimeSpec {
  type: 'date' | 'period' | 'duration';
  /** date: the point; period: its start. */
  point?: DatePoint;
  /** period: its end; `open` for 以来/起 (`2023/..`). */
  end?: DatePoint | 'open';
  /** Relative to the reference: years/months/days/weeks back (negative) or ahead. */
  relative?: { unit: 'year' | 'quarter' | 'month' | 'day' | 'week' | 'period'; offset: number; /** 本周三: Monday = 1 … Sunday = 7. */ weekday?: number };
  /** `当天`/`当日`: the day the sentence is about when it names one, else the reference date. */
  anaphoric?: boolean;
  /** `同期`/`同季`: the sentence's period shifted back `offset` years, or to `year`. */
  samePeriod?: { offset?: number; year?: number; grain?: 'quarter' | 'month' | 'day' };
  /** A period written without its year (`1—7月`, `前三季度`, `上半年`): months of the context year. */
  months?: [number, number];
  /** An ISO 8601 duration, ready as written (`P22Y`). */
  duration?: string;
  /** The year was written as an ROC year or two digits and has been converted. */
  yearNote?: 'roc' | 'two-digit';
  /** 上年度, 本年度: a year written with 年度 (in a text about fiscal years, the fiscal year). */
  fiscal?: boolean;
  /** `当年`/`同年`/`次年`: the year the sentence is about, shifted by `offset`. */
  contextYear?: { offset: number };
  /** `上年` in a data report: the year before the period reported on (conventions of gold-format.md). */
  reportRelative?: boolean;
  /** A statistical period or a report word (全年, 一季度, 1—7月, 上年, 年末): with no year written, it takes the
   *  year the document reports on before the year of publication. */
  report?: boolean;
  /** A day with no month (`27日`, `今天（3日）`): month and year come from the context. */
  dayOnly?: boolean;
  /** A lunar-calendar day (`正月初一`, `腊月二十三`): converted with the year the context gives. */
  lunar?: { month: number; day: number; year?: number };
  /** A year that names a group or a goal, not the time told of (`2025届毕业生`, `全年目标任务`): it frames nothing. */
  names?: boolean;
}

export interface Change {
  direction?: Direction;
  /** `yoy`, `mom`, `vs:YYYY`, `vs:prev`. */
  basis?: string;
}

export interface Fact extends Span {
  kind: FactKind;
  /** The exact characters of the mention: Document.text.slice(start, end). */
  text: string;
  /** Number (万/亿 expanded; percent in percent units), ISO 8601 string for time, null when unresolvable. */
  value: number | string | null;
  /** High end of a range (`3至5人`, `40%至45%`). */
  max?: number | string;
  unit?: string;
  currency?: string;
  approx?: Approx;
  subject?: string;
  change?: Change;
  /** The time the number refers to (ISO 8601), from the sentence or its paragraph. */
  period?: string;
  /** For a change, the index (in the document's fact list) of the level it modifies. */
  of?: number;
  /** The implied previous value of the level a change modifies. */
  baseline?: number;
  /** A relative date that could not be resolved for lack of a reference date. */
  relative?: boolean;
  /** Id of the rule that produced the fact (debugging, like Duckling's Node.rule). */
  rule: string;
  /** Fields filled in from context rather than read (chrono's `imply`). */
  implied?: string[];
  /** Internal: how to finish a temporal value; dropped from output. */
  time?: TimeSpec;
  /** Internal: the number of decimals written, for rounding-aware checks. */
  decimals?: number;
  /** Internal: number as a product of a `分别` list, pairing index. */
  listIndex?: number;
}

export interface Document {
  /** The path as given, or `-` for standard input. */
  source: string;
  /** The document text: every offset refers to it. */
  text: string;
  /** Simplified, half-width form of `text`, same UTF-16 length: rules run on it. */
  norm: string;
  script: Script;
  region: Region;
  published: Published | null;
  /** Currency declared for 元 (`（港元，下同）`), or the region's default. */
  defaultCurrency: string;
  /** HTML input: page metadata. */
  meta?: PageMeta;
  /** How the bytes were decoded, when the input was bytes. */
  encoding?: { name: string; source: string };
  /** Non-fatal problems found while reading (replacement characters, a guessed encoding). */
  warnings: string[];
}

export interface PageMeta {
  title: string | null;
  source: string | null;
  author: string | null;
}

export type Severity = 'error' | 'warning' | 'info';

export interface Finding extends Span {
  rule: string;
  severity: Severity;
  message: string;
  text: string;
  /** A suggested replacement for `text`, when there is one (conversion-artifact). */
  fix?: string;
  /** Indices of the facts it is about. */
  facts?: number[];
}

export interface ExtractOptions {
  /** Path or label for the document (`-` for standard input). */
  source?: string;
  /** Reference date (ISO 8601 date or date-time); overrides what the document says. */
  published?: string;
  /** ISO 4217 code for a bare 元 (overrides the region's default). */
  currency?: string;
  /** Treat the input as HTML (true), plain text (false), or decide by content (undefined). */
  html?: boolean;
}

export interface Report {
  doc: Document;
  facts: Fact[];
  findings: Finding[];
}
