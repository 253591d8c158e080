#!/usr/bin/env node
// Wraps each gold article (fixtures/seed-meixian.gold.json, fixtures/dev/*.json, fixtures/gold/*.json)
// in a realistic web page and writes fixtures/html/<id>.html (UTF-8), GBK and Big5 copies of some
// (<id>.gbk.html, <id>.big5.html, encoded with iconv-lite, with the matching <meta charset>), and
// fixtures/html/manifest.json (the gold file of each page and the metadata the page states).
//
//   node scripts/make-html-fixtures.mjs            # writes the pages
//   node scripts/make-html-fixtures.mjs --check    # also checks (needs `npm run build`) that no line
//                                                  # moved into page furniture holds a fact
//
// Every page has navigation, a breadcrumb, a sidebar of other headlines with their own numbers, a
// share widget, scripts and a footer with a phone number and a licence number. The templates differ:
// a mainland government site (TRS_Editor, #zoom), a news site (<article>, JSON-LD), Taiwan government
// and news sites, a Hong Kong site laid out with tables, a Macau site, a forum (no known container:
// found by text density) and a news site with unknown class names (density again). The article's
// lines are the gold text's lines; lines that are page furniture in the gold text (a breadcrumb, 字號,
// an ICP line, a kicker above the headline on some templates) move into the page's furniture.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'fixtures/html');
const require = createRequire(join(ROOT, 'package.json'));
const iconv = require('iconv-lite');

// ------------------------------------------------------------------------------------------------
// Which page each article goes on, and what the page says about itself.
//   pub: [how, value as written on the page]; expect.published: what htmlToArticle must read.
//   origin / author: what `facts text --format json` must report.
const PAGES = [
  {
    gold: 'fixtures/seed-meixian.gold.json',
    template: 'govTrs',
    site: '梅州市梅縣區人民政府',
    noH1: true,
    subtitle: [2],
    captions: [6, 9, 12, 15, 18],
    pub: ['meta:PubDate', '2024-01-09 10:48'],
    metaSource: '梅州日報',
    encodings: ['gbk'],
    expect: { published: ['2024-01-09T10:48', 'meta:PubDate'], origin: '梅州日報', author: null },
  },
  {
    gold: 'fixtures/dev/dev-hans-aipu-2024q3.json',
    template: 'news',
    site: '中财网',
    pub: ['json-ld', '2024-10-30T18:31:15+08:00'],
    ldAuthor: '周宁',
    expect: { published: ['2024-10-30T18:31:15', 'json-ld'], origin: '中财网', author: '周宁' },
  },
  {
    gold: 'fixtures/dev/dev-hans-dianli-1-7yue.json',
    template: 'govZoom',
    site: '省能源局',
    pub: null,
    expect: { published: null, origin: '省能源局电力处', author: '赵敏' },
  },
  {
    gold: 'fixtures/dev/dev-hans-gongan-wuping.json',
    template: 'news',
    site: '闽西警讯网',
    pub: ['meta:pubtime', '2019-01-11 08:30:00'],
    expect: { published: ['2019-01-11T08:30:00', 'meta:pubtime'], origin: '闽西警讯', author: '林立' },
  },
  {
    gold: 'fixtures/dev/dev-hans-tongji-2019.json',
    template: 'govZoom',
    site: '市统计局',
    pub: null,
    titleInTable: true,
    expect: { published: null, origin: '市统计局', author: '王琳' },
  },
  {
    gold: 'fixtures/dev/dev-hant-dgbas-national-income.json',
    template: 'twGov',
    site: '行政院主計總處',
    pub: ['itemprop', '2023-08-18'],
    expect: { published: ['2023-08-18', 'meta:datePublished'], origin: null, author: null },
  },
  {
    gold: 'fixtures/dev/dev-hant-jinyun-bulletin.json',
    template: 'forum',
    site: '石家莊論壇',
    pub: null,
    expect: { published: null, origin: '縉雲縣統計局', author: '縣融媒體中心' },
  },
  {
    gold: 'fixtures/dev/dev-hant-ltn-exports.json',
    template: 'twNews',
    site: '自由財經',
    pub: ['meta:article:published_time', '2025-12-10T05:30:00+08:00'],
    expect: { published: ['2025-12-10T05:30:00', 'meta:article:published_time'], origin: null, author: '自由時報' },
  },
  {
    gold: 'fixtures/dev/dev-hant-macau-tourism.json',
    template: 'macau',
    site: '澳門特別行政區政府入口網站',
    pub: ['time', '2024-06-16T17:05:00+08:00'],
    encodings: ['big5'],
    expect: { published: ['2024-06-16T17:05:00', 'time-element'], origin: null, author: null },
  },
  {
    gold: 'fixtures/gold/gold-hans-caigou-zhaobiao.json',
    template: 'govTrs',
    site: '城东区公共资源交易中心',
    pub: ['meta:PubDate', '2024-03-15 17:20'],
    metaSource: '城东区公共资源交易中心',
    encodings: ['gbk'],
    expect: { published: ['2024-03-15T17:20', 'meta:PubDate'], origin: '城东区公共资源交易中心', author: null },
  },
  {
    gold: 'fixtures/gold/gold-hans-gangkou-2023.json',
    template: 'news',
    site: '中国水运网',
    pub: ['json-ld-graph', '2024-01-05T10:12:00+08:00'],
    expect: { published: ['2024-01-05T10:12:00', 'json-ld'], origin: '中国水运网', author: '沈佳' },
  },
  {
    gold: 'fixtures/gold/gold-hans-liangshi-2023.json',
    template: 'news',
    site: '新华网',
    pub: ['meta:itemprop', '2023-12-11'],
    expect: { published: ['2023-12-11', 'meta:datePublished'], origin: null, author: '陈曦 周倩' },
  },
  {
    gold: 'fixtures/gold/gold-hans-maotai-2023q3.json',
    template: 'news',
    site: '证券时报网',
    pub: ['meta:article:published_time', '2023-11-01T08:15:00+08:00'],
    encodings: ['gbk'],
    expect: { published: ['2023-11-01T08:15:00', 'meta:article:published_time'], origin: '证券时报网', author: '证券时报网编辑部' },
  },
  {
    gold: 'fixtures/gold/gold-hans-tongji-2023.json',
    template: 'govTrs',
    site: '国家统计局',
    pub: ['meta:PubDate', '2024-02-29 09:30'],
    metaSource: '国家统计局',
    encodings: ['gbk'],
    expect: { published: ['2024-02-29T09:30', 'meta:PubDate'], origin: '国家统计局', author: null },
  },
  {
    gold: 'fixtures/gold/gold-hans-weijian-2023.json',
    template: 'govTrs',
    site: '国家卫生健康委员会',
    pub: ['meta:publishdate', '2024-08-29'],
    expect: { published: ['2024-08-29', 'meta:publishdate'], origin: '国家卫生健康委规划发展与信息化司', author: null },
  },
  {
    gold: 'fixtures/gold/gold-hant-cna-typhoon-gaemi.json',
    template: 'twNewsCna',
    site: '中央社',
    pub: ['meta:pubdate', '2024/07/27 14:35'],
    metaAuthor: '林○○',
    encodings: ['big5'],
    expect: { published: ['2024-07-27T14:35', 'meta:pubdate'], origin: null, author: '林○○' },
  },
  {
    gold: 'fixtures/gold/gold-hant-hk-gdp-2024q3.json',
    template: 'hk',
    site: '香港特別行政區政府新聞公報',
    pub: ['meta:_pubtime', '20241115113000'],
    encodings: ['big5'],
    expect: { published: ['2024-11-15T11:30:00', 'meta:_pubtime'], origin: null, author: null },
  },
  {
    gold: 'fixtures/gold/gold-hant-hk-police-2023.json',
    template: 'hk',
    site: '香港警務處',
    pub: null,
    encodings: ['big5'],
    expect: { published: null, origin: null, author: null },
  },
  {
    gold: 'fixtures/gold/gold-hant-macau-ggr-2024.json',
    template: 'macau',
    site: '博彩監察協調局',
    pub: ['meta:weibo: article:create_at', '2025-01-01 16:00:00'],
    encodings: ['big5'],
    expect: { published: ['2025-01-01T16:00:00', 'meta:weibo: article:create_at'], origin: null, author: null },
  },
  {
    gold: 'fixtures/gold/gold-hant-mof-tax-revenue.json',
    template: 'twGovKnown',
    site: '財政部',
    pub: ['meta:og:release_date', '2025-01-09'],
    encodings: ['big5'],
    expect: { published: ['2025-01-09', 'meta:og:release_date'], origin: null, author: null },
  },
  {
    gold: 'fixtures/gold/gold-hant-nbs-2024-converted.json',
    template: 'density',
    site: '國家統計局',
    pub: null,
    expect: { published: ['2025-01-17T10:00', 'text-line'], origin: '國家統計局網站', author: '綜合司' },
  },
];

