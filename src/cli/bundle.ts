// What the command's bundle (dist/bundle/facts.cjs) exports: the command line, and the loop of a
// worker thread (bundle-worker.ts).
export { main } from './main.js';
export { serveWorker } from './serve.js';
