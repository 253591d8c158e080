// Earthquake reports: magnitudes (`5.7级地震`, `最大余震为4.1级`, `3.0级以上余震`) and coordinates
// (`北纬34.05度`, `东经103.22°`). Both are measures: 级 on the Richter-type scale, 度 of arc.
// A bare 级 is not a magnitude (3级响应, 二级公路): the word 地震/余震/震级 must be next to it, before
// the number in the same clause or right after 级.
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
    if (ctx.norm.charCodeAt(tok.end) !== 0x7ea7 /* 级 */ || tok.value <= 0 || tok.value >= 10) return null;
    const after = ctx.norm.slice(tok.end + 1, tok.end + 9);
    if (!QUAKE_AFTER.test(after) && !QUAKE_BEFORE.test(ctx.before(tok.start, 16))) return null;
    return { start: tok.start, end: tok.end + 1, kind: 'measure', value: tok.value, unit: '级', unitAt: tok.end, decimals: tok.decimals, rule: 'measure-magnitude', priority: PRIORITY.measure, chinese: tok.chinese };
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