// ------------------------------------------------------------------------------------------------
// The article's parts, from the gold text's lines.

const BREADCRUMB = /^(?:当前位置|當前位置|首页|首頁)[^\n]*>/;
const FURNITURE = /^(?:字號|字号)\s*[:：]?\s*$|ICP备/;
const BYLINE = /(?:来源|來源|时间|時間|日期|發布|发布|發佈)\s*[:：]|^(?:19|20)\d{2}-\d{2}-\d{2}/;
const HEADING = /^[一二三四五六七八九十]+、|^(?:项目概况)$/;

function parts(gold, page) {
  const lines = gold.text.split('\n');
  const roles = lines.map(() => 'body');
  let headline = -1;
  lines.forEach((l, i) => {
    if (!l.trim()) roles[i] = 'blank';
    else if (BREADCRUMB.test(l.trim())) roles[i] = 'breadcrumb';
    else if (FURNITURE.test(l.trim())) roles[i] = 'furniture';
  });
  // the headline: the first line that is none of those; above it a kicker (`財政部新聞稿`) and, on
  // Taiwan government press releases, the byline
  for (let i = 0; i < lines.length; i++) {
    if (roles[i] !== 'body') continue;
    if (i === 0 && /新聞稿|新聞公報|新闻稿/.test(lines[i])) {
      roles[i] = 'kicker';
      continue;
    }
    if (BYLINE.test(lines[i])) continue;
    headline = i;
    roles[i] = 'headline';
    break;
  }
  for (let i = 0; i < headline; i++) if (roles[i] === 'body' && BYLINE.test(lines[i])) roles[i] = 'byline';
  for (let i = headline + 1; i < lines.length; i++) {
    if (roles[i] === 'blank' || roles[i] === 'furniture') continue;
    if ((page.subtitle ?? []).includes(i)) roles[i] = 'subtitle';
    else if (roles[i] === 'body' && BYLINE.test(lines[i]) && i <= headline + 3 && lines[i].length < 80) roles[i] = 'byline';
    else break;
  }
  for (const c of page.captions ?? []) roles[c] = 'caption';
  const get = (role) => lines.map((l, i) => [l.trim(), i]).filter(([, i]) => roles[i] === role).map(([l]) => l);
  const body = lines
    .map((l, i) => [l.trim(), roles[i]])
    .filter(([, r]) => r === 'body' || r === 'caption')
    .map(([text, r]) => ({ text, kind: r === 'caption' ? 'caption' : HEADING.test(text) || (text.length <= 18 && !/[。；，,.]$/.test(text) && !/\d/.test(text)) ? 'heading' : 'p' }));
  return {
    lines,
    roles,
    headline: lines[headline].trim(),
    kicker: get('kicker'),
    byline: get('byline'),
    subtitle: get('subtitle'),
    breadcrumb: get('breadcrumb'),
    furniture: get('furniture'),
    body,
  };
}

// ------------------------------------------------------------------------------------------------
// HTML helpers.

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
// old CMS editors write quotes and dashes as named entities
const escEntities = (s) => esc(s).replace(/“/g, '&ldquo;').replace(/”/g, '&rdquo;').replace(/—/g, '&mdash;').replace(/…/g, '&hellip;').replace(/·/g, '&middot;');
const attr = (s) => esc(s).replace(/"/g, '&quot;');

function pubMeta(pub) {
  if (!pub) return '';
  const [how, v] = pub;
  switch (how) {
    case 'json-ld':
    case 'json-ld-graph':
      return '';
    case 'meta:PubDate':
      return `<meta name="PubDate" content="${v}">`;
    case 'meta:publishdate':
      return `<meta name="publishdate" content="${v}">`;
    case 'meta:pubtime':
      return `<meta name="pubtime" content="${v}">`;
    case 'meta:_pubtime':
      return `<meta name="_pubtime" content="${v}">`;
    case 'meta:pubdate':
      return `<meta name="pubdate" content="${v}">`;
    case 'meta:article:published_time':
      return `<meta property="article:published_time" content="${v}">`;
    case 'meta:og:release_date':
      return `<meta property="og:release_date" content="${v}">`;
    case 'meta:weibo: article:create_at':
      return `<meta property="weibo: article:create_at" content="${v}">`;
    case 'meta:itemprop':
    case 'itemprop':
    case 'time':
      return '';
    default:
      throw new Error(`unknown pub ${how}`);
  }
}

function jsonLd(page, headline) {
  if (!page.pub || !page.pub[0].startsWith('json-ld')) return '';
  const article = {
    '@type': 'NewsArticle',
    headline,
    datePublished: page.pub[1],
    dateModified: page.pub[1],
    publisher: { '@type': 'Organization', name: page.site },
    ...(page.ldAuthor ? { author: { '@type': 'Person', name: page.ldAuthor } } : {}),
  };
  const doc = page.pub[0] === 'json-ld-graph'
    ? { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: page.site, url: 'https://www.example.cn/' }, article] }
    : { '@context': 'https://schema.org', ...article };
  return `<script type="application/ld+json">${JSON.stringify(doc, null, 2)}</script>`;
}

