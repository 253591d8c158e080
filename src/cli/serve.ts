// What a worker thread does: processes the jobs the pool sends it, one at a time (cli/pool.ts).
import type { MessagePort } from 'node:worker_threads';
import { loadWidth } from '../format/table.js';
import type { Job, JobOptions } from './process.js';
import type { RenderOptions } from './render.js';

export function serveWorker(port: MessagePort): void {
  // (imported, not required: the command's bundle holds the engine, and its main thread loads it
  // only when it processes documents itself)
  const engine = import('./job.js');
  port.on('message', async (msg: { job: Job; jo: JobOptions; ro: RenderOptions }) => {
    const { processJob } = await engine;
    if (msg.ro.format === 'table') await loadWidth();
    port.postMessage(processJob(msg.job, msg.jo, msg.ro));
  });
}
