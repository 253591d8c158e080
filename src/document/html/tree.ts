// One iterative pass over the parsed page: every element and text node in document order (preorder),
// with the text statistics of each subtree. Nothing here recurses, so 10,000 nested <div>s cost what
// 10,000 sibling <div>s cost.
//
//   id          preorder index; the children of `id` are id+1, end[id+1], … up to end[id]
//   L / A / P   characters that are not spaces / of them inside <a> / Chinese sentence punctuation
//   weight      P + (L − A) / 25: prose scores high, lists of links score nothing

/** The part of a domhandler node that is read here (cheerio/htmlparser2 nodes have this shape). */
export interface DomNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: DomNode[];
}

/** Never text a reader sees: skipped with everything inside. */
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'svg', 'math', 'canvas', 'object', 'embed', 'applet',
  'select', 'option', 'button', 'input', 'textarea', 'audio', 'video', 'map', 'head', 'title', 'meta', 'link', 'base',
]);

/** Page furniture by tag; kept when they evidently hold the article (see buildTree). */
const CHROME_TAGS = new Set(['nav', 'aside', 'header', 'footer', 'form', 'menu', 'dialog']);

/**
 * Class and id words of page furniture (whole words after splitting on - _ and camelCase). Not
 * `print`: `#printContent` often wraps the article.
 */
const CHROME_WORDS = new Set([
  'nav', 'navbar', 'navi', 'navigation', 'subnav', 'topnav', 'menu', 'menus', 'breadcrumb', 'breadcrumbs', 'crumb', 'crumbs', 'bread',
  'position', 'location', 'weizhi', 'dqwz', 'footer', 'foot', 'copyright', 'bottom', 'share', 'bdshare', 'jiathis', 'bshare', 'fenxiang',
  'social', 'comment', 'comments', 'pinglun', 'sidebar', 'side', 'aside', 'related', 'relate', 'xgxw', 'xgwz', 'recommend', 'tuijian',
  'hot', 'hotnews', 'rank', 'ranking', 'paihang', 'ad', 'ads', 'advert', 'adv', 'banner', 'login', 'search', 'toolbar', 'tools',
  'qrcode', 'ewm', 'erweima', 'friendlink', 'links', 'yqlj', 'gotop', 'backtop', 'pager', 'prevnext', 'shangxia',
]);
/** Substrings that mark furniture even inside longer names (`bdsharebuttonbox`, `mod-comments-list`). */
const CHROME_PARTS = /breadcrumb|bdshare|jiathis|sidebar|copyright|footer|navbar|comment|sharebox|share_|share-|-share|_share/;

/** Containers that article CMSs use for exactly the body text. */
const STRONG_CLASSES = new Set([
  'trs_editor', 'trs_ueditor', 'article-content', 'article_content', 'articlecontent', 'article-body', 'article_body', 'articlebody',
  'pages_content', 'news_content', 'news-content', 'newscontent', 'news_txt', 'newstext', 'news-text', 'art_content', 'artibody',
  'wp_articlecontent', 'v_news_content', 'post-content', 'entry-content', 'detail-content', 'detail_content', 'content-text',
  'content_text', 'article-text', 'article_text', 'zoom', 'ucap-content', 'main-text', 'maintext', 'txt_con', 'text_con', 'con_text',
  'rich_media_content', 'zw', 'zhengwen', 'cont_text', 'trs_preappend', 'post_body', 'post-body', 'post_text', 'content-article',
  'article-detail', 'detail-text', 'news_con', 'news-con', 'newsdetail', 'article_con', 'articlecon', 'arti_content',
]);
const STRONG_IDS = new Set([
  'zoom', 'artibody', 'ucap-content', 'article_content', 'articlecontent', 'article-content', 'newscontent', 'news_content',
  'content_text', 'fontzoom', 'js_content', 'zhengwen', 'textcontent', 'text_content', 'ozoom', 'detailcontent', 'main_text',
  'contenttext', 'contentbody', 'mp-editor', 'p-detail', 'newstext', 'article-body', 'articlebody',
]);
/** Containers that often hold the body with more around it. */
const WEAK_NAMES = new Set(['content', 'article', 'detail', 'con', 'text', 'main', 'news', 'contents', 'body', 'article-main', 'wrapper-content']);

const TITLE_WORDS = new Set(['title', 'biaoti', 'headline', 'tit', 'bt', 'heading', 'artitle', 'arttitle', 'newstitle', 'dbt']);
const SUBTITLE_WORDS = new Set(['subtitle', 'subhead', 'fbt', 'futi', 'summary', 'abstract', 'lead', 'daoyu', 'digest', 'intro']);

// Chinese sentence punctuation (half-width , ; ! ? count when not inside a number).
const PUNCT_CJK = /[，。；！？、：]/g;

