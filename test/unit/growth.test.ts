import * as assert from 'assert';
import { lint } from '../../server/src/engine';
import { applyEdits } from '../harness/edits';

/** Year-on-year rises and falls stated as percentages, checked against both years' figures. */
const rates = (text: string) => lint(text).findings.filter((f) => f.ruleId === 'amount.rate-mismatch');

describe('growth: a rise or fall against its two figures', () => {
  it('reads the pair however it is written, and is silent when the percentage is right', () => {
    const right = [
      '2024年实际支出1246.80万元，较2023年的1138.50万元增长9.51%。',
      '本局预算收入由3912.40万元增加到4386.52万元，增长12.12%。',
      '“三公”经费支出12.84万元，其中公务用车运行维护费9.36万元，公务接待费3.48万元，比2023年的15.20万元下降15.53%。',
      '2024年基本支出1058.27万元，其中人员经费972.07万元，公用经费86.20万元。公用经费较上年96.50万元下降10.67%。',
    ];
    for (const line of right) {
      const r = lint(line);
      assert.strictEqual(r.doc.growth.length, 1, line);
      assert.deepStrictEqual(rates(line), [], line);
    }
  });

  it('reports a percentage the figures do not give, and offers the one they give', () => {
    const text = '2024年实际支出1246.80万元，较2023年的1138.50万元增长9.15%。';
    const [f] = rates(text);
    assert.ok(f, 'the transposed 9.51 is found');
    assert.strictEqual(f.message.zh, '增长9.15%与（1246.80−1138.50）÷1138.50万元＝9.51%不符');
    assert.strictEqual(applyEdits(text, f.fixes[0].edits), '2024年实际支出1246.80万元，较2023年的1138.50万元增长9.51%。');
    const fall = '“三公”经费支出6.84万元，其中公务用车运行维护费5.21万元、公务接待费1.63万元；较2023年的7.41万元下降7.96%。';
    assert.deepStrictEqual(rates(fall).map((x) => x.message.zh), ['下降7.96%与（7.41−6.84）÷7.41万元＝7.69%不符'], 'the total, not its last part, is this year\'s');
  });

  it('leaves alone what is no pair of years: a change without its base, a rise of a figure that fell, points', () => {
    const silent = [
      '2022年度全年执行数为2236.84万元，2023年比上年增加146.27万元，同比增长6.54%。',
      '2024年支出90.00万元，较上年的100.00万元增长3.00%。',
      '县域内就诊率达到91.3%，比2023年的89.6%提高1.7个百分点。',
      '全县粮食总产量21.3万吨，比上年增长1.9%。',
    ];
    for (const line of silent) assert.deepStrictEqual(rates(line), [], line);
  });
});
