// Runs jobs and yields their results in input order.
import type { Job, JobOptions, JobResult } from './process.js';
import { runJob } from './process.js';

export interface Pool {
  run(jobs: AsyncIterable<Job>, opts: JobOptions): AsyncGenerator<{ job: Job; result: JobResult }>;
}

export function createPool(_jobs: number, _inputs: number): Pool {
  return {
    async *run(jobs, opts) {
      for await (const job of jobs) yield { job, result: job.error ? { ok: false, error: job.error } : runJob(job, opts) };
    },
  };
}
