// CSV (RFC 4180) for spreadsheets: a header row, one row per fact. A cell that starts with
// = + - @ (or a tab or carriage return) is prefixed with ' so no spreadsheet runs it as a formula.
import { Positioner } from '../document/positions.js';
import type { Report } from '../types.js';

export const CSV_COLUMNS = ['source', 'kind', 'text', 'value', 'max', 'unit', 'currency', 'approx', 'subject', 'direction', 'basis', 'period', 'start', 'end', 'line', 'column'] as const;

export function csvCell(v: unknown): string {
  if (v === undefined || v === null) return '';
  let s = String(v);
  if (/^[=+\-@\t\r]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvHeader(): string {
  return CSV_COLUMNS.join(',') + '\r\n';
}

export function csvRows(r: Report): string {
  const pos = new Positioner(r.doc.text);
  let out = '';
  for (const f of r.facts) {
    const a = pos.at(f.start);
    const cells = [r.doc.source, f.kind, f.text, f.value, f.max, f.unit, f.currency, f.approx, f.subject, f.change?.direction, f.change?.basis, f.period, a.offset, pos.offsetOf(f.end), a.line, a.column];
    out += cells.map(csvCell).join(',') + '\r\n';
  }
  return out;
}

export function csvError(source: string, error: string): string {
  const cells: unknown[] = CSV_COLUMNS.map(() => '');
  cells[0] = source;
  cells[1] = 'error';
  cells[2] = error;
  return cells.map(csvCell).join(',') + '\r\n';
}
