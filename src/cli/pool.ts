// Runs jobs and yields their results in input order, whatever finishes first.
//
// With one worker (or one input) jobs run on the main thread. With more, each worker thread loads
// the engine once and processes one document at a time; at most a few documents per worker are in
// flight, so memory stays flat on a stream of any length, and output order is input order (a
// document waits until the ones before it are written).
import { Worker } from 'node:worker_threads';
import type { Job, JobOptions } from './process.js';
import type { JobOutcome } from './job.js';
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
      // the engine is loaded here, on first use: when workers do the work the main thread never needs it
      const { processJob } = await import('./job.js');
      for await (const job of jobs) yield { job, result: processJob(job, jo, ro) };
    },
    close: async () => {},
  };
}

interface Pending {
  seq: number;
  job: Job;
}

/** Documents in flight per worker: the next one waits in its queue while it works on the current one. */
const DEPTH = 2;

/** Young-generation size of a worker's heap, in MB. */
const YOUNG_MB = 8;
/**
 * Old-generation limit of a worker's heap, in MB. Any explicit limit makes V8 size the heap more
 * tightly on long streams (peak RSS on a 60 MB JSON Lines stream: 197 MB without, 165 MB with); a
 * document too large for it is done again on the main thread, whose heap is the default.
 */
const OLD_MB = Number(process.env.FACTS_WORKER_OLD_MB) || 1024; // (the variable is for tests of the fallback)

/** Stands in the results for a job a worker could not finish for lack of memory: redone on the main thread. */
const RETRY: JobOutcome = { ok: false, error: 'out of memory in a worker thread' };

function workerPool(threads: number): Pool {
  const url = new URL('./worker.js', import.meta.url);
  const workers: Worker[] = [];
  return {
    async *run(jobs, jo, ro) {
      const it = jobs[Symbol.asyncIterator]();
      const results = new Map<number, { job: Job; result: JobOutcome }>();
      const queues = new Map<Worker, Pending[]>();
      const window = threads * DEPTH * 2;
      let seq = 0;
      let next = 0;
      let inFlight = 0;
      let exhausted = false;
      let signal: (() => void) | null = null;
      const wake = () => {
        const s = signal;
        signal = null;
        s?.();
      };
      const settle = (w: Worker, result: JobOutcome) => {
        const p = queues.get(w)?.shift();
        if (!p) return;
        inFlight--;
        results.set(p.seq, { job: p.job, result });
        if (queues.get(w)!.length === 0) w.unref();
        wake();
      };
      const spawn = (): Worker => {
        // a small young generation keeps each worker's memory down on long streams (BENCHMARKS.md)
        const w = new Worker(url, { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB, maxOldGenerationSizeMb: OLD_MB } });
        queues.set(w, []);
        w.on('message', (msg: JobOutcome) => settle(w, msg));
        w.on('error', (err) => {
          // a worker that dies takes only its own documents with it; one that ran out of memory hands
          // them to the main thread, whose heap is larger
          const lost = queues.get(w) ?? [];
          const oom = (err as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
          for (const p of lost) {
            results.set(p.seq, { job: p.job, result: oom ? RETRY : { ok: false, error: `internal error: ${err.message}`, debug: err.stack ?? String(err) } });
            inFlight--;
          }
          queues.delete(w);
          workers.splice(workers.indexOf(w), 1, spawn());
          wake();
        });
        w.unref();
        return w;
      };
      for (let i = 0; i < threads; i++) workers.push(spawn());
      const leastBusy = (): Worker | null => {
        let best: Worker | null = null;
        for (const w of workers) {
          const n = queues.get(w)!.length;
          if (n < DEPTH && (!best || n < queues.get(best)!.length)) best = w;
        }
        return best;
      };
      for (;;) {
        // hand out work while a worker has room and the output is not too far behind
        let w: Worker | null;
        while (!exhausted && seq - next < window && (w = leastBusy())) {
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
          queues.get(w)!.push({ seq: s, job });
          inFlight++;
          w.ref();
          w.postMessage({ job, jo, ro });
        }
        while (results.has(next)) {
          const r = results.get(next)!;
          results.delete(next);
          next++;
          if (r.result === RETRY) {
            // the engine is loaded on the main thread only now, the first time it is needed
            const { processJob } = await import('./job.js');
            yield { job: r.job, result: processJob(r.job, jo, ro) };
          } else yield r;
        }
        if (exhausted && inFlight === 0 && results.size === 0) break;
        if (!exhausted && seq - next < window && leastBusy()) continue;
        await new Promise<void>((resolve) => {
          signal = resolve;
          if (results.has(next)) wake();
        });
      }
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
