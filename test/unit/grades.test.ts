import * as assert from 'assert';
import { lint } from '../../server/src/engine';

/** A grade against the score bands the draft states. */
const grades = (text: string) => lint(text).findings.filter((f) => f.ruleId === 'amount.grade-mismatch').map((f) => f.message.zh);

describe('grades against the bands the draft states', () => {
  const bands = '评分标准为：90分（含）以上为优、80分（含）-90分为良、60分（含）-80分为中、60分以下为差。';

  it('a score in one band given another band\'s grade is found; at the edges the `（含）` decides', () => {
    assert.deepStrictEqual(grades(`${bands}\n经自评，项目综合自评得分89.5分，自评等级为“优”。`), ['得分89.5分按第1行的等级标准应为“良”，写的是“优”']);
    assert.deepStrictEqual(grades(`${bands}\n经自评，项目综合自评得分90分，自评等级为“优”。`), []);
    assert.deepStrictEqual(grades(`${bands}\n经自评，项目综合自评得分80分，自评等级为良。`), []);
    assert.deepStrictEqual(grades(`${bands}\n经自评，项目综合自评得分59.5分，自评等级为中。`), ['得分59.5分按第1行的等级标准应为“差”，写的是“中”']);
  });

  it('bands written with signs (`80≤得分＜90为良`), and 优秀 for 优', () => {
    const signs = '得分≥90为优秀，80≤得分＜90为良好，60≤得分＜80为中，得分＜60为差。';
    assert.deepStrictEqual(grades(`${signs}\n本部门自评得分为88分，评价等级为“优秀”。`).length, 1);
    assert.deepStrictEqual(grades(`${signs}\n本部门自评得分为88分，评价等级为良。`), []);
  });

  it('a score in no band (`80-89分为良好` beside `90-100分为优秀`, 89.5) or bands without figures say nothing', () => {
    assert.deepStrictEqual(grades('90-100分为优秀，80-89分为良好，60-79分为合格。\n自评得分89.5分，自评等级为“优秀”。'), []);
    assert.deepStrictEqual(grades('评价等级分为优、良、中、差四档。\n自评得分89.5分，自评等级为“优”。'), []);
  });

  it('the score nearest before the grade is the one graded; last year\'s is not this year\'s', () => {
    const text = `2023年度某项目支出绩效自评报告\n${bands}\n本项目产出指标得分49.5分，效益指标得分28分，综合自评得分97.37分，自评等级为“优”。\n2022年度该项目自评得分85分，等级为“优”。`;
    assert.deepStrictEqual(grades(text), []);
  });

  it('bands said in brackets between the score and its grade', () => {
    const text = '经自评，本部门2024年度整体支出绩效自评得分88.5分，根据评价标准（90分（含）以上为优，80分（含）—90分为良，60分（含）—80分为中，60分以下为差），自评等级为“优”。';
    assert.deepStrictEqual(grades(text), ['得分88.5分按第1行的等级标准应为“良”，写的是“优”']);
    assert.deepStrictEqual(grades(text.replace('等级为“优”', '等级为“良”')), []);
  });

  it('the fix writes the grade the bands give', () => {
    const text = `${bands}\n经自评，综合得分88.5分，自评等级为“优”。`;
    const f = lint(text).findings.find((x) => x.ruleId === 'amount.grade-mismatch')!;
    assert.strictEqual(f.fixes[0].edits[0].newText, '良');
    assert.strictEqual(text.slice(f.fixes[0].edits[0].start, f.fixes[0].edits[0].end), '优');
  });
});