const CHARSET_TAG = '<meta charset="utf-8">';

// Scripts that carry numbers (analytics, view counters): never article text.
const SCRIPTS = `<script type="text/javascript">
var _hmt = _hmt || []; var pageViews = 1234567; var stats = {gdp: "5.2%", visitors: "3,200万人次"};
(function() { var hm = document.createElement("script"); hm.src = "https://hm.example.com/hm.js?a1b2c3"; var s = document.getElementsByTagName("script")[0]; s.parentNode.insertBefore(hm, s); })();
document.write('<span class="pv">访问量：' + pageViews + '次</span>');
</script>
<noscript><img src="https://stats.example.com/count.gif?id=4414" alt="统计 2024年访问量100万次"></noscript>`;

const STYLE = `<style type="text/css">
body { font: 14px/1.8 "Microsoft YaHei", SimSun; margin: 0; } .w1200 { width: 1200px; margin: 0 auto; }
.TRS_Editor p { text-indent: 2em; } .hide { display: none; } /* 第3版 2023年12月 */
</style>`;

// ------------------------------------------------------------------------------------------------
// Templates. Each returns a complete page; the article's lines appear in it exactly once.

function bodyParas(body, style) {
  let img = 0;
  return body
    .map((b) => {
      if (b.kind === 'caption') {
        img++;
        if (style === 'gov') return `<p style="text-align: center;"><img src="./W020240109${img}.jpg" border="0" oldsrc="W020240109${img}.jpg"></p>\n<p style="text-align: center;">${escEntities(b.text)}</p>`;
        return `<figure class="pic"><img src="/images/2024/${img}.jpg" alt=""><figcaption>${esc(b.text)}</figcaption></figure>`;
      }
      if (b.kind === 'heading') {
        if (style === 'gov') return `<p style="text-indent: 2em;"><strong>${escEntities(b.text)}</strong></p>`;
        return `<h2>${esc(b.text)}</h2>`;
      }
      if (style === 'gov') return `<p style="text-indent: 2em;">&#12288;&#12288;${escEntities(b.text)}</p>`;
      if (style === 'indent') return `<p>　　${esc(b.text)}</p>`;
      return `<p>${esc(b.text)}</p>`;
    })
    .join('\n');
}

function spans(line) {
  // a byline as separate spans, the ideographic spaces between them kept as written
  return line
    .split('　')
    .map((s) => `<span>${esc(s)}</span>`)
    .join('　');
}

function govSidebarCn() {
  return `<div class="main-right">
  <div class="box hot"><div class="box-title"><h3>热点新闻</h3><a class="more" href="/xwzx/">更多&gt;&gt;</a></div>
  <ul>
    <li><a href="/xwzx/202401/t20240105_1.html" title="我市前三季度GDP增长5.2%">我市前三季度GDP增长5.2%</a><span>2024-01-05</span></li>
    <li><a href="/xwzx/202401/t20240104_2.html">全区新增城镇就业1.2万人 完成年度任务108%</a><span>2024-01-04</span></li>
    <li><a href="/xwzx/202401/t20240103_3.html">1-11月规上工业增加值同比增长6.8%</a><span>2024-01-03</span></li>
    <li><a href="/xwzx/202312/t20231229_4.html">我区投入3.5亿元实施28项民生实事</a><span>2023-12-29</span></li>
  </ul></div>
  <div class="box"><div class="box-title"><h3>专题专栏</h3></div>
  <ul class="zt"><li><a href="/zt/1/"><img src="/images/zt1.jpg" alt="学习贯彻党的二十大精神"></a></li><li><a href="/zt/2/">“十四五”规划第3年 重点项目投资45亿元</a></li></ul></div>
</div>`;
}

function govFooterCn(site) {
  return `<div class="footer"><div class="w1200">
  <div class="links">友情链接：<select><option>中国政府网</option><option>省政府门户网站</option></select></div>
  <p>主办单位：${esc(site)}　承办单位：${esc(site)}办公室</p>
  <p>地址：人民路88号　邮编：514700　联系电话：0753-2512345　传真：0753-2512346</p>
  <p>版权所有 &copy; 2024 ${esc(site)}　<a href="https://beian.miit.gov.cn/">粤ICP备12345678号-1</a>　<img src="/images/ga.png">粤公网安备 44140302000123号　网站标识码：4414030001</p>
  <p><script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E"));</script></p>
</div></div>`;
}

const SHARE_CN = `<div class="bdsharebuttonbox"><span>分享到：</span><a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博">微博</a><a href="#" class="bds_qzone" data-cmd="qzone">QQ空间</a></div>
<script>window._bd_share_config={"common":{"bdSnsKey":{},"bdText":"","bdMini":"2","bdPic":"","bdStyle":"0","bdSize":"16"},"share":{}};</script>`;

