// HTML → the article's text (what `facts text` prints and what offsets refer to) and page metadata.
//
//   <h1>梅县区聚焦…</h1><div class="info">来源：梅州日报 时间：2024-01-09</div>
//   <div class="TRS_Editor"><p>　　2023年，…</p><table><tr><td>破案数</td><td>37.82%</td></tr></table></div>
//     → 梅县区聚焦…
//       来源：梅州日报 时间：2024-01-09
//       2023年，…
//       破案数<TAB>37.82%
//
// One parse (cheerio over htmlparser2: fast, and tolerant of the unclosed tags of old CMS pages), one
// preorder pass that records every node and the text statistics of each subtree (html/tree.ts), then
// the body container (html/body.ts), the lines a reader sees (html/layout.ts) and the metadata
// (html/meta.ts). No walk recurses: 10,000 nested <div>s are fine. Nothing is fetched.
//
// cheerio is loaded on first use, so reading plain text never pays for it.
import { createRequire } from 'node:module';
import type { PageMeta, Published } from '../types.js';
import { articleBody } from './html/body.js';
import { findAuthor, findPagePublished, findSource, pageTitles, readJsonLd, readMetas } from './html/meta.js';
import { emitLines } from './html/layout.js';
import { buildTree, type DomNode } from './html/tree.js';

export interface HtmlArticle {
  text: string;
  meta: PageMeta;
  published: Published | null;
}

type Load = (html: string) => { root(): ArrayLike<unknown> };
let load: Load | null = null;

function parse(html: string): DomNode {
  if (!load) {
    const require = createRequire(import.meta.url);
    const cheerio = require('cheerio/slim') as { load: Load };
    load = cheerio.load;
  }
  // A stray </body> or </html> in the middle of a page closes everything open in htmlparser2, and
  // browsers ignore it: drop them.
  const $ = load(limitDepth(html.replace(/<\/(?:html|body)\s*>/gi, '')));
  return $.root()[0] as DomNode;
}

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^<>]*>/g; // [^<>]: linear on `<a<a<a…`
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const BREAKS = new Set(['p', 'div', 'li', 'tr', 'td', 'th', 'dd', 'dt', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'table', 'ul', 'ol', 'blockquote']);
export const MAX_DEPTH = 2000;

/** The nesting depth, counted fast and from above (unclosed <p>, <li>… count as open). */
function roughDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
    const c = html.charCodeAt(i + 1) | 0x20;
    if (c === 0x2f /* / */ ) {
      if (depth > 0) depth--;
      continue;
    }
    if (c < 0x61 || c > 0x7a) continue; // <!-- <! <?
    const c2 = html.charCodeAt(i + 2) | 0x20;
    // <br> <img> <input> <hr> <meta> <link>: void, never closed
    if ((c === 0x62 && c2 === 0x72) || (c === 0x69 && (c2 === 0x6d || c2 === 0x6e)) || (c === 0x68 && c2 === 0x72) || (c === 0x6d && c2 === 0x65) || (c === 0x6c && c2 === 0x69 && (html.charCodeAt(i + 3) | 0x20) === 0x6e)) continue;
    if (++depth > deepest) deepest = depth;
  }
  return deepest;
}

/**
 * Elements nested deeper than MAX_DEPTH lose their tags (a block's become <br>), keeping their text:
 * the parser's cost grows with the square of the nesting depth, and no page nests 2,000 deep.
 */
export function limitDepth(html: string, max = MAX_DEPTH): string {
  if (html.length < max * 3 || roughDepth(html) <= max) return html;
  let depth = 0;
  return html.replace(TAG, (tag: string, close: string, name: string) => {
    const n = name.toLowerCase();
    if (VOID.has(n) || tag.endsWith('/>')) return tag;
    const level = close ? depth-- : ++depth;
    if (depth < 0) depth = 0;
    if (level <= max) return tag;
    return BREAKS.has(n) ? '<br>' : '';
  });
}

export function htmlToArticle(html: string): HtmlArticle {
  const tree = buildTree(parse(html));
  const metas = readMetas(tree);
  const ld = readJsonLd(tree);
  const titles = pageTitles(tree, metas, ld);
  const body = articleBody(tree, titles.all, titles.strong, titles.sites);
  const lines = body.lines;
  const title = titles.og ?? titles.strong[0] ?? body.headlineText ?? titles.cleaned ?? null;
  const before = () => emitLines(tree, -1, { from: 0, to: body.container, dropLinkLists: true }).map((l) => l.text);
  const published = findPagePublished(tree, metas, ld, body.container, body.headline?.id ?? -1, lines, before);
  return {
    text: lines.join('\n'),
    meta: { title: title || null, source: findSource(metas, lines), author: findAuthor(metas, ld, lines) },
    published,
  };
}
