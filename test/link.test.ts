// The link stage: what each listed value measures (分别 lists).
import { describe, expect, it } from 'vitest';
import { splitItems } from '../src/link/respectively.js';
import { extract } from '../src/index.js';

const split = (clause: string) => splitItems(clause, clause);

describe('splitItems', () => {
  it('shares the head noun of the last item with shorter ones', () => {
    expect(split('盗窃、诈骗案件立案数')).toEqual(['盗窃案件立案数', '诈骗案件立案数']);
    expect(split('刑事、治安警情')).toEqual(['刑事警情', '治安警情']);
  });
  it('leaves items that have their own head noun', () => {
    expect(split('破案数、移送起诉数')).toEqual(['破案数', '移送起诉数']);
    expect(split('出口额、进口额')).toEqual(['出口额', '进口额']);
  });
  it('expands ordinal lists', () => {
    expect(split('第一、二、三产业')).toEqual(['第一产业', '第二产业', '第三产业']);
  });
});

describe('分别 subjects', () => {
  it('pairs each value with its item, in either script', () => {
    for (const text of ['破案数、移送起诉数分别同比上升37.82%、35.8%。', '破案數、移送起訴數分別同比上升37.82%、35.8%。']) {
      const subjects = extract(text).facts.map((f) => f.subject);
      expect(subjects).toEqual(text.includes('數') ? ['破案數', '移送起訴數'] : ['破案数', '移送起诉数']);
    }
  });
});
