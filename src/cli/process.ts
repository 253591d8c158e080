// One input → its output: read, decode, extract (and check), format. Pure of any global state so
// it can run in a worker thread (cli/pool.ts); what it returns is plain data.
import { readFileSync, statSync } from 'node:fs';
import { InputError } from '../document/load.js';
import { OptionError } from '../document/document.js';
import { check, extract, type ReadOptions } from '../index.js';
import { checkJson, extractJson } from '../format/json.js';
import type { FactKind, Report, Severity } from '../types.js';
import { reasonOf } from './inputs.js';

export type Command = 'extract' | 'check' | 'text';

export interface JobOptions {
  command: Command;
  published?: string;
  currency?: string;
  /** `text`, `html` or undefined (by name and content). */
  input?: 'text' | 'html';
  encoding?: string;
  kinds?: FactKind[];
  /** Bytes; larger inputs are refused. */
  maxSize: number;
  /** Allow replacement characters for undecodable bytes. */
  lenient?: boolean;
  /** Severities from the configuration (`off` drops a rule's findings). */
  rules?: Record<string, Severity | 'off'>;
}

export interface Job {
  label: string;
  kind: 'file' | 'stdin' | 'record';
  /** For stdin and records: the bytes or text, read by the caller. */
  data?: Uint8Array | string;
  /** For records: the id, published date and whether the text is HTML. */
  id?: string;
  published?: string;
  html?: boolean;
  /** The job failed before it could run (a bad JSON Lines record, an unreadable stream). */
  error?: string;
}

export type JobResult = { ok: true; report: Report } | { ok: false; error: string; debug?: string };

export function runJob(job: Job, opts: JobOptions): JobResult {
  try {
    let data: Uint8Array | string;
    if (job.kind === 'file') {
      const st = statSync(job.label);
      if (st.isDirectory()) return { ok: false, error: 'is a directory' };
      if (st.size > opts.maxSize) return { ok: false, error: `too large (${mb(st.size)} > --max-size ${mb(opts.maxSize)})` };
      data = readFileSync(job.label);
    } else data = job.data ?? '';
    const size = typeof data === 'string' ? data.length * 3 : data.length;
    if (size > opts.maxSize) return { ok: false, error: `too large (${mb(size)} > --max-size ${mb(opts.maxSize)})` };
    if ((typeof data === 'string' ? data.trim().length : data.length) === 0) return { ok: false, error: 'empty input' };
    const read: ReadOptions = { source: job.id ?? job.label };
    const published = job.published ?? opts.published;
    if (published) read.published = published;
    if (opts.currency) read.currency = opts.currency;
    if (opts.encoding) read.encoding = opts.encoding;
    if (opts.lenient) read.replace = true;
    const html = job.html ?? (opts.input === 'html' ? true : opts.input === 'text' ? false : undefined);
    if (html !== undefined) read.html = html;
    const report = opts.command === 'check' ? check(data, read) : extract(data, read);
    if (opts.rules && report.findings.length) {
      const rules = opts.rules;
      report.findings = report.findings.flatMap((f) => {
        const level = rules[f.rule];
        if (level === 'off') return [];
        return level ? [{ ...f, severity: level }] : [f];
      });
    }
    if (opts.kinds) {
      const keep = new Set(opts.kinds);
      report.facts = report.facts.filter((f) => keep.has(f.kind));
    }
    if (report.doc.text.trim().length === 0) return { ok: false, error: html ? 'no article text found in the page' : 'empty input' };
    return { ok: true, report };
  } catch (err) {
    if (err instanceof InputError || err instanceof OptionError) return { ok: false, error: err.message };
    const e = err as Error;
    if ((e as NodeJS.ErrnoException).code) return { ok: false, error: reasonOf(e) };
    return { ok: false, error: `internal error: ${e?.message ?? String(e)}`, debug: e?.stack ?? String(e) };
  }
}

function mb(n: number): string {
  return `${(n / 1048576).toFixed(n < 1048576 ? 2 : 1)} MB`;
}

/** Counts for exit codes and summaries. */
export function severityCounts(r: Report): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of r.findings) c[f.severity]++;
  return c;
}

export { extractJson, checkJson };
