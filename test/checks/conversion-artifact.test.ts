import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findings, fires } from '../support/checks.js';

describe('conversion-artifact', () => {
  it.each([
    ['梅縣區全麵落實打擊防範措施', '全麵', '面'],
    ['成功應對一係列重大挑戰', '一係列', '系'],
    ['快速凍結機製', '機製', '制'],
    ['健全就業服務體係', '體係', '系'],
    ['收到群眾錦旗16麵', '16麵', '面'],
    ['2分鍾可以完成', '分鍾', '鐘'],
    ['在葉帥故裏', '故裏', '里'],
    ['全縣廣大乾部群眾', '乾部', '幹'],
    ['麵對復雜多變的環境', '復雜', '複'],
    ['她剪了頭發', '頭發', '髮'],
    ['征途萬裏再啟程', '萬裏', '里'],
    // (a merger stays one: SPLIT_READINGS lists only 並購 before 買, 置, 入 …)
    ['公司宣布完成並購後營收成長', '並購', '併'],
  ])('fires on %s', (text, at, right) => {
    const f = fires(text, 'conversion-artifact', at);
    expect(f.severity).toBe('warning');
    expect(f.fix).toContain(right);
  });

  it.each([
    '全面發展，牛肉麵，關係，製造業，幹部，台灣，公里，乾淨，頭髮，之後，雜誌',
    '行政院主計總處公布，臺灣112年經濟成長率為1.61%，併計上半年實績。',
    '十一月出口金額達六四〇．五億美元，改寫單月歷史紀錄，較去年同期成長五十六％。',
    '香港特區政府統計處今日公布，本港首三季本地生產總值按年上升2.8%，點讚數以萬計。',
    '在編製指數所涵蓋的482項商品及服務中，自製商品價格上升。',
    '其餘488人係於事故發生後2至30日內死亡，本辦法所稱道路係指公路及街道。',
    // 併用: the Taiwan dictionary's form (OpenCC writes 並用)
    '每年合計以30日為限，並可與現行按月申請方式併用。',
    // 盡早, 盡快: the Hong Kong forms (Taiwan writes 儘早); both are right
    '醫管局呼籲市民盡早接種季節性流感疫苗，並盡快求診。',
    // 意慾, 食慾: 慾 is written for 欲 in Hong Kong and Taiwan words OpenCC spells otherwise
    '反映首置買家入市意慾回升，刺激市場入市意慾。',
    // 並購買: 並 (and) and 購買 (buy), not 併購 (merger); 並購置, 並購入 likewise
    '報廢出廠10年以上舊車並購買新車者，每輛可減徵貨物稅；市府並購置設備，並購入土地。',
    // 過 ending 透過: OpenCC's phrase 过冲 that starts with it is no reading of 透過衝紅燈
    '警方另透過衝紅燈攝影機偵測違例個案逾7.8萬宗。',
    // 銷毀 and 燒毀, as Taiwan, Hong Kong and Macau write them (OpenCC's phrases give 銷燬)
    '抽驗不合格的食品已全部下架並銷毀，另有兩間倉庫的貨物被燒毀。',
    // 整併 (merge) before 與, and 並為 (and for) as well as 併為 (merged into)
    '持續推動偏遠及小規模學校轉型、大專校院整併與退場輔導。',
    '法援署全年收回訟費共3.18億港元，並為受助人取得約11.7億港元的賠償。',
    // 臺 of a counter as Taiwan writes it (OpenCC's phrase gives 服務檯)
    '全年各地就業中心及就業服務臺共提供求職服務1,286,400人次。',
    // 徵 of a levy after 海關 (OpenCC's phrase 关征 keeps 征 for an old term)
    '113年海關徵起稅費5,286.7億元，關稅收入年增3.2%。',
    // 個 after a figure is a measure word (512個中), not the 箇 of 箇中
    '全省共設立收購庫點512個中，已有400個完成驗收。',
  ])('stays quiet on correct Traditional: %s', (text) => {
    expect(findings(text, 'conversion-artifact')).toEqual([]);
  });

  it('is silent on Simplified text', () => {
    expect(findings('全面落实打击防范措施，一系列重大挑战', 'conversion-artifact')).toEqual([]);
  });

  it('one finding per occurrence', () => {
    expect(findings('全麵落實，全麵推進，全麵提升', 'conversion-artifact')).toHaveLength(3);
  });

  it('raises nothing on the clean Taiwan, Hong Kong and Macau fixtures', () => {
    const dirs = ['fixtures/dev', 'fixtures/gold'];
    for (const dir of dirs) {
      for (const f of readdirSync(new URL(`../../${dir}`, import.meta.url))) {
        const g = JSON.parse(readFileSync(new URL(`../../${dir}/${f}`, import.meta.url), 'utf8'));
        if (g.script !== 'hant') continue;
        const expected = (g.findings ?? []).filter((x: { rule: string }) => x.rule === 'conversion-artifact').length;
        const got = findings(g.text, 'conversion-artifact', g.published ?? undefined);
        if (expected === 0) expect(got.map((x) => x.text), g.id).toEqual([]);
        else expect(got.length, g.id).toBe(expected);
      }
    }
  });
});
