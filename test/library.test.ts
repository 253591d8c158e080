// The library entry point: what `import { … } from 'facts'` gives, used the way the README shows.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check, extract, extractFile, extractJson, parseNumber } from '../src/index.js';

describe('library', () => {
  it('extract: the README example', () => {
    const { facts } = extract('2023年，梅县区立电诈案件408起，同比下降11.30%。', { published: '2024-01-09' });
    expect(facts.map((f) => [f.kind, f.text, f.value])).toEqual([
      ['date', '2023年', '2023'],
      ['count', '408起', 408],
      ['percent', '11.30%', 11.3],
    ]);
    expect(facts[1]).toMatchObject({ unit: '起', subject: '电诈案件' });
    expect(facts[2]!.change).toEqual({ direction: 'down', basis: 'yoy' });
  });

  it('check: bytes of an HTML page are decoded and the article read', () => {
    const bytes = readFileSync('fixtures/html/gold-hans-tongji-2023.gbk.html');
    const report = check(bytes, { source: 'x.html' });
    expect(report.doc.encoding).toEqual({ name: 'GBK', source: 'meta' });
    expect(report.facts.length).toBeGreaterThan(20);
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('extractFile gives what the CLI JSON gives', () => {
    const report = extractFile('fixtures/seed-meixian.txt', { published: '2024-01-09' });
    const json = extractJson(report) as { facts: { text: string; start: number }[] };
    expect(json.facts.length).toBe(report.facts.length);
    expect(json.facts.find((f) => f.text === '近1億元')).toBeDefined();
  });

  it('parseNumber reads either script and either width', () => {
    expect(parseNumber('六四〇．五億')).toEqual({ value: 64050000000, decimals: 1, scaled: true });
    expect(parseNumber(' 2488.1萬 ')?.value).toBe(24881000);
    expect(parseNumber('壹佰貳拾萬')?.value).toBe(1200000);
    expect(parseNumber('１，２３４．５')?.value).toBe(1234.5);
    expect(parseNumber('三万五')?.value).toBe(35000);
    expect(parseNumber('abc')).toBeNull();
    expect(parseNumber('')).toBeNull();
  });
});
