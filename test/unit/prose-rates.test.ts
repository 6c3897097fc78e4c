import * as assert from 'assert';
import { lint } from '../../server/src/engine';

/** Rates said in prose, read over the budgets the paragraph states before them. */
const rates = (text: string) => lint(text).findings.filter((f) => f.ruleId === 'amount.rate-mismatch').map((f) => f.message.zh);

describe('prose rates: the budgets a paragraph states before its rate', () => {
  it('reads the year\'s budget said after the opening one as a reading of a rate in the next sentence', () => {
    const text = '2024年年初预算收入212.35万元，年中追加26.26万元，调整后预算238.61万元。全年实际支出231.47万元，预算执行率97.01%。';
    assert.deepStrictEqual(rates(text), []);
    assert.deepStrictEqual(rates(text.replace('97.01%', '92.01%')), ['执行率92.01%与231.47万元÷238.61万元＝97.01%不符']);
  });
  it('a budget said as what it became (`全年预算调整为…`, `年中调减后为…`) is the year\'s budget, not a change to add', () => {
    const adjusted = '2024年我局年初预算收入586.40万元，全年预算调整为702.15万元，年底实际支出688.57万元，其中基本支出371.26万元，项目支出317.31万元，预算执行率98.07%。';
    assert.deepStrictEqual(rates(adjusted), []);
    assert.deepStrictEqual(rates(adjusted.replace('98.07%', '97.07%')), ['执行率97.07%与688.57万元÷702.15万元＝98.07%不符']);
    const reduced = '2024年中心共有项目3个，年初预算218.40万元，年中调减后为195.35万元，实际支出186.93万元，项目执行率95.69%。';
    assert.deepStrictEqual(lint(reduced).findings.filter((f) => f.ruleId.startsWith('amount.')).map((f) => f.message.zh), []);
    assert.deepStrictEqual(rates(reduced.replace('95.69%', '93.69%')), ['执行率93.69%与186.93万元÷195.35万元＝95.69%不符']);
  });
  it('the year\'s available money said before (`全年可用资金`) is a reading of a rate in the next sentence', () => {
    const text = '2024年街道年初预算1424.92万元，全年预算调整追减23.60万元，调整后预算为1401.32万元；加上其他资金来源12.80万元，全年可用资金1414.12万元。全年实际支出1390.60万元（其中基本支出709.84万元，项目支出680.76万元），预算执行率为98.34%。';
    assert.deepStrictEqual(rates(text), []);
    assert.strictEqual(rates(text.replace('98.34%', '97.34%')).length, 1);
  });
  it('the opening budget said as income and what was added, totalled (`年初预算收入…，全年追加…，合计…`), is the year\'s budget', () => {
    const text = '2022年我会年初预算收入431.55万元，全年追加64.72万元，合计496.27万元；全年实际支出486.89万元，其中基本支出292.33万元，项目支出194.56万元，预算执行率98.11%。';
    assert.deepStrictEqual(rates(text), []);
    assert.strictEqual(rates(text.replace('98.11%', '97.11%')).length, 1);
  });
  it('a 到位率 is over the money due (`应到位`, `资金计划总额`), which is none received', () => {
    const text = '全年本中心管理的项目资金应到位1612.60万元，实际到位1598.20万元，到位率99.11%。';
    assert.deepStrictEqual(rates(text), []);
    assert.match(rates(text.replace('99.11%', '96.11%'))[0] ?? '', /1598\.20万元÷1612\.60万元＝99\.11%/);
    assert.deepStrictEqual(rates('按项目批复，县级配套资金应到位90.00万元，实际到位72.40万元，县级配套到位率80.44%；项目资金计划总额630.00万元，实际到位612.40万元，总体到位率97.21%。'), []);
  });
  it('reads a rate over the budget its clause names (`按年初预算计算，支出进度为113.85%`)', () => {
    const text = '2022年年初预算268.45万元，年中追加52.30万元、调减6.80万元，调整后预算为313.95万元。全年支出305.62万元。按调整后预算计算，预算执行率为97.35%；按年初预算计算，支出进度为113.85%。';
    assert.deepStrictEqual(rates(text), []);
    assert.deepStrictEqual(rates(text.replace('113.85', '110.85')), ['执行率110.85%与305.62万元÷268.45万元＝113.85%不符']);
    assert.deepStrictEqual(rates(text.replace('97.35', '96.35')), ['执行率96.35%与305.62万元÷313.95万元＝97.35%不符']);
    // Or names it in brackets right after the rate.
    const after = '年初预算1,456.20万元，年中调增156.28万元，调整后预算1,612.48万元。全年支出1,570.33万元，预算执行率为97.39%（按调整后预算计算）。';
    assert.deepStrictEqual(rates(after), []);
    assert.deepStrictEqual(rates(after.replace('按调整后预算计算', '按年初预算计算')), ['执行率97.39%与1570.33万元÷1456.20万元＝107.84%不符']);
  });
  it('reads `为预算的X%` over the budget said before it in the sentence, whoever\'s', () => {
    const text = '2022年“三公”经费预算24.00万元，决算支出16.92万元，为预算的70.50%。';
    assert.deepStrictEqual(rates(text), []);
    assert.deepStrictEqual(rates(text.replace('70.50', '86.19')), ['执行率86.19%与16.92万元÷24.00万元＝70.50%不符']);
  });
  it('a clause naming a budget the paragraph does not state reads the rate over none; the subject before 年初预算 does not hide it', () => {
    assert.deepStrictEqual(rates('该项目调整后预算3012.50万元，实际支出2845.30万元，按年初预算计算，支出进度为120.07%。'), []);
    const text = '本局一般公共预算年初预算3268.40万元，调整后预算3877.20万元，实际支出3778.62万元，按调整后预算计算，预算执行率为97.46%。';
    assert.deepStrictEqual(rates(text), []);
    assert.deepStrictEqual(rates(text.replace('97.46%', '115.61%')), ['执行率115.61%与3778.62万元÷3877.20万元＝97.46%不符']);
  });
  it('a rate whose words name its base (`按下达资金计算支出进度为…`) is over that money, of the spending in its own sentence', () => {
    const text = '项目下达资金1560.00万元。截至2023年9月30日，项目累计支出936.90万元，按下达资金计算支出进度为60.06%，低于75%的序时进度。';
    assert.deepStrictEqual(rates(text), []);
    assert.deepStrictEqual(rates(text.replace('60.06%', '66.06%')), ['执行率66.06%与936.90万元÷1560.00万元＝60.06%不符']);
  });
  it('a year\'s budget named after other words (`年中追加及上级转移支付调整后预算为…`) is a reading', () => {
    assert.deepStrictEqual(rates('2023年全系统年初预算63,218.45万元，年中追加及上级转移支付调整后预算为70,126.38万元。全年支出69,118.27万元，预算执行率98.56%。'), []);
  });
});

