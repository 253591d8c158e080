// Dates that cannot be right.
//
//   invalid-date (error):     2月30日, 2023年2月29日, 13月, 4月31日
//   future-date (warning):    an event told as done (已, 完成, 同比, 共) dated after publication
//   weekday-mismatch (warning): 2024年1月9日（星期三） (it was a Tuesday)
import type { Finding } from '../types.js';
import { finding, type Check } from './util.js';

const CN: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
function cnNum(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (s === '十') return 10;
  if (s.length === 1) return CN[s] ?? NaN;
  if (s.startsWith('十')) return 10 + (CN[s[1]!] ?? NaN);
  if (s.endsWith('十')) return (CN[s[0]!] ?? NaN) * 10;
  return (CN[s[0]!] ?? NaN) * 10 + (CN[s[2]!] ?? NaN);
}

const NUM = '(?:\\d{1,2}|[一二三四五六七八九十]{1,3})';
const MONTH_DAY = new RegExp(`(?<![\\d.个])(?:(?<y>(?:19|20)\\d{2})年)?(?<m>${NUM})月(?:(?<d>${NUM})[日号])?`, 'g');

export const invalidDate: Check = {
  id: 'invalid-date',
  run(ctx) {
    const { doc } = ctx;
    const out: Finding[] = [];
    MONTH_DAY.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = MONTH_DAY.exec(doc.norm)) !== null) {
      const g = m.groups!;
      const month = cnNum(g.m!);
      if (!Number.isFinite(month)) continue;
      if (month < 1 || month > 12) {
        if (/^(?:份|底|末|初|中旬|上旬|下旬|[日号])/.test(doc.norm.slice(m.index + m[0].length, m.index + m[0].length + 2)) || g.d) out.push(finding(doc, 'invalid-date', 'error', m.index, m.index + m[0].length, `${m[0]}: there is no month ${month}`));
        continue;
      }
      if (!g.d) continue;
      const day = cnNum(g.d);
      const year = g.y ? Number(g.y) : 2024; // leap year when none is written: 2月29日 may be right
      const max = new Date(Date.UTC(year, month, 0)).getUTCDate();
      if (day < 1 || day > max) {
        out.push(finding(doc, 'invalid-date', 'error', m.index, m.index + m[0].length, `${doc.text.slice(m.index, m.index + m[0].length)}: ${g.y ? `${g.y}年` : ''}${month}月 has ${max} days`));
      }
    }
    return out;
  },
};

const PAST = /已|了|完成|实现|同比|环比|累计|共计|录得|达到|比上年|较上年|增长|下降|上升|减少|增加|破获|抓获|发生|举行|召开|公布|发布/;
// (会在二○二五年四月出版: 会 before 在/于 is "will", not the 会 of 会议 or 社会; 尚需提交2025年6月召开的股东大会审议:
// what is still to be submitted or approved)
const FUTURE = /尚需|尚须|尚待|须经|需经|提交|审议|将|预计|预期|计划|拟|定于|即将|届时|有望|可望|可于|会在|会于|目标|力争|争取|前$|之前|截止|截至|到期|有效期|规划|展望|预测|预估|下一步|下一次|下次/;

export const futureDate: Check = {
  id: 'future-date',
  run(ctx) {
    const { doc, facts } = ctx;
    const out: Finding[] = [];
    const pub = doc.published?.value;
    if (!pub) return out;
    const p = pub.slice(0, 10);
    for (const f of facts) {
      if (f.kind !== 'date' || typeof f.value !== 'string' || !/^\d{4}-\d{2}/.test(f.value)) continue;
      // only what the text wrote down, not what was filled in from publication
      if (!f.time?.point?.year) continue;
      const v = f.value.slice(0, 10);
      const after = v.length === 7 ? v > p.slice(0, 7) : v.length === 10 ? v > p : false;
      if (!after) continue;
      let a = f.start;
      while (a > 0 && !/[。！？\n]/.test(doc.norm[a - 1]!)) a--;
      let b = f.end;
      while (b < doc.norm.length && !/[。！？\n]/.test(doc.norm[b]!)) b++;
      const sentence = doc.norm.slice(a, b);
      // (已要求该行于113年12月底前提出改善计划: a deadline, what is asked is still to come)
      if (FUTURE.test(sentence) || !PAST.test(sentence) || /^(?:前|之前|以前)/.test(doc.norm.slice(f.end, f.end + 2))) continue;
      out.push(finding(doc, 'future-date', 'warning', f.start, f.end, `${f.text} is after the publication date ${pub} but the sentence tells it as done`, { facts: [ctx.indexOf(f)] }));
    }
    return out;
  },
};

const WEEKDAY = /^\s?[（(]\s?(?:星期|周|礼拜)(?<w>[一二三四五六日天])\s?[)）]/;
const WEEKDAY_INDEX: Readonly<Record<string, number>> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };
const WEEKDAY_NAME = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

export const weekdayMismatch: Check = {
  id: 'weekday-mismatch',
  run(ctx) {
    const { doc, facts } = ctx;
    const out: Finding[] = [];
    for (const f of facts) {
      if (f.kind !== 'date' || typeof f.value !== 'string') continue;
      const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(f.value);
      if (!m) continue;
      const w = WEEKDAY.exec(doc.norm.slice(f.end, f.end + 8));
      if (!w) continue;
      const actual = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).getUTCDay();
      const stated = WEEKDAY_INDEX[w.groups!.w!]!;
      if (actual !== stated) {
        out.push(finding(doc, 'weekday-mismatch', 'warning', f.start, f.end + w[0].length, `${f.text} was a ${WEEKDAY_NAME[actual]}, not a ${WEEKDAY_NAME[stated]}`, { facts: [ctx.indexOf(f)] }));
      }
    }
    return out;
  },
};
