import * as assert from 'assert';
import { lint } from '../../server/src/engine';

/** Figures read against the unit's own scale: a 万元 figure far beyond everything the unit has. */
const units = (text: string) => lint(text).findings.filter((f) => f.ruleId === 'amount.unit').map((f) => f.message.zh);

describe('a figure against the unit\'s scale', () => {
  const report = (said: string) => [
    '一、部门基本情况',
    '县国库集中支付中心负责全县财政资金的集中支付和直达资金监控。',
    '二、预算收支出情况（按单位预算口径）',
    '2024年预算收入296.05万元，其中年初预算280.00万元，调整追加16.05万元，其他资金来源0万元。',
    '三、资金使用及绩效情况（包含单位管理的公共专项）',
    said,
  ].join('\n');

  it('a 万元 figure far beyond the budget is read as 元, unless the draft speaks of money that size in 亿元', () => {
    const figure = '全年监控中央财政直达资金68412.36万元，未发现违规使用情况。';
    assert.strictEqual(units(report(figure)).length, 1);
    assert.deepStrictEqual(units(report(`2024年全县纳入直达资金监控的资金9.28亿元，其中中央财政直达资金6.84亿元。${figure}`)), []);
  });

  it('a figure said beside sums of its size that hold (the county\'s assets and debts) is of their scale', () => {
    const text = ['一、部门基本情况', '本局为县政府工作部门。', '二、一般公共预算支出情况', '2024年本局支出1819.45万元，其中基本支出1246.38万元，项目支出573.07万元。', '三、绩效情况',
      '截至2024年末，全县行政事业单位资产总额486237.52万元，其中流动资产128463.27万元，固定资产203581.64万元，在建工程41276.35万元，无形资产9842.18万元，公共基础设施98317.46万元，其他资产4756.62万元；负债总额62418.09万元，净资产423819.43万元。'].join('\n') + '\n';
    assert.deepStrictEqual(units(text), []);
  });

  it('a figure said again nearby in 元, of the same kind of money (`实际支出30.89万元` … `项目支出30.89元`), is 万元', () => {
    const text = ['3．项目“烈士纪念设施维护经费”年初预算金额25.00万元，年中调增5.89万元，实际支出30.89万元，结余结转0万元。', '项目支出30.89元，主要用于县烈士陵园围墙修缮。'].join('\n') + '\n';
    assert.deepStrictEqual(units(text), ['项目支出30.89元与第1行的实际支出30.89万元数字相同而单位不同，单位应为“万元”']);
    assert.deepStrictEqual(units(text.replace('项目支出30.89元', '每处维护标准30.89元')), []);
  });
});
