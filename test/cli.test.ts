// The command line as a user runs it: formats, inputs, errors and exit codes of `facts extract`.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { csvCell } from '../src/format/csv.js';
import { cli } from './support/cli.js';
import { schemaErrors } from './support/schema.js';

const SEED = 'fixtures/seed-meixian.txt';
const tmp = mkdtempSync(join(tmpdir(), 'facts-cli-'));
const write = (name: string, content: string | Buffer) => {
  const p = join(tmp, name);
  writeFileSync(p, content);
  return p;
};

describe('facts extract', () => {
  it('prints the facts/1 contract as JSON, valid against the schema', () => {
    const r = cli(['extract', '--format', 'json', SEED]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ schema: 'facts/1', source: SEED, published: '2024-01-09T10:48:52', script: 'hant' });
    expect(schemaErrors(doc)).toEqual([]);
    const money = doc.facts.find((f: { text: string }) => f.text === '2488.1萬元');
    expect(money).toMatchObject({ kind: 'money', value: 24881000, currency: 'CNY' });
  });

  it('--json is --format json', () => {
    expect(cli(['extract', '--json', SEED]).stdout).toBe(cli(['extract', '--format', 'json', SEED]).stdout);
  });

  it('reads standard input when no file or - is given', () => {
    const a = JSON.parse(cli(['extract', '--json'], { input: '营业收入20.65亿元，同比下降1.59%' }).stdout);
    const b = JSON.parse(cli(['extract', '--json', '-'], { input: '营业收入20.65亿元，同比下降1.59%' }).stdout);
    expect(a.facts.map((f: { text: string }) => f.text)).toEqual(['20.65亿元', '1.59%']);
    expect(a.source).toBe('-');
    expect(b).toEqual(a);
  });

  it('a missing input: one line on stderr, the other inputs complete, exit 2', () => {
    const r = cli(['extract', '--json', 'no/such/file.txt', SEED]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('facts: no/such/file.txt: no such file\n');
    const out = JSON.parse(r.stdout);
    expect(out).toHaveLength(2);
    expect(out[0]).toEqual({ schema: 'facts/1', source: 'no/such/file.txt', error: 'no such file' });
    expect(out[1].facts.length).toBeGreaterThan(80);
    expect(schemaErrors(out)).toEqual([]);
  });

  it('--kinds narrows the output', () => {
    const doc = JSON.parse(cli(['extract', '--json', '--kinds', 'money,percent', SEED]).stdout);
    expect(new Set(doc.facts.map((f: { kind: string }) => f.kind))).toEqual(new Set(['money', 'percent']));
    const bad = cli(['extract', '--kinds', 'monies', SEED]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown kind monies/);
  });

  it('--published sets the reference date and is reported', () => {
    const doc = JSON.parse(cli(['extract', '--json', '--published', '2025-12-10'], { input: '财政部昨天公布，11月出口增长' }).stdout);
    expect(doc.published).toBe('2025-12-10');
    expect(doc.facts.map((f: { value: unknown }) => f.value)).toEqual(['2025-12-09', '2025-11']);
    const bad = cli(['extract', '--published', '2025-13-45'], { input: '今天' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--published: not a date/);
  });

  it('jsonl: one fact a line with its source', () => {
    const lines = cli(['extract', '--format', 'jsonl', SEED]).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.length).toBeGreaterThan(80);
    expect(lines.every((l) => l.source === SEED && typeof l.kind === 'string')).toBe(true);
  });

  it('csv: a header and one row a fact', () => {
    const out = cli(['extract', '--format', 'csv', SEED]).stdout.split('\r\n');
    expect(out[0]).toBe('source,kind,text,value,max,unit,currency,approx,subject,direction,basis,period,start,end,line,column');
    expect(out.some((l) => l.startsWith(`${SEED},money,2488.1萬元,24881000,,,CNY`))).toBe(true);
  });

  it('csv cells that a spreadsheet would run as formulas are neutralised', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-3.31)).toBe('-3.31');
    expect(csvCell('a,b')).toBe('"a,b"');
  });

  it('offsets count code points: a character beyond U+FFFF before a fact', () => {
    const doc = JSON.parse(cli(['extract', '--json'], { input: '𠮷野家2023年营收12亿元' }).stdout);
    const money = doc.facts.find((f: { kind: string }) => f.kind === 'money');
    expect(money).toMatchObject({ text: '12亿元', start: 10, end: 14, line: 1, column: 11 });
    expect([...'𠮷野家2023年营收12亿元'].slice(money.start, money.end).join('')).toBe('12亿元');
  });

  it('table: columns line up in terminal cells with Chinese text', () => {
    const out = cli(['extract', SEED]).stdout.split('\n').filter((l) => /^\s+\d+:\d+/.test(l));
    expect(out.length).toBeGreaterThan(80);
    // the value column (the fourth cell) starts at the same terminal column on every row
    const at = (line: string) => {
      const cells = [...line.matchAll(/\S+(?: \S+)*/g)];
      return stringWidth(line.slice(0, cells[3]!.index));
    };
    const cols = new Set(out.map(at));
    expect(cols.size).toBe(1);
  });

  it('colour: none on a pipe, with NO_COLOR, or with --no-color; on when forced', () => {
    const ESC = '\u001b[';
    expect(cli(['extract', SEED]).stdout).not.toContain(ESC);
    expect(cli(['extract', SEED], { env: { FORCE_COLOR: '1' } }).stdout).toContain(ESC);
    expect(cli(['extract', SEED], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain(ESC);
    expect(cli(['extract', '--no-color', SEED], { env: { FORCE_COLOR: '1' } }).stdout).not.toContain(ESC);
  });

  it('table output cannot recolour the terminal: control characters in the input are escaped', () => {
    const p = write('ansi.txt', '营收\u001b[31m12亿元\u001b[0m，同比增长5%');
    const out = cli(['extract', p], { env: { NO_COLOR: '1' } }).stdout;
    expect(out).not.toContain('\u001b');
  });

  it('--help on every command shows an example', () => {
    for (const cmd of ['extract', 'check', 'text']) {
      const r = cli([cmd, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Examples:\n\s+\$ facts /);
    }
  });

  it('an unknown option is a one-line error and exit 2', () => {
    const r = cli(['extract', '--frobnicate', SEED]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^facts: unknown option '--frobnicate'/);
  });
});

describe('a reader that stops early', () => {
  it('`facts … | head` ends quietly: no stack trace, exit 0', async () => {
    const { spawnSync } = await import('node:child_process');
    const { BIN } = await import('./support/cli.js');
    const dir = mkdtempSync(join(tmpdir(), 'facts-pipe-'));
    const file = join(dir, 'big.txt');
    // enough output to fill the pipe long before the writer is done
    writeFileSync(file, '全县地区生产总值86.4亿元，比上年增长2%。\n'.repeat(20000));
    const r = spawnSync('bash', ['-c', `set -o pipefail; node "${BIN}" extract --format jsonl "${file}" | head -c 100 > /dev/null`], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  }, 60_000);
});
