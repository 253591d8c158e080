// Page metadata: the title, the publication date and where it was read, the source and the author.
//
// Published, in this order: JSON-LD datePublished; <meta property="article:published_time">; the meta
// names of Chinese government and news CMSs (PubDate, publishdate, pubtime, _pubtime, og:release_date,
// itemprop=datePublished, weibo: article:create_at); <time datetime> in the article; a
// `发布时间：`/`時間：`/`日期：` line at the top of the article text. The value is the local time as
// written: `2024-01-09T10:48:52+08:00` → `2024-01-09T10:48:52`.
import { isoFromWritten } from '../published.js';
import type { Published } from '../../types.js';
import { contains, excluded, type DomNode, type Tree } from './tree.js';
import { collapse } from './layout.js';

export interface Metas {
  /** Lower-cased name/property/itemprop/http-equiv → [name as written, content]. */
  byName: Map<string, [string, string]>;
}

export function readMetas(t: Tree): Metas {
  const byName = new Map<string, [string, string]>();
  for (const m of t.metas) {
    const a = m.attribs ?? {};
    const content = a.content;
    if (content === undefined) continue;
    for (const key of [a.name, a.property, a.itemprop, a['http-equiv']]) {
      if (!key) continue;
      const k = key.trim().toLowerCase();
      if (!byName.has(k)) byName.set(k, [key.trim(), content.trim()]);
    }
  }
  return { byName };
}

function meta(m: Metas, ...names: string[]): string | null {
  for (const n of names) {
    const v = m.byName.get(n.toLowerCase());
    if (v && v[1]) return clean(v[1]);
  }
  return null;
}

function clean(s: string): string {
  return collapse(s).trim();
}

/** JSON-LD objects on the page (invalid JSON is ignored). */
export function readJsonLd(t: Tree): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const s of t.jsonLd) {
    const raw = (s.children ?? []).map((c) => c.data ?? '').join('');
    let v: unknown;
    try {
      v = JSON.parse(raw.replace(/^\s*<!--|-->\s*$/g, ''));
    } catch {
      continue;
    }
    // flatten arrays and @graph (breadth first, iteratively, the first 1,000 values)
    const queue: unknown[] = [v];
    const add = (xs: unknown[]) => {
      for (const x of xs) if (queue.length < 1000) queue.push(x);
    };
    for (let i = 0; i < queue.length; i++) {
      const x = queue[i];
      if (Array.isArray(x)) add(x);
      else if (x && typeof x === 'object') {
        const o = x as Record<string, unknown>;
        out.push(o);
        if (Array.isArray(o['@graph'])) add(o['@graph'] as unknown[]);
        if (o.mainEntity && typeof o.mainEntity === 'object') add([o.mainEntity]);
      }
    }
  }
  return out;
}

/** A date as found in metadata → ISO 8601 local date or date-time. */
export function isoFromMeta(raw: string): string | null {
  const s = raw.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const compact = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2})?)?$/.exec(s);
  if (compact) {
    const [, y, mo, d, h, mi, sec] = compact;
    const date = isoFromWritten(`${y}-${mo}-${d}`);
    if (!date) return null;
    return h === undefined ? date : `${date}T${h}:${mi}${sec ? `:${sec}` : ''}`;
  }
  return isoFromWritten(s);
}

const PUBLISHED_METAS = [
  'article:published_time',
  'pubdate',
  'publishdate',
  'pubtime',
  '_pubtime',
  'og:release_date',
  'datepublished',
  'weibo: article:create_at',
  'weibo:article:create_at',
];

const DATE_LINE = /(?:发布|發布|發佈|发表|發表|更新|发文|發文|印发|印發|成文|公布|公佈|刊登|出版)?(?:时间|時間|日期)\s*[:：]\s*(?<v>[^\n　|｜]{6,30})/;

const WRITTEN_DATE = /^\s*[\d０-９]{2,4}\s*[-/.年]\s*[\d０-９]{1,2}\s*[-/.月]\s*[\d０-９]{1,2}\s*日?(?:\s*T?\s*[\d０-９]{1,2}[:：时][\d０-９]{2}(?:[:：][\d０-９]{2})?)?/;

