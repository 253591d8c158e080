// The `facts/1` JSON contract (../shared/spec/output-contract.md, schema/facts.schema.json). This is
// the only place where UTF-16 indices become code point offsets, lines and columns.
import { Positioner } from '../document/positions.js';
import type { Fact, Finding, Report } from '../types.js';

export const SCHEMA = 'facts/1';

export interface JsonFact {
  kind: Fact['kind'];
  text: string;
  start: number;
  end: number;
  line: number;
  column: number;
  value: number | string | null;
  [key: string]: unknown;
}

export interface JsonDocument {
  schema: typeof SCHEMA;
  source: string;
  published: string | null;
  script: 'hans' | 'hant';
  facts?: JsonFact[];
  findings?: JsonFinding[];
  [key: string]: unknown;
}

export interface JsonFinding {
  rule: string;
  severity: Finding['severity'];
  message: string;
  text: string;
  start: number;
  end: number;
  line: number;
  column: number;
  [key: string]: unknown;
}

/** The optional fields of a fact, in the order they are printed. */
const OPTIONAL = ['max', 'unit', 'currency', 'approx', 'subject', 'change', 'period', 'of', 'baseline', 'relative'] as const;

export function factToJson(f: Fact, pos: Positioner, index: number): JsonFact {
  const a = pos.at(f.start);
  const b = pos.offsetOf(f.end);
  const out: JsonFact = { kind: f.kind, text: f.text, start: a.offset, end: b, line: a.line, column: a.column, value: f.value };
  for (const k of OPTIONAL) {
    const v = f[k];
    if (v !== undefined) out[k] = v;
  }
  out.rule = f.rule;
  void index;
  return out;
}

export function documentHeader(r: Report): JsonDocument {
  const d = r.doc;
  const out: JsonDocument = { schema: SCHEMA, source: d.source, published: d.published?.value ?? null, script: d.script };
  if (d.published) out.publishedSource = d.published.source;
  out.region = d.region;
  // (the encoding the bytes came in is left out on purpose: a page saved as GBK, Big5 or UTF-8 gives
  // byte-identical output; `facts text --format json` reports it)
  if (d.meta) {
    if (d.meta.title) out.title = d.meta.title;
    if (d.meta.source) out.origin = d.meta.source;
    if (d.meta.author) out.author = d.meta.author;
  }
  if (d.warnings.length) out.warnings = d.warnings;
  return out;
}

export function extractJson(r: Report): JsonDocument {
  const pos = new Positioner(r.doc.text);
  return { ...documentHeader(r), facts: r.facts.map((f, i) => factToJson(f, pos, i)) };
}

export function findingToJson(f: Finding, pos: Positioner): JsonFinding {
  const a = pos.at(f.start);
  const out: JsonFinding = { rule: f.rule, severity: f.severity, message: f.message, text: f.text, start: a.offset, end: pos.offsetOf(f.end), line: a.line, column: a.column };
  if (f.fix !== undefined) out.fix = f.fix;
  return out;
}

export function checkJson(r: Report): JsonDocument {
  const pos = new Positioner(r.doc.text);
  const sorted = [...r.findings].sort((a, b) => a.start - b.start || a.end - b.end);
  return { ...documentHeader(r), findings: sorted.map((f) => findingToJson(f, pos)) };
}
