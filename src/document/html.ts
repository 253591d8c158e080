// HTML → the article's text (what `facts text` prints and what offsets refer to) and page metadata.
// (Full article-body detection: see issue 5; this is the first cut.)
import * as cheerio from 'cheerio';
import type { PageMeta, Published } from '../types.js';

export interface HtmlArticle {
  text: string;
  meta: PageMeta;
  published: Published | null;
}

const DROP = 'script, style, noscript, template, nav, header, footer, aside, form, iframe, svg';
const BLOCK = new Set(['p', 'div', 'section', 'article', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'tr', 'table', 'blockquote', 'figcaption', 'figure', 'dd', 'dt', 'pre', 'ul', 'ol', 'main', 'center']);

export function htmlToArticle(html: string): HtmlArticle {
  const $ = cheerio.load(html);
  const title = $('meta[property="og:title"]').attr('content')?.trim() || $('h1').first().text().trim() || $('title').text().trim() || null;
  $(DROP).remove();
  const lines: string[] = [];
  let cur = '';
  const flush = () => {
    const t = cur.replace(/[ \t\r\f\v\u00a0]+/g, ' ').trim();
    if (t) lines.push(t);
    cur = '';
  };
  const walk = (node: any) => {
    for (const child of node.children ?? []) {
      if (child.type === 'text') cur += child.data;
      else if (child.type === 'tag') {
        const name = child.name.toLowerCase();
        if (name === 'br') flush();
        else if (BLOCK.has(name)) {
          flush();
          walk(child);
          flush();
        } else if (name === 'td' || name === 'th') {
          walk(child);
          cur += '\t';
        } else walk(child);
      }
    }
  };
  walk($('body').get(0) ?? $.root().get(0));
  flush();
  return { text: lines.join('\n'), meta: { title, source: null, author: null }, published: null };
}
