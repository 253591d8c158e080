// Runs a command over its inputs: reads them, processes each (in order, or in worker threads),
// writes each document's output as soon as it and the ones before it are done, reports failed
// inputs on standard error in one line each, and computes the exit code.
import type { ChalkInstance } from 'chalk';
import { stylishSummary } from '../format/check.js';
import type { FactKind, Severity } from '../types.js';
import type { Config } from './config.js';
import { renderer } from './formats.js';
import { type Source } from './inputs.js';
import { runJob, type Job, type JobOptions, type JobResult } from './process.js';
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
  const render = renderer(opts.command, opts.format, { chalk: opts.chalk, version: VERSION, verbose: opts.verbose });
  const many = sources.length !== 1 || args.some((a) => sources.length === 1 && a !== sources[0]!.label) || opts.input === 'jsonl';
  const jobs = opts.input === 'jsonl' ? jsonlJobs(sources, opts.maxSize) : plainJobs(sources);
  const totals: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let failed = 0;
  let first = true;
  const progress = opts.progress === false ? null : Progress.maybe(sources.length);
  await write(render.begin(many));
  const pool = createPool(opts.jobs, sources.length);
  for await (const { job, result } of pool.run(jobs, jobOptions)) {
    if (!result.ok) {
      failed++;
      process.stderr.write(`facts: ${job.id ?? job.label}: ${result.error}\n`);
      if (opts.debug && result.debug) process.stderr.write(`${result.debug}\n`);
      await write(render.error(job.id ?? job.label, result.error, first));
    } else {
      const r = result.report;
      if (opts.command === 'check') {
        if (opts.quiet) r.findings = r.findings.filter((f) => f.severity === 'error');
        else if (!opts.verbose && opts.format === 'stylish') r.findings = r.findings.filter((f) => f.severity !== 'info');
        if (opts.format === 'github' && !opts.verbose) r.findings = r.findings.filter((f) => f.severity !== 'info');
        for (const f of r.findings) totals[f.severity]++;
      }
      await write(render.doc(r, first));
    }
    first = false;
    progress?.tick();
  }
  progress?.done();
  await write(render.end());
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
        yield { label: '-', kind: 'stdin', data: new Uint8Array(), error: (e as Error).message };
      }
    } else yield { label: s.label, kind: 'file' };
  }
}

export type { JobResult };
export { runJob };