function govTrs(page, a) {
  const site = page.site;
  const title = page.noH1
    ? `<div class="title">${escEntities(a.headline)}</div>`
    : `<h1 class="title">${escEntities(a.headline)}</h1>`;
  const subtitle = a.subtitle.map((s) => `<h2 class="subtitle">${esc(s)}</h2>`).join('');
  const crumb = a.breadcrumb[0]
    ? a.breadcrumb[0].replace(/\u00a0/g, ' ').split(/\s*>\s*/).map((c, i) => (i === 0 ? esc(c.replace(/首[页頁]$/, '')) + `<a href="/">${c.match(/首[页頁]$/)?.[0] ?? '首页'}</a>` : `<a href="/c${i}/">${esc(c)}</a>`)).join(' &gt; ')
    : `当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/tzgg/">通知公告</a>`;
  const info = a.byline.map((b) => `<div class="info">${spans(b)}</div>`).join('\n');
  const kicker = a.kicker.map((k) => `<div class="column">${esc(k)}</div>`).join('');
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
${CHARSET_TAG}
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${esc(a.headline)}_${esc(site)}</title>
<meta name="SiteName" content="${attr(site)}">
<meta name="SiteDomain" content="www.example.gov.cn">
<meta name="SiteIDCode" content="4414030001">
<meta name="ColumnName" content="通知公告">
<meta name="ArticleTitle" content="${attr(a.headline)}">
${pubMeta(page.pub)}
${page.metaSource ? `<meta name="ContentSource" content="${attr(page.metaSource)}">` : ''}
<meta name="Keywords" content="统计,2023年,增长">
<meta name="Description" content="${attr(a.headline)}">
<link rel="stylesheet" type="text/css" href="/css/style.css">
${STYLE}
<script type="text/javascript" src="/js/jquery-1.8.3.min.js"></script>
</head>
<body>
<div class="top"><div class="w1200"><div class="logo"><a href="/"><img src="/images/logo.png" alt="${attr(site)}"></a></div>
<div class="search"><form action="/search" method="get"><input type="text" name="q" value="请输入关键字"><input type="submit" value="搜索"></form></div>
<div class="toplinks"><a href="#">无障碍浏览</a> | <a href="#">长者模式</a> | <a href="#">English</a></div></div></div>
<div class="nav"><ul class="w1200"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjmx/">走进本地</a></li></ul></div>
<div class="main w1200">
<div class="position">${crumb}</div>
<div class="main-left">
<div class="article">
${kicker}
<div class="article-title">${title}${subtitle}</div>
${info}
<div class="article-tools">【字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
<div id="zoom" class="article-con">
<div class="TRS_Editor"><style type="text/css">.TRS_Editor P{margin-top:5px;margin-bottom:5px;line-height:1.8;}</style>
<div class="Custom_UnionStyle">
${bodyParas(a.body, 'gov')}
</div></div>
</div>
${SHARE_CN}
<div class="prev-next"><p>上一篇：<a href="/zwgk/t20240105_1.html">我区前三季度GDP增长5.2%</a></p><p>下一篇：<a href="/zwgk/t20240110_3.html">全区2023年接待游客320万人次</a></p></div>
</div>
</div>
${govSidebarCn()}
</div>
${govFooterCn(site)}
${SCRIPTS}
</body>
</html>
`;
}

function govZoom(page, a) {
  // gov.cn-like: the title in a table cell, the body in #UCAP-CONTENT inside .pages_content
  const site = page.site;
  const crumb = a.breadcrumb[0]
    ? a.breadcrumb[0].split(/\s*>\s*/).map((c, i) => (i === 0 ? `<a href="/">${esc(c)}</a>` : `<a href="/c${i}/">${esc(c)}</a>`)).join(' &gt; ')
    : `<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; <a href="/xxgk/gzdt/">工作动态</a>`;
  const info = a.byline.map((b) => `<tr><td class="font_info" align="center">${spans(b)}</td></tr>`).join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
${CHARSET_TAG}
<title>${esc(a.headline)} - ${esc(site)}</title>
<meta name="ArticleTitle" content="${attr(a.headline)}">
${pubMeta(page.pub)}
<link rel="stylesheet" href="/css/common.css">
${STYLE}
</head>
<body>
<div id="header"><div class="header-top">欢迎访问${esc(site)}网站！今天是<span id="today"></span></div>
<div class="menu"><a href="/">网站首页</a><a href="/xxgk/">信息公开</a><a href="/sjfb/">数据发布</a><a href="/hdjl/">互动交流</a></div></div>
<div class="crumbs">您现在的位置：${crumb}</div>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="main-table">
<tr>
<td valign="top" class="left-col">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="bt" align="center" height="60">${esc(a.headline)}</td></tr>
${info}
<tr><td><div class="pages_content"><div id="UCAP-CONTENT">
${bodyParas(a.body, 'indent')}
</div></div></td></tr>
<tr><td class="tools" align="right"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></td></tr>
</table>
</td>
<td width="280" valign="top" class="right-col">
<div class="zxxx"><div class="zxxx-t">最新信息</div>
<ul><li><a href="/sjfb/1.html">1-8月全省发电量1360亿千瓦时 增长6.5%</a></li><li><a href="/sjfb/2.html">上半年居民人均可支配收入增长5.8%</a></li><li><a href="/sjfb/3.html">9月CPI同比上涨0.2%</a></li></ul></div>
<div class="zxxx"><div class="zxxx-t">办事指南</div><ul><li><a href="/bs/1.html">企业开办一网通办（5个工作日）</a></li></ul></div>
</td>
</tr>
</table>
${SHARE_CN}
<div id="footer"><p><a href="/about/">关于我们</a> | <a href="/map/">网站地图</a> | <a href="/contact/">联系我们</a></p>
<p>${esc(site)} 版权所有　地址：建设路1号　电话：0311-86012345</p><p>冀ICP备05012345号　冀公网安备13010202000123号　网站标识码1301000012</p></div>
${SCRIPTS}
</body>
</html>
`;
}

function news(page, a) {
  const site = page.site;
  const itemprop = page.pub && page.pub[0] === 'meta:itemprop' ? `<meta itemprop="datePublished" content="${page.pub[1]}">` : '';
  const meta = a.byline.map((b) => `<div class="meta">${spans(b)}</div>`).join('\n');
  return `<!doctype html>
<html lang="zh-CN">
<head>
${CHARSET_TAG}
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(a.headline)} | ${esc(site)}</title>
<meta property="og:type" content="article">
<meta property="og:title" content="${attr(a.headline)}">
<meta property="og:site_name" content="${attr(site)}">
<meta name="author" content="${attr(site)}编辑部">
${pubMeta(page.pub)}
${jsonLd(page, a.headline)}
<link rel="stylesheet" href="/static/css/app.css">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-12345"></script>
</head>
<body class="article-page">
<header class="site-header"><div class="container"><h1 class="logo"><a href="/">${esc(site)}</a></h1>
<nav class="main-nav"><ul><li><a href="/">首页</a></li><li><a href="/finance/">财经</a></li><li><a href="/stock/">股票</a></li><li><a href="/society/">社会</a></li></ul></nav>
<div class="ticker">上证指数 3,051.28 <span class="up">+0.52%</span>　深证成指 9,567.13 <span class="down">-0.18%</span></div></div></header>
<main class="container">
<ol class="breadcrumb"><li><a href="/">首页</a></li><li><a href="/finance/">财经</a></li><li>正文</li></ol>
<div class="row">
<div class="col-main">
<article class="article" itemscope itemtype="https://schema.org/NewsArticle">
${itemprop}
<header class="article-header">
<h1 class="article-title" itemprop="headline">${esc(a.headline)}</h1>
${meta}
</header>
<div class="article-body" itemprop="articleBody">
${bodyParas(a.body, 'news')}
</div>
<div class="article-share share-bar">分享到：<a class="wx">微信</a><a class="wb">微博</a><a class="pyq">朋友圈</a></div>
<section class="related-news"><h3>相关阅读</h3><ul>
<li><a href="/a/1.html">三季度GDP同比增长4.6% 前三季度增长4.8%</a></li>
<li><a href="/a/2.html">沪深两市成交额连续5日突破1万亿元</a></li>
<li><a href="/a/3.html">10月新增人民币贷款5000亿元</a></li></ul></section>
<div class="comment-box"><h3>网友评论（23）</h3><div class="comment"><span class="user">股民甲</span> 2024-10-31 09:12 <p>涨了35%还不错，点赞105</p></div></div>
</article>
</div>
<aside class="sidebar">
<section class="hot"><h3>24小时热榜</h3><ol>
<li><a href="/a/11.html">A股三大指数集体收涨 创业板指涨2.1%</a></li>
<li><a href="/a/12.html">我市前三季度GDP增长5.2%</a></li>
<li><a href="/a/13.html">央行：9月末M2余额309.48万亿元</a></li></ol></section>
<section class="ad"><a href="https://ad.example.com/"><img src="/ad/1.jpg" alt="开户送好礼 最高8888元"></a></section>
</aside>
</div>
</main>
<footer class="site-footer"><div class="container">
<p><a href="/about">关于我们</a> · <a href="/contact">联系我们</a> · <a href="/jobs">招聘</a></p>
<p>违法和不良信息举报电话：021-12345678　举报邮箱：jubao@example.cn</p>
<p>Copyright &copy; 2008-2024 ${esc(site)} All Rights Reserved　沪ICP备08012345号-2　增值电信业务经营许可证：沪B2-20080123</p>
</div></footer>
${SCRIPTS}
</body>
</html>
`;
}

