// A worker thread of the pool (cli/pool.ts) when the command runs from its bundle: built to
// dist/bundle/worker.js, beside facts.cjs, which it loads through the code cache (code-cache.ts).
import { parentPort } from 'node:worker_threads';
import { loadCached } from './code-cache.js';
import type { serveWorker } from './serve.js';

const { exports } = loadCached(new URL('./facts.cjs', import.meta.url));
(exports.serveWorker as typeof serveWorker)(parentPort!);
