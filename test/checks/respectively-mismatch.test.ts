import { describe, expect, it } from 'vitest';
import { findings, fires } from '../support/checks.js';

describe('respectively-mismatch', () => {
  it('fires when 分别 pairs two items with three values', () => {
    fires('盗窃、诈骗案件立案数分别同比下降8.6%、12.1%、3.2%。', 'respectively-mismatch', '8.6%');
  });
  it('stays quiet when they pair up', () => {
    expect(findings('盗窃、诈骗案件立案数分别同比下降8.6%、12.1%。', 'respectively-mismatch')).toEqual([]);
  });
  it('stays quiet when an item holds 及 and 、 separates the items', () => {
    expect(findings('醫療、傢俬及家居設備類指數亦分別上升1.02%及0.35%。', 'respectively-mismatch')).toEqual([]);
  });
});
