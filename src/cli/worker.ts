// A worker thread: processes the jobs the pool sends it, one at a time (cli/pool.ts).
import { parentPort } from 'node:worker_threads';
import { processJob } from './job.js';
import type { Job, JobOptions } from './process.js';
import type { RenderOptions } from './render.js';

parentPort!.on('message', (msg: { job: Job; jo: JobOptions; ro: RenderOptions }) => {
  parentPort!.postMessage(processJob(msg.job, msg.jo, msg.ro));
});
