// The command's bundle and its code cache (src/cli/code-cache.ts, scripts/bundle.mjs): the cache the
// build writes is accepted by the Node that built it, and the command's output is the same with the
// cache, without it, and with a cache V8 rejects.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, cli } from './support/cli.js';

const BUNDLE = join(ROOT, 'dist/bundle');
const SEED = join(ROOT, 'fixtures/seed-meixian.txt');

/** Loads a bundle directory's facts.cjs with its loader in a fresh node, runs `args`; the cache's state on stderr. */
function run(dir: string, args: string[]) {
  const script = `
    const { loadCached } = await import(${JSON.stringify(join(dir, 'code-cache.js'))});
    const { exports, cached } = loadCached(new URL(${JSON.stringify('file://' + join(dir, 'facts.cjs'))}));
    process.stderr.write('cached=' + cached + '\\n');
    process.exitCode = await exports.main(['node', 'facts', ...${JSON.stringify(args)}]);`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return { code: r.status, stdout: r.stdout, cached: /cached=(\w+)/.exec(r.stderr)?.[1] };
}

const copies: string[] = [];
/** A copy of the bundle (the seed needs none of its external modules), with `cache` as its code cache. */
function copy(cache: 'none' | 'garbage'): string {
  const dir = mkdtempSync(join(tmpdir(), 'facts-bundle-'));
  copies.push(dir);
  for (const f of ['facts.cjs', 'code-cache.js']) copyFileSync(join(BUNDLE, f), join(dir, f));
  if (cache === 'garbage') writeFileSync(join(dir, 'facts.cjs.cache'), Buffer.from('not a code cache'.repeat(64)));
  return dir;
}
afterAll(() => {
  for (const d of copies) rmSync(d, { recursive: true, force: true });
});

describe('the code cache', () => {
  const args = ['extract', '--format', 'json', SEED];
  const expected = cli(args);

  it('is written by the build and accepted by this Node', () => {
    expect(existsSync(join(BUNDLE, 'facts.cjs.cache'))).toBe(true);
    const r = run(BUNDLE, args);
    expect(r.cached).toBe('true');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(expected.stdout);
    expect(JSON.parse(r.stdout).facts.length).toBe(83);
  });

  it('is not needed: without it the bundle compiles from source, same output', () => {
    const r = run(copy('none'), args);
    expect(r.cached).toBe('false');
    expect(r.stdout).toBe(expected.stdout);
  });

  it('is ignored when V8 rejects it, same output', () => {
    const r = run(copy('garbage'), args);
    expect(r.cached).toBe('false');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(expected.stdout);
  });

  it('serves worker threads too: --jobs 2 gives the output of --jobs 1', () => {
    const files = [SEED, join(ROOT, 'fixtures/html/dev-hans-tongji-2019.html'), join(ROOT, 'fixtures/html/dev-hant-ltn-exports.html')];
    const one = cli(['check', '--format', 'json', '--jobs', '1', ...files]);
    const two = cli(['check', '--format', 'json', '--jobs', '2', ...files]);
    expect(two.stderr).toBe('');
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout.split("\"source\"").length - 1).toBe(3);
  });
});
