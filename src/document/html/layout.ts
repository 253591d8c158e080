// The text a reader sees, line by line: one line per block element, <br> breaks a line, a table row
// is one line with its cells separated by tabs, whitespace collapsed inside a line, no blank lines.
import { excluded, tagOf, type Tree } from './tree.js';

export interface Line {
  text: string;
  /** Id of the innermost block element the line started in (-1: none). */
  block: number;
}

export const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'li', 'main',
  'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'caption', 'legend', 'ul', 'listing',
  'xmp', 'tr',
]);

// Spaces that collapse (not U+3000, the ideographic space, which is part of Chinese layout).
const SPACES = /[ \t\n\r\f\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f]+/g;
const ZERO_WIDTH = /[\u200b\u200c\u200d\u2060\ufeff\u00ad]/g;
const HAS_ZERO_WIDTH = /[\u200b\u200c\u200d\u2060\ufeff\u00ad]/;

/** Chinese, Japanese and full-width characters: a line break between two of them is no space (CSS Text 3). */
function wide(c: number): boolean {
  return (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x3000 && c <= 0x303f);
}

/** Digits and the signs around them: no space either between them and Chinese at a line break. */
function numeric(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || c === 0x25 || c === 0x2e || c === 0x2c || c === 0x2b || c === 0x2d;
}

/**
 * Collapses runs of spaces to one space. A line break in the source between two Chinese characters,
 * or between Chinese and a number (`1.6⏎万元`), is no space: hard-wrapped CMS source must not split a
 * number from its unit.
 */
export function collapse(s: string): string {
  if (HAS_ZERO_WIDTH.test(s)) s = s.replace(ZERO_WIDTH, '');
  return s.replace(SPACES, (m: string, off: number, str: string) => {
    if (!m.includes('\n') || off === 0 || off + m.length >= str.length) return ' ';
    const a = str.charCodeAt(off - 1);
    const b = str.charCodeAt(off + m.length);
    return (wide(a) && (wide(b) || numeric(b))) || (numeric(a) && wide(b)) ? '' : ' ';
  });
}

export interface EmitOptions {
  /** Only text from nodes with ids in [from, to) (ancestors are walked through). */
  from?: number;
  to?: number;
  /** Skip blocks that are mostly links (lists of other headlines, prev/next), except `start` itself. */
  dropLinkLists?: boolean;
  /** Elements to leave out with everything inside. */
  skip?: (id: number) => boolean;
}

/** A block that is a list of links rather than prose. */
export function linkDense(t: Tree, id: number): boolean {
  const l = t.L[id]!;
  if (l === 0) return false;
  const a = t.A[id]!;
  const p = t.P[id]!;
  if (a / l >= 0.8) return p < 5 || p * 12 < l;
  return a / l >= 0.5 && p * 20 < l;
}