describe('prose rates: over the money a source makes available', () => {
  it('reads a rate over the general budget\'s 财政拨款收入 or 可用资金 said before the spending', () => {
    const income = '2022年本单位一般公共预算年初预算156.28万元，年中追加15.66万元，全年一般公共预算财政拨款收入171.94万元；全年支出169.35万元，其中基本支出128.47万元，项目支出40.88万元；年末结转结余2.59万元，预算执行率98.49%。';
    assert.deepStrictEqual(rates(income), []);
    assert.strictEqual(rates(income.replace('98.49%', '96.49%')).length, 1);
    const available = '财政拨款年初预算2,418.60万元，年中追加767.82万元，调整后预算3,186.42万元；加上年财政拨款结转58.30万元，全年财政拨款可用资金3,244.72万元，财政拨款支出3,102.55万元，执行率95.62%。';
    assert.deepStrictEqual(rates(available), []);
    assert.strictEqual(rates(available.replace('95.62%', '94.62%')).length, 1);
    // (`…财政拨款全年可用资金`: the year said between, and the rate in part 六 over part 二's figure.)
    const later = ['一、基本情况', '本会为一级预算单位。', '二、一般公共预算支出情况',
      '本部门一般公共预算财政拨款全年可用资金366.46万元，其中年初预算312.40万元，年中追加48.76万元，上年结转5.30万元；全年支出358.21万元。',
      '三、政府性基金预算支出情况', '无。', '四、国有资本经营预算支出情况', '无。', '五、社会保险基金预算支出情况', '无。', '六、资金使用及绩效情况',
      '全年一般公共预算支出358.21万元，预算执行率97.75%，年度目标全面完成。'].join('\n');
    assert.deepStrictEqual(rates(later), []);
    assert.deepStrictEqual(rates(later.replace('97.75%', '96.75%')).length, 1);
  });

  it('reads the unit\'s 收入, 一般公共预算收入 or 一般公共预算拨款 said in the paragraph as a base', () => {
    const income = '2024年部门收入1788.17万元，其中年初预算1286.40万元，年中追加463.15万元，上年结转38.62万元。2024年部门支出1742.90万元，其中基本支出702.36万元，项目支出1040.54万元。全年预算执行率97.47%，年末结余结转45.27万元。';
    assert.deepStrictEqual(rates(income), []);
    assert.strictEqual(rates(income.replace('97.47%', '96.47%')).length, 1);
    const general = '2024年中心年初预算186.35万元，年中追加6.13万元，全年一般公共预算收入192.48万元，全年支出192.48万元，预算执行率100%。';
    assert.deepStrictEqual(rates(general), []);
    const allotted = '2024年度本局收入合计1836.72万元，其中一般公共预算拨款1741.25万元，政府性基金预算拨款95.47万元。2024年度一般公共预算支出1712.08万元，其中基本支出893.56万元，项目支出818.52万元，一般公共预算执行率98.32%。';
    assert.deepStrictEqual(rates(allotted), []);
    assert.strictEqual(rates(allotted.replace('98.32%', '97.32%')).length, 1);
  });

  it('a source\'s 到位率 with words between its name and 到位 is that source\'s, over no figure said', () => {
    assert.deepStrictEqual(rates('项目预算350.00万元，实际到位332.50万元，资金到位率95.00%。其中省级补助全额到位，市本级配套资金因财力紧张到位132.50万元，到位率88.33%。'), []);
  });

  it('a part of the money received is no budget of its 到位率', () => {
    const text = '2022年项目资金到位合计188.00万元，其中中央水利发展资金86.00万元，省级农村供水维修养护补助资金42.00万元，县级财政预算安排60.00万元。中央和省级资金分别于5月和7月下达，资金到位率100%。';
    assert.deepStrictEqual(rates(text), []);
    const budget = '项目预算200.00万元，资金到位合计188.00万元，其中中央资金86.00万元，省级资金42.00万元，县级财政预算安排60.00万元，资金到位率%s%。';
    assert.deepStrictEqual(rates(budget.replace('%s', '94.00')), []);
    assert.strictEqual(rates(budget.replace('%s', '96.00')).length, 1);
  });

  it('the year\'s budget said as 调整后预算收入 is a reading of the rate in the next sentence', () => {
    const text = '2024年我局年初预算收入1873.46万元，年中追加6390.73万元，调整后预算收入8264.19万元。全年实际支出7986.52万元，其中基本支出1216.38万元，项目支出6770.14万元，预算执行率96.64%，未支出的277.67万元结转下年使用。';
    assert.deepStrictEqual(rates(text), []);
    assert.strictEqual(rates(text.replace('96.64%', '95.64%')).length, 1);
  });

  it('`该项目…执行率` on the line after a project\'s fund line is over that line\'s sources; 收入总计 is a base', () => {
    const text = ['二、预算收支出情况（按单位预算口径）', '2024年预算收入361.82万元，其中年初预算298.64万元，调整追加63.18万元。', '三、资金使用及绩效情况（包含单位管理的公共专项）', '（二）项目支出绩效情况',
      '1．项目“统计业务专项经费”年初预算金额24.00万元，上级转移支付0万元，年中调增（减）0万元，追加（减）0万元，实际支出22.38万元，结余结转1.62万元。项目实施及绩效情况如下：',
      '该项目主要用于统计报表印制和统计调查，实际支出22.38万元，执行率93.25%，结余1.62万元结转下年。'].join('\n');
    assert.deepStrictEqual(rates(text), []);
    assert.strictEqual(rates(text.replace('93.25%', '92.25%')).length, 1);
    const total = '2024年度本单位收入总计326.58万元，其中一般公共预算财政拨款收入318.20万元，上年结转8.38万元；支出总计312.64万元，年末结余结转13.94万元，全年预算执行率95.73%。';
    assert.deepStrictEqual(rates(total), []);
  });

  it('a share of a figure said in its words (`项目支出占财政拨款支出621.47万元的…`), the part named, its figure said before', () => {
    const text = '2022年度项目支出182.57万元，共5个项目。项目支出占财政拨款支出621.47万元的29.38%。';
    assert.deepStrictEqual(rates(text), []);
    assert.deepStrictEqual(rates(text.replace('29.38%', '31.38%')), ['占比31.38%与182.57万元÷621.47万元＝29.38%不符']);
  });

  it('a whole budget said earlier in the paragraph is a reading beside the income the rate\'s sentence says', () => {
    const text = '2024年度中心调整后预算数1042.50万元，其中基本支出预算742.35万元，项目支出预算300.15万元。全年一般公共预算财政拨款收入1036.58万元，财政拨款支出1036.58万元，其中基本支出742.35万元，项目支出294.23万元，整体预算执行率99.43%。';
    assert.deepStrictEqual(rates(text), []);
    assert.strictEqual(rates(text.replace('99.43%', '98.43%')).length, 1);
  });

  it('a source\'s 到位率 over its budget said in the paragraph before, named with or without 财政', () => {
    const text = '项目总投资6300.00万元，其中中央财政资金3570.00万元，省级财政资金1470.00万元，县级财政配套资金1260.00万元。\n截至2024年12月31日，项目资金到位5953.50万元，资金到位率94.50%。其中，中央和省级资金5040.00万元全部到位；县级配套资金到位913.50万元，到位率72.50%，未到位资金346.50万元。';
    assert.deepStrictEqual(rates(text), []);
    assert.deepStrictEqual(rates(text.replace('到位率72.50%', '到位率82.50%')), ['到位率82.50%与913.50万元÷1260.00万元＝72.50%不符']);
  });

  it('a figure\'s name before a long note in brackets (`实际支出（基本支出与项目支出之和，不含结余结转）304.70万元`) is still its name', () => {
    const text = '2024年支出315.22万元，其中基本支出248.77万元，项目支出55.93万元，结余结转10.52万元。\n2024年实际支出（基本支出与项目支出之和，不含结余结转）304.70万元，占预算收入的96.66%。其中项目支出55.93万元，占实际支出的18.36%。';
    assert.deepStrictEqual(rates(text).filter((m) => m.includes('18.36')), []);
    assert.strictEqual(rates(text.replace('18.36%', '17.36%')).filter((m) => m.includes('17.36')).length, 1);
  });

  it('a share of a whole named as an earlier share named it (`占调整后预算612.80万元的93.67%`) is over that figure', () => {
    const text = '本中心实施项目4个，调整后预算214.30万元，实际支出181.84万元。2024年本中心一般公共预算财政拨款支出574.01万元，占调整后预算612.80万元的93.67%，结转结余38.79万元，占调整后预算的6.33%。';
    assert.deepStrictEqual(rates(text), []);
    assert.strictEqual(rates(text.replace('6.33%', '6.53%')).length, 1);
  });

  it('by how much a target was passed (`超出年度目标126人次`) is neither the target nor what was done', () => {
    assert.deepStrictEqual(rates('全年培训1,126人次，超出年度目标126人次，完成率112.60%；取证率93.34%。'), []);
    assert.strictEqual(rates('年度目标培训1,000人次，全年培训1,126人次，完成率121.60%。').length, 1);
  });

  it('spending said right after a fund\'s money (`上级补助资金535.60万元，当年支出497.82万元`) may be over that fund', () => {
    const text = '全年可用资金总额3111.68万元，实际支出3012.44万元，整体执行率96.81%。上级补助资金535.60万元，当年支出497.82万元，执行率92.95%。';
    assert.deepStrictEqual(rates(text), []);
    assert.strictEqual(rates(text.replace('92.95%', '93.95%')).length, 1);
  });

  it('a bare share of a part, after a list total with a share of its own over a whole not read, is not read', () => {
    const text = '分单位看，本院机关本级支出10406.33万元，占部门支出的87.50%；所属单位支出1486.73万元，占12.50%，其中机关服务中心926.51万元，占7.79%，司法技术辅助中心560.22万元，占4.71%。';
    assert.deepStrictEqual(rates(text), []);
  });

  it('a 到位率 over 100% after money added (`追加下达…资金60.00万元`) is not over the money added', () => {
    const text = '该项目年初申报资金200.00万元，省自然资源厅在批复80.00万元的基础上追加下达地质灾害隐患点工程治理资金60.00万元，实际到位资金260.00万元，资金到位率130.00%，超额到位部分全部为上级追加资金。';
    assert.deepStrictEqual(rates(text), []);
    // (Money allotted in all is still the base: `上级下达转移支付资金251.58万元，实际到位240.36万元`.)
    assert.strictEqual(rates('上级下达转移支付资金251.58万元，实际到位240.36万元，到位率96.54%。').length, 1);
  });

  it('a share of `当年实际支出` is of the figure so named on its line, whose core drops the year', () => {
    const text = '2024年支出846.73万元，其中基本支出287.16万元，项目支出541.09万元，结余结转18.48万元。\n当年实际支出828.25万元（不含结余结转），项目支出占当年实际支出的65.33%。';
    assert.deepStrictEqual(rates(text), []);
    assert.strictEqual(rates(text.replace('65.33%', '63.90%')).length, 1);
  });
});

