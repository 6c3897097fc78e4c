import * as assert from 'assert';
import { lint } from '../../server/src/engine';
import { applyEdits } from '../harness/edits';

/** Year-on-year rises and falls stated as percentages, checked against both years' figures. */
const rates = (text: string) => lint(text).findings.filter((f) => f.ruleId === 'amount.rate-mismatch');

describe('growth: a rise or fall against its two figures', () => {
  it('a change said before is no figure of this year; a rate after another rate whose figures are of a measure not read is left alone', () => {
    const text = '2022年“三公”经费支出3.84万元，其中公务用车运行维护费3.20万元，公务接待费0.64万元。与上年相比，“三公”经费减少0.24万元，下降5.88%，其中公务用车运行维护费与上年持平，公务接待费比上年的0.88万元下降27.27%。';
    assert.deepStrictEqual(rates(text).map((f) => f.message.zh), []);
    assert.match(rates(text.replace('27.27%', '25.27%'))[0]?.message.zh ?? '', /0\.64/);
    assert.deepStrictEqual(rates('全年培训持证救护员5216人，比上年的4380人增加836人，增长19.09%；新增配置自动体外除颤仪86台，比上年的72台增长19.44%。').map((f) => f.message.zh), []);
  });

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

  it('reads last year said plainly (`上年为`) and a subject named with 合计', () => {
    const plain = '“三公”经费支出1.96万元，其中公务接待费0.48万元，公务用车运行维护费1.48万元，因公出国（境）费0万元，上年为2.33万元，较上年减少0.37万元，下降%s%。';
    assert.deepStrictEqual(lint(plain.replace('%s', '15.88')).findings.map((f) => f.ruleId), [], 'last year\'s figure is no part of this year\'s list');
    assert.deepStrictEqual(rates(plain.replace('%s', '14.88')).map((f) => f.message.zh), ['下降14.88%与（2.33−1.96）÷2.33万元＝15.88%不符']);
    const named = '支出合计1,815.93万元，其中基本支出1,204.38万元，项目支出611.55万元。支出合计较上年的1,683.46万元增加132.47万元，同比增长8.87%。';
    assert.deepStrictEqual(rates(named).map((f) => f.message.zh), ['增长8.87%与（1815.93−1683.46）÷1683.46万元＝7.87%不符'], '支出合计 is the figure labelled so, not 基本支出');
  });

  it('reads last year\'s figure in brackets after the percentage, for a year before the one the sentence names', () => {
    const wrong = '2024年松材线虫病防治支出245.36万元，同比增长21.88%（2023年为208.14万元），主要是新发现疫点3处。';
    assert.deepStrictEqual(rates(wrong).map((f) => f.message.zh), ['增长21.88%与（245.36−208.14）÷208.14万元＝17.88%不符']);
    assert.deepStrictEqual(rates(wrong.replace('21.88', '17.88')), []);
    // A bracket naming the same year, or a later one, is no base of the change.
    assert.deepStrictEqual(rates('2024年支出245.36万元，同比增长21.88%（2024年为年初预算208.14万元）。'), []);
    assert.deepStrictEqual(rates('2023年支出245.36万元，同比增长21.88%（2024年为208.14万元）。'), []);
  });

  it('a change that agrees with its percentage is not checked against a figure of another subject', () => {
    const sums = (t: string) => lint(t).findings.filter((f) => f.ruleId === 'amount.sum-mismatch').map((f) => f.message.zh);
    const text = '基本支出和项目支出合计117.48万元，占全年预算收入的96.57%；全年预算收入较2022年的113.20万元增加8.45万元，增长7.46%。';
    assert.deepStrictEqual(sums(text), []);
    assert.deepStrictEqual(rates(text), []);
    // The same figure of the subject the comparison names is checked.
    assert.deepStrictEqual(sums('全年预算收入117.48万元；全年预算收入较2022年的113.20万元增加8.45万元，增长7.46%。').length, 1);
  });

  it('looks for this year\'s figure a few sentences back on the line, and else reads the change over last year\'s', () => {
    const base = '“三公”经费年初预算70.00万元，决算支出52.37万元。其中：公务接待费13.92万元。“三公”经费决算支出较上年的61.84万元减少9.47万元，下降15.31%。';
    assert.deepStrictEqual(rates(base), []);
    assert.deepStrictEqual(rates(base.replace('15.31', '13.51')).length, 1);
    // Not named before on the line: the change over last year's figure.
    assert.deepStrictEqual(rates('其中：公务接待费13.92万元。“三公”经费决算支出较上年的61.84万元减少9.47万元，下降13.51%。').map((f) => f.message.zh), ['下降13.51%与9.47÷61.84万元＝15.31%不符']);
  });

  it('a change in percentage points is the difference of the two rates said', () => {
    const after = '2023年预算执行率97.71%，较上年提高0.85个百分点（上年96.86%）。';
    assert.deepStrictEqual(rates(after), []);
    const [f] = rates(after.replace('0.85个', '1.85个'));
    assert.strictEqual(f.message.zh, '1.85个百分点与97.71%−96.86%＝0.85个百分点不符');
    assert.ok(applyEdits(after.replace('0.85个', '1.85个'), f.fixes[0].edits).includes('提高0.85个百分点'));
    assert.deepStrictEqual(rates('县域内就诊率达到91.3%，比2023年的89.6%提高1.7个百分点。'), []);
    assert.strictEqual(rates('县域内就诊率达到91.3%，比2023年的89.6%提高2.7个百分点。').length, 1);
    assert.strictEqual(rates('满意度为90.2%，较上年的92.5%下降2.3个百分点。').length, 0);
  });

  it('past a `；`, a clause naming its own subject (支出较上年…) is not of the budget said before it', () => {
    assert.deepStrictEqual(rates('全系统全年调整后预算10125.60万元，预算执行率97.54%；支出较上年9213.55万元增长7.19%。'), []);
  });
});