function twGov(page, a) {
  // everything in one content area in the page's own order: kicker, byline, headline, body (the
  // container is not a known one: found by density)
  const site = page.site;
  const itemprop = page.pub && page.pub[0] === 'itemprop' ? `<span class="hidden-date" itemprop="datePublished" content="${page.pub[1]}"></span>` : '';
  const ordered = a.lines
    .map((l, i) => [l.trim(), a.roles[i]])
    .filter(([, r]) => ['kicker', 'byline', 'headline', 'body', 'subtitle'].includes(r));
  const html = ordered
    .map(([t, r]) => {
      if (r === 'kicker') return `<div class="unit">${esc(t)}</div>`;
      if (r === 'byline') return `<div class="info">${spans(t)}</div>`;
      if (r === 'headline') return `<h2 class="title">${esc(t)}</h2>`;
      if (HEADING.test(t)) return `<h3>${esc(t)}</h3>`;
      return `<p>${esc(t)}</p>`;
    })
    .join('\n');
  return `<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head>
${CHARSET_TAG}
<title>${esc(a.headline)}-${esc(site)}</title>
<meta name="DC.Title" content="${attr(a.headline)}">
<meta name="DC.Publisher" content="${attr(site)}">
${pubMeta(page.pub)}
<link href="/css/ccms.css" rel="stylesheet">
</head>
<body>
<a class="skip" href="#center" title="跳到主要內容區塊">跳到主要內容區塊</a>
<div class="header"><div class="logo"><a href="/"><img src="/images/logo.png" alt="${attr(site)}"></a></div>
<div class="topnav"><a href="/">回首頁</a> | <a href="/sitemap">網站導覽</a> | <a href="/en">English</a></div>
<ul class="menu"><li><a href="/news">最新消息</a></li><li><a href="/stat">統計專區</a></li><li><a href="/law">法令規章</a></li></ul></div>
<div class="path">現在位置：<a href="/">首頁</a> &gt; <a href="/news">最新消息</a> &gt; <a href="/news/press">新聞稿</a></div>
<div class="group-wrap">
<div class="leftbox"><h3>最新消息</h3><ul><li><a href="/n/1">112年7月消費者物價指數年增1.88%</a></li><li><a href="/n/2">7月失業率3.43% 較上月下降0.03個百分點</a></li><li><a href="/n/3">112年第2季經濟成長1.36%</a></li></ul></div>
<div class="area-essay cp" id="center">
<a accesskey="C" href="#C" title="中央內容區塊">:::</a>
${itemprop}
${html}
<div class="file-download"><h4>附件下載</h4><ul><li><a href="/f/1.pdf">新聞稿.pdf (325KB)</a></li><li><a href="/f/2.xlsx">附表1-12.xlsx (88KB)</a></li></ul></div>
<div class="area-customize updatetime">更新日期：112-08-18　點閱次數：2,315</div>
</div>
</div>
<div class="footer"><p>${esc(site)} 地址：10065臺北市中正區廣州街2號　總機：(02)2380-3456</p><p>服務時間：週一至週五 8:30-17:30　版權所有 &copy; ${esc(site)}</p><p>本網站最佳瀏覽解析度1024x768</p></div>
${SCRIPTS.replace(/访问量/g, '瀏覽人次').replace(/万人次/g, '萬人次')}
</body>
</html>
`;
}

function twGovKnown(page, a) {
  // Ministry of Finance-like: the kicker and headline above a .news_content container; the byline
  // between them
  const site = page.site;
  return `<!DOCTYPE html>
<html lang="zh-Hant">
<head>
${CHARSET_TAG}
<title>${esc(a.headline)} - ${esc(site)}</title>
<meta property="og:title" content="${attr(a.headline)}">
<meta property="og:description" content="${attr(a.body[0].text.slice(0, 60))}">
${pubMeta(page.pub)}
</head>
<body>
<div id="header"><a href="/"><img src="/img/logo.png" alt="${attr(site)}"></a>
<ul class="nav"><li><a href="/news">新聞稿</a></li><li><a href="/stat">統計資訊</a></li><li><a href="/tax">賦稅</a></li></ul></div>
<div class="breadcrumb">首頁 › 新聞稿 › 統計處</div>
<div id="main">
<div class="cp-header"><div class="unit">${esc(a.kicker[0] ?? '')}</div>
<h2 class="cp-title">${esc(a.headline)}</h2>
${a.byline.map((b) => `<div class="cp-info">${spans(b)}</div>`).join('\n')}</div>
<div class="news_content">
${a.body.map((b) => `<p>${esc(b.text)}</p>`).join('\n')}
</div>
<div class="social-share"><a>Facebook</a><a>LINE</a><a>列印</a></div>
</div>
<div id="rightbox"><div class="list"><h3>熱門新聞</h3><ul><li><a>113年度中央政府總決算歲入3兆2,134億元</a></li><li><a>12月出口年增9.1%</a></li></ul></div></div>
<div id="footer">${esc(site)}　地址：100臺北市中正區愛國西路2號　電話：(02)2322-8000　著作權所有 &copy; 2025 ${esc(site)}</div>
<script>var gaid="UA-12345-1";</script>
</body>
</html>
`;
}

