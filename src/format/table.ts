// The table for people: one row per fact, columns aligned by terminal cell width (CJK characters
// take two cells: string-width knows, `.length` does not), colour by kind when asked.
import type { ChalkInstance } from 'chalk';

/**
 * Terminal cell width (East Asian Width: a CJK character takes two cells), from string-width. It is
 * loaded only when a table is printed (`loadWidth`), so other formats start faster.
 */
let stringWidth: (s: string) => number = (s) => [...s].length;
let loaded = false;

export async function loadWidth(): Promise<void> {
  if (loaded) return;
  stringWidth = (await import('string-width')).default;
  loaded = true;
}
import type { Fact, FactKind, Report } from '../types.js';
import { Positioner } from '../document/positions.js';
import { humanChange, humanValue } from './human.js';
import { safeForTerminal } from './safe.js';

type Paint = (s: string) => string;

const KIND_COLOUR: Readonly<Record<FactKind, keyof ChalkInstance>> = {
  count: 'cyan',
  money: 'green',
  percent: 'yellow',
  percentage_point: 'yellow',
  multiple: 'magenta',
  measure: 'blue',
  number: 'white',
  ordinal: 'gray',
  date: 'magentaBright',
  period: 'magentaBright',
  duration: 'cyanBright',
};

export interface TableOptions {
  chalk: ChalkInstance;
  /** Print a column only when some row has something in it. */
  compact?: boolean;
}

function pad(s: string, width: number): string {
  const w = stringWidth(s);
  return w >= width ? s : s + ' '.repeat(width - w);
}

/** Cuts a cell to at most `max` terminal cells, marking the cut with …. */
function clip(s: string, max: number): string {
  if (stringWidth(s) <= max) return s;
  let out = '';
  for (const ch of s) {
    if (stringWidth(out + ch) > max - 1) break;
    out += ch;
  }
  return `${out}…`;
}

export function renderTable(reports: Report[], opts: TableOptions): string {
  const { chalk } = opts;
  const parts: string[] = [];
  for (const r of reports) parts.push(renderOne(r, chalk));
  return parts.join('\n');
}

function renderOne(r: Report, chalk: ChalkInstance): string {
  const d = r.doc;
  const head = `${chalk.bold(safeForTerminal(d.source))}  ${chalk.dim(`${d.script}, ${d.region}, published ${d.published?.value ?? 'unknown'}${d.published ? ` (${d.published.source})` : ''}, ${r.facts.length} fact${r.facts.length === 1 ? '' : 's'}`)}`;
  if (r.facts.length === 0) return `${head}\n  ${chalk.dim('no facts found')}\n`;
  const pos = new Positioner(d.text);
  const headers = ['line:col', 'kind', 'text', 'value', 'unit', 'subject', 'change', 'period'];
  const rows = r.facts.map((f) => row(f, pos));
  const used = headers.map((_, i) => i < 4 || rows.some((cells) => cells[i] !== ''));
  const widths = headers.map((h, i) => Math.max(stringWidth(h), ...rows.map((cells) => stringWidth(cells[i]!))));
  const line = (cells: string[], paint?: Paint[]) =>
    '  ' +
    cells
      .map((c, i) => (used[i] ? (paint?.[i] ?? ((s: string) => s))(pad(c, widths[i]!)) : null))
      .filter((c): c is string => c !== null)
      .join('  ')
      .trimEnd();
  const out = [head, chalk.dim(line(headers))];
  r.facts.forEach((f, i) => {
    const colour = chalk[KIND_COLOUR[f.kind]] as Paint;
    const paint: Paint[] = [chalk.dim, colour, (s) => s, colour, (s) => s, (s) => s, chalk.italic, chalk.dim];
    out.push(line(rows[i]!, paint));
  });
  return out.join('\n') + '\n';
}

function row(f: Fact, pos: Positioner): string[] {
  const p = pos.at(f.start);
  return [
    `${p.line}:${p.column}`,
    f.kind,
    clip(safeForTerminal(f.text), 24),
    safeForTerminal(humanValue(f)),
    safeForTerminal(f.unit ?? ''), // a currency is shown with the value
    clip(safeForTerminal(f.subject ?? ''), 20),
    humanChange(f),
    f.period ?? '',
  ];
}
