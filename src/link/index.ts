// Claims: what each number measures, how it changed, against what, and when. Each step is
// (doc, facts) → facts changed in place, in this order: 分别 pairs subjects first, the change
// words give direction and basis, the remaining subjects are found (a change inherits the subject
// of its level), then periods, then baselines.
import type { Document, Fact } from '../types.js';
import { linkBaselines } from './baseline.js';
import { linkChanges } from './change.js';
import { linkPeriods } from './period.js';
import { linkIndustryRatios, linkRespectively, pairTailSubjects, timedLists, type RespectivelyList } from './respectively.js';
import { linkSubjects } from './subject.js';

export function linkClaims(doc: Document, facts: Fact[]): RespectivelyList[] {
  linkChanges(doc, facts);
  const lists = linkRespectively(doc, facts);
  linkSubjects(doc, facts);
  pairTailSubjects(lists);
  linkIndustryRatios(doc, facts);
  linkPeriods(doc, facts);
  timedLists(doc, facts, lists);
  linkBaselines(doc, facts);
  return lists;
}