function twNews(page, a) {
  // LTN-like: unknown class names; the text sits in a div with a photo and in-text ads
  const site = page.site;
  const paras = a.body.map((b, i) => {
    let p = `<p>${esc(b.text)}</p>`;
    if (i === 1) p += `\n<div class="photo boxTitle"><a href="/photo/1.jpg"><img src="/photo/1.jpg" alt="財政部統計處長蔡美娜"></a></div>`;
    // an in-text ad with its own numbers
    if (i === 2) p += `\n<div class="ad-inread" id="ad_inread"><script>googletag.cmd.push(function(){googletag.display("ad-1");});</script>廣告 買一送一 限時8折</div>`;
    return p;
  });
  return `<!DOCTYPE html>
<html lang="zh-TW">
<head>
${CHARSET_TAG}
<title>${esc(a.headline)} - ${esc(site)}</title>
<meta property="og:title" content="${attr(a.headline)} - ${attr(site)}">
${pubMeta(page.pub)}
<meta name="author" content="自由時報">
</head>
<body>
<div class="header-wrap"><a class="logo" href="/">${esc(site)}</a><ul class="menu"><li><a>即時</a></li><li><a>政治</a></li><li><a>財經</a></li><li><a>股市</a></li></ul></div>
<div class="whitecon"><div class="breadcrumbs"><a>首頁</a> › <a>財經</a> › <a>財經政策</a></div>
<div class="whitecon boxTitle boxText" data-desc="內容頁">
<h1>${esc(a.headline)}</h1>
<div class="wrapper-inner">
${paras.join('\n')}
</div>
<p class="appE1121">不用抽 不用搶 現在用APP看新聞 保證天天中獎　<a href="/app">點我下載APP</a>　<a href="/event">按我看活動辦法</a></p>
</div>
<div class="related"><p class="title">相關新聞</p><ul><li><a>台股終場大漲320點 收23,010點</a></li><li><a>10月外銷訂單年增4.9%</a></li></ul></div>
</div>
<div class="rightbox"><div class="boxTitle">熱門新聞</div><ul><li><a>油價下週估降0.1元</a></li><li><a>年終獎金平均1.6個月</a></li></ul></div>
<div class="footer">自由時報版權所有不得轉載 &copy; 2025 The Liberty Times. All Rights Reserved.　客服專線：(02)2504-2828</div>
${SCRIPTS.replace(/访问量/g, '瀏覽').replace(/万人次/g, '萬人次')}
</body>
</html>
`;
}

function twNewsCna(page, a) {
  // CNA-like: h1 outside the body (.paragraph, unknown), full-width digits, a Big5 copy
  const site = page.site;
  return `<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head>
${CHARSET_TAG}
<title>${esc(a.headline)} | 生活 | ${esc(site)} CNA</title>
<meta name="description" content="${attr(a.body[0].text.slice(0, 80))}">
${pubMeta(page.pub)}
<meta name="author" content="${attr(page.metaAuthor ?? site)}">
</head>
<body>
<div class="header"><div class="menuBar"><a href="/">首頁</a><a href="/list/aipl.aspx">政治</a><a href="/list/ahel.aspx">生活</a><a href="/list/aie.aspx">產經</a></div></div>
<div class="wrapper">
<div class="centralContent">
<div class="breadcrumb"><a href="/">首頁</a> &gt; <a href="/list/ahel.aspx">生活</a></div>
<h1><span>${esc(a.headline)}</span></h1>
<div class="shareBar"><a class="fb">分享</a><a class="line">LINE</a><a class="copy">複製連結</a></div>
<div class="paragraph">
${a.body.map((b) => `<p>${esc(b.text)}</p>`).join('\n')}
</div>
<div class="paragraph moreArticle"><div class="moreArticle-title">延伸閱讀</div><a>颱風過後 菜價上漲３成</a><a>停班停課 ２２縣市宣布</a></div>
</div>
<div class="sideBar"><div class="sideTitle">熱門新聞</div><ol><li><a>凱米颱風 累計２人死亡</a></li><li><a>台電：停電戶數降至１２萬戶</a></li></ol></div>
</div>
<div class="footer">中央通訊社　地址：10488 台北市松江路２０９號　電話：(02)2505-1180　&copy; 2024 中央通訊社 版權所有</div>
<script>window.dataLayer=[{"pageType":"article","wordCount":678}];</script>
</body>
</html>
`;
}

function hk(page, a) {
  // info.gov.hk-like: tables for layout, the headline in a span, the text separated by <br><br>
  const site = page.site;
  const text = a.body.map((b) => esc(b.text)).join('<br>\n<br>\n');
  return `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
${CHARSET_TAG}
<title>${esc(a.headline)}</title>
${pubMeta(page.pub)}
<link href="/css/pr.css" rel="stylesheet" type="text/css">
<script language="JavaScript" src="/js/common.js"></script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="banner"><a href="/gia/general/today/ctoday.htm"><img src="/images/banner_c.gif" alt="${attr(site)}" border="0"></a></td></tr>
<tr><td class="topmenu"><a href="/">主頁</a> | <a href="/gia/general/ctoday.htm">今日新聞</a> | <a href="/gia/general/search.htm">搜尋</a> | <a href="/gia/rss.htm">RSS</a></td></tr>
</table>
<table width="980" border="0" cellspacing="0" cellpadding="0">
<tr>
<td width="170" valign="top" class="leftnav">
<table width="100%"><tr><td><a href="/gia/general/202411/14.htm">二〇二四年十月份訪港旅客人數上升12%</a></td></tr>
<tr><td><a href="/gia/general/202411/13.htm">九月至十一月失業率3.1%</a></td></tr>
<tr><td><a href="/gia/general/202411/12.htm">政府發行150億元綠色債券</a></td></tr></table>
</td>
<td valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="10">
${a.kicker.map((k) => `<tr><td class="kicker"><img src="/images/pr_title.gif" alt="${attr(k)}"></td></tr>`).join('\n')}
<tr><td><span id="PRHeadlineSpan" class="fontSize1">${esc(a.headline)}</span></td></tr>
<tr><td><span id="pressrelease" class="fontSize1">
${text}
</span></td></tr>
<tr><td class="print"><a href="javascript:window.print()"><img src="/images/print.gif" alt="列印本頁" border="0"></a> <a href="#top">返回頁首</a></td></tr>
</table>
</td>
</tr>
</table>
<table width="100%"><tr><td class="footer">2024 | 重要告示 | 私隱政策 | 查詢電話：(852) 2842 8777　&copy; 版權所有</td><td class="update">修訂日期：2024年11月15日</td></tr></table>
${SCRIPTS.replace(/访问量/g, '瀏覽次數').replace(/万人次/g, '萬人次')}
</body>
</html>
`;
}

