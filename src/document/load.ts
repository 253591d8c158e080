// Bytes → text: byte-order marks, declared charsets, UTF-8, then GBK/GB18030 or Big5 by detection.
//
// Order: `--encoding` if given; a BOM (UTF-8, UTF-16LE/BE); for HTML, `<meta charset>` and
// `<meta http-equiv="Content-Type" content="…charset=…">` in the first 2048 bytes; UTF-8 if the bytes
// are valid UTF-8; else GB18030 or Big5 as detected (jschardet, loaded only then). Never
// windows-1252 for Chinese bytes. Binary input (NUL bytes, control characters) is refused, as grep
// does. Bytes that the chosen decoder cannot read are an error naming the byte offset, unless
// replacement is allowed, in which case a warning says how many characters were replaced.
import { createRequire } from 'node:module';

export class InputError extends Error {}

export interface Decoded {
  text: string;
  encoding: { name: string; source: string };
  warnings: string[];
}

/** WHATWG label → a name TextDecoder knows; Chinese legacy labels go to their supersets. */
export function canonicalEncoding(label: string): string | null {
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  const map: Record<string, string> = {
    'utf-8': 'utf-8',
    utf8: 'utf-8',
    'utf-16le': 'utf-16le',
    'utf-16be': 'utf-16be',
    'utf-16': 'utf-16le',
    gb2312: 'gb18030',
    gbk: 'gb18030',
    'x-gbk': 'gb18030',
    cp936: 'gb18030',
    chinese: 'gb18030',
    csgb2312: 'gb18030',
    'euc-cn': 'gb18030',
    gb18030: 'gb18030',
    big5: 'big5',
    'big5-hkscs': 'big5',
    'x-x-big5': 'big5',
    cp950: 'big5',
    'cn-big5': 'big5',
    'csbig5': 'big5',
  };
  if (map[l]) return map[l];
  try {
    return new TextDecoder(l).encoding;
  } catch {
    return null;
  }
}

const DISPLAY: Record<string, string> = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16LE', 'utf-16be': 'UTF-16BE', gb18030: 'GBK', big5: 'Big5' };

export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  if (n === 0) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return control / n > 0.1;
}

/** The charset an HTML page declares in its first bytes. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return m ? m[1]! : null;
}

function decodeStrict(bytes: Uint8Array, encoding: string): { text: string } | { badByte: number } {
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch {
    return { badByte: firstBadByte(bytes, encoding) };
  }
}

/** Where decoding first fails: found by halving, so it costs a few decodes, not one per byte. */
function firstBadByte(bytes: Uint8Array, encoding: string): number {
  let lo = 0;
  let hi = bytes.length;
  const ok = (end: number) => {
    try {
      new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(0, end), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (ok(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

let detector: ((b: Uint8Array) => { encoding: string | null; confidence: number }) | null = null;

function detect(bytes: Uint8Array): string {
  if (!detector) {
    const require = createRequire(import.meta.url);
    const jschardet = require('jschardet') as { detect(b: Buffer): { encoding: string | null; confidence: number } };
    detector = (b) => jschardet.detect(Buffer.from(b.buffer, b.byteOffset, Math.min(b.byteLength, 65536)));
  }
  const guess = detector(bytes).encoding?.toLowerCase() ?? '';
  if (guess.includes('big5')) return 'big5';
  if (guess.includes('gb') || guess.includes('hz')) return 'gb18030';
  // Not sure: the one of the two that decodes without error, GB18030 first (it is the larger set).
  if ('text' in decodeStrict(bytes, 'gb18030')) return 'gb18030';
  if ('text' in decodeStrict(bytes, 'big5')) return 'big5';
  return 'gb18030';
}

export interface DecodeOptions {
  /** `--encoding`: use this and nothing else. */
  encoding?: string;
  /** Look for a declared charset (HTML). */
  html?: boolean;
  /** Replace undecodable bytes with U+FFFD and warn, instead of failing. */
  replace?: boolean;
}

export function decode(bytes: Uint8Array, opts: DecodeOptions = {}): Decoded {
  const warnings: string[] = [];
  let name: string | null = null;
  let source = '';
  let body = bytes;
  if (opts.encoding) {
    name = canonicalEncoding(opts.encoding);
    if (!name) throw new InputError(`unknown encoding ${opts.encoding}`);
    source = 'option';
  }
  if (!name) {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) [name, source] = ['utf-8', 'bom'];
    else if (bytes[0] === 0xff && bytes[1] === 0xfe) [name, source] = ['utf-16le', 'bom'];
    else if (bytes[0] === 0xfe && bytes[1] === 0xff) [name, source] = ['utf-16be', 'bom'];
  }
  if (source === 'bom') body = bytes.subarray(name === 'utf-8' ? 3 : 2);
  if (!name && looksBinary(bytes)) throw new InputError('binary file (not text)');
  if (!name && opts.html) {
    const declared = declaredCharset(bytes);
    const canon = declared ? canonicalEncoding(declared) : null;
    if (canon) [name, source] = [canon, 'meta'];
  }
  if (!name) {
    const utf8 = decodeStrict(body, 'utf-8');
    if ('text' in utf8) return { text: utf8.text, encoding: { name: 'UTF-8', source: 'valid' }, warnings };
    name = detect(body);
    source = 'detected';
  }
  const strict = decodeStrict(body, name);
  if ('text' in strict && name === 'big5') strict.text = fixBig5(strict.text);
  if ('text' in strict) {
    // A page that declares UTF-8 but is not: detect rather than fail (common on old CMSs)
    return { text: stripBom(strict.text), encoding: { name: DISPLAY[name] ?? name, source }, warnings };
  }
  if (source === 'meta' && name === 'utf-8') {
    const other = detect(body);
    const retry = decodeStrict(body, other);
    if ('text' in retry) {
      warnings.push(`declared UTF-8 but is ${DISPLAY[other]}; decoded as ${DISPLAY[other]}`);
      return { text: retry.text, encoding: { name: DISPLAY[other] ?? other, source: 'detected' }, warnings };
    }
  }
  if (!opts.replace) throw new InputError(`not valid ${DISPLAY[name] ?? name} at byte ${strict.badByte + (bytes.length - body.length)}`);
  const text = new TextDecoder(name).decode(body);
  const replaced = (text.match(/\uFFFD/g) ?? []).length;
  warnings.push(`${replaced} undecodable byte sequence(s) replaced with U+FFFD (${DISPLAY[name] ?? name})`);
  return { text: stripBom(text), encoding: { name: DISPLAY[name] ?? name, source }, warnings };
}

/**
 * Big5 as written by many encoders (ETEN, Windows 950) puts a few characters where the WHATWG Big5
 * decoder has private-use code points: 〇 (C6E2 → U+F6F2) matters most, in years like 二〇二三年.
 */
const BIG5_PUA: Readonly<Record<string, string>> = { '\uf6f2': '〇', '\uf6b1': '〡', '\uf6b2': '〢', '\uf6b3': '〣' };
function fixBig5(s: string): string {
  return /[\uf6b1-\uf6f2]/.test(s) ? s.replace(/[\uf6b1-\uf6f2]/g, (c) => BIG5_PUA[c] ?? c) : s;
}

function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

/** HTML by file name, or by content when the name says nothing. */
export function isHtmlName(name: string): boolean {
  return /\.(?:html?|shtml|xhtml|php|aspx?|jsp)$/i.test(name);
}

export function looksLikeHtml(text: string): boolean {
  const start = text.slice(0, 1024);
  if (!start.includes('<')) return false;
  const head = start.trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || /<(?:head|body|div|p|meta|title)[\s>]/.test(head);
}
