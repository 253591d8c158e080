// A document from its text: normalized form, script, region, reference date.
import type { Document, ExtractOptions, PageMeta, Published } from '../types.js';
import { normalize } from './normalize.js';
import { findPublished, parsePublishedOption } from './published.js';
import { defaultCurrency, detectRegion } from './region.js';

export interface DocumentInput {
  text: string;
  source?: string;
  /** Found in HTML metadata, used when no option overrides it. */
  published?: Published | null;
  meta?: PageMeta;
  encoding?: { name: string; source: string };
  warnings?: string[];
}

export class OptionError extends Error {}

export function makeDocument(input: DocumentInput, opts: ExtractOptions = {}): Document {
  const { norm, script } = normalize(input.text);
  const region = detectRegion(norm, input.text, script);
  let published: Published | null = null;
  if (opts.published) {
    const v = parsePublishedOption(opts.published);
    if (!v) throw new OptionError(`--published: not a date: ${opts.published}`);
    published = { value: v, source: 'option' };
  } else published = input.published ?? findPublished(norm);
  const doc: Document = {
    source: input.source ?? opts.source ?? '-',
    text: input.text,
    norm,
    script,
    region,
    published,
    defaultCurrency: opts.currency ?? defaultCurrency(norm, region, script),
    warnings: input.warnings ?? [],
  };
  if (input.meta) doc.meta = input.meta;
  if (input.encoding) doc.encoding = input.encoding;
  return doc;
}