describe('prose rates: a base named, or a table row said again', () => {
  it('`按年初计划计算到位率102.79%` is over the opening plan, not the year\'s budget; read over none when that plan is not read', () => {
    const text = '项目年初计划安排资金560.00万元，年中县级追加衔接资金15.60万元，调整后预算575.60万元。截至2024年12月31日，实际到位575.60万元，按年初计划计算到位率102.79%。';
    assert.deepStrictEqual(rates(text), []);
    // Not named, it is over the year's budget.
    assert.strictEqual(rates(text.replace('按年初计划计算', '')).length, 1);
  });

  it('a rate naming its kind (`项目支出整体执行率`) after the items is over the kind\'s spending said on the line', () => {
    const text = '2023年项目支出424.65万元，共3个项目：1.甲项目预算260.00万元，实际支出248.36万元，执行率95.52%；2.乙项目预算96.50万元，实际支出92.70万元，执行率96.06%；3.丙项目预算85.00万元，实际支出83.59万元，执行率98.34%。3个项目预算合计441.50万元，项目支出整体执行率96.18%。';
    assert.deepStrictEqual(rates(text), []);
    assert.strictEqual(rates(text.replace('96.18%', '95.18%')).length, 1);
  });

  it('money after the year\'s changes (`加上…年中调整后项目资金总额826.10万元`) is the budget, no source beside the opening one', () => {
    const text = '本部门2024年共实施5个项目，年初安排项目预算485.00万元，加上上级转移支付及年中调整后项目资金总额826.10万元，实际支出774.32万元，项目资金整体执行率93.73%，项目结余结转51.78万元。';
    assert.deepStrictEqual([...rates(text), ...lint(text).findings.filter((f) => f.ruleId === 'amount.sum-mismatch').map((f) => f.message.zh)], []);
    assert.strictEqual(rates(text.replace('93.73%', '95.73%')).length, 1);
  });

  it('`按年初预算计算执行率为…` is over the opening budget said in its clause; of two rates each named, each over its own', () => {
    const text = '科技馆免费开放项目年初预算80.00万元，年中追加12.00万元，实际支出88.32万元，按年初预算计算执行率为110.40%，超出部分由追加资金保障。';
    assert.deepStrictEqual(rates(text), []);
    assert.deepStrictEqual(rates(text.replace('110.40%', '96.00%')), ['执行率96.00%与88.32万元÷80.00万元＝110.40%不符']);
    const two = '项目支出年初预算60.50万元，年中追加21.60万元，合计追减6.50万元，调整后为75.60万元，实际支出74.13万元，按调整后预算计算执行率为98.06%，按年初预算计算执行率为122.53%。';
    assert.deepStrictEqual(rates(two), []);
  });

  it('a fund\'s own rate (`上级下达资金250.00万元，已支出243.18万元，执行率97.72%`) is over that fund, of what was spent of it', () => {
    const text = '二是松材线虫病防治经费。上级下达资金250.00万元，已支出243.18万元，执行率97.27%。\n分资金来源看，省级财政补助资金150.00万元，已支出136.00万元，执行率90.67%；县级配套资金116.00万元，已支出96.38万元，执行率83.09%。';
    assert.deepStrictEqual(rates(text), []);
    assert.deepStrictEqual(rates(text.replace('97.27%', '97.72%')), ['执行率97.72%与243.18万元÷250.00万元＝97.27%不符']);
    assert.deepStrictEqual(rates(text.replace('83.09%', '84.09%')), ['执行率84.09%与96.38万元÷116.00万元＝83.09%不符']);
  });

  it('a rate said of the spending of a table\'s row, as the row says it, restates the row (its budget may be in no sentence)', () => {
    const table = '表1  2024年度一般公共预算支出执行情况表\n单位：万元\n项目\t2024年\t\t执行率\n\t预算数\t决算数\t\n基本支出\t586.20\t592.47\t101.07%\n项目支出\t318.50\t302.16\t94.87%\n支出合计\t904.70\t894.63\t98.89%\n';
    const text = `2024年度本局收入合计912.38万元，其中一般公共预算财政拨款收入905.18万元，其他收入7.20万元。全年支出合计894.63万元，预算执行率98.89%，年末结转结余17.75万元。\n${table}`;
    assert.deepStrictEqual(rates(text), []);
    // Without the row, the text is read over its own figures.
    assert.strictEqual(rates(text.replace('支出合计\t904.70\t894.63\t98.89%\n', '')).length, 1);
  });
});