function macau(page, a) {
  // Macau government portal-like: div layout, #content (weak) holding the news, an empty <time> in the
  // header (its script writes the date; the gold text has no date line)
  const site = page.site;
  const time = page.pub && page.pub[0] === 'time' ? `<time datetime="${page.pub[1]}" class="date"></time>` : '';
  return `<!DOCTYPE html>
<html lang="zh-MO">
<head>
${CHARSET_TAG}
<title>${esc(a.headline)} — ${esc(site)}</title>
${pubMeta(page.pub)}
<meta name="description" content="${attr(a.headline)}">
</head>
<body>
<div id="skip"><a href="#content">跳至內容</a></div>
<div id="top-bar"><ul class="lang"><li>中文</li><li><a>Português</a></li><li><a>English</a></li></ul></div>
<div id="site-nav"><ul><li><a>新聞</a></li><li><a>政府資訊</a></li><li><a>公共服務</a></li></ul></div>
<div id="wrapper">
<div id="content">
<div class="news-head">
${a.kicker.map((k) => `<div class="news-source">${esc(k)}</div>`).join('')}
<h3 class="news-title">${esc(a.headline)}</h3>${time}
</div>
<div class="news-body">
${a.body.map((b) => `<p>${esc(b.text)}</p>`).join('\n')}
</div>
<div class="news-tools"><a class="print">列印</a> <a class="share">分享</a></div>
</div>
<div id="side-news"><h4>更多新聞</h4><ul><li><a>五月份入境旅客逾290萬人次</a><span>2024-06-12</span></li><li><a>首季本地生產總值按年增長24.7%</a><span>2024-05-31</span></li><li><a>旅遊局推出「澳門·非凡旅程」 名額1,000個</a><span>2024-05-28</span></li></ul></div>
</div>
<div id="footer"><p>&copy; 2024 ${esc(site)}　版權所有</p><p>查詢熱線：(853) 2833 3000　傳真：(853) 2851 0104</p></div>
${SCRIPTS.replace(/访问量/g, '瀏覽').replace(/万人次/g, '萬人次')}
</body>
</html>
`;
}

