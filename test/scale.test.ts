// Many inputs: directories, worker threads, JSON Lines records in and out, shards.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './support/cli.js';
import { schemaErrors } from './support/schema.js';

const golds = ['fixtures/dev', 'fixtures/gold'].flatMap((d) =>
  readdirSync(new URL(`../${d}`, import.meta.url)).map((f) => JSON.parse(readFileSync(new URL(`../${d}/${f}`, import.meta.url), 'utf8')) as { id: string; text: string; published: string | null }),
);

describe('directories', () => {
  it('walks a directory recursively, in name order, skipping hidden files and node_modules', () => {
    const root = mkdtempSync(join(tmpdir(), 'facts-dir-'));
    mkdirSync(join(root, 'b'));
    mkdirSync(join(root, '.hidden'));
    mkdirSync(join(root, 'node_modules'));
    writeFileSync(join(root, 'a.txt'), '营收12亿元');
    writeFileSync(join(root, 'b', 'c.html'), '<p>增长5%</p>');
    writeFileSync(join(root, 'b', 'notes.pdf'), 'x');
    writeFileSync(join(root, '.hidden', 'd.txt'), '3起');
    writeFileSync(join(root, 'node_modules', 'e.txt'), '4起');
    writeFileSync(join(root, '.f.txt'), '5起');
    const out = JSON.parse(cli(['extract', '--json', root]).stdout);
    expect(out.map((d: { source: string }) => d.source)).toEqual([join(root, 'a.txt'), join(root, 'b', 'c.html')]);
  });
});

describe('--jobs', () => {
  it('output is byte-identical whatever the number of workers', () => {
    const one = cli(['extract', '--json', '--jobs', '1', 'fixtures/dev', 'fixtures/gold', 'fixtures/seed-meixian.txt']);
    const two = cli(['extract', '--json', '--jobs', '2', 'fixtures/dev', 'fixtures/gold', 'fixtures/seed-meixian.txt']);
    const three = cli(['check', '--format', 'jsonl', '--jobs', '3', 'fixtures/dev', 'fixtures/gold']);
    const single = cli(['check', '--format', 'jsonl', '--jobs', '1', 'fixtures/dev', 'fixtures/gold']);
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(three.stdout).toBe(single.stdout);
    expect(schemaErrors(JSON.parse(one.stdout))).toEqual([]);
  });

  it('a failed input keeps its place and the others complete, with workers too', () => {
    const r = cli(['extract', '--json', '--jobs', '2', 'fixtures/dev', 'no/such.txt', 'fixtures/seed-meixian.txt']);
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout);
    expect(out[out.length - 2]).toEqual({ schema: 'facts/1', source: 'no/such.txt', error: 'no such file' });
    expect(out[out.length - 1].facts.length).toBeGreaterThan(80);
  });
});

describe('a worker out of memory', () => {
  it('hands its document to the main thread: the output is the same as with one thread', () => {
    const big = '全县地区生产总值86.4亿元，比上年增长2%。'.repeat(40000);
    const input = [{ id: 'a', text: '立电诈案件408起、同比下降11.30%。' }, { id: 'big', text: big }, { id: 'c', text: '破案率为51.8%。' }].map((r) => JSON.stringify(r)).join('\n') + '\n';
    // 24 MB of old generation is too little for this record in a worker (ERR_WORKER_OUT_OF_MEMORY)
    const two = cli(['extract', '--input', 'jsonl', '--format', 'jsonl', '--jobs', '2', '-'], { input, env: { FACTS_WORKER_OLD_MB: '24' } });
    const one = cli(['extract', '--input', 'jsonl', '--format', 'jsonl', '--jobs', '1', '-'], { input });
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const bigLine = two.stdout.split('\n').find((l) => l.includes('"id":"big"')) ?? '';
    expect(bigLine.split('"kind":"money"').length - 1).toBe(40000);
  }, 60_000);
});

describe('--input jsonl', () => {
  const records = golds.map((g) => JSON.stringify({ id: g.id, text: g.text, published: g.published }));
  const input = [...records, JSON.stringify({ id: 'bad-record', text: 42 }), JSON.stringify({ id: 'page', html: '<html><body><article><p>营收12亿元，同比增长5.2%</p></article></body></html>' })].join('\n') + '\n';

  it('one output line per record, carrying its id; a bad record gives an error line and the stream goes on', () => {
    const r = cli(['extract', '--input', 'jsonl'], { input });
    expect(r.code).toBe(2);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(golds.length + 2);
    expect(lines.map((l) => l.id)).toEqual([...golds.map((g) => g.id), 'bad-record', 'page']);
    expect(lines[golds.length]).toMatchObject({ id: 'bad-record', error: 'record has no "text" or "html" string' });
    expect(lines[golds.length + 1].facts.map((f: { text: string }) => f.text)).toEqual(['12亿元', '5.2%']);
    expect(lines[0].published).toBe(golds[0]!.published);
    expect(r.stderr).toBe('facts: bad-record: record has no "text" or "html" string\n');
  });

  it('splitting the input into shards and joining the outputs gives the same result as one run', () => {
    const whole = cli(['check', '--input', 'jsonl', '--jobs', '2'], { input }).stdout;
    const lines = input.trim().split('\n');
    const shards = [lines.slice(0, 5), lines.slice(5, 11), lines.slice(11)];
    const joined = shards.map((s) => cli(['check', '--input', 'jsonl', '--jobs', '1'], { input: s.join('\n') + '\n' }).stdout).join('');
    expect(joined).toBe(whole);
    expect(whole.trim().split('\n')).toHaveLength(lines.length);
  });

  it('reads records from files too', () => {
    const p = join(mkdtempSync(join(tmpdir(), 'facts-jsonl-')), 'in.jsonl');
    writeFileSync(p, records.slice(0, 3).join('\n'));
    const lines = cli(['extract', '--input', 'jsonl', p]).stdout.trim().split('\n');
    expect(lines.map((l) => JSON.parse(l).id)).toEqual(golds.slice(0, 3).map((g) => g.id));
  });
});

describe('progress', () => {
  it('prints nothing on a pipe', () => {
    const r = cli(['extract', '--format', 'jsonl', 'fixtures/dev', 'fixtures/gold']);
    expect(r.stderr).toBe('');
  });
});