// a byline that starts with the date: `2024年01月09日10:48 | 来源：人民网`
const LEADING_DATE = /^(?<v>(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*(?:\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?)(?![\d])/;

/** The publication date from metadata, else from the lines at the top of the text. */
export function findPagePublished(t: Tree, m: Metas, ld: Record<string, unknown>[], container: number, headline: number, lines: string[], before: () => string[]): Published | null {
  for (const o of ld) {
    const v = o.datePublished;
    if (typeof v === 'string') {
      const iso = isoFromMeta(v);
      if (iso) return { value: iso, source: 'json-ld', raw: v };
    }
  }
  for (const n of PUBLISHED_METAS) {
    const hit = m.byName.get(n);
    if (!hit) continue;
    const iso = isoFromMeta(hit[1]);
    if (iso) return { value: iso, source: `meta:${hit[0]}`, raw: hit[1] };
  }
  // itemprop=datePublished on an element that is not a <meta>
  for (const id of t.itemprops) {
    const a = t.nodes[id]!.attribs ?? {};
    const raw = a.content ?? a.datetime ?? textOfNode(t.nodes[id]!);
    const iso = raw ? isoFromMeta(raw) : null;
    if (iso) return { value: iso, source: `meta:${a.itemprop}`, raw };
  }
  // <time datetime>: in the article (or its header) first, else the first one outside page furniture
  const times = t.times.filter((id) => !excluded(t, id) && t.nodes[id]!.attribs?.datetime);
  const inArticle = times.filter((id) => container < 0 || contains(t, container, id) || (headline >= 0 && id > headline && id < container));
  for (const id of [...inArticle, ...times]) {
    const raw = t.nodes[id]!.attribs!.datetime!;
    const iso = isoFromMeta(raw);
    if (iso) return { value: iso, source: 'time-element', raw };
  }
  const fromLines = (ls: string[], byline: boolean): Published | null => {
    for (const line of ls) {
      const d = DATE_LINE.exec(line) ?? (byline ? LEADING_DATE.exec(line) : null);
      if (!d) continue;
      const v = d.groups!.v!;
      const iso = isoFromMeta(v);
      // raw: the label and the date, not what follows it on the line
      if (iso) return { value: iso, source: 'text-line', raw: (d[0].slice(0, d[0].length - v.length) + (WRITTEN_DATE.exec(v)?.[0] ?? v)).trim() };
    }
    return null;
  };
  // the top of the article, else the last lines of the page above it (a byline the article's
  // container does not hold)
  return fromLines(lines.slice(0, 8), false) ?? fromLines(lines.slice(1, 4), true) ?? (container > 0 ? fromLines(before().slice(-8), false) : null);
}

function textOfNode(n: DomNode): string {
  // small elements only (a <span itemprop>); iterative
  let out = '';
  const stack: DomNode[] = [n];
  let budget = 200;
  while (stack.length && budget-- > 0) {
    const x = stack.pop()!;
    if (x.type === 'text') out += x.data ?? '';
    else if (x.children) for (let i = x.children.length - 1; i >= 0; i--) stack.push(x.children[i]!);
  }
  return out.trim();
}

/** The title, and the strings that may be the headline on the page. */
export function pageTitles(t: Tree, m: Metas, ld: Record<string, unknown>[]): { og: string | null; strong: string[]; all: string[]; cleaned: string | null; sites: string[] } {
  const raw = t.titleEl ? clean(textOfNode(t.titleEl)) : '';
  // the site's name, as the page gives it: <title> and og:title may carry it (`标题 - 自由財經`)
  const named = new Set([meta(m, 'og:site_name'), meta(m, 'SiteName'), meta(m, 'application-name')].filter((s): s is string => Boolean(s)));
  const cleaned = raw ? cleanTitle(raw, named) : null;
  const sites = new Set([...named, ...titleParts(raw).filter((p) => p !== cleaned)]);
  const ogRaw = meta(m, 'og:title', 'twitter:title');
  const og = ogRaw ? withoutSite(ogRaw, sites) : null;
  const article = meta(m, 'ArticleTitle', 'title', 'headline');
  const ldHeadline = ld.map((o) => o.headline).find((v): v is string => typeof v === 'string') ?? null;
  const strong = [og, ldHeadline && clean(ldHeadline), article].filter((s): s is string => Boolean(s));
  const all = [...strong, ...(cleaned ? [cleaned] : [])];
  return { og, strong, all, cleaned, sites: [...sites] };
}

const TITLE_SEPARATOR = /\s+[-–—]+\s+|\s*[_|｜]\s*|\s*--+\s*/;

function titleParts(s: string): string[] {
  return s
    .split(TITLE_SEPARATOR)
    .map((p) => p.trim())
    .filter(Boolean);
}

/**
 * `<title>` minus the site name: the first part between ` - `, `_`, `|`, ` — ` (`标题_某某区人民政府`),
 * unless it is a site's name (`sites`) or three characters before a longer part (`財政部 | 標題`).
 */
export function cleanTitle(s: string, sites: Set<string> = new Set()): string {
  const parts = titleParts(s).filter((p) => !sites.has(p));
  if (parts.length === 0) return s.trim();
  const first = parts[0]!;
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
  return first.length <= 3 && longest.length > first.length ? longest : first;
}

/** A title without the parts that are the site's name. */
function withoutSite(s: string, sites: Set<string>): string {
  const parts = titleParts(s);
  if (parts.length <= 1) return s;
  const kept = parts.filter((p) => !sites.has(p));
  return kept.length === 1 ? kept[0]! : s;
}

const SOURCE = /(?:来源|來源|出处|出處)\s*[:：]\s*(?<v>[^\s　|｜，,；;。）)】\]]{1,40})/;
const AUTHOR_FIRST = [
  /(?:作者|撰文|撰稿)\s*[:：]\s*(?<v>[^\s　|｜，,；;。）)】\]]{1,30})/,
  /(?:记者|記者)\s*[:：/／]\s*(?<v>[^\s　|｜，,；;。）)】\]〕]{1,30})/,
  /[（(〔\[【](?:本报|本報|本台)?(?:记者|記者|通讯员|通訊員)\s+(?<v>[^）)〕\]】]{1,30})[）)〕\]】]/,
];
const AUTHOR_EDITOR = [/(?:责任编辑|責任編輯|责编|責編|编辑|編輯)\s*[:：]\s*(?<v>[^\s　|｜，,；;。）)】\]]{1,30})/];
// a label glued to the next one: 来源：梅州日报时间：…
const NEXT_LABEL = /(?:发布|發布|發佈)?(?:时间|時間|日期)|作者|(?:责任)?编辑|(?:責任)?編輯|浏览|瀏覽|点击|點擊|字号|字號|阅读|閱讀|来源|來源/;

