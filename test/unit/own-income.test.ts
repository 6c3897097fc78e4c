import * as assert from 'assert';
import { lint } from '../../server/src/engine';

/**
 * 事业单位 with income of their own: 本年收入合计 and its kinds, then what is added to make the
 * 收入总计 (事业基金弥补收支差额, 年初结转和结余); spending of all sources beside that of the budget only.
 */
const amountFindings = (text: string) => lint(text).findings.filter((f) => f.ruleId.startsWith('amount.')).map((f) => f.message.zh);

describe('units with income of their own', () => {
  it('a bare `占X%` past the end of a 其中 list is not over that list\'s total; a count of one names the one thing', () => {
    const text = '从收入结构看：财政拨款收入2856.40万元，占本年收入合计的12.91%；事业收入18642.75万元，占84.28%，其中医疗收入18511.20万元，科教收入131.55万元；经营收入186.30万元，占0.84%。';
    assert.deepStrictEqual(lint(text).findings.filter((f) => f.ruleId === 'amount.rate-mismatch'), []);
    const one = '2023年研究所管理专项资金共1个，即中央财政林业科技推广示范项目，上级下达资金180.00万元，实际支出152.36万元，结余结转27.64万元。';
    assert.deepStrictEqual(lint(one).findings.filter((f) => f.ruleId === 'amount.count-mismatch'), []);
  });

  it('the 收入总计 after its balances, the year\'s total said in a table above, is at least their sum; the grants\' spending split is the grants\'', () => {
    assert.deepStrictEqual(amountFindings('收入总计\t10\t3979.91\n\n2022年学校动用非财政拨款结余35.00万元，年初结转和结余408.91万元，收入总计3979.91万元。\n'), []);
    const split = '学校本年支出合计3945.35万元，其中基本支出2986.42万元，项目支出885.13万元，经营支出73.80万元。\n一般公共预算财政拨款支出3390.52万元，其中基本支出2640.39万元，项目支出750.13万元。经营收入88.64万元。\n';
    assert.deepStrictEqual(lint(split).findings.filter((f) => f.ruleId === 'amount.inconsistent'), []);
  });

  const income = (total: string, stop: string) => `2023年本年收入合计742.76万元，其中财政拨款收入412.36万元，事业收入286.50万元，经营收入38.72万元，其他收入5.18万元${stop}使用事业基金弥补收支差额12.40万元，年初结转和结余46.93万元，收入总计${total}万元。`;

  it('收入总计 is 本年收入合计 and what is added to it, in the next sentence (`另…`) or after a `；`', () => {
    assert.deepStrictEqual(amountFindings(income('802.09', '。另')), []);
    assert.deepStrictEqual(amountFindings(income('802.09', '；用')), []);
    assert.deepStrictEqual(amountFindings(income('812.09', '；用')), ['收入总计812.09万元与其组成之和59.33万元（12.40＋46.93）不符，相差752.76万元']);
  });

  it('a part compared with last year in a clause of its own is the figure compared, not the list\'s total', () => {
    const text = '2022年本年收入合计775.90万元，其中财政拨款收入623.18万元，占80.32%；事业收入84.60万元，较上年的71.30万元增长18.65%；经营收入57.25万元；其他收入10.87万元。';
    assert.deepStrictEqual(amountFindings(text), []);
    assert.match(amountFindings(text.replace('18.65%', '15.65%'))[0] ?? '', /增长15\.65%与（84\.60−71\.30）÷71\.30/);
  });

  it('the projects described add up to the budget-only 项目支出, not to that of all sources', () => {
    const text = [
      '一、部门基本情况',
      '本所为公益二类事业单位，负责城区公园的养护和管理。',
      '二、一般公共预算支出情况',
      '2022年本年支出合计775.90万元，其中基本支出457.46万元，项目支出318.44万元。一般公共预算财政拨款项目支出292.42万元，共2个项目：公园绿化养护经费203.80万元，公园基础设施维修改造经费88.62万元。另由事业收入安排游乐设施维护支出26.02万元。',
      '三、政府性基金预算支出情况',
      '无。',
      '四、国有资本经营预算支出情况',
      '无。',
      '五、社会保险基金预算支出情况',
      '无。',
      '六、部门整体支出绩效情况',
      '（一）项目支出绩效情况',
      '1.公园绿化养护经费，预算210.00万元，实际支出203.80万元，结余6.20万元结转下年。',
      '2.公园基础设施维修改造经费，预算90.00万元，实际支出88.62万元，结余1.38万元结转下年。',
    ].join('\n');
    assert.deepStrictEqual(amountFindings(text).filter((m) => m.includes('所列各项目')), []);
  });
});
