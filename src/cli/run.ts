// Runs a command over its inputs: reads them, processes each (in order, or in worker threads),
// writes each document's output as soon as it and the ones before it are done, reports failed
// inputs on standard error in one line each, and computes the exit code.
import { availableParallelism } from 'node:os';
import type { ChalkInstance } from 'chalk';
import { stylishSummary } from '../format/check.js';
import type { FactKind, Severity } from '../types.js';
import type { Config } from './config.js';
import { assembler } from './assemble.js';
import { loadWidth } from '../format/table.js';
import { type Source } from './inputs.js';
import { type Job, type JobOptions } from './process.js';
import type { RenderOptions } from './render.js';
import { readStdin, jsonlJobs } from './stdin.js';
import { createPool } from './pool.js';
import { Progress } from './progress.js';
import { VERSION } from './version.js';

/** Formats read by programs: the findings are in the output, and the exit code says whether the run worked. */
const MACHINE_FORMATS = new Set(['json', 'jsonl', 'sarif']);

export interface RunOptions {
  command: 'extract' | 'check' | 'text';
  format: string;
  chalk: ChalkInstance;
  /** 0 = the number of cores. */
  jobs: number;
  maxSize: number;
  debug: boolean;
  verbose: boolean;
  quiet: boolean;
  config: Config;
  maxWarnings?: number;
  /** The lowest severity that fails the run; by default error for stylish/github, never for machine formats. */
  failOn?: 'error' | 'warning' | 'never';
  kinds?: FactKind[];
  published?: string;
  currency?: string;
  input?: 'text' | 'html' | 'jsonl';
  encoding?: string;
  lenient?: boolean;
  progress?: boolean;
}

/** Writes to stdout, waiting when the pipe is full (memory stays flat on long runs). */
function write(s: string): Promise<void> | void {
  if (!s) return;
  if (!process.stdout.write(s)) return new Promise((res) => process.stdout.once('drain', () => res()));
}

export async function runCommand(sources: Source[], args: string[], opts: RunOptions): Promise<number> {
  const records = opts.input === 'jsonl';
  const jobOptions: JobOptions = {
    command: opts.command,
    maxSize: opts.maxSize,
    rules: opts.config.rules,
    ...(opts.published ? { published: opts.published } : {}),
    ...(opts.currency ? { currency: opts.currency } : {}),
    ...(opts.input && opts.input !== 'jsonl' ? { input: opts.input } : {}),
    ...(opts.encoding ? { encoding: opts.encoding } : {}),
    ...(opts.kinds ? { kinds: opts.kinds } : {}),
    ...(opts.lenient ? { lenient: true } : {}),
  };
  const renderOptions: RenderOptions = { command: opts.command, format: opts.format, colorLevel: opts.chalk.level, verbose: opts.verbose, quiet: opts.quiet, records };
  const out = assembler(renderOptions, VERSION);
  if (opts.format === 'table') await loadWidth();
  const many = records || sources.length !== 1 || args.some((a) => sources.length === 1 && a !== sources[0]!.label);
  const jobs = records ? jsonlJobs(sources, opts.maxSize) : plainJobs(sources);
  const totals: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let failed = 0;
  let first = true;
  const progress = opts.progress === false ? null : Progress.maybe(records ? Infinity : sources.length);
  const threads = opts.jobs || availableParallelism();
  // one document needs no worker threads: starting them would cost more than it saves
  const pool = createPool(records || sources.length > 1 ? threads : 1);
  await write(out.begin(many));
  try {
    for await (const { job, result } of pool.run(jobs, jobOptions, renderOptions)) {
      const name = job.id ?? job.label;
      if (!result.ok) {
        failed++;
        process.stderr.write(`facts: ${name}: ${result.error}\n`);
        if (opts.debug && result.debug) process.stderr.write(`${result.debug}\n`);
        await write(out.error(name, result.error, first));
      } else {
        for (const k of ['error', 'warning', 'info'] as const) totals[k] += result.piece.counts[k];
        for (const w of result.piece.warnings) process.stderr.write(`facts: ${name}: warning: ${w}\n`);
        await write(out.add(result.piece.text, first));
      }
      first = false;
      progress?.tick();
    }
  } finally {
    progress?.done();
    await pool.close();
  }
  await write(out.end());
  if (opts.command === 'check' && opts.format === 'stylish') await write(stylishSummary(totals, opts.chalk, opts.verbose));
  if (failed > 0) return 2;
  if (opts.command === 'check') {
    const failOn = opts.failOn ?? (MACHINE_FORMATS.has(opts.format) ? 'never' : 'error');
    if (failOn !== 'never' && totals.error > 0) return 1;
    if (failOn === 'warning' && totals.warning > 0) return 1;
    if (opts.maxWarnings !== undefined && totals.warning > opts.maxWarnings) return 1;
  }
  return 0;
}

async function* plainJobs(sources: Source[]): AsyncGenerator<Job> {
  for (const s of sources) {
    if (s.kind === 'stdin') {
      try {
        yield { label: '-', kind: 'stdin', data: await readStdin() };
      } catch (e) {
        yield { label: '-', kind: 'stdin', error: (e as Error).message };
      }
    } else yield { label: s.label, kind: 'file' };
  }
}
