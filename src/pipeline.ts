// The stages of `facts`, in order. This file is the table of contents of the program:
//
//   text → document (normalize, script, region, published)      document/document.ts
//        → candidates (every rule over the normalized text)     extract/candidates.ts, rules/
//        → overlaps resolved (longest wins, blocked spans drop)   resolve/overlaps.ts
//        → times joined (111Q3至112Q2, 自112年第3季起)             resolve/time-spans.ts
//        → lists and ranges share units (5、6宗, 3至5人)            resolve/lists.ts
//        → times completed (years, relative words, 同期)           resolve/time.ts
//        → facts (exact spans, units as written, currencies)     extract/facts.ts
//        → claims (subject, change, basis, 分别, period)          link/
//        → checks (the article against itself)                  checks/
import { makeDocument, type DocumentInput } from './document/document.js';
import { findCandidates } from './extract/candidates.js';
import { toFacts } from './extract/facts.js';
import { linkClaims } from './link/index.js';
import { resolveOverlaps } from './resolve/overlaps.js';
import { shareUnits } from './resolve/lists.js';
import { resolveTimes } from './resolve/time.js';
import { joinTimes } from './resolve/time-spans.js';
import type { Document, ExtractOptions, Fact, Report } from './types.js';
import type { RespectivelyList } from './link/respectively.js';

export function extractFacts(doc: Document): Fact[] {
  return extractClaims(doc).facts;
}

/** Facts with their claims, and the 分别 lists found (the checks need them). */
export function extractClaims(doc: Document): { facts: Fact[]; lists: RespectivelyList[] } {
  const { candidates, tokens } = findCandidates(doc.norm, doc.region);
  const chosen = shareUnits(joinTimes(resolveOverlaps(candidates), doc.norm), tokens, doc.norm);
  resolveTimes(chosen, doc.norm, doc.published?.value ?? null);
  const facts = toFacts(doc, chosen);
  const lists = linkClaims(doc, facts);
  return { facts, lists };
}

/** Extracts every fact of one text. */
export function extractText(input: DocumentInput | string, opts: ExtractOptions = {}): Report {
  const doc = makeDocument(typeof input === 'string' ? { text: input } : input, opts);
  return { doc, facts: extractFacts(doc), findings: [] };
}