describe('prose rates: two shares of one figure', () => {
  it('a second share after the first (`占本年支出合计的57.60%，占支出总计的53.28%`) is the figure\'s, over the whole it names', () => {
    const text = '2023年度我局支出总计1995.48万元，其中本年支出合计1845.93万元，年末结转和结余149.55万元。基本支出782.66万元，占本年支出合计的42.40%，占支出总计的39.22%；项目支出1063.27万元，占本年支出合计的57.60%，占支出总计的53.28%。';
    assert.deepStrictEqual(rates(text), []);
    assert.deepStrictEqual(rates(text.replace('53.28', '58.23')), ['占比58.23%与1063.27万元÷1995.48万元＝53.28%不符']);
    // Of 收入总计, not of the 本年收入 whose list the figure is in.
    const income = '本局2023年收入总计639.11万元，其中本年收入590.75万元，年初结转和结余48.36万元。本年收入中，财政拨款收入575.55万元，占本年收入的97.43%，占收入总计的90.05%；上级补助收入15.20万元，占本年收入的2.57%，占收入总计的2.38%。';
    assert.deepStrictEqual(rates(income), []);
  });
});

describe('prose rates: a budget said spent in full', () => {
  it('`…经费预算36.80万元，全部支出，执行率100%` is over no spending said before the `；`', () => {
    const text = '食品安全监督抽检经费预算170.00万元，实际支出168.00万元，执行率98.82%；投诉举报平台运行经费预算36.80万元，全部支出，执行率100%；特种设备检验经费预算100.00万元，实际支出96.85万元，执行率96.85%。';
    assert.deepStrictEqual(rates(text), []);
    assert.strictEqual(rates(text.replace('执行率96.85%', '执行率95.85%')).length, 1);
  });
});