const BREAKING = new Set(['p', 'div', 'br', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table']);

/**
 * A row of two or more short cells, each with at most two paragraphs or line breaks: a row of data,
 * not a layout (whose cells hold columns of text).
 */
function dataRow(t: Tree, tr: number): boolean {
  let cells = 0;
  for (let c = tr + 1; c < t.end[tr]!; c = t.end[c]!) {
    const name = tagOf(t, c);
    if (name !== 'td' && name !== 'th') continue;
    if (t.L[c]! > 300 || t.end[c]! - c > 200) return false;
    let breaks = 0;
    for (let d = c + 1; d < t.end[c]!; d++) if (t.nodes[d]!.type !== 'text' && BREAKING.has(tagOf(t, d)) && ++breaks > 2) return false;
    cells++;
  }
  return cells >= 2;
}

/** The lines of the subtree at `start` (or of the whole document for start = -1). */
export function emitLines(t: Tree, start: number, opts: EmitOptions = {}): Line[] {
  const from = opts.from ?? 0;
  const to = opts.to ?? t.nodes.length;
  const lines: Line[] = [];
  let pieces: string[] = [];
  let curBlock = -1;
  const blocks: number[] = [];
  // open table rows: cells seen so far, and whether the row is data (short cells side by side, whose
  // inner paragraphs do not break the line: Word tables put a <p> in every cell) or layout
  const rows: number[] = [];
  const dataRows: boolean[] = [];
  let inData = 0;
  let pre = 0;

  const flush = () => {
    if (pieces.length === 0) return;
    let s = pieces.join('');
    pieces = [];
    if (s.includes('\t')) s = s.replace(/ ?\t ?/g, '\t');
    s = s.trim();
    if (s) lines.push({ text: s, block: curBlock });
  };
  const append = (s: string) => {
    if (!s) return;
    if (pieces.length === 0) {
      curBlock = blocks.length ? blocks[blocks.length - 1]! : -1;
      if (s === ' ') return;
    } else if (s.charCodeAt(0) === 0x20) {
      const last = pieces[pieces.length - 1]!;
      if (last.charCodeAt(last.length - 1) === 0x20) s = s.slice(1);
    }
    pieces.push(s);
  };

  // Frames: id ≥ 0 enters a node, ~id leaves an element.
  const stack: number[] = [];
  const pushChildren = (id: number) => {
    const ch: number[] = [];
    for (let c = id + 1; c < t.end[id]!; c = t.end[c]!) ch.push(c);
    for (let i = ch.length - 1; i >= 0; i--) stack.push(ch[i]!);
  };
  if (start < 0) {
    const top: number[] = [];
    for (let c = 0; c < t.nodes.length; c = t.end[c]!) top.push(c);
    for (let i = top.length - 1; i >= 0; i--) stack.push(top[i]!);
  } else stack.push(start);

  while (stack.length) {
    const frame = stack.pop()!;
    if (frame < 0) {
      const id = ~frame;
      const name = tagOf(t, id);
      if (name === 'tr') {
        rows.pop();
        if (dataRows.pop()) inData--;
      }
      if (name === 'pre' || name === 'listing' || name === 'xmp') pre--;
      if (inData > 0) append(' ');
      else flush();
      blocks.pop();
      continue;
    }
    const id = frame;
    if (id >= to || t.end[id]! <= from) continue;
    const node = t.nodes[id]!;
    if (node.type === 'text') {
      if (id < from) continue;
      const data = node.data ?? '';
      if (pre > 0 && data.includes('\n')) {
        const parts = data.split(/\r?\n/);
        parts.forEach((p, i) => {
          if (i > 0) flush();
          append(collapse(p));
        });
      } else append(collapse(data));
      continue;
    }
    if (excluded(t, id)) continue;
    const name = tagOf(t, id);
    const whole = id >= from && t.end[id]! <= to;
    if (opts.skip && whole && opts.skip(id)) continue;
    if (name === 'br' || name === 'hr') {
      if (inData > 0) append(' ');
      else flush();
      continue;
    }
    const isBlock = BLOCKS.has(name);
    if (opts.dropLinkLists && whole && id !== start && (isBlock || name === 'td' || name === 'th') && linkDense(t, id)) continue;
    if (name === 'td' || name === 'th') {
      if (rows.length) {
        const n = rows[rows.length - 1]!;
        if (n > 0) pieces.push('\t');
        rows[rows.length - 1] = n + 1;
      }
    }
    if (isBlock) {
      if (inData > 0 && name !== 'tr') append(' ');
      else flush();
      blocks.push(id);
      if (name === 'tr') {
        rows.push(0);
        const data = dataRow(t, id);
        dataRows.push(data);
        if (data) inData++;
      }
      if (name === 'pre' || name === 'listing' || name === 'xmp') pre++;
      stack.push(~id);
    }
    pushChildren(id);
  }
  flush();
  return lines;
}

/** The text of one element as a single line (headlines, titles). */
export function textOf(t: Tree, id: number): string {
  return emitLines(t, id)
    .map((l) => l.text)
    .join(' ')
    .trim();
}