describe('breakdowns and counts in other words', () => {
  const found = (text: string) => lint(text).findings.map((f) => f.ruleId);
  it('`基本支出中，` breaks down the figure of that name said before; `在编人员中，` counts people by what they have', () => {
    const money = '实际支出371.94万元，其中基本支出298.38万元，项目支出73.56万元。基本支出中，人员经费252.47万元，公用经费%s万元。';
    assert.deepStrictEqual(found(money.replace('%s', '45.91')), []);
    assert.deepStrictEqual(found(money.replace('%s', '46.91')), ['amount.sum-mismatch']);
    assert.deepStrictEqual(found('共有工作人员20人，其中在编人员14人、编外协管员6人。在编人员中，具有相关专业背景的5人，持证的3人。'), []);
  });

  it('a rate failing on every reading is shown by the year\'s budget, not the opening one', () => {
    const [f] = rates('年初预算586.30万元，年中追加48.70万元，全年预算数635.00万元，实际支出612.48万元，预算执行率98.45%。');
    assert.strictEqual(f.message.zh, '执行率98.45%与612.48万元÷635.00万元＝96.45%不符');
  });

  it('a counted list that stops on `；` at its line\'s end, with nothing carrying it on, is not counted', () => {
    assert.deepStrictEqual(found('一、基本情况\n全年项目支出774.89万元，共5个项目，其中：河湖长制工作经费186.40万元；\n二、绩效情况\n完成。'), []);
    assert.deepStrictEqual(found('一、基本情况\n全年实施项目共4个，其中：甲27万元；乙18万元；丙27.87万元。'), ['amount.count-mismatch']);
  });

  it('this year\'s figure of the kind last year\'s names (`较2022年实际支出…`) is compared, not a nearer figure of another kind', () => {
    const text = '当年实际支出109.64万元（即基本支出78.36万元与项目支出31.28万元之和），占全年预算收入114.59万元的95.68%，较2022年实际支出104.27万元增长5.15%。';
    assert.deepStrictEqual(rates(text), []);
    assert.deepStrictEqual(rates(text.replace('5.15%', '5.25%')).map((f) => f.message.zh), ['增长5.25%与（109.64−104.27）÷104.27万元＝5.15%不符']);
  });

  it('a 决算 compared with last year\'s 决算 is not this year\'s 年初预算, the only figure the sentence gives', () => {
    const text = '基本支出年初预算261.90万元，决算数比年初预算增加4.53万元，主要是绩效工资调整；与2021年决算数248.17万元相比增长7.36%。';
    assert.deepStrictEqual(rates(text), []);
    // (Of the same kind, it is the reading.)
    assert.strictEqual(rates('基本支出决算数261.90万元，与2021年决算数248.17万元相比增长7.36%。').length, 1);
  });
});

