// The library: the same engine as the CLI.
//
//   import { extract } from 'facts';
//   const { facts } = extract('2023年，梅县区立电诈案件408起、同比下降11.30%', { published: '2024-01-09' });
import { readFileSync } from 'node:fs';
import { makeDocument } from './document/document.js';
import { htmlToArticle } from './document/html.js';
import { decode, isHtmlName, looksLikeHtml, type DecodeOptions } from './document/load.js';
import { extractClaims, extractFacts } from './pipeline.js';
import { runChecks } from './checks/index.js';
import { normalize } from './document/normalize.js';
import { parseNumber as parseNormalized, type ParsedNumber } from './numbers/chinese.js';
import type { Document, ExtractOptions, Report } from './types.js';

export type * from './types.js';
export { FACT_KINDS } from './types.js';
export { extractJson, checkJson, SCHEMA } from './format/json.js';

export type { ParsedNumber };

/**
 * The value of one written number, in either script and either width: 三万五 → 35000,
 * 2488.1萬 → 24881000, 六四〇．五億 → 64050000000, 壹佰貳拾萬 → 1200000, 1,234.5 → 1234.5.
 * null when the text is not a number.
 */
export function parseNumber(text: string): ParsedNumber | null {
  return parseNormalized(normalize(text.trim()).norm.replace(/，/g, ','));
}

export interface ReadOptions extends ExtractOptions, DecodeOptions {}

/** A document from text or bytes (decoded; HTML turned into its article text). */
export function readDocument(input: string | Uint8Array, opts: ReadOptions = {}): Document {
  const source = opts.source ?? '-';
  let text: string;
  let encoding: Document['encoding'];
  let warnings: string[] = [];
  const htmlByName = opts.html ?? (source !== '-' && isHtmlName(source) ? true : undefined);
  if (typeof input === 'string') text = input.replace(/^\uFEFF/, '');
  else {
    const d = decode(input, { ...opts, html: htmlByName ?? true });
    text = d.text;
    encoding = d.encoding;
    warnings = d.warnings;
  }
  const html = htmlByName ?? (opts.html === undefined && looksLikeHtml(text));
  if (html) {
    const article = htmlToArticle(text);
    return makeDocument({ text: article.text, source, published: article.published, meta: article.meta, ...(encoding ? { encoding } : {}), warnings }, opts);
  }
  return makeDocument({ text, source, ...(encoding ? { encoding } : {}), warnings }, opts);
}

/** Every fact in a text (or HTML page, or bytes). */
export function extract(input: string | Uint8Array, opts: ReadOptions = {}): Report {
  const doc = readDocument(input, opts);
  return { doc, facts: extractFacts(doc), findings: [] };
}

/** Every fact and every finding of the checks. */
export function check(input: string | Uint8Array, opts: ReadOptions = {}): Report {
  const doc = readDocument(input, opts);
  const { facts, lists } = extractClaims(doc);
  return { doc, facts, findings: runChecks(doc, facts, lists) };
}

/** Reads a file from disk and extracts its facts. */
export function extractFile(path: string, opts: ReadOptions = {}): Report {
  return extract(readFileSync(path), { source: path, ...opts });
}
