// A worker thread of the pool (cli/pool.ts) when the command runs from dist/cli (unbundled).
import { parentPort } from 'node:worker_threads';
import { serveWorker } from './serve.js';

serveWorker(parentPort!);