describe('growth: a table\'s change of last year\'s column against the one of its kind', () => {
  it('`年初预算 | 决算数 | 上年决算数 | 增减额 | 增减率`: the change is 决算数 less 上年决算数, the budget no part of it', () => {
    const table = ['单位：万元', '项目\t年初预算\t决算数\t上年决算数\t增减额\t增减率', '公务用车运行维护费\t9.60\t8.74\t9.95\t-1.21\t-12.16%', '公务接待费\t3.20\t2.30\t2.70\t-0.40\t-14.81%', '会议费\t5.00\t4.12\t4.86\t-0.74\t-15.23%', '注：增减额、增减率为决算数与上年决算数相比。', '三、其他说明', '无。'].join('\n') + '\n';
    assert.deepStrictEqual(rates(table).map((f) => f.message.zh), []);
    assert.deepStrictEqual(rates(table.replace('-14.81%', '-14.18%')).map((f) => f.message.zh), ['“公务接待费”增减率-14.18%与（2.30−2.70）÷2.70万元＝-14.81%不符']);
  });
});

describe('growth: the scope a comparison\'s subject names', () => {
  it('`全系统“三公”经费较上年31.20万元下降13.69%` is of the whole system\'s figure, not the office\'s said nearer', () => {
    const text = '2023年全系统“三公”经费支出26.93万元，其中局机关18.46万元，不动产登记中心8.47万元。局机关“三公”经费18.46万元中，公务用车运行维护费14.32万元，公务接待费4.14万元。全系统“三公”经费较上年31.20万元下降13.69%。';
    // (That figure, `…“三公”经费支出26.93万元`, is named otherwise: the comparison is read over none, not the office's.)
    assert.deepStrictEqual(rates(text).map((f) => f.message.zh), []);
  });

  it('the figure a comparison is of: a list\'s total before a year said after the percentage, what was spent, or none past a `；` that names no subject', () => {
    const amount = (text: string) => lint(text).findings.filter((f) => f.ruleId.startsWith('amount.')).map((f) => f.message.zh);
    const list = '“三公”经费支出2.36万元，其中公务用车运行维护费1.86万元、公务接待费0.50万元，未发生因公出国（境）费用，较上年下降8.17%（2023年为2.57万元）。';
    assert.deepStrictEqual(amount(list), []);
    assert.strictEqual(rates(list.replace('8.17%', '9.17%')).length, 1);
    const spent = '四是老旧小区改造配套经费，年初未安排预算，年中追加60.00万元，实际支出54.40万元，结余结转5.60万元，比上年48.20万元增加6.20万元，增长12.86%。';
    assert.deepStrictEqual(amount(spent), []);
    assert.strictEqual(amount(spent.replace('增加6.20', '增加6.30')).length, 1);
    const apart = '4.防汛抗旱及地质灾害防治64.18万元。该项年初预算50.00万元，年中追加18.00万元，执行率94.38%；与2023年的128.62万元相比减少64.44万元，下降50.10%。';
    assert.deepStrictEqual(amount(apart), []);
  });
});
