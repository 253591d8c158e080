// Standard input: read whole (one document), or as JSON Lines records (--input jsonl), streamed.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Source } from './inputs.js';
import type { Job } from './process.js';
import { reasonOf } from './inputs.js';

export async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * JSON Lines records, one a line: `{"id", "text" | "html", "published"}`. A line that is not such a
 * record becomes a job that fails with the reason (its id if it has one, else `<source>:<line>`),
 * and the stream goes on.
 */
export async function* jsonlJobs(sources: Source[], maxSize: number): AsyncGenerator<Job> {
  for (const s of sources) {
    const stream = s.kind === 'stdin' ? process.stdin : createReadStream(s.label);
    const lines = createInterface({ input: stream, crlfDelay: Infinity });
    let n = 0;
    try {
      for await (const line of lines) {
        n++;
        if (line.trim() === '') continue;
        const where = `${s.label === '-' ? 'stdin' : s.label}:${n}`;
        if (line.length > maxSize) {
          yield { label: where, kind: 'record', error: `record too large (> --max-size)` };
          continue;
        }
        let rec: unknown;
        try {
          rec = JSON.parse(line);
        } catch (e) {
          yield { label: where, kind: 'record', error: `not JSON (${(e as Error).message})` };
          continue;
        }
        yield recordJob(rec, where);
      }
    } catch (e) {
      yield { label: s.label, kind: 'record', error: reasonOf(e) };
    }
  }
}

function recordJob(rec: unknown, where: string): Job {
  if (typeof rec !== 'object' || rec === null || Array.isArray(rec)) return { label: where, kind: 'record', error: 'record must be a JSON object' };
  const r = rec as Record<string, unknown>;
  const id = r.id === undefined || r.id === null ? where : String(r.id);
  const job: Job = { label: where, kind: 'record', id };
  if (typeof r.text === 'string') job.data = r.text;
  else if (typeof r.html === 'string') {
    job.data = r.html;
    job.html = true;
  } else return { ...job, error: 'record has no "text" or "html" string' };
  if (r.published !== undefined && r.published !== null) {
    if (typeof r.published !== 'string') return { ...job, error: '"published" must be a string' };
    job.published = r.published;
  }
  return job;
}