function valueOf(m: RegExpExecArray | null): string | null {
  if (!m) return null;
  let v = m.groups!.v!.trim();
  const cut = NEXT_LABEL.exec(v);
  if (cut && cut.index > 0) v = v.slice(0, cut.index);
  else if (cut) return null;
  v = v.replace(/[\s:：]+$/, '');
  if (!v || /(?:报道|報導|报导|电|電)$/.test(v)) return null;
  return v;
}

function firstMatch(lines: string[], res: RegExp[]): string | null {
  for (const line of lines) {
    const s = line.slice(0, 200);
    for (const re of res) {
      const v = valueOf(re.exec(s));
      if (v) return v;
    }
  }
  return null;
}

export function findSource(m: Metas, lines: string[]): string | null {
  const head = lines.slice(0, 8);
  return firstMatch(head, [SOURCE]) ?? meta(m, 'ContentSource', 'source', 'og:site_name_source') ?? firstMatch(lines.slice(-4), [SOURCE]);
}

export function findAuthor(m: Metas, ld: Record<string, unknown>[], lines: string[]): string | null {
  const head = lines.slice(0, 8);
  const tail = lines.slice(-4);
  const fromText = firstMatch(head, AUTHOR_FIRST) ?? firstMatch(tail, AUTHOR_FIRST);
  if (fromText) return fromText;
  for (const o of ld) {
    const a = Array.isArray(o.author) ? o.author[0] : o.author;
    if (typeof a === 'string' && a.trim()) return clean(a);
    if (a && typeof a === 'object' && typeof (a as Record<string, unknown>).name === 'string') return clean(String((a as Record<string, unknown>).name));
  }
  const fromMeta = meta(m, 'author', 'article:author');
  if (fromMeta && !/^https?:/.test(fromMeta)) return fromMeta;
  return firstMatch(head, AUTHOR_EDITOR) ?? firstMatch(tail, AUTHOR_EDITOR);
}