export const Flag = {
  Skip: 1,
  ChromeCandidate: 2,
  Chrome: 4,
  InChrome: 8,
  Strong: 16,
  Weak: 32,
  H1: 64,
  Hidden: 128,
  Titleish: 256,
  Subtitle: 512,
  Article: 1024,
} as const;

export interface Tree {
  nodes: DomNode[];
  parent: Int32Array;
  end: Int32Array;
  flags: Uint16Array;
  /** Subtree statistics with page furniture left out. */
  L: Float64Array;
  A: Float64Array;
  P: Float64Array;
  /** Elements of interest found on the way. */
  metas: DomNode[];
  jsonLd: DomNode[];
  times: number[];
  itemprops: number[];
  h1s: number[];
  titleEl: DomNode | null;
}

export function weightOf(t: Tree, id: number): number {
  return t.P[id]! + (t.L[id]! - t.A[id]!) / 25;
}

function words(s: string): string[] {
  return s
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_\-:.]+/)
    .filter(Boolean);
}

function textStats(s: string): { l: number; p: number } {
  let l = 0;
  let p = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 0x20 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b) || c === 0xfeff) continue;
    l++;
    if (c === 0x2c || c === 0x3b || c === 0x21 || c === 0x3f) {
      // , ; ! ? outside numbers
      const prev = s.charCodeAt(i - 1);
      const next = s.charCodeAt(i + 1);
      if (!(prev >= 0x30 && prev <= 0x39 && next >= 0x30 && next <= 0x39)) p++;
    }
  }
  const m = s.match(PUNCT_CJK);
  if (m) p += m.length;
  return { l, p };
}

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** Walks the document once (preorder, then twice backwards for the sums). */
export function buildTree(root: DomNode): Tree {
  const nodes: DomNode[] = [];
  const parentA: number[] = [];
  const flagsA: number[] = [];
  const ownL: number[] = [];
  const ownA: number[] = [];
  const ownP: number[] = [];
  const metas: DomNode[] = [];
  const jsonLd: DomNode[] = [];
  const times: number[] = [];
  const itemprops: number[] = [];
  const h1s: number[] = [];
  let titleEl: DomNode | null = null;

  // stack of [node, parent id, inside <a>, inside <article>]; parent -2: inside <head>, read for
  // metadata only
  const stack: [DomNode, number, boolean, boolean][] = [];
  const kids = root.children ?? [];
  for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i]!, -1, false, false]);
  while (stack.length) {
    const [node, parent, inLink, inArticle] = stack.pop()!;
    const t = node.type;
    if (parent === -2) {
      if (t !== 'tag' && t !== 'script') continue;
      const name = (node.name ?? '').toLowerCase();
      if (name === 'meta') metas.push(node);
      else if (name === 'title') titleEl ??= node;
      else if (name === 'script' && /ld\+json/i.test(node.attribs?.type ?? '')) jsonLd.push(node);
      else if (t === 'tag' && name !== 'noscript' && name !== 'template') {
        const ch = node.children ?? [];
        for (let i = ch.length - 1; i >= 0; i--) stack.push([ch[i]!, -2, false, false]);
      }
      continue;
    }
    if (t === 'text') {
      const id = nodes.length;
      nodes.push(node);
      parentA.push(parent);
      flagsA.push(0);
      const { l, p } = textStats(node.data ?? '');
      ownL.push(l);
      ownA.push(inLink ? l : 0);
      ownP.push(p);
      void id;
      continue;
    }
    if (t !== 'tag' && t !== 'script' && t !== 'style') continue; // comments, directives, CDATA
    const name = (node.name ?? '').toLowerCase();
    const attribs = node.attribs ?? {};
    const id = nodes.length;
    nodes.push(node);
    parentA.push(parent);
    ownL.push(0);
    ownA.push(0);
    ownP.push(0);
    let flags = 0;
    if (name === 'meta') metas.push(node);
    else if (name === 'title') titleEl ??= node;
    else if (name === 'script' && /ld\+json/i.test(attribs.type ?? '')) jsonLd.push(node);
    if (attribs.itemprop !== undefined && /datepublished/i.test(attribs.itemprop)) itemprops.push(id);
    if (SKIP.has(name)) {
      flagsA.push(flags | Flag.Skip);
      if (name === 'head') {
        const ch = node.children ?? [];
        for (let i = ch.length - 1; i >= 0; i--) stack.push([ch[i]!, -2, false, false]);
      }
      continue;
    }
    // hidden: share templates, anti-scraping noise inside sentences, but also, now and then, the
    // article itself, shown by a script (so hidden is furniture unless it holds the article)
    if (attribs.hidden !== undefined || (attribs.style && HIDDEN_STYLE.test(attribs.style)) || attribs['aria-hidden'] === 'true') flags |= Flag.Hidden | Flag.ChromeCandidate;
    if (name === 'time') times.push(id);
    if (name === 'h1') {
      flags |= Flag.H1;
      h1s.push(id);
    }
    if (name === 'article') flags |= Flag.Article;
    // <header> and <footer> of an <article> are the article's (headline, byline)
    if (CHROME_TAGS.has(name) && !(inArticle && (name === 'header' || name === 'footer'))) flags |= Flag.ChromeCandidate;
    const cls = attribs.class ?? '';
    const idAttr = attribs.id ?? '';
    if (cls || idAttr) {
      const lowCls = cls.toLowerCase();
      const lowId = idAttr.toLowerCase();
      const classNames = lowCls.split(/\s+/).filter(Boolean);
      if (classNames.some((c) => STRONG_CLASSES.has(c)) || STRONG_IDS.has(lowId)) flags |= Flag.Strong;
      else if (classNames.some((c) => WEAK_NAMES.has(c)) || WEAK_NAMES.has(lowId)) flags |= Flag.Weak;
      const ws = [...words(cls), ...words(idAttr)];
      if (!(flags & Flag.Strong) && (ws.some((w) => CHROME_WORDS.has(w)) || CHROME_PARTS.test(lowCls) || CHROME_PARTS.test(lowId))) flags |= Flag.ChromeCandidate;
      if (ws.some((w) => TITLE_WORDS.has(w))) flags |= Flag.Titleish;
      if (ws.some((w) => SUBTITLE_WORDS.has(w))) flags |= Flag.Subtitle;
    }
    if ((name === 'body' || name === 'html') && !(flags & Flag.Hidden)) flags &= ~Flag.ChromeCandidate;
    flagsA.push(flags);
    const ch = node.children ?? [];
    const link = inLink || name === 'a';
    const art = inArticle || name === 'article';
    for (let i = ch.length - 1; i >= 0; i--) stack.push([ch[i]!, id, link, art]);
  }

  const n = nodes.length;
  const parentArr = Int32Array.from(parentA);
  const flagsArr = Uint16Array.from(flagsA);
  const end = new Int32Array(n);
  const rawL = Float64Array.from(ownL);
  const rawA = Float64Array.from(ownA);
  const rawP = Float64Array.from(ownP);
  const hasBody = new Uint8Array(n); // holds a known container or an h1
  for (let i = n - 1; i >= 0; i--) {
    if (end[i]! < i + 1) end[i] = i + 1;
    const f = flagsArr[i]!;
    if (f & (Flag.Strong | Flag.Weak | Flag.H1 | Flag.Article)) hasBody[i] = 1;
    const p = parentArr[i]!;
    if (p >= 0) {
      if (end[i]! > end[p]!) end[p] = end[i]!;
      rawL[p]! += rawL[i]!;
      rawA[p]! += rawA[i]!;
      rawP[p]! += rawP[i]!;
      if (hasBody[i]) hasBody[p] = 1;
    }
  }
  const rawWeight = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    rawWeight[i] = rawP[i]! + (rawL[i]! - rawA[i]!) / 25;
    if (parentArr[i] === -1) total += rawWeight[i]!;
  }
  // Furniture that evidently holds the article is not furniture (ASP.NET pages sit in one <form>).
  for (let i = 0; i < n; i++) {
    const f = flagsArr[i]!;
    const p = parentArr[i]!;
    if (p >= 0 && flagsArr[p]! & (Flag.Chrome | Flag.InChrome)) {
      flagsArr[i] = f | Flag.InChrome;
      continue;
    }
    if (f & Flag.ChromeCandidate) {
      const w = rawWeight[i]!;
      const holdsArticle = w >= 0.8 * total || (hasBody[i] && w >= 0.4 * total);
      if (!holdsArticle) flagsArr[i] = f | Flag.Chrome;
    }
  }
  // Sums again without the furniture.
  const L = Float64Array.from(ownL);
  const A = Float64Array.from(ownA);
  const P = Float64Array.from(ownP);
  for (let i = n - 1; i >= 0; i--) {
    const p = parentArr[i]!;
    if (p < 0 || flagsArr[i]! & (Flag.Chrome | Flag.InChrome | Flag.Skip)) continue;
    L[p]! += L[i]!;
    A[p]! += A[i]!;
    P[p]! += P[i]!;
  }
  return { nodes, parent: parentArr, end, flags: flagsArr, L, A, P, metas, jsonLd, times, itemprops, h1s, titleEl };
}

export function tagOf(t: Tree, id: number): string {
  return (t.nodes[id]!.name ?? '').toLowerCase();
}

export function excluded(t: Tree, id: number): boolean {
  return (t.flags[id]! & (Flag.Skip | Flag.Chrome | Flag.InChrome)) !== 0;
}

export function contains(t: Tree, outer: number, inner: number): boolean {
  return inner >= outer && inner < t.end[outer]!;
}
