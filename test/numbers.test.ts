// The value of written numbers: one value, many spellings (Arabic, Chinese, financial, mixed).
import { describe, expect, it } from 'vitest';
import { parseNumber } from '../src/numbers/chinese.js';
import { lexNumbers } from '../src/numbers/lexer.js';
import { normalize } from '../src/document/normalize.js';

const CASES: [number, string[]][] = [
  [0, ['零', '〇', '0']],
  [2, ['二', '两', '贰', '2']],
  [12, ['十二', '一十二', '拾贰', '壹拾贰', '12']],
  [20, ['二十', '廿', '贰拾']],
  [105, ['一百零五', '壹佰零伍', '105']],
  [1365, ['一千三百六十五', '1365', '1,365', '壹仟叁佰陆拾伍']],
  [2450, ['两千四百五', '两千四百五十', '2450', '贰仟肆佰伍拾']],
  [35000, ['三万五', '三万五千', '3万5千', '3.5万', '35,000']],
  [32105, ['3万2,105', '三万二千一百零五', '32105']],
  [16000, ['1.6万', '一万六千', '一万六', '16000']],
  [24881000, ['2488.1万', '2,488.1万', '二千四百八十八点一万']],
  [453000, ['45.3万', '四十五万三千']],
  [1200000, ['壹佰贰拾万', '120万', '一百二十万']],
  [100000000, ['1亿', '一亿', '壹亿', '10000万']],
  [1500000000000, ['1.5万亿', '一万五千亿', '15000亿']],
  [120000000, ['一亿二千万', '1.2亿']],
  [20300000, ['2千零30万', '二千零三十万']],
  [2024, ['二〇二四', '二○二四', '2024']],
  [640.5, ['六四〇点五', '640.5']],
  [64050000000, ['六四〇点五亿', '640.5亿']],
  [3.5, ['三点五', '3.5']],
  [79.8, ['七十九点八', '79.8']],
  [10.5, ['十点五']],
  [612834878.55, ['612,834,878.55']],
  [0.0715, ['0.0715']],
];

describe('parseNumber', () => {
  for (const [value, spellings] of CASES) {
    for (const s of spellings) it(`${s} = ${value}`, () => expect(parseNumber(s)?.value).toBe(value));
  }
  for (const bad of ['万', '亿', '百', '一二万三', '点五', '三点']) it(`${bad} is no number`, () => expect(parseNumber(bad)).toBeNull());
  it('keeps the decimals written', () => {
    expect(parseNumber('2488.1万')).toEqual({ value: 24881000, decimals: 1, scaled: true });
    expect(parseNumber('37.82')?.decimals).toBe(2);
  });
});

describe('lexNumbers', () => {
  const lex = (s: string) => lexNumbers(normalize(s).norm).map((t) => [t.raw, t.value]);
  it('finds numbers in text, with their exact extent', () => {
    expect(lex('立电诈案件408起、同比下降11.30%')).toEqual([['408', 408], ['11.30', 11.3]]);
    expect(lex('涉案金額共2488.1萬元')).toEqual([['2488.1万', 24881000]]);
  });
  it('takes 余/多 inside a number with its unit', () => {
    const [t] = lexNumbers('投资2300余亿元');
    expect(t).toMatchObject({ raw: '2300余亿', value: 230000000000, approxInside: true });
  });
  it('leaves SI prefixes to the unit', () => {
    expect(lex('195.32亿千瓦时')).toEqual([['195.32亿', 19532000000]]);
    expect(lex('110千伏')).toEqual([['110', 110]]);
  });
  it('leaves 百分点 and 百分之 to the percent rules', () => {
    expect(lex('快于城镇居民1.9百分点')).toEqual([['1.9', 1.9]]);
  });
  it('reads a full-width comma as a thousands separator only between digit groups', () => {
    expect(lex('立案1，365宗')).toEqual([['1，365', 1365]]);
    expect(lex('破案707宗，破案率51.8%')).toEqual([['707', 707], ['51.8', 51.8]]);
  });
  it('reads digits grouped by spaces (Hong Kong), with a scale word after them too', () => {
    expect(lex('合共13 902份')).toEqual([['13 902', 13902]]);
    expect(lex('1 000萬元以上')).toEqual([['1 000万', 10000000]]);
  });
  it('does not read 参 and 陆 as digits outside financial numerals', () => {
    expect(lex('参加大陆')).toEqual([]);
    expect(lex('叁佰陆拾')).toEqual([['叁佰陆拾', 360]]);
  });
  it('a lone 零 is a word', () => {
    expect(lex('实现零刑事违法')).toEqual([]);
  });
  it('gives up on hostile runs in linear time', () => {
    const s = '万'.repeat(100000) + '1' + ','.repeat(50000);
    const t0 = performance.now();
    lexNumbers(s);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
