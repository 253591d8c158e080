// Runs jobs and yields their results in input order, whatever finishes first.
//
// With one worker (or one input) jobs run on the main thread. With more, each worker thread loads
// the engine once and processes one document at a time; at most a few documents per worker are in
// flight, so memory stays flat on a stream of any length, and output order is input order (a
// document waits until the ones before it are written).
import { Worker } from 'node:worker_threads';
import type { Job, JobOptions } from './process.js';
import { processJob, type JobOutcome } from './job.js';
import type { RenderOptions } from './render.js';

export interface Pool {
  run(jobs: AsyncIterable<Job>, jo: JobOptions, ro: RenderOptions): AsyncGenerator<{ job: Job; result: JobOutcome }>;
  close(): Promise<void>;
}

export function createPool(threads: number): Pool {
  if (threads <= 1) return inlinePool();
  return workerPool(threads);
}

function inlinePool(): Pool {
  return {
    async *run(jobs, jo, ro) {
      for await (const job of jobs) yield { job, result: processJob(job, jo, ro) };
    },
    close: async () => {},
  };
}

interface Pending {
  seq: number;
  job: Job;
}

function workerPool(threads: number): Pool {
  const url = new URL('./worker.js', import.meta.url);
  const workers: Worker[] = [];
  return {
    async *run(jobs, jo, ro) {
      const it = jobs[Symbol.asyncIterator]();
      const results = new Map<number, { job: Job; result: JobOutcome }>();
      const busy = new Map<Worker, Pending>();
      const idle: Worker[] = [];
      const window = threads * 4;
      let seq = 0;
      let next = 0;
      let exhausted = false;
      let signal: (() => void) | null = null;
      const wake = () => {
        const s = signal;
        signal = null;
        s?.();
      };
      const settle = (w: Worker, result: JobOutcome) => {
        const p = busy.get(w);
        if (!p) return;
        busy.delete(w);
        results.set(p.seq, { job: p.job, result });
        idle.push(w);
        wake();
      };
      const spawn = (): Worker => {
        const w = new Worker(url);
        w.on('message', (msg: JobOutcome) => settle(w, msg));
        w.on('error', (err) => {
          // a worker that dies takes only its own document with it
          settle(w, { ok: false, error: `internal error: ${err.message}`, debug: err.stack ?? String(err) });
          const i = idle.indexOf(w);
          if (i >= 0) idle.splice(i, 1);
          const replacement = spawn();
          workers[workers.indexOf(w)] = replacement;
          idle.push(replacement);
        });
        w.unref();
        return w;
      };
      for (let i = 0; i < threads; i++) {
        const w = spawn();
        workers.push(w);
        idle.push(w);
      }
      for (;;) {
        // hand out work while there are idle workers and room in the window
        while (!exhausted && idle.length > 0 && seq - next < window) {
          const n = await it.next();
          if (n.done) {
            exhausted = true;
            break;
          }
          const job = n.value;
          const s = seq++;
          if (job.error) {
            results.set(s, { job, result: { ok: false, error: job.error } });
            continue;
          }
          const w = idle.pop()!;
          busy.set(w, { seq: s, job });
          w.ref();
          w.postMessage({ job, jo, ro });
        }
        while (results.has(next)) {
          const r = results.get(next)!;
          results.delete(next);
          next++;
          yield r;
        }
        if (exhausted && busy.size === 0 && results.size === 0) break;
        if (busy.size === 0 && !exhausted && idle.length > 0 && seq - next < window) continue;
        await new Promise<void>((resolve) => {
          signal = resolve;
          if (results.has(next) || (busy.size === 0 && (exhausted || idle.length > 0))) wake();
        });
        for (const w of workers) if (!busy.has(w)) w.unref();
      }
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
