// A job from start to output: read and process a document, then render its piece. The same code
// runs on the main thread and in worker threads.
import type { Job, JobOptions } from './process.js';
import { runJob } from './process.js';
import { renderPiece, type Piece, type RenderOptions } from './render.js';

export type JobOutcome = { ok: true; piece: Piece } | { ok: false; error: string; debug?: string };

export function processJob(job: Job, jo: JobOptions, ro: RenderOptions): JobOutcome {
  if (job.error) return { ok: false, error: job.error };
  const r = runJob(job, jo);
  if (!r.ok) return r;
  try {
    return { ok: true, piece: renderPiece(r.report, ro) };
  } catch (err) {
    const e = err as Error;
    return { ok: false, error: `internal error: ${e?.message ?? String(e)}`, debug: e?.stack ?? String(e) };
  }
}
