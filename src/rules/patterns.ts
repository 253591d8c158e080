// Named pattern fragments and the helpers that compose them into regular expressions.
//
// Every rule's regular expressions are built once, at module load, from these fragments and
// from word lists in src/data/. Each is either sticky (`y`, tried at one position right after or
// before a number) or bounded: no fragment nests an unbounded quantifier inside another, so the
// time to match is linear in the input (test/hostile.test.ts measures it).

/** Escapes a literal word for use inside a regular expression. */
export function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * An alternation of literal words, longest first (so 平方公里 is tried before 公里 and 里). A word in
 * `notAfter` matches only where none of its characters stands before it (升 not after 公: 公升 is a litre).
 */
export function words(list: Iterable<string>, notAfter: Readonly<Record<string, string>> = {}): string {
  return [...new Set(list)]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((w) => (notAfter[w] ? `(?<![${notAfter[w]}])${escape(w)}` : escape(w)))
    .join('|');
}

/**
 * Composes a regular expression from fragments: `re('y')\`(?<unit>${UNITS})\``. Interpolated
 * values are inserted as they are (they are fragments, not literals: use `words` for literals).
 */
export function re(flags: string) {
  return (strings: TemplateStringsArray, ...parts: string[]): RegExp => {
    let src = '';
    strings.raw.forEach((s, i) => {
      src += s + (i < parts.length ? parts[i] : '');
    });
    return new RegExp(src, flags);
  };
}

/**
 * A pattern anchored at the end of a string (`(?:为|达|约)+$`) whose matches are made only of the
 * characters of `alphabet`. A regular expression ending in `$` is tried at every position of the
 * string; this one is searched only from where the run of alphabet characters that ends the string
 * starts, since no match can start before it (test/patterns.test.ts compares the two).
 */
export class Tail {
  private readonly re: RegExp;
  private readonly chars: Set<number>;
  constructor(source: string, alphabet: Iterable<string>) {
    this.re = new RegExp(`(?:${source})$`, 'g');
    if (this.re.test('')) throw new Error(`Tail ${source}: matches the empty string`);
    this.chars = new Set([...alphabet].flatMap((w) => [...w].map((ch) => ch.charCodeAt(0))));
  }
  /** The tail, starting no earlier than `from`. */
  exec(s: string, from = 0): RegExpExecArray | null {
    let j = s.length;
    while (j > from && this.chars.has(s.charCodeAt(j - 1))) j--;
    if (j === s.length) return null;
    this.re.lastIndex = j;
    return this.re.exec(s);
  }
  test(s: string): boolean {
    return this.exec(s) !== null;
  }
  /** The string less its tail. */
  strip(s: string): string {
    const m = this.exec(s);
    return m ? s.slice(0, m.index) : s;
  }
  /** The pattern as one regular expression, searched the ordinary way (for tests). */
  get plain(): RegExp {
    return new RegExp(this.re.source);
  }
}

/** The characters of a regular expression's `\s`, for tables of characters. */
export const SPACE_CHARS = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

/** Chinese digits as written in dates and counts (normalized: Simplified). */
export const CN_DIGIT = '[〇○零一二两三四五六七八九]';
/** Numbers that can be a month: 1–12, Arabic or Chinese. */
export const MONTH = '(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])';
/** Numbers that can be a day of the month: 1–31. */
export const DAY = '(?:3[01]|[12]\\d|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])';
/** Hours 0–24. */
export const HOUR = '(?:2[0-4]|[01]?\\d|二十[一二三四]?|十[一二三四五六七八九]?|[零一二两三四五六七八九])';
/** A four-digit year, Arabic (1900–2099) or Chinese digit by digit (二〇二四). */
export const YEAR4 = '(?:(?:19|20)\\d{2}|[一二][〇○零一二三四五六七八九]{3})';
/** The same from 1600 on, for a year since which (1884年以来): 1884年 alone is more often a length of time. */
export const YEAR4_SINCE = '(?:(?:1[6-9]|20)\\d{2}|[一二][〇○零一二三四五六七八九]{3})';
/** Range separators between two numbers: 至 到 ~ - — – 〜. */
export const RANGE_SEP = '(?:至|到|~|～|-|—|–|－|〜|—|——)';

/** Approximation words written before a number, and what they mean. */
export const APPROX_BEFORE: Readonly<Record<string, 'nearly' | 'over' | 'about' | 'under'>> = {
  近: 'nearly',
  将近: 'nearly',
  接近: 'nearly',
  逼近: 'nearly',
  近乎: 'nearly',
  逾: 'over',
  超过: 'over',
  超: 'over',
  多于: 'over',
  突破: 'over',
  过: 'over',
  高于: 'over',
  稍多于: 'over',
  约: 'about',
  约为: 'about',
  大约: 'about',
  约合: 'about',
  大概: 'about',
  大致: 'about',
  不到: 'under',
  不足: 'under',
  未满: 'under',
  少于: 'under',
  低于: 'under',
  未超过: 'under',
  // at least, at most (`不少于300个住宅单位`, `不超过5%`)
  不少于: 'over',
  不低于: 'over',
  不小于: 'over',
  不超过: 'under',
  不高于: 'under',
  不多于: 'under',
  不大于: 'under',
};

/** Approximation words written after a number and its unit (`5200余个` has its 余 inside). */
export const APPROX_AFTER: Readonly<Record<string, 'nearly' | 'over' | 'about' | 'under'>> = {
  以上: 'over',
  及以上: 'over',
  或以上: 'over',
  或以下: 'under',
  多: 'over',
  余: 'over',
  有余: 'over',
  左右: 'about',
  上下: 'about',
  以下: 'under',
  以内: 'under',
  及以下: 'under',
};

/** 余/多 between a number and its unit: `1万多元`, `5200余个`, `45.3万余起`. */
export const APPROX_INNER = '(?<inner>余|多)';

export const APPROX_BEFORE_RE = re('')`(?:${words(Object.keys(APPROX_BEFORE))})$`;
export const APPROX_AFTER_RE = re('y')`${words(Object.keys(APPROX_AFTER))}`;

/** The first characters of a list of words, for a quick test before a regular expression runs. */
export function firstChars(list: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const w of list) if (w) out.add(w[0]!);
  return out;
}

/**
 * The length of a minus sign right before `start` (负2.5%, -34.62亿元, 负6万1,553人), or 0: a hyphen after a
 * digit, a percent or a letter is the dash of a range (10%-20%, 2023-2024) or part of a name (COVID-19).
 */
export function minusBefore(norm: string, start: number): number {
  const c = norm[start - 1];
  if (c === '负') return 1;
  if (c !== '-' && c !== '−') return 0;
  return /[\dA-Za-z%‰.]/.test(norm[start - 2] ?? '') ? 0 : 1;
}

/** The character at `pos`, past an inner 余/多 (`5200余个`, `1万多元`). */
export function charAfter(norm: string, pos: number): string {
  const c = norm[pos] ?? '';
  return c === '余' || c === '多' ? (norm[pos + 1] ?? '') : c;
}
