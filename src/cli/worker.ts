// A worker thread: processes the jobs the pool sends it, one at a time (cli/pool.ts).
import { parentPort } from 'node:worker_threads';
import { processJob } from './job.js';
import { loadWidth } from '../format/table.js';
import type { Job, JobOptions } from './process.js';
import type { RenderOptions } from './render.js';

parentPort!.on('message', async (msg: { job: Job; jo: JobOptions; ro: RenderOptions }) => {
  if (msg.ro.format === 'table') await loadWidth();
  parentPort!.postMessage(processJob(msg.job, msg.jo, msg.ro));
});
