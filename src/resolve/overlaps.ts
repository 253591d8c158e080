// Overlapping candidates: the longer span wins; on equal length the higher priority (rules/types.ts
// PRIORITY), then the earlier start. Blocked spans (not-facts) take part and are then dropped.
//
// Candidates are grouped into clusters of mutually overlapping spans first, so the work stays
// linear in the number of candidates however long the document is.
import type { Candidate } from '../rules/types.js';

export function resolveOverlaps(all: Candidate[]): Candidate[] {
  const sorted = [...all].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  let cluster: Candidate[] = [];
  let clusterEnd = -1;
  const flush = () => {
    if (cluster.length === 1) kept.push(cluster[0]!);
    else if (cluster.length > 1) kept.push(...choose(cluster));
    cluster = [];
  };
  for (const c of sorted) {
    if (c.start >= clusterEnd) {
      flush();
      clusterEnd = c.end;
    } else clusterEnd = Math.max(clusterEnd, c.end);
    cluster.push(c);
  }
  flush();
  return kept.filter((c) => c.kind !== 'blocked').sort((a, b) => a.start - b.start);
}

function choose(cluster: Candidate[]): Candidate[] {
  const ranked = [...cluster].sort((a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
  const chosen: Candidate[] = [];
  for (const c of ranked) {
    if (chosen.every((k) => c.end <= k.start || c.start >= k.end)) chosen.push(c);
  }
  return chosen;
}
