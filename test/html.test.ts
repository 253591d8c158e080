// HTML input: article text and metadata (issue 5). Every gold article wrapped in a realistic page
// (fixtures/html/, made by scripts/make-html-fixtures.mjs) gives the same facts as its text; GBK and
// Big5 copies give the same JSON; each metadata source is read; malformed pages give text.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { extract, readDocument } from '../src/index.js';
import { htmlToArticle } from '../src/document/html.js';
import { extractJson } from '../src/format/json.js';
import type { Fact } from '../src/types.js';
import { cli } from './support/cli.js';
import { scoreFacts, type Gold, type Located } from './support/helpers.js';

const ROOT = new URL('../', import.meta.url);
const read = (p: string) => readFileSync(new URL(p, ROOT));

interface PageEntry {
  id: string;
  page: string;
  gold: string;
  template: string;
  copies: Record<string, string>;
  expect: { title: string; published: { value: string; source: string } | null; origin: string | null; author: string | null };
  furniture: string[];
}
const manifest = JSON.parse(read('fixtures/html/manifest.json').toString('utf8')) as PageEntry[];

/**
 * Page facts → spans of the gold text. Each line of the page text is found in the gold text with
 * spaces left out of both (the page collapses and trims them); a fact on a line the gold text does
 * not have (a sidebar, a footer) gets no span and can match nothing.
 */
function mapToGold(goldText: string, pageText: string, facts: Fact[]): (Located & { lost: boolean })[] {
  const isSpace = (c: string) => /[\s\u3000]/.test(c);
  const gpos: number[] = [];
  let gs = '';
  for (let i = 0; i < goldText.length; i++) {
    if (!isSpace(goldText[i]!)) {
      gpos.push(i);
      gs += goldText[i];
    }
  }
  // page non-space index → gold non-space index
  const ppos: number[] = [];
  const toGold: number[] = [];
  let lineStart = 0;
  let cursor = 0;
  for (const line of pageText.split('\n')) {
    let ls = '';
    const idx: number[] = [];
    for (let i = 0; i < line.length; i++) {
      if (!isSpace(line[i]!)) {
        idx.push(lineStart + i);
        ls += line[i];
      }
    }
    let at = ls ? gs.indexOf(ls, cursor) : -1;
    if (at < 0 && ls) at = gs.indexOf(ls);
    if (at >= 0) cursor = at + ls.length;
    idx.forEach((pi, j) => {
      ppos.push(pi);
      toGold.push(at >= 0 ? at + j : -1);
    });
    lineStart += line.length + 1;
  }
  const byPage = new Map<number, number>();
  ppos.forEach((pi, k) => byPage.set(pi, toGold[k]!));
  return facts.map((f) => {
    let a = -1;
    let b = -1;
    for (let i = f.start; i < f.end; i++) {
      const g = byPage.get(i);
      if (g === undefined) continue;
      if (a < 0) a = g;
      b = g;
    }
    const lost = a < 0 || b < 0;
    const start = lost ? -10 : gpos[a]!;
    const end = lost ? -9 : gpos[b]! + 1;
    return { start, end, kind: f.kind, value: f.value, text: f.text, lost, ...(f.unit ? { unit: f.unit } : {}), ...(f.currency ? { currency: f.currency } : {}) };
  });
}

const key = (f: { kind: string; value: unknown; text: string }) => `${f.kind}|${JSON.stringify(f.value)}|${f.text}`;

function multisetDiff(a: string[], b: string[]): { onlyA: string[]; onlyB: string[] } {
  const count = new Map<string, number>();
  for (const k of a) count.set(k, (count.get(k) ?? 0) + 1);
  for (const k of b) count.set(k, (count.get(k) ?? 0) - 1);
  const onlyA: string[] = [];
  const onlyB: string[] = [];
  for (const [k, n] of count) {
    for (let i = 0; i < n; i++) onlyA.push(k);
    for (let i = 0; i < -n; i++) onlyB.push(k);
  }
  return { onlyA, onlyB };
}

// ------------------------------------------------------------------------------------------------