describe('prose rates: the two figures named', () => {
  it('`以本年支出合计与收入总计相比，全年预算执行率为98.51%` is over the figures of those names', () => {
    const text = '2023年度本局收入总计456.50万元，其中本年收入443.80万元，上年结转结余12.70万元。支出总计456.50万元，其中本年支出449.70万元，年末结转和结余6.80万元。以本年支出合计与收入总计相比，全年预算执行率为98.51%。';
    assert.deepStrictEqual(rates(text), []);
    assert.deepStrictEqual(rates(text.replace('98.51', '98.15')), ['执行率98.15%与449.70万元÷456.50万元＝98.51%不符']);
    // A name not found: the rate is read over nothing else.
    assert.deepStrictEqual(rates(text.replace('以本年支出合计与收入总计相比', '以项目支出合计与收入总计相比')), []);
  });

  it('a rate alone in a sentence of another year (`2021年…执行率为94.16%`) is not over this year\'s figures before it', () => {
    const before = '2022年中心一般公共预算财政拨款年初预算1420.00万元，年中追加445.30万元，全年预算合计1865.30万元；全年一般公共预算财政拨款支出1790.44万元，预算执行率为95.99%。';
    assert.deepStrictEqual(rates(before + '2021年中心一般公共预算执行率为94.16%，本年提高1.83个百分点。'), []);
    assert.deepStrictEqual(rates(before + '上年预算执行率为94.16%。'), []);
    assert.strictEqual(rates(before + '全年预算执行率为94.16%。').length, 1);
    const clause = '2024年学校调整后预算数为1412.30万元，实际支出1386.52万元，预算执行率98.17%；2023年预算数1336.08万元，执行率97.51%，执行率较上年提高0.66个百分点。';
    assert.deepStrictEqual(rates(clause), []);
    assert.strictEqual(rates(clause.replace('98.17%', '97.17%')).length, 1);
  });

  it('a rate with its two figures in brackets after it, said as a ratio (`（项目支出…与项目预算…之比）`), is over them', () => {
    const text = '（一）预算执行情况。全年支出215.84万元，项目资金执行率99.42%（项目支出82.28万元与项目预算82.76万元之比）。';
    assert.deepStrictEqual(rates(text), []);
    assert.deepStrictEqual(rates(text.replace('99.42%', '99.52%')), ['执行率99.52%与82.28万元÷82.76万元＝99.42%不符']);
  });

  it('a share of `该项目支出` is over the item\'s own spending on its line; a balance before a share of spending may stand after the spending; another year\'s whole is passed over', () => {
    const item = '1、农技推广体系建设项目。该项目预算68.00万元，实际支出65.42万元。2020年该项目支出61.20万元。\n6、绿色高质高效项目。该项目预算50.00万元，实际支出47.60万元，执行率95.20%。项目支出中物化补贴28.56万元，占该项目支出的60.00%。';
    assert.deepStrictEqual(rates(item), []);
    assert.deepStrictEqual(rates(item.replace('60.00%', '61.00%')), ['占比61.00%与28.56万元÷47.60万元＝60.00%不符']);
    const town = '古岳峰镇人民政府2022年度部门整体支出绩效自评报告\n2022年支出2021.74万元，其中基本支出1102.58万元，项目支出876.45万元，结余结转42.71万元。2021年我镇项目支出为792.30万元。\n3．项目“农田水利设施建设项目”年初预算金额0万元，上级转移支付266.80万元，实际支出251.20万元，结余结转15.60万元，占全镇项目支出的28.66%。';
    assert.deepStrictEqual(rates(town), []);
    // (Its whole is not read: `项目支出` is not named `全镇项目支出`, and a bare kind's name may be an item's.)
    assert.deepStrictEqual(rates(town.replace('28.66%', '27.66%')), []);
  });

  it('a budget alone in brackets after the rate (`（本年下达136.49万元）`, `（可用资金228.00万元）`) is its base, over the spending (or what was used) before it on its line', () => {
    const fund = '1．项目“基本公共卫生服务补助”年初预算0万元，上级转移支付136.49万元，上年结转9.20万元，实际支出131.25万元，结余结转14.44万元。项目执行率96.16%（本年下达136.49万元），按可用资金145.69万元计算支出进度为90.09%。';
    assert.deepStrictEqual(rates(fund), []);
    assert.deepStrictEqual(rates(fund.replace('96.16%', '95.16%')), ['执行率95.16%与131.25万元÷136.49万元＝96.16%不符']);
    const used = '截至12月31日已支出204.60万元。另有尚未付款的检测试剂16.56万元，连同已支出部分，已使用资金221.16万元，资金使用率97.00%（可用资金228.00万元）。';
    assert.deepStrictEqual(rates(used), []);
    assert.strictEqual(rates(used.replace('97.00%', '96.00%')).length, 1);
  });

  it('a 使用率 over a base in brackets is over what was used, an 执行率 over what was spent', () => {
    const text = '截至年底，项目已使用12.30万元（含尚未支付的尾款0.90万元），已支出11.40万元。按已支出计算执行率91.20%（调整后预算12.50万元）；按已使用计算资金使用率98.40%（调整后预算12.50万元）。';
    assert.deepStrictEqual(rates(text), []);
    assert.strictEqual(rates(text.replace('98.40%', '97.40%')).length, 1);
  });
});
