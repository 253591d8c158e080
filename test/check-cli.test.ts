// `facts check` as CI runs it: formats, exit codes (every row of the README table), configuration.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { cli } from './support/cli.js';
import { schemaErrors } from './support/schema.js';

const SEED = 'fixtures/seed-meixian.txt';
const tmp = mkdtempSync(join(tmpdir(), 'facts-check-'));
const write = (name: string, content: string) => {
  const p = join(tmp, name);
  writeFileSync(p, content);
  return p;
};
const CLEAN = write('clean.txt', '2023年，全县立刑事案件1365宗，破案707宗，破案率51.8%。');
const WARNING_ONLY = write('warning.txt', '发电装机容量7487.71万千瓦。水电971.82万千瓦，占总装机的12.98%；火电2324.62万千瓦，占33.05%。');
const ERROR = write('error.txt', '涉案金额共2488.1万元、同比下降310.82%。');

describe('facts check: exit codes', () => {
  it.each([
    ['0: no finding', [CLEAN], 0],
    ['0: warnings only', [WARNING_ONLY], 0],
    ['0: warnings within --max-warnings', ['--max-warnings', '1', WARNING_ONLY], 0],
    ['1: an error-level finding', [ERROR], 1],
    ['1: more warnings than --max-warnings', ['--max-warnings', '0', WARNING_ONLY], 1],
    ['1: --fail-on warning and a warning', ['--fail-on', 'warning', WARNING_ONLY], 1],
    ['0: json reports findings and exits 0 when the run worked', ['--format', 'json', ERROR], 0],
    ['1: json with --fail-on error', ['--format', 'json', '--fail-on', 'error', ERROR], 1],
    ['1: github fails the build on errors', ['--format', 'github', ERROR], 1],
    ['2: an input that cannot be read', ['no/such/file.txt', CLEAN], 2],
    ['2: an input that cannot be read wins over findings', ['no/such/file.txt', ERROR], 2],
    ['2: a bad option', ['--format', 'xml', CLEAN], 2],
  ])('%s', (_name, args, code) => {
    expect(cli(['check', ...(args as string[])]).code).toBe(code);
  });

  it('2: a bad configuration, with the key named', () => {
    const dir = mkdtempSync(join(tmpdir(), 'facts-config-'));
    writeFileSync(join(dir, '.factsrc.json'), JSON.stringify({ rules: { 'no-such-rule': 'off' } }));
    const r = cli(['check', join(process.cwd(), SEED)], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/rules\.no-such-rule: unknown rule/);
    writeFileSync(join(dir, '.factsrc.json'), JSON.stringify({ rules: { 'conversion-artifact': 'loud' } }));
    expect(cli(['check', join(process.cwd(), SEED)], { cwd: dir }).stderr).toMatch(/rules\.conversion-artifact: must be "off", "error", "warning" or "info"/);
    writeFileSync(join(dir, '.factsrc.json'), '{ not json');
    expect(cli(['check', join(process.cwd(), SEED)], { cwd: dir }).stderr).toMatch(/not valid JSON/);
  });
});

describe('facts check: the seed article', () => {
  it('stylish: grouped by file, line:col severity message rule, and a summary', () => {
    const r = cli(['check', SEED]);
    expect(r.stdout).toMatch(/^fixtures\/seed-meixian\.txt\n/);
    expect(r.stdout).toMatch(/\n {2}32:58\s+error\s+涉案金額 cannot fall by 310\.82%.*impossible-change\n/);
    expect(r.stdout).toMatch(/metric-conflict/);
    expect(r.stdout).toMatch(/✖ \d+ problems \(1 error, \d+ warnings\)\n$/);
  });

  it('json: the contract, valid against the schema', () => {
    const doc = JSON.parse(cli(['check', '--format', 'json', SEED]).stdout);
    expect(schemaErrors(doc)).toEqual([]);
    const rules = new Set(doc.findings.map((f: { rule: string }) => f.rule));
    expect(rules).toEqual(new Set(['impossible-change', 'metric-conflict', 'conversion-artifact', 'rate-consistent', 'implied-baseline']));
    const artifact = doc.findings.find((f: { text: string }) => f.text === '全麵');
    expect(artifact).toMatchObject({ rule: 'conversion-artifact', severity: 'warning', fix: '全面' });
  });

  it('--quiet: errors only; --verbose: info findings too', () => {
    const quiet = cli(['check', '--quiet', SEED]).stdout;
    expect(quiet).toMatch(/impossible-change/);
    expect(quiet).not.toMatch(/conversion-artifact/);
    expect(cli(['check', SEED]).stdout).not.toMatch(/rate-consistent/);
    expect(cli(['check', '--verbose', SEED]).stdout).toMatch(/rate-consistent/);
  });

  it('configuration turns a rule off or changes its severity', () => {
    const dir = mkdtempSync(join(tmpdir(), 'facts-config-'));
    writeFileSync(join(dir, '.factsrc.json'), JSON.stringify({ rules: { 'conversion-artifact': 'off', 'impossible-change': 'warning' } }));
    const r = cli(['check', '--format', 'json', join(process.cwd(), SEED)], { cwd: dir });
    const doc = JSON.parse(r.stdout);
    expect(doc.findings.some((f: { rule: string }) => f.rule === 'conversion-artifact')).toBe(false);
    expect(doc.findings.find((f: { rule: string }) => f.rule === 'impossible-change').severity).toBe('warning');
    expect(cli(['check', '--config', join(dir, '.factsrc.json'), SEED]).code).toBe(0);
  });

  it('sarif: valid SARIF 2.1.0 with rule metadata and code point columns', () => {
    const log = JSON.parse(cli(['check', '--format', 'sarif', SEED]).stdout);
    const schema = JSON.parse(readFileSync(new URL('../node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json', import.meta.url), 'utf8'));
    const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
    const validate = ajv.compile(schema);
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    expect(run.columnKind).toBe('unicodeCodePoints');
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toContain('impossible-change');
    const err = run.results.find((r: { ruleId: string }) => r.ruleId === 'impossible-change');
    expect(err.level).toBe('error');
    expect(err.locations[0].physicalLocation.region).toMatchObject({ startLine: 32, startColumn: 58 });
  });

  it('github: workflow commands with escaped properties', () => {
    const out = cli(['check', '--format', 'github', SEED]).stdout.trim().split('\n');
    expect(out.length).toBeGreaterThan(20);
    expect(out.every((l) => /^::(error|warning) file=fixtures\/seed-meixian\.txt,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=facts [a-z-]+::.+/.test(l))).toBe(true);
    expect(out.find((l) => l.includes('impossible-change'))).toMatch(/^::error file=fixtures\/seed-meixian\.txt,line=32,col=58,/);
  });

  it('jsonl: one finding a line with its source', () => {
    const lines = cli(['check', '--format', 'jsonl', SEED]).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.every((l) => l.source === SEED && typeof l.rule === 'string')).toBe(true);
    expect(lines.some((l) => l.rule === 'impossible-change')).toBe(true);
  });
});
