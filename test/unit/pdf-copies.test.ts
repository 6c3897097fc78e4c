import * as assert from 'assert';
import { lint } from '../../server/src/engine';

/** Text copied out of a PDF: lines hard-wrapped anywhere, a figure's unit or a bracket's end on the next line. */

describe('shapes: a PDF copy whose wrap carried a figure\'s unit to the next line', () => {
  it('`…中央资金380.00` / `万元，省级资金…`: the figure is read with that unit, and its list adds up', () => {
    const lines = (total: string) => [
      '一、项目基本情况',
      '全县新建三格式户厕1240户，改造提质610户，覆盖泉交',
      '河镇、欧江岔镇、兰溪镇等12个乡镇（街道），项目由区农',
      '业农村局组织实施，按季度调度进度，年底前全部完成验收',
      `工作。项目总预算${total}万元，其中中央资金380.00`,
      '万元，省级资金185.00万元，区级配套资金108.50万元',
      '。截至年底，中央和省级资金全部到位，区级配套资金到位',
      '96.30万元，资金到位率98.19%，未到位资金已列入下',
      '年度预算。',
    ].join('\n');
    assert.deepStrictEqual(lint(lines('673.50')).findings.filter((f) => f.ruleId.startsWith('amount.')).map((f) => f.message.zh), []);
    const wrong = lint(lines('683.50')).findings.filter((f) => f.ruleId === 'amount.sum-mismatch');
    assert.match(wrong[0]?.message.zh ?? '', /683\.50万元与其组成之和673\.50万元（380\.00＋185\.00＋108\.50）/);
  });
});

describe('shapes: a PDF copy whose wrap carried a count\'s unit, or broke a range at its dash', () => {
  const lines = (staff: string) => [
    '一、部门基本情况',
    '本局内设综合股、业务股2个股室，下属区退役军人服务中心1个事业单位（财政未单独核算）。核定编制12',
    '名，其中行政编制7名，事业编制5名；截至2023年12月31日，实',
    '- 1 -',
    `有在职人员${staff}人，其中行政编制6人，事业编制4人，编外聘用1`,
    '人；另有退休人员3人，由区社保中心发放养老金，不在本单位',
    '支出中反映。本局参与制定涉及妇女儿童的政策措施，推动《安澜县妇女发展规划（2021—',
    '2030年）》和《安澜县儿童发展规划（2021—2030年）》落实；加强家庭家教家',
    '风建设，承担县妇女儿童工作委员会办公室日常工作，完成县委、县政府交办的',
    '其他事项。',
  ].join('\n');
  it('`编外聘用1` / `人；` is one of the staff, and `（2021—` / `2030年）》` closes on the next line', () => {
    assert.deepStrictEqual(lint(lines('11')).findings.map((f) => f.ruleId), []);
    const wrong = lint(lines('12')).findings.filter((f) => f.ruleId === 'amount.sum-mismatch');
    assert.match(wrong[0]?.message.zh ?? '', /12人与其组成之和11人（6＋4＋1）/);
  });
});

describe('shapes: a PDF copy wrapped between 万 and 元', () => {
  it('`231.02万` / `元，…` is money in 万元; `22.1万，` is still without its 元', () => {
    const body = (line: string) => ['一、一般公共预算支出情况', line, '二、部门整体支出绩效情况', '无。'].join('\n');
    const wrapped = lint(body('基本支出263.18万元，其中人员经费231.02万\n元，公用经费32.16万元。')).findings.map((f) => f.ruleId);
    assert.deepStrictEqual(wrapped, []);
    const unwrapped = lint(body('基本支出263.18万元，其中人员经费231.02万，公用经费32.16万元。')).findings.map((f) => f.ruleId);
    assert.deepStrictEqual(unwrapped, ['amount.unit']);
  });
});