function forum(page, a) {
  // Discuz-like forum: thread title in an h1 outside the post, the post text in td.t_f with <br />,
  // user info with numbers beside it, a reply and a signature with numbers, no known container
  const site = page.site;
  const post = [...a.byline, ...a.body.map((b) => b.text)].map((t) => `<font size="3">　　${esc(t)}</font><br />\r\n`).join('');
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
${CHARSET_TAG}
<title>${esc(a.headline)} - 縣域經濟 - ${esc(site)} - Powered by Discuz!</title>
<meta name="keywords" content="${attr(a.headline)}">
<meta name="generator" content="Discuz! X3.4">
</head>
<body id="nv_forum" class="pg_viewthread">
<div id="toptb" class="cl"><div class="z"><a href="./">設為首頁</a><a href="javascript:;">收藏本站</a></div></div>
<div id="hd"><div class="wp"><div class="hdc cl"><h2><a href="./" title="${attr(site)}"><img src="static/image/common/logo.png" alt="${attr(site)}" border="0"></a></h2></div>
<div id="nv"><ul><li><a href="forum.php">論壇</a></li><li><a href="home.php">家園</a></li></ul></div></div></div>
<div id="wp" class="wp">
<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm">論壇</a> <em>›</em> <a href="forum.php">論壇</a> <em>›</em> <a href="forum-12-1.html">縣域經濟</a> <em>›</em> <a>統計公報</a></div></div>
<div id="ct" class="wp cl">
<div id="pgt" class="pgs mbm cl"><div class="pg"><strong>1</strong><a href="?page=2">2</a><a href="?page=3">3</a><label>/ 3 頁</label></div></div>
<div id="postlist" class="pl bm">
<table cellspacing="0" cellpadding="0"><tr><td class="pls ptn pbn"><div class="hm ptn"><span class="xg1">查看:</span> <span class="xi1">2413</span><span class="pipe">|</span><span class="xg1">回復:</span> <span class="xi1">5</span></div></td>
<td class="plc ptm pbn vwthd"><h1 class="ts"><span id="thread_subject">${esc(a.headline)}</span></h1></td></tr></table>
<div id="post_1001">
<table id="pid1001" class="plhin" cellspacing="0" cellpadding="0">
<tr>
<td class="pls" rowspan="2"><div class="pi"><div class="authi"><a class="xw1">縣融小編</a></div></div>
<dl class="pil cl"><dt>積分</dt><dd>1234</dd><dt>帖子</dt><dd>567</dd><dt>註冊時間</dt><dd>2019-3-5</dd></dl></td>
<td class="plc">
<div class="pi"><strong><a>樓主</a></strong><div class="pti"><div class="authi"><em>發表於 2024-3-5 10:21:09</em> | <a>只看該作者</a></div></div></div>
<div class="pct"><div class="pcb"><div class="t_fsz">
<table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_1001">
${post}</td></tr></table>
</div></div></div>
</td></tr>
<tr><td class="plc plm"><div class="sign">簽名檔：縣融媒體 粉絲3.2萬 每天10點更新</div></td></tr>
</table>
</div>
<div id="post_1002">
<table id="pid1002" class="plhin" cellspacing="0" cellpadding="0"><tr><td class="pls"><div class="authi"><a>路人甲</a></div><dl><dt>積分</dt><dd>12</dd></dl></td>
<td class="plc"><div class="pi"><em>發表於 2024-3-5 11:02:44</em></div><div class="pct"><div class="pcb"><div class="t_fsz"><table><tr><td class="t_f" id="postmessage_1002">
GDP增長8.0%不容易，頂一下！</td></tr></table></div></div></div></td></tr></table>
</div>
</div>
<div id="f_pst" class="pl bm bmw"><form method="post" id="fastpostform"><textarea name="message" id="fastpostmessage">您需要登錄後才可以回帖</textarea><button type="submit">發表回復</button></form></div>
</div>
</div>
<div id="ft" class="wp cl"><div id="flk" class="y"><p><a href="archiver/">Archiver</a><span class="pipe">|</span><a href="forum.php?mobile=yes">手機版</a><span class="pipe">|</span><strong><a href="./">${esc(site)}</a></strong> ( <a href="https://beian.miit.gov.cn/">冀ICP備10012345號-3</a> )</p><p class="xs0">GMT+8, 2024-3-6 08:15 , Processed in 0.052 second(s), 27 queries.</p></div>
<div id="frt"><p>Powered by <strong><a href="https://www.discuz.net">Discuz!</a></strong> <em>X3.4</em></p><p class="xs0">&copy; 2001-2024 Comsenz Inc. 聯繫電話：0311-8765 4321</p></div></div>
<script type="text/javascript">_attachEvent(window, 'load', getForbiddenFormula, document);</script>
</body>
</html>
`;
}

function density(page, a) {
  // unknown class names everywhere: the body must be found by text density
  const site = page.site;
  return `<!DOCTYPE html>
<html>
<head>
${CHARSET_TAG}
<title>${esc(a.headline)}</title>
<meta name="keywords" content="國民經濟,統計">
</head>
<body>
<div class="xl-top"><div class="xl-logo"><img src="/images/logo.png" alt="${attr(site)}"></div><div class="xl-lm"><a>首頁</a> <a>數據</a> <a>新聞</a> <a>知識</a> <a>服務</a></div></div>
<div class="xl-wz">您當前的位置：<a>首頁</a> &gt; <a>新聞</a> &gt; <a>新聞發佈</a></div>
<div class="xl-main">
<div class="xl-l">
<div class="xilan_tit">${esc(a.headline)}</div>
${a.byline.map((b) => `<div class="xilan_titf">${b.split('　').map((s) => `<font>${esc(s)}</font>`).join('　')}</div>`).join('\n')}
<div class="xilan_con"><div class="xl-txt">
${a.body.map((b) => `<p style="text-indent:2em;">${esc(b.text)}</p>`).join('\n')}
</div></div>
<div class="xl-fx">分享到：<a>微信</a> <a>微博</a></div>
</div>
<div class="xl-r">
<div class="xl-rbox"><div class="xl-rt">最新發佈</div>
<div class="xl-ri"><a>2024年12月份居民消費價格同比上漲0.1%</a></div><div class="xl-ri"><a>2024年12月份工業生產者出廠價格同比下降2.3%</a></div><div class="xl-ri"><a>2024年全國糧食產量70650萬噸 增長1.6%</a></div>
</div>
<div class="xl-rbox"><div class="xl-rt">統計知識</div><div class="xl-rp">國內生產總值（GDP）是按市場價格計算的一個國家（或地區）所有常住單位在一定時期內生產活動的最終成果。</div></div>
</div>
</div>
<div class="xl-foot"><p>版權所有：${esc(site)}　地址：北京市西城區月壇南街57號（100826）</p><p>京ICP備05034670號　網站標識碼bm36000002　聯繫電話：010-68783311</p></div>
${SCRIPTS.replace(/访问量/g, '訪問量').replace(/万人次/g, '萬人次')}
</body>
</html>
`;
}

const TEMPLATES = { govTrs, govZoom, news, twGov, twGovKnown, twNews, twNewsCna, hk, macau, forum, density };

// ------------------------------------------------------------------------------------------------

const CHARSETS = {
  gbk: { tag: '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', iconv: 'gbk' },
  big5: { tag: '<meta charset="big5">', iconv: 'big5' },
};

function main() {
  mkdirSync(OUT, { recursive: true });
  const manifest = [];
  const check = process.argv.includes('--check');
  let extractText = null;
  if (check) extractText = import(join(ROOT, 'dist/pipeline.js'));
  const problems = [];
  return Promise.resolve(extractText).then((mod) => {
    for (const page of PAGES) {
      const gold = JSON.parse(readFileSync(join(ROOT, page.gold), 'utf8'));
      const a = parts(gold, page);
      const html = TEMPLATES[page.template](page, a);
      writeFileSync(join(OUT, `${gold.id}.html`), html);
      const entry = {
        id: gold.id,
        page: `fixtures/html/${gold.id}.html`,
        gold: page.gold,
        template: page.template,
        copies: {},
        expect: {
          title: a.headline,
          published: page.expect.published ? { value: page.expect.published[0], source: page.expect.published[1] } : null,
          origin: page.expect.origin,
          author: page.expect.author,
        },
        furniture: [...a.breadcrumb, ...a.furniture, ...(page.template === 'twGov' ? [] : a.kicker)],
      };
      for (const enc of page.encodings ?? []) {
        const cs = CHARSETS[enc];
        // characters the encoding lacks (©, ¥, U+2003) become character references, as editors and
        // browsers save them. "Lacks" as the WHATWG decoder (TextDecoder, what `facts` uses) reads
        // it: iconv-lite's Big5 writes 〇 as C6E2, an ETEN extension that TextDecoder reads as U+F6F2.
        const decoder = new TextDecoder(cs.iconv);
        const lacks = (c) => decoder.decode(iconv.encode(c, cs.iconv)) !== c;
        const text = [...html.replace(CHARSET_TAG, cs.tag)].map((c) => (c.charCodeAt(0) < 0x80 || !lacks(c) ? c : `&#${c.codePointAt(0)};`)).join('');
        const bytes = iconv.encode(text, cs.iconv);
        const file = `fixtures/html/${gold.id}.${enc}.html`;
        writeFileSync(join(ROOT, file), bytes);
        entry.copies[enc] = file;
      }
      if (mod) {
        // no fact of the text version may sit on a line that became page furniture
        const r = mod.extractText(gold.text, gold.published ? { published: gold.published } : {});
        let off = 0;
        a.lines.forEach((l, i) => {
          const s = off;
          off += l.length + 1;
          const moved = ['breadcrumb', 'furniture'].includes(a.roles[i]) || (a.roles[i] === 'kicker' && page.template !== 'twGov');
          if (!moved) return;
          const inLine = r.facts.filter((f) => f.start >= s && f.start < s + l.length && f.kind !== 'ordinal');
          if (inLine.length) problems.push(`${gold.id}: line ${i} moved to furniture holds facts: ${inLine.map((f) => f.text).join(' ')}`);
        });
      }
      manifest.push(entry);
    }
    writeFileSync(join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
    // gold fixtures added since: they need an entry in PAGES
    const listed = new Set(PAGES.map((p) => p.gold));
    for (const dir of ['fixtures/dev', 'fixtures/gold'])
      for (const f of readdirSync(join(ROOT, dir)).filter((x) => x.endsWith('.json')))
        if (!listed.has(`${dir}/${f}`)) console.error(`make-html-fixtures: ${dir}/${f} has no page yet (add it to PAGES)`);
    for (const p of problems) console.error(`make-html-fixtures: ${p}`);
    console.log(`${manifest.length} pages, ${manifest.reduce((n, m) => n + Object.keys(m.copies).length, 0)} encoded copies in fixtures/html/`);
    if (problems.length) process.exitCode = 1;
  });
}

main();
