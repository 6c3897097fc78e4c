import * as assert from 'assert';
import { lint } from '../../server/src/engine';

/** Parts an outline lets a unit leave out, and when leaving one out is losing it. */
const missing = (text: string) => lint(text).findings.filter((f) => f.ruleId === 'section.missing').map((f) => f.message.zh);

/** A ten-part draft to its part 资金使用及绩效情况, numbered `use`, with the funds' parts given. */
const TEN_PARTS = (funds: string[], use: string) => [
  '某县司法局2024年度部门整体支出绩效自评报告',
  '一、基本情况', '（一）部门基本情况', '本局内设4个股室。', '（二）部门整体支出绩效目标', '保障全县公共法律服务。',
  '二、一般公共预算支出情况', '（一）基本支出情况', '基本支出98.60万元。', '（二）项目支出情况', '项目支出40.00万元。',
  ...funds,
  `${use}、资金使用及绩效情况`, '（一）部门整体支出绩效情况', '完成年度目标。', '（二）专项资金支出绩效情况', '完成年度目标。',
].join('\n');

describe('outline parts a unit may leave out', () => {
  it('the three funds\' parts left out, the parts after them numbered on, are not missing', () => {
    assert.deepStrictEqual(missing(TEN_PARTS([], '三')).filter((m) => /政府性基金|国有资本|社会保险/.test(m)), []);
  });

  it('one of them skipped between two written (`三、政府性基金…` `四、社会保险基金…`) is missing', () => {
    const text = TEN_PARTS(['三、政府性基金预算支出情况', '无。', '四、社会保险基金预算支出情况', '无。'], '五');
    assert.deepStrictEqual(missing(text).filter((m) => /政府性基金|国有资本|社会保险/.test(m)), ['缺少提纲要求的部分“四、国有资本经营预算支出情况”']);
    // The first written and the two after it left out: the unit numbered on without them.
    const first = TEN_PARTS(['三、政府性基金预算支出情况', '无。'], '四');
    assert.deepStrictEqual(missing(first).filter((m) => /政府性基金|国有资本|社会保险/.test(m)), []);
  });
});

describe('outline parts: chapters and sections (第一章, 第一节) of an outline not shipped', () => {
  it('items numbered 一、 start again under each 第X节, and the space after 第X节 is its number\'s', () => {
    const text = ['第一章 绩效目标完成情况', '第一节 产出指标完成情况', '一、数量指标。全年保洁面积486万平方米。', '二、质量指标。机械化清扫率93%。',
      '第二节 效益指标完成情况', '一、社会效益。结案率提高。', '二、生态效益。扬尘减少。', '第二章 预算管理情况', '一、预算编制。纳入项目库管理。'].join('\n');
    const found = lint(text).findings.filter((f) => f.ruleId === 'section.numbering' || f.ruleId === 'text.spacing');
    assert.deepStrictEqual(found.map((f) => f.message.zh), []);
    const repeated = text.replace('二、生态效益', '一、生态效益');
    assert.strictEqual(lint(repeated).findings.filter((f) => f.ruleId === 'section.numbering').length, 1, 'a number repeated within one 节 still is');
  });
});
