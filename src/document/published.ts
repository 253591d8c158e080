// The reference date: `--published`, else what the document says about itself.
//
//   来源:梅州日报  时间:2024-01-09 10:48:52     → 2024-01-09T10:48:52 (text-line)
//   發佈日期：112/08/18                          → 2023-08-18 (text-line)
//   新华社北京5月27日电 (year from the text)      → ....-05-27 (dateline)
//   2019-01-11　来源：闽西警讯 (a date alone at the head of a line near the top) → (head-line)
//
// HTML metadata (meta tags, JSON-LD) is read in document/html.ts and passed in.
import type { Published } from '../types.js';

const LABEL = /(?:发布|发表|更新|发文|印发|成文|公布)?(?:时间|日期)\s*[:：]\s*(?<v>[^\n　]{6,30})/;
const DATELINE = /(?:新华社|中新社|中新网|人民网|央视网|中央社|法新社|路透社|本报|本刊)[^\n，。]{0,12}?(?<m>1[0-2]|0?[1-9])月(?<d>3[01]|[12]\d|0?[1-9])日(?:电|讯)/;
const HEAD_DATE = /^(?<v>(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)(?=[\s　]|$)/m;

/** A date or date-time as written (2024-01-09 10:48:52, 2024年1月9日, 112/08/18) → ISO 8601. */
export function isoFromWritten(s: string): string | null {
  const m = /^\s*(?<y>\d{2,4})\s*[-/.年]\s*(?<mo>\d{1,2})\s*[-/.月]\s*(?<d>\d{1,2})\s*日?\s*(?:T?\s*(?<h>\d{1,2})[:时](?<mi>\d{2})(?::(?<s>\d{2}))?)?/.exec(s);
  if (!m) return null;
  const g = m.groups!;
  let y = Number(g.y);
  // three digits: an ROC year (112 → 2023); two: ROC from 50 (99 → 2010), else this century (24 → 2024)
  if (y >= 100 && y < 1000) y += 1911;
  else if (y < 100) y += y >= 50 ? 1911 : 2000;
  const mo = Number(g.mo);
  const d = Number(g.d);
  if (mo < 1 || mo > 12 || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return null;
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  if (g.h === undefined) return date;
  const time = `${pad(Number(g.h))}:${g.mi}${g.s ? `:${g.s}` : ''}`;
  return `${date}T${time}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Checks and normalizes a date given by the user (`--published`). */
export function parsePublishedOption(s: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(s.trim());
  if (iso) {
    const [, y, mo, d, h, mi, sec] = iso;
    if (!isoFromWritten(`${y}-${mo}-${d}`)) return null;
    return h === undefined ? `${y}-${mo}-${d}` : `${y}-${mo}-${d}T${h}:${mi}${sec ? `:${sec}` : ''}`;
  }
  return isoFromWritten(s);
}

/**
 * Finds the publication date in the text (normalized form): a labelled line near the top, a date
 * alone at the head of a line near the top, or a news agency dateline.
 */
export function findPublished(norm: string): Published | null {
  const head = norm.slice(0, 2000);
  const label = LABEL.exec(head);
  if (label) {
    const iso = isoFromWritten(label.groups!.v!);
    if (iso) return { value: iso, source: 'text-line', raw: label[0].trim() };
  }
  const lines = head.split('\n').slice(0, 8).join('\n');
  const hd = HEAD_DATE.exec(lines);
  if (hd) {
    const iso = isoFromWritten(hd.groups!.v!);
    if (iso) return { value: iso, source: 'head-line', raw: hd.groups!.v! };
  }
  const dl = DATELINE.exec(head);
  if (dl) {
    // the year comes from the first four-digit year in the text, if any
    const y = /(?<![\d])(?:19|20)\d{2}(?=年)/.exec(norm);
    if (y) {
      const iso = isoFromWritten(`${y[0]}-${dl.groups!.m}-${dl.groups!.d}`);
      if (iso) return { value: iso, source: 'dateline', raw: dl[0] };
    }
  }
  return null;
}
