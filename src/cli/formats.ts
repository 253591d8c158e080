// Output formats by command: each renders one document at a time so output can stream.
import type { ChalkInstance } from 'chalk';
import { csvError, csvHeader, csvRows } from '../format/csv.js';
import { checkJson, extractJson, factToJson } from '../format/json.js';
import { githubDoc, jsonlFindings, sarifLog, stylishDoc } from '../format/check.js';
import { renderTable } from '../format/table.js';
import { Positioner } from '../document/positions.js';
import type { Report } from '../types.js';

export const EXTRACT_FORMATS = ['table', 'json', 'jsonl', 'csv'] as const;
export const CHECK_FORMATS = ['stylish', 'json', 'jsonl', 'sarif', 'github'] as const;
export const TEXT_FORMATS = ['text', 'json'] as const;

export interface Renderer {
  /** Printed before the first document (`many`: more than one input, so JSON is an array). */
  begin(many: boolean): string;
  doc(r: Report, first: boolean): string;
  error(source: string, error: string, first: boolean): string;
  end(): string;
}

export interface RenderContext {
  chalk: ChalkInstance;
  version: string;
  verbose: boolean;
}

function indent(s: string): string {
  return s.replace(/^/gm, '  ');
}

function jsonArray(render: (r: Report) => object): Renderer {
  let many = false;
  return {
    begin: (m) => {
      many = m;
      return m ? '[\n' : '';
    },
    doc: (r, first) => {
      const s = JSON.stringify(render(r), null, 2);
      return many ? `${first ? '' : ',\n'}${indent(s)}` : `${s}\n`;
    },
    error: (source, error, first) => {
      const s = JSON.stringify({ schema: 'facts/1', source, error }, null, 2);
      return many ? `${first ? '' : ',\n'}${indent(s)}` : `${s}\n`;
    },
    end: () => (many ? '\n]\n' : ''),
  };
}

export function renderer(command: 'extract' | 'check' | 'text', format: string, ctx: RenderContext): Renderer {
  if (command === 'text') {
    if (format === 'json') {
      return jsonArray((r) => ({
        schema: 'facts/1',
        source: r.doc.source,
        title: r.doc.meta?.title ?? null,
        published: r.doc.published?.value ?? null,
        origin: r.doc.meta?.source ?? null,
        author: r.doc.meta?.author ?? null,
        text: r.doc.text,
      }));
    }
    return { begin: () => '', doc: (r) => (r.doc.text.endsWith('\n') ? r.doc.text : `${r.doc.text}\n`), error: () => '', end: () => '' };
  }
  if (command === 'extract') {
    switch (format) {
      case 'json':
        return jsonArray(extractJson);
      case 'jsonl':
        return {
          begin: () => '',
          doc: (r) => {
            const pos = new Positioner(r.doc.text);
            return r.facts.map((f, i) => JSON.stringify({ source: r.doc.source, ...factToJson(f, pos, i) }) + '\n').join('');
          },
          error: (source, error) => JSON.stringify({ source, error }) + '\n',
          end: () => '',
        };
      case 'csv':
        return { begin: () => csvHeader(), doc: (r) => csvRows(r), error: (source, error) => csvError(source, error), end: () => '' };
      default:
        return { begin: () => '', doc: (r, first) => (first ? '' : '\n') + renderTable([r], { chalk: ctx.chalk }), error: () => '', end: () => '' };
    }
  }
  switch (format) {
    case 'json':
      return jsonArray(checkJson);
    case 'jsonl':
      return { begin: () => '', doc: (r) => jsonlFindings(r), error: (source, error) => JSON.stringify({ source, error }) + '\n', end: () => '' };
    case 'github':
      return { begin: () => '', doc: (r) => githubDoc(r), error: (source, error) => `::error file=${source.replace(/[%\r\n:,]/g, encodeURIComponent)},title=facts::${error.replace(/%/g, '%25')}\n`, end: () => '' };
    case 'sarif': {
      const all: Report[] = [];
      return { begin: () => '', doc: (r) => (all.push(r), ''), error: () => '', end: () => sarifLog(all, ctx.version) };
    }
    default:
      return { begin: () => '', doc: (r) => stylishDoc(r, ctx.chalk), error: () => '', end: () => '' };
  }
}
