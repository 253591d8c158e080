// Earthquake reports: magnitudes (`5.7级地震`, `最大余震为4.1级`, `3.0级以上余震`) and coordinates
// (`北纬34.05度`, `东经103.22°`). Both are measures: 级 on the Richter-type scale, 度 of arc.
// A bare 级 is not a magnitude (3级响应, 二级公路): the word 地震/余震/震级 must be next to it, before
// the number in the same clause or right after 级.
import { codeAt } from '../numbers/lexer.js';
import { PRIORITY, type Candidate, type TokenRule } from './types.js';

/** After 级: what makes it a magnitude (5.7级地震, 3.0级以上余震, 5级左右地震). */
const QUAKE_AFTER = /^(?:以上|以下|左右|及以上)?(?:的)?(?:地震|余震|强震|强余震|浅源地震)/;
/** Before the number, in the same clause: 震级, 最大余震为, 里氏. */
const QUAKE_BEFORE = /(?:震级|地震|余震|里氏|强震)[^，。；,;]{0,6}$/;
/** Latitude and longitude words right before the number. */
const COORD_BEFORE = /(?:北纬|南纬|东经|西经)$/;

export const magnitude: TokenRule = {
  id: 'measure-magnitude',
  examples: [
    { in: '迭部县发生5.7级地震', out: [{ text: '5.7级', kind: 'measure', value: 5.7, unit: '级' }] },
    { in: '其中3.0级以上余震9次，最大余震为4.1级。', out: [{ text: '3.0级以上', kind: 'measure', value: 3, unit: '级', approx: 'over' }, { text: '9次', kind: 'count', value: 9, unit: '次' }, { text: '4.1级', kind: 'measure', value: 4.1, unit: '级' }] },
    { in: '未来3天发生5级左右地震的可能性不大', out: [{ text: '3天', kind: 'duration', value: 'P3D' }, { text: '5级左右', kind: 'measure', value: 5, unit: '级', approx: 'about' }] },
    { in: '启动三级应急响应', out: [] },
  ],
  match(ctx, tok): Candidate | null {
    if (codeAt(ctx.norm, tok.end) !== 0x7ea7 /* 级 */ || tok.value <= 0 || tok.value >= 10) return null;
    const after = ctx.norm.slice(tok.end + 1, tok.end + 9);
    if (!QUAKE_AFTER.test(after) && !QUAKE_BEFORE.test(ctx.before(tok.start, 16))) return null;
    return { start: tok.start, end: tok.end + 1, kind: 'measure', value: tok.value, unit: '级', unitAt: tok.end, decimals: tok.decimals, rule: 'measure-magnitude', priority: PRIORITY.measure, chinese: tok.chinese };
  },
};

/** Intensity on the Central Weather Administration scale: 最大震度以臺東縣成功鎮6級最高，花蓮縣…5級. */
const INTENSITY_BEFORE = /震度[^。！？\n]{0,60}$/;
/** A range after the number: 规模6.0至6.5 (the high end). */
const RANGE_AFTER = /^(?:至|到|~|〜|-|—)(?<max>\d(?:\.\d+)?)(?![\d.])/;

/**
 * A magnitude written after 规模 (Taiwan reports: 芮氏規模7.1強烈地震, 規模7以上, 規模6.0至6.5的餘震):
 * a `number`, the scale named before it; and an intensity (震度 6級) as a measure in 级.
 */
export const quakeScale: TokenRule = {
  id: 'number-magnitude',
  examples: [
    { in: '台东县近海发生芮氏规模7.1强烈地震，当地未曾发生规模7以上的地震', out: [{ text: '7.1', kind: 'number', value: 7.1 }, { text: '7以上', kind: 'number', value: 7, approx: 'over' }] },
    { in: '未来3天内仍可能发生规模6.0至6.5的余震', out: [{ text: '3天内', kind: 'duration', value: 'P3D', approx: 'under' }, { text: '6.0至6.5', kind: 'number', value: 6, max: 6.5 }] },
    { in: '各地最大震度以台东县成功镇6级最高，花莲县富里乡5级', out: [{ text: '6级', kind: 'measure', value: 6, unit: '级' }, { text: '5级', kind: 'measure', value: 5, unit: '级' }] },
    { in: '公司经营规模5亿元', out: [{ text: '5亿元', kind: 'money', value: 500000000 }] },
  ],
  match(ctx, tok): Candidate | null {
    const v = tok.value;
    if (tok.chinese || v <= 0 || v >= 10) return null;
    const norm = ctx.norm;
    if (codeAt(norm, tok.end) === 0x7ea7 /* 级 */) {
      if (!Number.isInteger(v) || !INTENSITY_BEFORE.test(ctx.before(tok.start, 64))) return null;
      return { start: tok.start, end: tok.end + 1, kind: 'measure', value: v, unit: '级', unitAt: tok.end, decimals: tok.decimals, rule: 'number-magnitude', priority: PRIORITY.measure, chinese: false };
    }
    if (norm[tok.start - 1] !== '模' || norm[tok.start - 2] !== '规') return null;
    // (规模5亿元 is a size: the next character must not start a unit)
    if (/^[\u4e00-\u9fff]/.test(norm[tok.end] ?? '') && !/^(?:强|地|以|的|左|余|至|到|级)/.test(norm[tok.end]!)) return null;
    const range = RANGE_AFTER.exec(norm.slice(tok.end, tok.end + 8));
    const max = range ? Number(range.groups!.max) : undefined;
    const end = range ? tok.end + range[0].length : tok.end;
    return { start: tok.start, end, kind: 'number', value: v, ...(max !== undefined && max > v ? { max } : {}), decimals: tok.decimals, rule: 'number-magnitude', priority: PRIORITY.measure, chinese: false };
  },
};

export const coordinate: TokenRule = {
  id: 'measure-coordinate',
  examples: [
    { in: '震中位于北纬34.05度，东经103.22度', out: [{ text: '34.05度', kind: 'measure', value: 34.05, unit: '度' }, { text: '103.22度', kind: 'measure', value: 103.22, unit: '度' }] },
    { in: '北纬23.5°', out: [{ text: '23.5°', kind: 'measure', value: 23.5, unit: '°' }] },
  ],
  match(ctx, tok): Candidate | null {
    const c = ctx.norm[tok.end];
    if ((c !== '度' && c !== '°') || !COORD_BEFORE.test(ctx.before(tok.start, 2))) return null;
    return { start: tok.start, end: tok.end + 1, kind: 'measure', value: tok.value, unit: c, unitAt: tok.end, decimals: tok.decimals, rule: 'measure-coordinate', priority: PRIORITY.measure, chinese: tok.chinese };
  },
};