describe('gold articles in web pages: the same facts as the text', () => {
  it('there is a page for the seed and the dev and gold fixtures (scripts/make-html-fixtures.mjs)', () => {
    expect(manifest.length).toBeGreaterThanOrEqual(21);
    expect(manifest.map((m) => m.gold)).toContain('fixtures/seed-meixian.gold.json');
    const templates = new Set(manifest.map((m) => m.template));
    expect(templates.size).toBeGreaterThanOrEqual(8);
  });
  for (const m of manifest) {
    it(`${m.id} (${m.template})`, () => {
      const gold = JSON.parse(read(m.gold).toString('utf8')) as Gold;
      const opts = gold.published ? { published: gold.published } : {};
      const text = extract(gold.text, opts);
      const page = extract(read(m.page), { source: m.page, ...opts });
      // the same facts: kind, value and characters
      const diff = multisetDiff(text.facts.map(key), page.facts.map(key));
      expect(diff, 'facts of the text only (onlyA) and of the page only (onlyB)').toEqual({ onlyA: [], onlyB: [] });
      // no fact from the sidebar, footer, scripts: every page fact sits on a line of the article
      const mapped = mapToGold(gold.text, page.doc.text, page.facts);
      expect(mapped.filter((f) => f.lost).map((f) => f.text)).toEqual([]);
      // strict F1 of the page against the gold within 0.01 of the text's
      const t = scoreFacts(gold, text.facts);
      const p = scoreFacts(gold, mapped);
      expect(Math.abs(p.f1 - t.f1)).toBeLessThanOrEqual(0.01);
      // the page's furniture and the lines the gold text has only as page furniture are not article text
      for (const f of m.furniture) expect(page.doc.text).not.toContain(f);
      for (const s of ['GDP增长5.2%', 'ICP', '版权所有', '版權所有', '分享到', '访问量', '0753-2512345', '021-12345678']) expect(page.doc.text).not.toContain(s);
    });
  }
});

describe('page metadata of the fixtures', () => {
  for (const m of manifest) {
    it(`${m.id}: title, published, source, author`, () => {
      const a = htmlToArticle(read(m.page).toString('utf8'));
      expect(a.meta.title).toBe(m.expect.title);
      expect(a.published ? { value: a.published.value, source: a.published.source } : null).toEqual(m.expect.published);
      expect(a.meta.source).toBe(m.expect.origin);
      expect(a.meta.author).toBe(m.expect.author);
    });
  }
});

describe('GBK and Big5 pages', () => {
  const copies = manifest.flatMap((m) => Object.entries(m.copies).map(([enc, file]) => ({ m, enc, file })));
  it('there are GBK and Big5 copies', () => {
    expect(copies.filter((c) => c.enc === 'gbk').length).toBeGreaterThanOrEqual(3);
    expect(copies.filter((c) => c.enc === 'big5').length).toBeGreaterThanOrEqual(3);
  });
  for (const { m, enc, file } of copies) {
    it(`${file}: byte-identical JSON to the UTF-8 page`, () => {
      const bytes = read(file);
      // really legacy bytes, not UTF-8
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
      const gold = JSON.parse(read(m.gold).toString('utf8')) as Gold;
      const opts = gold.published ? { published: gold.published } : {};
      const utf8 = extract(read(m.page), { source: 'page.html', ...opts });
      const legacy = extract(bytes, { source: 'page.html', ...opts });
      expect(legacy.doc.encoding).toEqual({ name: enc === 'gbk' ? 'GBK' : 'Big5', source: 'meta' });
      const a = extractJson(utf8);
      const b = extractJson(legacy);
      expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    });
  }
  it('a page encoded here, with an encoder, reads the same in GBK and Big5', () => {
    const iconv = createRequire(import.meta.url)('iconv-lite') as { encode(s: string, enc: string): Buffer };
    const page = (charset: string) =>
      `<html><head><meta charset="${charset}"><title>統計公報</title></head><body><div class="nav"><a>首頁</a></div><article><h1>全縣生產總值增長8.0%</h1><p>全年地區生產總值319.73億元，比上年增長8.0%。</p></article></body></html>`;
    const want = extractJson(extract(Buffer.from(page('utf-8')), { source: 'p.html', published: '2024-03-01' }));
    for (const [charset, enc] of [['gbk', 'gbk'], ['gb2312', 'gbk'], ['big5', 'big5']] as const) {
      const got = extractJson(extract(iconv.encode(page(charset), enc), { source: 'p.html', published: '2024-03-01' }));
      expect(got.facts).toEqual(want.facts);
      expect(got.title).toBe('全縣生產總值增長8.0%');
    }
  });
});

