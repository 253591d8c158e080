// Joins the documents' pieces into the output, in input order, on the main thread: the commas of
// a JSON array, the CSV header, the SARIF log around every document's results.
import { csvError, csvHeader } from '../format/csv.js';
import { sarifLogFrom } from '../format/check.js';
import type { RenderOptions } from './render.js';
import { indent } from './render.js';

export interface Assembler {
  begin(many: boolean): string;
  add(piece: string, first: boolean): string;
  error(source: string, error: string, first: boolean): string;
  end(): string;
}

export const EXTRACT_FORMATS = ['table', 'json', 'jsonl', 'csv'] as const;
export const CHECK_FORMATS = ['stylish', 'json', 'jsonl', 'sarif', 'github'] as const;
export const TEXT_FORMATS = ['text', 'json'] as const;

function jsonArray(): Assembler {
  let many = false;
  return {
    begin: (m) => {
      many = m;
      return m ? '[\n' : '';
    },
    add: (piece, first) => (many ? `${first ? '' : ',\n'}${indent(piece)}` : `${piece}\n`),
    error: (source, error, first) => {
      const s = JSON.stringify({ schema: 'facts/1', source, error }, null, 2);
      return many ? `${first ? '' : ',\n'}${indent(s)}` : `${s}\n`;
    },
    end: () => (many ? '\n]\n' : ''),
  };
}

const plain = (error: (source: string, error: string) => string = () => ''): Assembler => ({
  begin: () => '',
  add: (piece) => piece,
  error: (source, e) => error(source, e),
  end: () => '',
});

export function assembler(o: RenderOptions, version: string): Assembler {
  const jsonLine = (source: string, error: string) => JSON.stringify(o.records ? { id: source, source, error } : { source, error }) + '\n';
  if (o.records && (o.format === 'json' || o.format === 'jsonl')) return plain(jsonLine);
  if (o.command === 'text') return o.format === 'json' ? jsonArray() : plain();
  if (o.command === 'extract') {
    switch (o.format) {
      case 'json':
        return jsonArray();
      case 'jsonl':
        return plain(jsonLine);
      case 'csv':
        return { ...plain((s, e) => csvError(s, e)), begin: () => csvHeader() };
      default:
        return { ...plain(), add: (piece, first) => (first ? '' : '\n') + piece };
    }
  }
  switch (o.format) {
    case 'json':
      return jsonArray();
    case 'jsonl':
      return plain(jsonLine);
    case 'github':
      return plain((source, error) => `::error file=${source.replace(/[%\r\n:,]/g, encodeURIComponent)},title=facts::${error.replace(/%/g, '%25')}\n`);
    case 'sarif': {
      const results: unknown[] = [];
      return { begin: () => '', add: (piece) => (results.push(...(JSON.parse(piece) as unknown[])), ''), error: () => '', end: () => sarifLogFrom(results, version) };
    }
    default:
      return plain();
  }
}
