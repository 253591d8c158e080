// The rule registry: one line per rule. Order matters only between candidates of equal span and
// priority (the earlier rule wins). To add a rule: write src/rules/<name>.ts with its examples,
// import it here, and add it to one of the lists.
import { count } from './count.js';
import { classYear, monthDate, numericDate, yearDate } from './date.js';
import { age, clockDuration, duration, halfUnit, halfYear } from './duration.js';
import { coordinate, magnitude, quakeScale } from './geo.js';
import { lunarDate } from './lunar.js';
import { indexPoint, measure } from './measure.js';
import { money } from './money.js';
import { code, documentNumber, documentTitle, idiom, listMarker, namedCampaign, pageChrome, phone, slogan, webAddress } from './not-facts.js';
import { number } from './number.js';
import { ordinal } from './ordinal.js';
import { ratePer } from './rate.js';
import { percent } from './percent.js';
import { percentagePoint } from './percentage-point.js';
import { multiple } from './multiple.js';
import { dayOnlyRange, dayRange, firstMonths, fiscalYear, fullYear, half, isoWeek, monthEnd, monthRange, quarterEnd, monthThird, quarter, samePeriod, samePeriodBare, schoolYear, season, yearRange, sinceMonth, sinceStartOfYear, sinceYear, yearEnd } from './period.js';
import { dayOnly, relative, weekday } from './relative.js';
import { doubling, halfPercent, rateNotch } from './words.js';
import type { Rule, ScanRule, TokenRule } from './types.js';

/** Rules tried on every number token. */
export const tokenRules: TokenRule[] = [money, percentagePoint, percent, ratePer, multiple, magnitude, quakeScale, coordinate, measure, indexPoint, count, ordinal, number];

/** Rules that scan the text with patterns of their own. */
export const scanRules: ScanRule[] = [
  // not facts first: they only ever block
  phone,
  webAddress,
  documentNumber,
  code,
  namedCampaign,
  pageChrome,
  documentTitle,
  listMarker,
  idiom,
  slogan,
  // time
  numericDate,
  classYear,
  dayRange,
  dayOnlyRange,
  monthRange,
  quarter,
  half,
  fullYear,
  firstMonths,
  sinceYear,
  sinceMonth,
  sinceStartOfYear,
  samePeriod,
  samePeriodBare,
  yearEnd,
  monthEnd,
  quarterEnd,
  monthThird,
  fiscalYear,
  isoWeek,
  schoolYear,
  season,
  yearRange,
  yearDate,
  monthDate,
  relative,
  weekday,
  dayOnly,
  lunarDate,
  duration,
  clockDuration,
  halfUnit,
  halfYear,
  age,
  // quantities with no digits
  halfPercent,
  doubling,
  rateNotch,
];

export const rules: Rule[] = [...tokenRules, ...scanRules];
