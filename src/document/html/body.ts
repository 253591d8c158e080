// Where the article is on the page, and its lines: the headline first, then the byline if it sits
// in the article header, then the body, without the page furniture around it.
//
// The body is, in order: the container a CMS uses for exactly the body (`.TRS_Editor`, `#zoom`,
// `.article-content`, …); an <article>; otherwise the smallest block that holds most of the page's
// prose (found by descending from <body> into the child that holds 85% of its weight, where weight
// is Chinese punctuation plus text outside links), made more specific by `.content`/`#content`-like
// containers inside it.
import { emitLines, textOf, type Line } from './layout.js';
import { Flag, contains, excluded, tagOf, weightOf, type Tree } from './tree.js';

/** A child that holds this share of its parent's weight is where the article is. */
const DOMINANT = 0.85;

/** Elements a descent may enter: a paragraph or an inline element is never the body itself. */
const DESCEND = new Set(['html', 'body', 'div', 'section', 'article', 'main', 'table', 'tbody', 'thead', 'tr', 'td', 'th', 'center', 'form', 'font', 'dd', 'blockquote']);

// Lines of page furniture that survive inside a body container.
const BREADCRUMB = /^(?:当前位置|當前位置|您的位置|您现在的位置|您現在的位置|你的位置|你现在的位置|你現在的位置|现在位置|現在位置|所在位置|位置)\s*[:：]|^(?:首页|首頁|网站首页|網站首頁|主页|主頁|home)\s*(?:>|»|›|\/|＞|→|-)/i;
const FOOTER = /ICP\s*(?:备|備|证|證|許|许|号|號|經營|经营)|公网安备|公網安備|网站标识码|網站識別碼|版权所有|版權所有|copyright|©|all rights reserved|技术支持\s*[:：]|技術支援\s*[:：]/i;
const SHARE = /^(?:分享到|分享至|一键分享|分享)\s*[:：]?(?:\s|$|微信|微博|QQ|朋友圈)/i;
// tool words, each once, separated only by the trailing class (no nested optional spaces: this must
// not backtrack exponentially on `大 大 大 … x`)
const TOOL_WORD = /^(?:打印本页|打印本頁|打印文章|打印|列印|关闭窗口|關閉窗口|关闭|關閉|加入收藏|收藏|返回顶部|返回頂部|回到顶部|返回|我要纠错|纠错|糾錯|字号|字號|字体|字體|大|中|小|默认|默認|保存|分享|放大|缩小|縮小|繁体|繁體|简体|簡體)$/;
const FONT_SIZE = /^[【\[]?\s*(?:字号|字號|字体|字體|文字)\s*[:：]/;
const RELATED = /^(?:相关|相關|热点|熱點|推荐|推薦|延伸|更多|热门|熱門|最新|精彩|猜你喜欢|猜你喜歡|今日|一周|24小时)(?:新闻|新聞|阅读|閱讀|推荐|推薦|文章|链接|鏈接|报道|報導|资讯|資訊|图片|圖片|稿件|专题|專題|排行|热点|熱點)?\s*[:：]?$/;
const PREV_NEXT = /^(?:上一篇|下一篇|上一条|下一条|上一條|下一條|上篇|下篇)\s*[:：]/;
const COUNTERS = /^(?:更新日期|更新時間|更新时间|最后更新|最後更新|點閱次數|点阅次数|瀏覽次數|浏览次数|點擊數|点击数|点击量|點擊量|阅读数|閱讀數|阅读量|閱讀量|访问量|訪問量)\s*[:：]/;
const NO_WORDS = /^[\p{P}\p{S}\s]*$/u;
const COMMENTS = /^(?:网友评论|網友評論|发表评论|發表評論|我要评论|我要評論|参与评论|參與評論|评论|評論)\s*(?:[(（]\d*[)）])?\s*[:：]?$/;

/** `【打印】【关闭】`, `字号：大 中 小 | 打印本页`: nothing but tool words. */
function toolBar(s: string): boolean {
  const words = s.split(/[\s【】\[\]:：|｜/]+/).filter(Boolean);
  return words.length > 0 && words.every((w) => TOOL_WORD.test(w));
}

/** A line that is page furniture (breadcrumb, footer, share and tool bars, headings of link lists). */
export function isFurnitureLine(s: string): boolean {
  if (s.length <= 200 && (BREADCRUMB.test(s) || FOOTER.test(s))) return true;
  if (s.length > 60) return false;
  return SHARE.test(s) || toolBar(s) || FONT_SIZE.test(s) || RELATED.test(s) || PREV_NEXT.test(s) || COMMENTS.test(s) || COUNTERS.test(s) || NO_WORDS.test(s);
}

/** A byline: where from, when, by whom (kept between the headline and the body). */
export const BYLINE = /(?:来源|來源|出处|出處|作者|记者|記者|编辑|編輯|责编|責編|发布|發布|發佈|时间|時間|日期|浏览|瀏覽|点击|點擊|阅读|閱讀|文号|文號|索引号|索引號|发文|發文|撰稿|撰文|供稿)\s*[:：]|^(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}|^\d{2,3}\/\d{1,2}\/\d{1,2}|^[（(〔【]?(?:记者|記者|通讯员|通訊員|文|图|圖)[\s/／]/;

export function nonSpace(s: string): string {
  return s.replace(/[\s\u3000\u200b\ufeff]+/g, '');
}

/** The element that holds the article body (-1: the whole document). */
export function pickContainer(t: Tree): number {
  let cur = -1;
  let curW = 0;
  for (let c = 0; c < t.nodes.length; c = t.end[c]!) if (t.nodes[c]!.type !== 'text' && !excluded(t, c)) curW += weightOf(t, c);
  for (;;) {
    let best = -1;
    let bestW = -1;
    const first = cur + 1;
    const last = cur < 0 ? t.nodes.length : t.end[cur]!;
    for (let c = first; c < last; c = t.end[c]!) {
      if (t.nodes[c]!.type === 'text' || excluded(t, c)) continue;
      const w = weightOf(t, c);
      if (w > bestW) [best, bestW] = [c, w];
    }
    if (best < 0 || curW <= 0 || !DESCEND.has(tagOf(t, best))) break;
    if (bestW < DOMINANT * curW) {
      // a smaller share still wins when what is left beside it is lists of links (a sidebar)
      if (bestW < 0.6 * curW) break;
      let rest = 0;
      for (let c = first; c < last; c = t.end[c]!) if (c !== best && !excluded(t, c) && !(t.L[c]! > 0 && t.A[c]! / t.L[c]! >= 0.5)) rest += weightOf(t, c);
      if (rest > 0.1 * bestW) break;
    }
    cur = best;
    curW = bestW;
  }
  const dense = cur;
  const denseW = curW;
  if (denseW <= 0) return dense;

  let strong = -1;
  let strongW = 0;
  let article = -1;
  let articleW = 0;
  let weak = -1;
  let weakW = 0;
  const top = new Map<number, [number, number, number]>();
  for (let i = 0; i < t.nodes.length; i++) {
    const f = t.flags[i]!;
    if (!(f & (Flag.Strong | Flag.Weak | Flag.Article)) || excluded(t, i)) continue;
    const w = weightOf(t, i);
    if (w <= 0) continue;
    if (t.L[i]! > 0 && t.A[i]! / t.L[i]! >= 0.5) continue;
    const better = (cur: number, curW: number) => cur < 0 || w > curW * 1.05 || (w >= curW * 0.95 && contains(t, cur, i));
    if (f & Flag.Strong) {
      // a body container must not be dwarfed by a block elsewhere on the page
      if (better(strong, strongW) && w >= 0.5 * heaviestElsewhere(t, i, top)) [strong, strongW] = [i, w];
      continue;
    }
    // a weak one must hold half of the dense block
    if (w < 0.5 * denseW) continue;
    if (f & Flag.Article) {
      if (better(article, articleW)) [article, articleW] = [i, w];
    } else if (better(weak, weakW)) [weak, weakW] = [i, w];
  }
  if (strong >= 0) return strong;
  if (article >= 0) {
    // an <article> inside the dense block must hold most of it; around it, it is the article
    if (dense < 0 || contains(t, article, dense) || articleW >= 0.7 * denseW) return article;
  }
  if (weak >= 0 && (dense < 0 || contains(t, dense, weak)) && weakW >= 0.85 * denseW) return weak;
  return dense;
}

/**
 * The weight of the heaviest element that neither holds `id` nor is inside it: the heaviest sibling
 * of `id` or of one of its ancestors (the two heaviest children of each parent are kept in `top`).
 */
function heaviestElsewhere(t: Tree, id: number, top: Map<number, [number, number, number]>): number {
  let max = 0;
  for (let x = id; ; ) {
    const p = t.parent[x]!;
    let best = top.get(p);
    if (!best) {
      best = [-1, 0, 0]; // id of the heaviest, its weight, the second weight
      const last = p < 0 ? t.nodes.length : t.end[p]!;
      for (let c = p + 1; c < last; c = t.end[c]!) {
        if (t.nodes[c]!.type === 'text' || excluded(t, c)) continue;
        const w = weightOf(t, c);
        if (w > best[1]) best = [c, w, best[1]];
        else if (w > best[2]) best[2] = w;
      }
      top.set(p, best);
    }
    max = Math.max(max, best[0] === x ? best[2] : best[1]);
    if (p < 0) return max;
    x = p;
  }
}

export interface Headline {
  id: number;
  inside: boolean;
}

/**
 * The headline element: an <h1>, else an element whose text is the page's title. `titles`: what the
 * page says its title is (og:title, JSON-LD headline, ArticleTitle, <title> without the site name);
 * `sites`: the site's name, which a logo <h1> shows.
 */
export function findHeadline(t: Tree, container: number, titles: string[], sites: string[] = []): Headline | null {
  const inC = (id: number) => container < 0 || contains(t, container, id);
  const wanted = titles.map(nonSpace).filter((s) => s.length >= 4);
  const siteNames = new Set(sites.map(nonSpace));
  // the same text, or most of it (a title with a column name, a headline with a kicker)
  const matches = (text: string) => {
    const s = nonSpace(text);
    if (s.length < 4 || siteNames.has(s)) return false;
    return wanted.some((w) => w === s || (s.length >= 6 && ((w.includes(s) && s.length * 2 >= w.length) || (s.includes(w) && w.length * 2 >= s.length))));
  };
  const h1s = t.h1s.filter((h) => !excluded(t, h) && t.L[h]! >= 2);
  const inside = h1s.find(inC);
  if (inside !== undefined) return { id: inside, inside: true };
  const before = h1s.filter((h) => !inC(h));
  const m = before.filter((h) => matches(textOf(t, h)));
  if (m.length) return { id: nearest(m, container), inside: false };
  const found = wanted.length ? titleElement(t, container, wanted, matches) : null;
  if (found) return found;
  // an <h1> that is not the title: a headline still, unless it is a logo (a link, the site's name)
  const plain = before.filter((h) => h < container && t.A[h]! < t.L[h]! && !siteNames.has(nonSpace(textOf(t, h))));
  return plain.length ? { id: plain[plain.length - 1]!, inside: false } : null;
}

/** The innermost element before the body (or in it) whose text is the page's title. */
function titleElement(t: Tree, container: number, wanted: string[], matches: (s: string) => boolean): Headline | null {
  const inC = (id: number) => container < 0 || contains(t, container, id);
  const lengths = new Set(wanted.map((w) => w.length));
  let found: Headline | null = null;
  for (let i = 0; i < t.nodes.length; i++) {
    if (t.nodes[i]!.type === 'text') continue;
    if (excluded(t, i)) {
      i = t.end[i]! - 1;
      continue;
    }
    const l = t.L[i]!;
    const name = tagOf(t, i);
    const titleish = (t.flags[i]! & Flag.Titleish) !== 0 || name === 'h2' || name === 'h3';
    if (!(lengths.has(l) || (titleish && l >= 6 && l <= 120))) continue;
    if (t.A[i]! >= l) continue; // a link to something else
    if (!matches(textOf(t, i))) continue;
    // the innermost element with this text
    const cand = { id: i, inside: inC(i) };
    if (cand.inside) return cand;
    if (container >= 0 && i > container) break;
    found = cand;
  }
  return found;
}

/** Sentences, not a label: at least 30 characters and two marks of Chinese punctuation. */
function prose(s: string): boolean {
  if (s.length < 30) return false;
  const m = s.match(/[，。；！？]/g);
  return m !== null && m.length >= 2;
}

function nearest(ids: number[], container: number): number {
  const before = ids.filter((h) => container < 0 || h < container);
  return before.length ? before[before.length - 1]! : ids[0]!;
}

/** Lowest common ancestor of two ids (-1: the document). */
function commonAncestor(t: Tree, a: number, b: number): number {
  const up = new Set<number>();
  for (let x = a; x >= 0; x = t.parent[x]!) up.add(x);
  for (let x = b; x >= 0; x = t.parent[x]!) if (up.has(x)) return x;
  return -1;
}

export interface Body {
  lines: string[];
  container: number;
  headline: Headline | null;
  headlineText: string | null;
}

/**
 * The article's lines. `titles`: og:title, JSON-LD headline, ArticleTitle, <title> without the site
 * name; `strongTitles`: those the page gives for its article (og:title, JSON-LD, ArticleTitle);
 * `sites`: the site's name.
 */
export function articleBody(t: Tree, titles: string[], strongTitles: string[], sites: string[] = []): Body {
  const container = pickContainer(t);
  const headline = findHeadline(t, container, titles, sites);
  const body = emitLines(t, container, { dropLinkLists: true })
    .map((l) => l.text)
    .filter((s) => !isFurnitureLine(s));
  const head: string[] = [];
  let headlineText: string | null = null;
  if (headline) headlineText = textOf(t, headline.id) || null;
  if (headline && !headline.inside) {
    for (const l of emitLines(t, headline.id)) head.push(l.text);
    if (container >= 0 && headline.id < container) head.push(...bylines(t, headline.id, container));
  } else if (!headline) {
    // no visible headline: the page's own title for its article, if the text does not have it
    const joined = nonSpace(body.slice(0, 5).join(''));
    const title = strongTitles.find((s) => nonSpace(s).length >= 4);
    if (title && !joined.includes(nonSpace(title))) head.push(title.trim());
  }
  return { lines: [...head, ...body], container, headline, headlineText };
}

/** Byline and subtitle lines between the headline and the body container. */
function bylines(t: Tree, h: number, container: number): string[] {
  const from = t.end[h]!;
  if (from >= container) return [];
  const lca = commonAncestor(t, h, container);
  // Table cells beside the cells that hold the headline or the body are other columns (a forum's
  // user profile, a navigation column): not the article header.
  const rows = new Set<number>();
  for (const x of [h, container]) {
    for (let a = t.parent[x]!; a >= 0; a = t.parent[a]!) {
      const name = tagOf(t, a);
      if (name === 'td' || name === 'th') rows.add(t.parent[a]!);
    }
  }
  const skip = (id: number) => {
    const name = tagOf(t, id);
    return (name === 'td' || name === 'th') && rows.has(t.parent[id]!) && !contains(t, id, container) && !contains(t, id, h);
  };
  const lines: Line[] = emitLines(t, lca, { from, to: container, dropLinkLists: true, skip });
  const out: string[] = [];
  let meta = 0;
  let sub = 0;
  let lead = 0;
  for (const l of lines) {
    if (isFurnitureLine(l.text)) continue;
    if (l.text.length <= 200 && BYLINE.test(l.text)) {
      if (meta++ < 4) out.push(l.text);
      continue;
    }
    if (l.block < 0) continue;
    const name = tagOf(t, l.block);
    // a subtitle right under the headline
    if (meta === 0 && sub < 2 && l.text.length <= 120 && (name === 'h2' || name === 'h3' || name === 'h4')) {
      out.push(l.text);
      sub++;
      continue;
    }
    // a summary (by its class) or a lead paragraph beside the body (not in another column)
    const summary = (t.flags[l.block]! & Flag.Subtitle) !== 0;
    if (lead < 3 && (summary || (prose(l.text) && contains(t, t.parent[container]!, l.block)))) {
      out.push(l.text);
      lead++;
    }
  }
  return out;
}

