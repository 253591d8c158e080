// One document's part of the output, made where the document was processed (in a worker thread
// when there are several): a string, and the counts the exit code needs. Pure: its options are
// plain data, so they cross to a worker.
import { Chalk } from 'chalk';
import { csvRows } from '../format/csv.js';
import { checkJson, extractJson, factToJson } from '../format/json.js';
import { githubDoc, jsonlFindings, sarifResults, stylishDoc } from '../format/check.js';
import { renderTable } from '../format/table.js';
import { Positioner } from '../document/positions.js';
import type { Report, Severity } from '../types.js';

export interface RenderOptions {
  command: 'extract' | 'check' | 'text';
  format: string;
  /** chalk colour level: 0 for none. */
  colorLevel: 0 | 1 | 2 | 3;
  verbose: boolean;
  quiet: boolean;
  /** JSON Lines records in: one output line per record. */
  records: boolean;
}

export interface Piece {
  text: string;
  counts: Record<Severity, number>;
  /** Problems met while reading (bytes replaced), for standard error. */
  warnings: string[];
}

function indent(s: string): string {
  return s.replace(/^/gm, '  ');
}

/** Findings a format shows: --quiet keeps errors; stylish and github hide info unless --verbose. */
function visible(r: Report, o: RenderOptions): Report {
  if (o.command !== 'check') return r;
  let findings = r.findings;
  if (o.quiet) findings = findings.filter((f) => f.severity === 'error');
  else if (!o.verbose && (o.format === 'stylish' || o.format === 'github')) findings = findings.filter((f) => f.severity !== 'info');
  return findings === r.findings ? r : { ...r, findings };
}

export function renderPiece(report: Report, o: RenderOptions): Piece {
  const r = visible(report, o);
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of r.findings) counts[f.severity]++;
  return { text: pieceText(r, o), counts, warnings: report.doc.warnings };
}

function pieceText(r: Report, o: RenderOptions): string {
  if (o.records && (o.format === 'json' || o.format === 'jsonl')) {
    const body = o.command === 'check' ? checkJson(r) : o.command === 'text' ? textJson(r) : extractJson(r);
    return JSON.stringify({ id: r.doc.source, ...body }) + '\n';
  }
  if (o.command === 'text') return o.format === 'json' ? indentJson(textJson(r)) : r.doc.text.endsWith('\n') ? r.doc.text : `${r.doc.text}\n`;
  if (o.command === 'extract') {
    switch (o.format) {
      case 'json':
        return indentJson(extractJson(r));
      case 'jsonl': {
        const pos = new Positioner(r.doc.text);
        return r.facts.map((f, i) => JSON.stringify({ source: r.doc.source, ...factToJson(f, pos, i) }) + '\n').join('');
      }
      case 'csv':
        return csvRows(r);
      default:
        return renderTable([r], { chalk: new Chalk({ level: o.colorLevel }) });
    }
  }
  switch (o.format) {
    case 'json':
      return indentJson(checkJson(r));
    case 'jsonl':
      return jsonlFindings(r);
    case 'github':
      return githubDoc(r);
    case 'sarif':
      return JSON.stringify(sarifResults(r));
    default:
      return stylishDoc(r, new Chalk({ level: o.colorLevel }));
  }
}

/** JSON pretty-printed; as an element of an array it is indented once more by the assembler. */
function indentJson(v: object): string {
  return JSON.stringify(v, null, 2);
}

/**
 * `facts text --format json`: the article and what the page says about it. `source` is the source
 * the article names (来源), as issue 5 asks; `file` is the input's path.
 */
function textJson(r: Report): object {
  return {
    file: r.doc.source,
    title: r.doc.meta?.title ?? null,
    published: r.doc.published?.value ?? null,
    publishedSource: r.doc.published?.source ?? null,
    source: r.doc.meta?.source ?? null,
    author: r.doc.meta?.author ?? null,
    ...(r.doc.encoding ? { encoding: r.doc.encoding } : {}),
    text: r.doc.text,
  };
}

export { indent };
