// Claims: what each number measures, how it changed, against what, and when.
import type { Document, Fact } from '../types.js';

export function linkClaims(_doc: Document, _facts: Fact[]): void {}
