// Lunar-calendar days to Gregorian dates, with lunar-javascript (loaded on the first lunar date only:
// it is 400 kB of tables that most articles never need).
import { createRequire } from 'node:module';

interface LunarApi {
  fromYmd(year: number, month: number, day: number): { getSolar(): { getYear(): number; getMonth(): number; getDay(): number } };
}
let lunar: LunarApi | null = null;

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

/** The Gregorian date of lunar `month`/`day` of lunar year `year`; null when that day does not exist. */
export function lunarToSolar(year: number, month: number, day: number): Ymd | null {
  if (!lunar) {
    const require = createRequire(import.meta.url);
    lunar = (require('lunar-javascript') as { Lunar: LunarApi }).Lunar;
  }
  try {
    const s = lunar.fromYmd(year, month, day).getSolar();
    return { year: s.getYear(), month: s.getMonth(), day: s.getDay() };
  } catch {
    return null; // 三十 of a month of 29 days
  }
}

/**
 * The lunar day nearest to the reference date (腊月二十三 read in February 2024 is 2024-02-02, of
 * lunar year 2023), or of the lunar year given.
 */
export function resolveLunar(l: { month: number; day: number; year?: number }, ref: Ymd | null, contextYear: number | undefined): Ymd | null {
  if (l.year !== undefined) return lunarToSolar(l.year, l.month, l.day);
  if (!ref) return contextYear !== undefined ? lunarToSolar(contextYear, l.month, l.day) : null;
  const at = Date.UTC(ref.year, ref.month - 1, ref.day);
  let best: Ymd | null = null;
  let bestGap = Infinity;
  for (const y of [ref.year - 1, ref.year, ref.year + 1]) {
    const d = lunarToSolar(y, l.month, l.day);
    if (!d) continue;
    const gap = Math.abs(Date.UTC(d.year, d.month - 1, d.day) - at);
    if (gap < bestGap) [best, bestGap] = [d, gap];
  }
  return best;
}