// ------------------------------------------------------------------------------------------------

const wrap = (head: string, body: string) => `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const ARTICLE = '<div class="TRS_Editor"><p>　　2023年，全市地区生产总值1077.9亿元，比上年增长3%。第一产业增加值72.8亿元，增长3.2%。</p></div>';

describe('publication date: each metadata source, in order', () => {
  const pub = (head: string, body = ARTICLE) => htmlToArticle(wrap(head, body)).published;
  it('JSON-LD datePublished (also inside @graph), the time zone dropped', () => {
    expect(pub('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-01-09T10:48:52+08:00"}</script>')).toEqual({
      value: '2024-01-09T10:48:52',
      source: 'json-ld',
      raw: '2024-01-09T10:48:52+08:00',
    });
    expect(pub('<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite"},{"@type":"Article","datePublished":"2023-12-11"}]}</script>')).toMatchObject({ value: '2023-12-11', source: 'json-ld' });
    expect(pub('<script type="application/ld+json">[{"@type":"BreadcrumbList"},{"@type":"NewsArticle","datePublished":"2024-05-01T08:00:00.000Z"}]</script>')).toMatchObject({ value: '2024-05-01T08:00:00', source: 'json-ld' });
  });
  it('invalid JSON-LD is ignored', () => {
    expect(pub('<script type="application/ld+json">{"datePublished": "2024-01-09",,}</script><meta name="PubDate" content="2024-02-01">')).toMatchObject({ value: '2024-02-01', source: 'meta:PubDate' });
  });
  it('article:published_time', () => {
    expect(pub('<meta property="article:published_time" content="2024-01-09T10:48:52+08:00">')).toEqual({ value: '2024-01-09T10:48:52', source: 'meta:article:published_time', raw: '2024-01-09T10:48:52+08:00' });
  });
  const metas: [string, string, string][] = [
    ['<meta name="PubDate" content="2024-01-09 10:48">', '2024-01-09T10:48', 'meta:PubDate'],
    ['<meta name="pubdate" content="2024/01/09">', '2024-01-09', 'meta:pubdate'],
    ['<meta name="publishdate" content="2024-01-09">', '2024-01-09', 'meta:publishdate'],
    ['<meta name="PublishDate" content="2024年1月9日">', '2024-01-09', 'meta:PublishDate'],
    ['<meta name="pubtime" content="2024-01-09 10:48:52">', '2024-01-09T10:48:52', 'meta:pubtime'],
    ['<meta name="_pubtime" content="20240109104852">', '2024-01-09T10:48:52', 'meta:_pubtime'],
    ['<meta property="og:release_date" content="2024-01-09">', '2024-01-09', 'meta:og:release_date'],
    ['<meta itemprop="datePublished" content="2024-01-09">', '2024-01-09', 'meta:datePublished'],
    ['<meta property="weibo: article:create_at" content="2024-01-09 10:48:52">', '2024-01-09T10:48:52', 'meta:weibo: article:create_at'],
  ];
  for (const [tag, value, source] of metas) {
    it(source, () => expect(pub(tag)).toMatchObject({ value, source }));
  }
  it('itemprop=datePublished on an element of the page', () => {
    expect(pub('', `<span itemprop="datePublished">2024-01-09</span>${ARTICLE}`)).toMatchObject({ value: '2024-01-09', source: 'meta:datePublished' });
  });
  it('<time datetime> in the article before one in a sidebar', () => {
    const body = `<div class="sidebar"><ul><li><a>我市GDP增长5.2%</a><time datetime="2023-10-01">10-01</time></li></ul></div><article><h1>标题</h1><time datetime="2024-01-09T10:48">2024-01-09</time>${ARTICLE}</article>`;
    expect(pub('', body)).toMatchObject({ value: '2024-01-09T10:48', source: 'time-element' });
  });
  it('a 发布时间： / 時間： / 日期： line at the top of the text', () => {
    expect(pub('', `<h1>标题</h1><div class="info">发布时间：2024-01-09 10:48　来源：梅州日报</div>${ARTICLE}`)).toEqual({ value: '2024-01-09T10:48', source: 'text-line', raw: '发布时间：2024-01-09 10:48' });
    expect(pub('', `<h1>標題</h1><div class="info">來源:梅州日報  時間:2024-01-09 10:48:52</div>${ARTICLE}`)).toMatchObject({ value: '2024-01-09T10:48:52', source: 'text-line' });
    expect(pub('', `<h1>標題</h1><div class="info">發布日期：112/08/18　發布單位：綜合統計處</div>${ARTICLE}`)).toMatchObject({ value: '2023-08-18', source: 'text-line' });
    expect(pub('', `<h1>標題</h1><p>日期：２０２４年１月９日</p>${ARTICLE}`)).toMatchObject({ value: '2024-01-09', source: 'text-line' });
    // a byline that starts with the date
    expect(pub('', `<h1>标题新闻</h1><div class="date-source">2024年01月09日10:48 | 来源：<a>人民网</a></div>${ARTICLE}`)).toMatchObject({ value: '2024-01-09T10:48', source: 'text-line' });
  });
  it('the order: JSON-LD, article:published_time, CMS names, <time>, the text', () => {
    const ld = '<script type="application/ld+json">{"datePublished":"2024-01-01"}</script>';
    const apt = '<meta property="article:published_time" content="2024-01-02">';
    const cms = '<meta name="PubDate" content="2024-01-03">';
    const time = '<article><time datetime="2024-01-04"></time><p>发布时间：2024-01-05</p>' + ARTICLE + '</article>';
    expect(pub(ld + apt + cms, time)?.value).toBe('2024-01-01');
    expect(pub(apt + cms, time)?.value).toBe('2024-01-02');
    expect(pub(cms, time)?.value).toBe('2024-01-03');
    expect(pub('', time)?.value).toBe('2024-01-04');
    expect(pub('', time.replace('<time datetime="2024-01-04"></time>', ''))?.value).toBe('2024-01-05');
  });
  it('none: null (and a date that is not one is skipped)', () => {
    expect(pub('', ARTICLE)).toBeNull();
    expect(pub('<meta name="PubDate" content="2024-02-30"><meta name="pubtime" content="2024-02-29">')?.value).toBe('2024-02-29');
  });
  it('the page date resolves the article’s partial and relative dates', () => {
    const r = extract(wrap('<meta name="PubDate" content="2024-01-09">', '<div class="TRS_Editor"><p>1月8日，全区共接报警情120起，同比下降5.2%。去年全区立案408起。</p></div>'), { source: 'p.html' });
    expect(r.doc.published).toMatchObject({ value: '2024-01-09', source: 'meta:PubDate' });
    expect(r.facts.find((f) => f.text === '1月8日')?.value).toBe('2024-01-08');
    expect(r.facts.find((f) => f.text === '去年')?.value).toBe('2023');
    // --published wins
    const o = extract(wrap('<meta name="PubDate" content="2024-01-09">', '<div class="TRS_Editor"><p>1月8日，全区接报警情120起。</p></div>'), { source: 'p.html', published: '2023-01-09' });
    expect(o.facts.find((f) => f.text === '1月8日')?.value).toBe('2023-01-08');
  });
});

describe('title, source, author', () => {
  const meta = (head: string, body: string) => htmlToArticle(wrap(head, body)).meta;
  it('title: og:title, else the h1, else <title> without the site name', () => {
    expect(meta('<title>x</title><meta property="og:title" content="梅县区平安建设">', '<h1>别的</h1>' + ARTICLE).title).toBe('梅县区平安建设');
    expect(meta('<title>梅县区平安建设_梅县区人民政府</title>', '<h1>梅县区聚焦平安建设</h1>' + ARTICLE).title).toBe('梅县区聚焦平安建设');
    expect(meta('<title>梅县区聚焦平安建设_梅县区人民政府</title>', ARTICLE).title).toBe('梅县区聚焦平安建设');
    expect(meta('<title>1-7月全省电力运行简况 - 省能源局</title>', ARTICLE).title).toBe('1-7月全省电力运行简况');
    expect(meta('<title>財政部 | 113年賦稅收入3兆7,690億元創新高</title>', ARTICLE).title).toBe('113年賦稅收入3兆7,690億元創新高');
    expect(meta('', '<p>只有一段。</p>').title).toBeNull();
  });
  it('source: 来源/來源 in the byline, else <meta name="ContentSource">', () => {
    expect(meta('', '<h1>标题</h1><div class="info">来源：梅州日报　时间：2024-01-09</div>' + ARTICLE).source).toBe('梅州日报');
    expect(meta('', '<h1>標題</h1><div class="info">來源:梅州日報時間:2024-01-09</div>' + ARTICLE).source).toBe('梅州日報');
    expect(meta('<meta name="ContentSource" content="国家统计局">', '<h1>标题</h1>' + ARTICLE).source).toBe('国家统计局');
    expect(meta('', '<h1>标题</h1>' + ARTICLE).source).toBeNull();
  });
  it('author: 作者/记者, else the page’s author, else 责任编辑', () => {
    expect(meta('', '<h1>标题</h1><div class="info">作者：张三　来源：本报</div>' + ARTICLE).author).toBe('张三');
    expect(meta('<meta name="author" content="某某网">', '<h1>标题</h1><div class="info">记者：李四</div>' + ARTICLE).author).toBe('李四');
    expect(meta('', '<h1>标题</h1><div class="TRS_Editor"><p>全年增长5%。（记者 陈曦 周倩）</p></div>').author).toBe('陈曦 周倩');
    expect(meta('<meta name="author" content="王五">', '<h1>标题</h1>' + ARTICLE).author).toBe('王五');
    expect(meta('', '<h1>標題</h1><div class="TRS_Editor"><p>全年增長5%。</p><p>（責任編輯：財經中心）</p></div>').author).toBe('財經中心');
    expect(meta('', '<h1>標題</h1><div class="TRS_Editor"><p>〔記者／台北報導〕財政部昨天公布出口增長5%。</p></div>').author).toBeNull();
  });
});

// ------------------------------------------------------------------------------------------------

const text = (body: string, head = '') => htmlToArticle(wrap(head, body)).text;

describe('layout: the text a reader sees', () => {
  it('one line per block, <br> breaks a line, no blank lines, spaces collapsed and trimmed', () => {
    expect(text('<div class="TRS_Editor"><p>　　第一段，  有  空格。</p><p></p><p>&nbsp;</p><div>第二段<br>换行<br><br><br>再换行</div>\n\n<p>  第三段 </p></div>')).toBe('第一段， 有 空格。\n第二段\n换行\n再换行\n第三段');
  });
  it('table rows are lines, cells separated by tabs', () => {
    expect(text('<div class="TRS_Editor"><p>表1，如下。</p><table><tr><th>指标</th><th>绝对数</th><th>增长%</th></tr><tr><td>地区生产总值</td><td> 1077.9 </td><td>3.0</td></tr><tr><td>第一产业</td><td></td><td>3.2</td></tr></table></div>')).toBe('表1，如下。\n指标\t绝对数\t增长%\n地区生产总值\t1077.9\t3.0\n第一产业\t\t3.2');
  });
  it('a Word table (a paragraph in every cell) is still one line a row; a layout row is not', () => {
    expect(text('<div class="TRS_Editor"><table class="MsoNormalTable"><tbody><tr><td><p>指标</p></td><td><p>绝对额（亿元）</p></td></tr><tr><td><p class="MsoNormal">第一产业</p></td><td><p><span>89755</span></p></td></tr></tbody></table></div>')).toBe('指标\t绝对额（亿元）\n第一产业\t89755');
    expect(text('<table><tr><td><a>新闻</a></td><td><p>第一段，增长5%。</p><p>第二段，增长3%。</p><p>第三段。</p></td></tr></table>')).toBe('第一段，增长5%。\n第二段，增长3%。\n第三段。');
  });
  it('image captions are kept, images are not', () => {
    expect(text('<article><h1>标题</h1><figure><img src="a.jpg" alt="不是文字"><figcaption>民警走访群众。</figcaption></figure><p>正文，第一段。</p></article>')).toBe('标题\n民警走访群众。\n正文，第一段。');
  });
  it('entities are decoded', () => {
    expect(text('<div class="TRS_Editor"><p>&ldquo;平安&rdquo;&mdash;&mdash;增长5&#37;，&#x4E07;元&amp;亿元&lt;&gt;。</p></div>')).toBe('“平安”——增长5%，万元&亿元<>。');
  });
  it('a line break in the source between Chinese characters or a number and its unit is no space', () => {
    expect(text('<div class="TRS_Editor"><p>涉案金额共2488.1\n万元，同比\n下降31%，GDP\n增长。English\nwords.</p></div>')).toBe('涉案金额共2488.1万元，同比下降31%，GDP 增长。English words.');
  });
  it('inline elements do not break lines; <pre> keeps its lines', () => {
    expect(text('<div class="TRS_Editor"><p>全年<strong>增长</strong><span>5.2%</span>，<a href="#">详见</a>附表。</p><pre>第一行\n第二行</pre></div>')).toBe('全年增长5.2%，详见附表。\n第一行\n第二行');
  });
  it('hidden elements and zero-width characters are not text', () => {
    expect(text('<div class="TRS_Editor"><p>增长\u200b5%。</p><p style="display:none">隐藏的100人。</p><p hidden>也隐藏。</p></div>')).toBe('增长5%。');
    // noise hidden inside a sentence against scrapers
    expect(text('<div class="TRS_Editor"><p>全年增长<span style="display:none">9</span>5%，共计100人。</p></div>')).toBe('全年增长5%，共计100人。');
  });
  it('an article hidden until a script shows it is still the article', () => {
    expect(text('<div class="nav"><a>首页</a></div><div id="content" style="display:none"><p>全年增长5%，共计100人。</p><p>第二段，增长3%。</p></div><div class="share" style="display:none">分享到：微信</div>')).toBe('全年增长5%，共计100人。\n第二段，增长3%。');
  });
});

describe('finding the article', () => {
  const SIDEBAR = '<div class="right"><h3>相关新闻</h3><ul><li><a href="/1">我市前三季度GDP增长5.2%</a></li><li><a href="/2">全区新增就业1.2万个</a></li><li><a href="/3">1-11月工业增长6.8%</a></li></ul></div>';
  const FOOTER = '<div class="footer"><p>版权所有：某某区人民政府　联系电话：0753-2512345</p><p>粤ICP备12345678号　粤公网安备44140302000123号</p></div>';
  const CRUMB = '<div class="crumb">当前位置：<a>首页</a> &gt; <a>政务公开</a></div>';
  it('a known container; the headline and byline above it come first', () => {
    const page = `${CRUMB}<div class="wrap"><div class="left"><h1>全市经济平稳增长</h1><div class="info">来源：市统计局　发布时间：2024-01-09</div><div class="tools">【字号：大 中 小】【打印】【关闭】</div><div class="TRS_Editor"><p>2023年，全市GDP增长5.5%。</p><p>第二段，增长3%。</p></div><div class="share">分享到：<a>微信</a></div></div>${SIDEBAR}</div>${FOOTER}`;
    expect(text(page)).toBe('全市经济平稳增长\n来源：市统计局　发布时间：2024-01-09\n2023年，全市GDP增长5.5%。\n第二段，增长3%。');
  });
  it('a page with no known container: the densest block', () => {
    const paras = ['一季度，全市实现地区生产总值1200亿元，同比增长5.1%。', '二季度，全市规模以上工业增加值增长6.2%，其中制造业增长7%。', '上半年，社会消费品零售总额增长4.3%，固定资产投资增长3.9%。'];
    const page = `<div class="a1"><div class="b2"><a>首页</a> <a>新闻</a></div></div><div class="c3"><div class="d4"><div class="e5">${paras.map((p) => `<p>${p}</p>`).join('')}</div><div class="f6"><p>编辑：张三</p></div></div><div class="g7"><div class="h8"><a>热点：我市GDP增长5.2%</a><br><a>外贸进出口增长8%</a></div><div class="i9">天气：晴，12℃至20℃</div></div></div>${FOOTER}`;
    // (the editor's line in its own block after the body is lost: the body holds 93% of the column)
    expect(text(page)).toBe(paras.join('\n'));
  });
  it('an <article> with its header, related links and comments', () => {
    const page = `<header class="site"><h1 class="logo">某某网</h1><nav><a>首页</a><a>财经</a></nav></header><main><article><header><h1>茅台前三季度净利润528.76亿元</h1><div class="meta">来源：证券时报网　时间：2023-11-01 08:15</div></header><p>前三季度营业总收入1053.16亿元，增长17.20%。</p><section class="related"><h3>相关阅读</h3><ul><li><a>五粮液三季度增长12%</a></li></ul></section><div class="comments"><p>网友：涨了20%，点赞105</p></div></article><aside><h3>热榜</h3><p>沪指涨1.2%，成交8000亿元。</p></aside></main><footer>Copyright © 2024 某某网 沪ICP备08012345号</footer>`;
    expect(text(page)).toBe('茅台前三季度净利润528.76亿元\n来源：证券时报网　时间：2023-11-01 08:15\n前三季度营业总收入1053.16亿元，增长17.20%。');
  });
  it('a page inside one <form> (ASP.NET) is not page furniture', () => {
    const page = `<form id="form1" method="post"><input type="hidden" name="__VIEWSTATE" value="x"><div class="menu"><a>首页</a></div><div id="zoom"><p>全年增长5%，共计100人。</p></div>${FOOTER}</form>`;
    expect(text(page)).toBe('全年增长5%，共计100人。');
  });
  it('a table layout: the cell with the text, not the navigation column beside it', () => {
    const page = `<table><tr><td class="lnav"><a>新聞公報</a><br><a>九月失業率3.1%</a><br><a>政府發行150億元債券</a></td><td><table><tr><td><span>第三季本地生產總值按年增長1.8%</span></td></tr><tr><td><span id="pressrelease">政府今日發表報告。<br><br>第三季按年上升1.8%，首季增長2.8%。<br><br>2024年11月15日（星期五）</span></td></tr></table></td></tr></table>`;
    expect(text(page, '<title>第三季本地生產總值按年增長1.8%</title>')).toBe('第三季本地生產總值按年增長1.8%\n政府今日發表報告。\n第三季按年上升1.8%，首季增長2.8%。\n2024年11月15日（星期五）');
  });
  it('a short article: its body container, though the byline weighs as much', () => {
    const page = '<div class="article"><h1>标题</h1><div class="pages-date">2024-01-09 10:48 <span class="font">来源： 新华社</span></div><div class="pages_content" id="UCAP-CONTENT"><p>全年增长5%，共计100人。</p></div><div class="editor">【我要纠错】 责任编辑：王五</div></div>';
    const a = htmlToArticle(wrap('', page));
    expect(a.text).toBe('标题\n2024-01-09 10:48 来源： 新华社\n全年增长5%，共计100人。');
    expect(a.published).toMatchObject({ value: '2024-01-09T10:48', source: 'text-line' });
    expect(a.meta.source).toBe('新华社');
  });
  it('the headline is the element with the page’s title, not a logo <h1> with the site’s name', () => {
    const page = '<h1>梅县区人民政府</h1><div class="nav"><a>首页</a></div><div class="title">统计公报</div><div class="TRS_Editor"><p>全年增长5%，共计100人。</p></div>';
    expect(htmlToArticle(wrap('<title>统计公报_梅县区人民政府</title>', page))).toMatchObject({ text: '统计公报\n全年增长5%，共计100人。', meta: { title: '统计公报' } });
  });
  it('a subtitle and a lead paragraph between the headline and the body are kept', () => {
    const page = '<div class="article"><h1>全市经济平稳增长</h1><h2>前三季度GDP增长5.5%</h2><div class="info">来源：市统计局</div><p>前三季度，全市经济运行稳中有进，地区生产总值增长5.5%，快于全省0.3个百分点。</p><div class="TRS_Editor"><p>分产业看，第一产业增长3%。</p><p>第二产业增长6%，第三产业增长5%。</p></div></div><div class="right"><p>今日天气：晴，最高气温20℃，最低气温12℃，空气质量良。</p></div>';
    expect(text(page)).toBe('全市经济平稳增长\n前三季度GDP增长5.5%\n来源：市统计局\n前三季度，全市经济运行稳中有进，地区生产总值增长5.5%，快于全省0.3个百分点。\n分产业看，第一产业增长3%。\n第二产业增长6%，第三产业增长5%。');
  });
  it('no visible headline: og:title first', () => {
    expect(text('<div class="TRS_Editor"><p>全年增长5%。</p></div>', '<meta property="og:title" content="全年经济增长5%">')).toBe('全年经济增长5%\n全年增长5%。');
  });
  it('facts of the sidebar, the footer and the scripts are not facts of the page', () => {
    const page = wrap('<script>var pv="访问量100万次";</script>', `${CRUMB}<h1>全市经济平稳增长</h1><div class="TRS_Editor"><p>2023年，全市GDP增长5.5%。</p></div>${SIDEBAR}${FOOTER}<script>document.write("增长9%")</script>`);
    const r = extract(page, { source: 'p.html', published: '2024-01-09' });
    expect(r.facts.map((f) => f.text)).toEqual(['2023年', '5.5%']);
  });
});

describe('malformed and hostile pages: text, never a crash', () => {
  it('10,000 nested <div>s', { timeout: 30_000 }, () => {
    const html = '<html><body>' + '<div>'.repeat(10000) + '<p>全年增长5%，共计100人。</p>' + '</div>'.repeat(10000) + '</body></html>';
    const t0 = performance.now();
    expect(htmlToArticle(html).text).toBe('全年增长5%，共计100人。');
    expect(performance.now() - t0).toBeLessThan(5000);
  });
  it('100,000 unclosed nested inline tags', { timeout: 30_000 }, () => {
    const html = '<html><body><div class="TRS_Editor">' + '<span><b>'.repeat(50000) + '全年增长5%，共计100人。';
    expect(htmlToArticle(html).text).toBe('全年增长5%，共计100人。');
  });
  it('unclosed tags, a stray </html> and </body> in the middle', () => {
    const html = '<html><body><div class="TRS_Editor"><p>第一段，100人。</html><p>第二段，200人。</body><div><b>第三段，300人<p>第四段，400人';
    expect(htmlToArticle(html).text).toBe('第一段，100人。\n第二段，200人。\n第三段，300人\n第四段，400人');
  });
  it('no <html>, no <body>, plain text, empty', () => {
    expect(htmlToArticle('<p>全年增长5%。</p>').text).toBe('全年增长5%。');
    expect(htmlToArticle('全年增长5%。').text).toBe('全年增长5%。');
    expect(htmlToArticle('').text).toBe('');
    expect(htmlToArticle('<html><head><title>只有标题</title></head><body></body></html>').text).toBe('');
    expect(htmlToArticle('<!-- unclosed comment <p>全年增长5%。</p>').text).toBe('');
  });
  it('an unclosed <script> or <style> swallows the rest, as in a browser', () => {
    expect(htmlToArticle('<p>前文，5人。</p><script>var a = "<p>不是正文</p>";').text).toBe('前文，5人。');
  });
  it('many siblings and a long page stay fast', { timeout: 30_000 }, () => {
    const para = '<p>　　2023年，梅县区立电诈案件408起、同比下降11.30%，涉案金额共2488.1万元、同比下降31%。</p>\n';
    const side = '<li><a href="/a/1.html">我市前三季度GDP增长5.2%</a><span>2024-01-02</span></li>';
    const html = wrap('<title>t</title>', `<div class="nav"><ul>${side.repeat(2000)}</ul></div><div class="TRS_Editor">${para.repeat(5000)}</div>`);
    const t0 = performance.now();
    const a = htmlToArticle(html);
    expect(a.text.split('\n').length).toBe(5000);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
  it('readDocument: HTML by content when the name does not say', () => {
    const d = readDocument(Buffer.from(wrap('', ARTICLE)), { source: 'page.txt' });
    expect(d.text).toContain('1077.9亿元');
    expect(d.text).not.toContain('<p>');
  });
});

describe('facts text (CLI)', () => {
  it('--format json: file, title, published, source, author and text of every page', { timeout: 60_000 }, () => {
    const files = manifest.map((m) => m.page);
    const r = cli(['text', '--format', 'json', ...files]);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { file: string; title: string | null; published: string | null; source: string | null; author: string | null; text: string }[];
    expect(out.length).toBe(manifest.length);
    out.forEach((o, i) => {
      const m = manifest[i]!;
      expect(o.file).toBe(m.page);
      expect(o.title).toBe(m.expect.title);
      expect(o.published).toBe(m.expect.published?.value ?? readDocument(read(m.page), { source: m.page }).published?.value ?? null);
      expect(o.source).toBe(m.expect.origin);
      expect(o.author).toBe(m.expect.author);
      expect(o.text).toBe(readDocument(read(m.page), { source: m.page }).text);
    });
  });
  it('plain: the text that offsets refer to; a Big5 page prints as UTF-8', { timeout: 60_000 }, () => {
    const m = manifest.find((x) => x.copies.big5)!;
    const r = cli(['text', m.copies.big5!]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(readDocument(read(m.page), { source: m.page }).text + '\n');
    const e = cli(['extract', '--format', 'json', m.copies.big5!]);
    const doc = JSON.parse(e.stdout) as { facts: { text: string; start: number; end: number }[] };
    const cps = [...r.stdout];
    for (const f of doc.facts) expect(cps.slice(f.start, f.end).join('')).toBe(f.text);
  });
});
