import * as assert from 'assert';
import { lint } from '../../server/src/engine';

/** A figure said again: under its own name, a looser one, or in a table, and when it is another figure. */
const inconsistent = (text: string) => lint(text).findings.filter((f) => f.ruleId === 'amount.inconsistent').map((f) => f.message.zh);

describe('restatements with two digits swapped', () => {
  it('a looser name of the same figure with two digits swapped is the same figure written wrong', () => {
    const text = '二、部门预算收支情况\n2022年支出61.04万元，其中人员经费55.87万元，公用经费5.17万元。\n三、绩效情况\n1.预算执行方面。全年一般公共预算支出61.04万元，执行率100%。人员经费55.87万元按时足额发放；日常公用经费支出5.71万元，严格控制在预算范围内。';
    assert.deepStrictEqual(inconsistent(text), ['日常公用经费支出5.71万元与第2行的公用经费5.17万元不一致']);
    // Other digits are another figure (a looser name says no more than that).
    assert.deepStrictEqual(inconsistent(text.replace('5.71万元，严格', '4.93万元，严格')), []);
  });

  it('a project report\'s 项目实际支出 said again in another part', () => {
    const text = '安平区2023年度基本公共卫生服务项目支出绩效自评报告\n一、项目概况\n截至2023年12月31日，项目实际支出3105.27万元，预算执行率95.80%。\n二、绩效情况\n全年项目实际支出3150.27万元，服务可及性进一步提高。';
    assert.deepStrictEqual(inconsistent(text).length, 1);
    assert.match(inconsistent(text)[0], /3150\.27万元与第3行的项目实际支出3105\.27万元不一致/);
  });

  it('a project report\'s 项目总资金 said again as 本项目总资金', () => {
    const text = '枫林县2023年农村公路提质改造项目支出绩效自评报告\n一、项目概况\n项目计划总投资2460.00万元，2023年度项目总资金1836.50万元。\n二、资金情况\n2023年度本项目总资金1863.50万元，已全部到位。';
    assert.deepStrictEqual(inconsistent(text).length, 1);
    assert.match(inconsistent(text)[0], /1863\.50万元与第3行的项目总资金1836\.50万元不一致/);
    assert.deepStrictEqual(inconsistent(text.replace('1863.50', '1836.50')), []);
  });

  it('a fund said of in a list and again in its own sentence', () => {
    const text = '3．项目支出情况。2024年共实施项目2个，分别为：城乡低保资金2862.40万元，临时救助资金318.65万元。\n1．全年保障城乡低保对象13920人，城乡低保资金支出2826.40万元，均通过社会化发放直接打卡到户。';
    assert.deepStrictEqual(inconsistent(text), ['城乡低保资金支出2826.40万元与第1行的城乡低保资金2862.40万元不一致']);
  });

  it('the text against a table\'s row and column: the text is taken to have copied the table', () => {
    const table = '单位：万元\n项目\t年初预算\t实际支出\n人员经费\t400.00\t398.47\n公用经费\t70.00\t70.45\n合计\t470.00\t468.92';
    const text = `${table}\n全年人员经费支出398.74万元，公用经费支出70.45万元。`;
    assert.deepStrictEqual(inconsistent(text), ['人员经费支出398.74万元与第3行的实际支出398.47万元不一致']);
  });

  it('two items\' budgets named alike are each the item\'s, whatever their digits', () => {
    const text = '1.高标准农田建设管理经费。项目预算280.00万元，实际支出265.35万元。\n2.农业产业发展扶持资金。项目预算820.00万元，实际支出777.00万元。';
    assert.deepStrictEqual(inconsistent(text), []);
  });

  it('last year\'s figure and this year\'s are two figures', () => {
    assert.deepStrictEqual(inconsistent('2024年城乡低保资金支出2862.40万元。\n2023年城乡低保资金支出2826.40万元。'), []);
    assert.deepStrictEqual(inconsistent('城乡低保资金支出2862.40万元。\n上年城乡低保资金支出2826.40万元。'), []);
  });
});

describe('restatements of another scope', () => {
  it('the kinds of one source\'s spending (`财政拨款安排的基本支出…其中人员经费…`) are not the unit\'s', () => {
    const text = '2023年医院基本支出46,873.58万元，其中人员经费21,406.77万元，公用经费25,466.81万元。\n一般公共预算财政拨款安排的基本支出为1,636.20万元，其中人员经费1,512.48万元，公用经费123.72万元。';
    assert.deepStrictEqual(inconsistent(text), []);
  });

  it('the carry-over of each kind (`结转结余15.45万元，其中基本支出10.00万元，项目支出5.45万元`) is not the kind\'s spending', () => {
    const text = '一般公共预算财政拨款支出430.15万元，其中：基本支出317.80万元，项目支出112.35万元。全年结转结余15.45万元，其中基本支出10.00万元，项目支出5.45万元。\n全年基本支出317.80万元，保障了运转。';
    assert.deepStrictEqual(inconsistent(text), []);
    // The spending said again otherwise is still found.
    assert.deepStrictEqual(inconsistent(text.replace('全年基本支出317.80', '全年基本支出371.80')).length, 1);
  });

  it('an item named in its clause (`二是农资储备贴息，年初预算…`) has its own budget', () => {
    assert.deepStrictEqual(inconsistent('2024年年初预算287.20万元，全年支出280.00万元。\n二是农资储备贴息，年初预算18.00万元，实际支出18.00万元，执行率100%。'), []);
  });

  it('a bare 支出 after an item\'s title that ends like how the work went is still the item\'s', () => {
    const text = '2024年本年支出合计2,025.35万元，其中基本支出1,318.42万元，项目支出706.93万元。\n2.实验室检测能力提升。预算240.00万元，支出215.00万元，执行率89.58%。';
    assert.deepStrictEqual(inconsistent(text), []);
  });
});

describe('restatements of a table\'s row', () => {
  it('another year\'s figure named by a row is not that row\'s figure', () => {
    const text = '2024年度部门整体支出绩效自评报告\n资金来源\t调整后预算\t实际支出\t执行率\n一般公共预算\t1,486.20\t1,474.03\t99.18%\n合计\t1,486.20\t1,474.03\t99.18%\n一般公共预算方面，全年支出1,474.03万元。2023年一般公共预算支出1,395.62万元，2024年比上年增长5.62%。';
    assert.deepStrictEqual(inconsistent(text), []);
  });
});

describe('restatements: a bare 支出 that is another thing\'s', () => {
  it('a bare 支出 after a price in its sentence is what the count cost at it, not the unit\'s spending', () => {
    const text = '二、部门预算收支情况\n2024年本局本年支出3536.19万元，其中基本支出1218.74万元，项目支出2317.45万元。\n三、绩效目标完成情况\n四、成本指标。生活垃圾转运处置按68200吨、合同单价98元/吨结算，支出668.36万元，单价与上年持平。';
    assert.deepStrictEqual(inconsistent(text), []);
    assert.strictEqual(inconsistent(text.replace('合同单价98元/吨结算，支出668.36', '全年支出3563.19')).length, 1, 'a bare 支出 of the year is the unit\'s');
  });
});

describe('restatements of another scope', () => {
  it('the bureau\'s own level (`局本级预算收入…，基本支出…`) and the projects counted (`专项资金共3个，年初预算…`) are not the unit\'s figures', () => {
    const text = [
      '二、预算收支出情况（按单位预算口径）',
      '2023年支出2246.65万元，其中基本支出702.14万元，项目支出1398.77万元，结余结转145.74万元。',
      '上述数据为全局汇总数。分单位看，局本级预算收入1412.04万元，基本支出241.36万元，项目支出1052.48万元，结余结转118.20万元；3个下属单位预算收入合计834.61万元。',
      '本部门2023年专项资金共3个，年初预算66.20万元，调整后预算83.18万元，全年专项支出81.36万元。',
      '三、资金使用及绩效情况（包含单位管理的公共专项）',
      '全年基本支出702.14万元，项目支出1389.77万元。',
    ].join('\n');
    assert.deepStrictEqual(inconsistent(text), ['项目支出1389.77万元与第2行的项目支出1398.77万元不一致']);
  });
});

describe('restatements of one unit of a department', () => {
  const whole = [
    '二、预算收支出情况（按单位预算口径）',
    '（一）部门整体',
    '2024年预算收入1482.64万元，其中年初预算781.50万元，调整追加651.79万元，其他资金来源49.35万元。',
    '2024年支出1482.64万元，其中基本支出497.77万元，项目支出933.82万元，结余结转51.05万元。',
  ];
  it('under a heading naming a unit (`（二）局本级`, `（三）区社会福利院`), or after a line\'s lead naming one, the figures are that unit\'s', () => {
    const text = [...whole,
      '（二）局本级',
      '2024年预算收入1110.48万元，其中年初预算486.30万元，调整追加624.18万元，其他资金来源0万元。',
      '（三）区社会福利院',
      '2024年支出217.75万元，其中基本支出132.08万元，项目支出79.52万元，结余结转6.15万元。',
      '区殡葬管理所：2024年支出154.41万元，其中基本支出100.27万元，项目支出52.94万元，结余结转1.20万元。',
    ].join('\n');
    assert.deepStrictEqual(inconsistent(text), []);
  });
  it('after a `；`, a clause whose subject is a unit (`；县水土保持站基本支出…`) is that unit\'s', () => {
    const text = [...whole, '部门基本支出497.77万元，其中人员经费433.36万元，公用经费64.41万元。具体到各单位：局本级基本支出228.76万元，其中人员经费198.64万元，公用经费30.12万元；县水土保持站基本支出53.05万元，其中人员经费46.25万元，公用经费6.80万元。'].join('\n');
    assert.deepStrictEqual(inconsistent(text), []);
    // The department's own restated wrong is still found.
    assert.strictEqual(inconsistent(text.replace('部门基本支出497.77', '部门基本支出479.77')).length, 1);
  });
});

describe('which mention of a figure is the odd one', () => {
  it('a first mention no other agrees with and no sum confirms is the odd one when two later ones agree', () => {
    const text = [
      '二、预算收支出情况（按单位预算口径）',
      '2023年支出128.60万元，其中基本支出92.40万元，项目支出36.20万元。',
      '全年项目支出362,000.00元，主要用于残疾人就业培训和康复救助。',
      '三、资金使用及绩效情况（包含单位管理的公共专项）',
      '全年项目支出36.20万元，执行率96.40%。项目支出36.20万元全部用于既定项目。',
    ].join('\n');
    assert.deepStrictEqual(inconsistent(text), []);
    const odd = text.replace('全年项目支出362,000.00元', '全年项目支出326,000.00元').replace('2023年支出128.60万元，其中基本支出92.40万元，项目支出36.20万元。', '2023年基本支出92.40万元。');
    assert.deepStrictEqual(inconsistent(odd), ['项目支出326000.00元与第5行的项目支出36.20万元不一致']);
  });
});

describe('an item named on a line of its own', () => {
  it('`1.文物保护及非遗传承资金。` over its sentences: their figures are the item\'s', () => {
    const text = [
      '二、一般公共预算支出情况',
      '2024年年初预算1580.60万元，实际支出1542.37万元。',
      '（二）项目支出情况',
      '　　1.文物保护及非遗传承资金。',
      '年初预算260.00万元，上级转移支付92.80万元，调整后预算352.80万元，实际支出341.66万元，结余结转11.14万元。',
      '',
      '　　2.旅游宣传推介资金。',
      '年初预算380.00万元，年中追加22.60万元，调整后预算402.60万元，实际支出395.13万元，结余结转0万元，剩余7.47万元由财政收回。',
    ].join('\n');
    assert.deepStrictEqual(inconsistent(text), []);
  });
});

describe('a score said in the text against the score table', () => {
  const table = ['一级指标\t二级指标\t三级指标\t分值\t得分', '产出\t产出数量\t考核村数量\t50\t48', '效益\t社会效益\t村庄环境改善情况\t50\t46.5', '合计\t\t\t100\t94.5'].join('\n');
  it('a village\'s score (`马鞍村因…，年终综合得分68.5分`) is not the report\'s; the report\'s is', () => {
    const text = `三、绩效情况\n8个村考核达标。马鞍村因垃圾清运不及时、整改不到位，年终综合得分68.5分，未予奖补。\n${table}\n`;
    assert.deepStrictEqual(inconsistent(text), []);
    assert.strictEqual(inconsistent(`${text}经综合评定，项目自评得分为95.4分。\n`).length, 1);
  });

  it('a score of another\'s evaluation (`…考核通报，我县考核得分91.37分`, `财政重点绩效评价，评价得分83.50分`) is not the self-evaluation\'s', () => {
    const text = `三、绩效情况\n${table}\n经综合评定，项目自评得分94.5分。另据市卫健委全市绩效考核通报，我县考核得分91.37分。区财政局委托第三方开展了财政重点绩效评价，评价得分83.50分。\n`;
    assert.deepStrictEqual(inconsistent(text), []);
  });

  it('last year\'s score with its year further back (`本部门2022年度部门整体支出绩效自评得分为86.5分`) is not this year\'s', () => {
    const text = `2023年度某局部门整体支出绩效自评报告\n一、绩效情况\n${table}\n本部门2022年度部门整体支出绩效自评得分为86.5分，等级为良；2023年度自评得分较上年提高8分。\n`;
    assert.deepStrictEqual(inconsistent(text), []);
    assert.strictEqual(inconsistent(text.replace('2022年度部门整体', '2023年度部门整体')).length, 1);
  });

  it('the unit\'s score said as the whole\'s in another part is the table\'s, when one said so in the table\'s part agrees with it', () => {
    const text = `2023年度某局部门整体支出绩效自评报告\n三、部门整体支出绩效情况\n经自评，我局2023年度部门整体支出绩效自评得分94.5分，评价等级为优。\n${table}\n四、结论\n综上所述，我局2023年度部门整体支出绩效综合自评得分95.30分，绩效等级为优。\n`;
    assert.strictEqual(inconsistent(text).length, 1);
    assert.deepStrictEqual(inconsistent(text.replace('95.30', '94.50')), []);
    // Without the first, the table may be a project's: a score in another part is not compared with it.
    assert.deepStrictEqual(inconsistent(text.replace('我局2023年度部门整体支出绩效自评得分94.5分', '项目自评得分94.5分')), []);
  });
});

describe('a numbered project\'s own lines', () => {
  it('`项目支出4.50万元，其中…` right under `6．项目“…”年初预算…` is that project\'s, not the unit\'s 项目支出', () => {
    const text = '二、一般公共预算支出情况\n2023年项目支出618.06万元。\n六、资金使用及绩效情况\n6．项目“光荣牌悬挂及走访慰问经费”年初预算金额0万元，上级转移支付0万元，年中调增4.50万元，实际支出4.50万元，结余结转0万元。\n项目支出4.50万元，其中光荣牌制作1.50万元，走访慰问3.00万元。';
    assert.deepStrictEqual(inconsistent(text), []);
  });
});

describe('a figure restated with its point moved', () => {
  it('`非遗保护与展演经费12.50万元`, later `12,500元`; `县级配套资金3,256,800元`, later `32.57万元`: ten or a hundred times off', () => {
    const text = '1.非遗保护与展演经费12.50万元，用于传承人补助和展演活动。\n二、绩效情况\n全年开展展演32场，非遗保护与展演经费12,500元已全部支付。';
    assert.strictEqual(inconsistent(text).length, 1);
    assert.deepStrictEqual(inconsistent(text.replace('12,500元', '125,000元')), []);
    const rounded = '县级配套资金3,256,800元已全部到位。\n其中，县级配套资金32.57万元用于管网改造。';
    assert.strictEqual(inconsistent(rounded).length, 1);
    assert.deepStrictEqual(inconsistent(rounded.replace('32.57万元', '325.68万元')), []);
    // A unit's 三公 money and its 基本支出, a hundred times apart, share only their first two digits rounded.
    const units = '各单位基本支出分别为：局机关462.80万元，检疫站114.80万元。\n“三公”经费：全系统18.59万元，其中局机关8.96万元，检疫站1.12万元。';
    assert.deepStrictEqual(inconsistent(units), []);
    assert.strictEqual(inconsistent(units.replace('检疫站1.12万元', '检疫站1.148万元')).length, 1);
  });

  it('a project report\'s 项目实际支出 said again with the point moved; a department\'s 项目 figures are each project\'s', () => {
    const text = '桂塘县2022年农村饮水安全巩固提升工程项目支出绩效自评报告\n一、项目概况\n截至2022年12月31日，项目实际支出1,026.48万元，结余结转39.12万元。\n二、绩效情况\n本项目实际支出102.648万元，巩固提升了3.42万农村人口的供水保障水平。';
    assert.strictEqual(inconsistent(text).length, 1);
    assert.deepStrictEqual(inconsistent(text.replace('102.648', '1026.48')), []);
    assert.deepStrictEqual(inconsistent(text.replace('工程项目支出绩效自评报告', '水利局部门整体支出绩效自评报告')), []);
  });

  it('a figure restated in another unit: the point moved (`5.218亿元` for `5218.00万元`), or rounded with two digits swapped', () => {
    const moved = '项目总投资1.0426亿元，其中中央补助资金5218.00万元。\n四、资金使用情况\n中央补助资金5.218亿元已全部拨付到位。';
    assert.strictEqual(inconsistent(moved).length, 1);
    assert.deepStrictEqual(inconsistent(moved.replace('5.218亿元', '0.5218亿元')), []);
    const rounded = '二、收支情况\n2023年支出12814.37万元，其中基本支出1130.80万元，项目支出11203.57万元，结余结转480.00万元。\n三、绩效情况\n全年项目资金实际支出1.21亿元，完成农村公路建设86公里。';
    assert.strictEqual(inconsistent(rounded).length, 1);
    // Rounded right, a figure in 亿元 is the same; so is another year's, whatever its digits.
    assert.deepStrictEqual(inconsistent(rounded.replace('1.21亿元', '1.12亿元')), []);
    assert.deepStrictEqual(inconsistent(rounded.replace('全年项目资金实际支出1.21亿元', '2022年项目资金实际支出1.21亿元')), []);
    const table = '表1 2023年度资金使用情况（单位：千元）\n项目\t预算数\t实际支出\n城乡低保资金\t19,000.0\t18,546.2\n合计\t19,000.0\t18,546.2\n全年城乡低保资金支出1856.42万元，惠及困难群众3200人。';
    assert.strictEqual(inconsistent(table).length, 1);
    assert.deepStrictEqual(inconsistent(table.replace('1856.42', '1854.62')), []);
  });

  it('figures named by a budget\'s words (`年初预算金额`, `上级转移支付`) are each project\'s, whatever their digits', () => {
    const text = '1．项目“甲”年初预算金额150.00万元，上级转移支付0万元，实际支出150.00万元。\n2．项目“乙”年初预算金额15.00万元，上级转移支付0万元，实际支出15.00万元。';
    assert.deepStrictEqual(inconsistent(text), []);
    const some = '2025年全年可用资金222.60万元。全年支出207.13万元，其中基本支出146.32万元，项目支出60.81万元。\n全馆预算执行率93.05%。四个项目可用资金74.00万元，支出60.81万元，项目资金执行率82.18%。';
    assert.deepStrictEqual(inconsistent(some), []);
    const items = '六、资金使用及绩效情况\n（二）专项资金支出绩效情况\n3.适龄妇女“两癌”筛查\n年初预算42.00万元，全年实际完成筛查1,850人，结余3.15万元。\n4.医疗设备购置\n年初预算48.00万元，通过政府采购购置全自动生化分析仪1台。';
    assert.deepStrictEqual(inconsistent(items), []);
    const swapped = '1．项目“中医重点专科建设”年初预算金额120.00万元，实际支出150.82万元。\n2．项目“基本公共卫生服务”年初预算金额210.00万元，实际支出196.44万元。';
    assert.deepStrictEqual(inconsistent(swapped), []);
  });
});

describe('the staff in post said again by a noun after the count', () => {
  it('`全会7名在职干部职工` after `实有在职人员6人` is the same count said otherwise', () => {
    const text = '一、部门基本情况\n截至2023年末，本单位核定编制6名，其中行政编制4名，事业编制2名；实有在职人员6人，退休人员2人。\n二、绩效情况\n坚持“第一议题”制度，全会6名在职干部职工全员参加党纪学习和业务培训。';
    assert.deepStrictEqual(inconsistent(text), []);
    assert.strictEqual(inconsistent(text.replace('全会6名', '全会7名')).length, 1);
    assert.strictEqual(inconsistent(text.replace('全会6名在职干部职工', '组织全局7名在职干部职工')).length, 1);
  });

  it('a part\'s staff (`局机关…实有在职21人；二级单位…实有在职138人`) is no restatement of the whole\'s', () => {
    const text = '局机关核定行政编制22名，实有在职21人；5个二级单位核定事业编制146名，实有在职138人。全系统实有在职人员159人，离退休人员87人。\n全系统159名在职干部职工参加培训。';
    assert.deepStrictEqual(inconsistent(text), []);
    // Nor is a count said first by a noun (no label to say what it counts) read against later ones.
    assert.deepStrictEqual(inconsistent('全局20名在职干部职工参加培训。\n年末实有在职人员21人。'), []);
  });
});

describe('money given as a reason', () => {
  it('a transfer said as why a figure grew (`主要是上级下达…转移支付资金8.00万元`) is no source of a fund line', () => {
    const text = '2024年度项目支出合计52.14万元，比上年的42.25万元增加9.89万元，增长23.41%，主要是上级下达妇女创业就业培训转移支付资金8.00万元。';
    assert.deepStrictEqual(lint(text).findings.filter((f) => f.ruleId === 'amount.sum-mismatch').map((f) => f.message.zh), []);
  });

  it('a bare 支出 after a class and its code (`特殊学校教育（2050701）支出284.36万元`) is the class\'s', () => {
    const text = '2022年支出354.71万元，其中基本支出301.51万元，项目支出53.20万元。\n按功能分类，特殊学校教育（2050701）支出284.36万元，占本年支出合计的80.17%。';
    assert.deepStrictEqual(inconsistent(text), []);
    assert.strictEqual(inconsistent(text.replace('特殊学校教育（2050701）支出', '全年支出')).length, 1);
  });

  it('two items\' 年中追加 with digits swapped (`5.00`, `0.50`) are each the item\'s', () => {
    const text = '1.档案数字化加工项目。年初预算28.00万元，年中追加5.00万元，实际支出31.80万元，结余结转1.20万元。\n2.档案征集与编研项目。年初预算6.00万元，年中追加0.50万元，实际支出6.40万元，结余结转0.10万元。';
    assert.deepStrictEqual(inconsistent(text), []);
  });

  it('a bare 支出 in a reason (`主要是…购置新能源公务用车1辆，支出18.50万元`) is the reason\'s, not the unit\'s spending', () => {
    const text = '2024年“三公”经费25.50万元，比上年增加17.70万元，主要是经批准更新购置新能源公务用车1辆，支出18.50万元。\n三、部门整体支出绩效情况\n2024年，本中心全年一般公共预算支出1022.63万元，执行率97.86%。';
    assert.deepStrictEqual(inconsistent(text), []);
    // The unit's spending said bare outside a reason is still its own.
    assert.strictEqual(inconsistent(text.replace('主要是经批准', '经批准')).length, 1);
  });
});

describe('a figure restated in the other unit with two digits swapped', () => {
  it('`社区矫正经费21.56万元` in one part, `社区矫正经费实际支出251,600.00元` in another', () => {
    const text = [
      '二、项目支出情况',
      '2023年项目支出共3个，分别为：社区矫正经费21.56万元，人民调解经费30.12万元，普法宣传经费18.40万元。',
      '三、绩效情况',
      '社区矫正经费实际支出251,600.00元，用于社区矫正对象教育帮扶和电子定位监管。',
    ].join('\n');
    assert.deepStrictEqual(inconsistent(text), ['社区矫正经费实际支出251600.00元与第2行的社区矫正经费21.56万元不一致']);
    assert.deepStrictEqual(inconsistent(text.replace('251,600.00元', '215,600.00元')), []);
  });

  it('`年中为X项目追加…，调整后预算…`: what was added for the project, the budget after it all the projects\'', () => {
    const text = ['二、项目支出情况', '2025年本部门安排项目3个，年初预算56.00万元，年中为学会能力提升项目追加4.20万元，调整后预算60.20万元。全年项目支出57.45万元。', '单位：万元',
      '项目名称\t调整后预算数\t决算数', '科普惠民工程\t30.00\t28.65', '全民科学素质行动\t18.00\t17.40', '学会能力提升\t12.20\t11.40', '合计\t60.20\t57.45',
      '3.学会能力提升。年初预算8.00万元，年中追加4.20万元，调整后预算12.20万元，实际支出11.40万元。'].join('\n') + '\n';
    assert.deepStrictEqual(inconsistent(text), []);
    assert.strictEqual(inconsistent(text.replace('调整后预算12.20万元，实际支出11.40', '调整后预算12.20万元，实际支出11.04')).length, 1);
  });

  it('a fund\'s spending (`上级补助资金168.90万元当年支出165.44万元`) is not the unit\'s 支出 said again', () => {
    const text = ['一、部门基本情况', '街道办事处。', '二、一般公共预算支出情况', '2024年支出1698.63万元，其中基本支出1102.47万元，项目支出596.16万元。年末结转结余46.37万元。', '三、绩效情况',
      '2024年，街道全年支出1698.63万元，占收入合计1745.00万元的97.34%。从资金来源看，上级补助资金168.90万元当年支出165.44万元，执行率97.95%，未支出的3.46万元主要为质保金。'].join('\n') + '\n';
    assert.deepStrictEqual(inconsistent(text), []);
  });

  it('a table row\'s name in brackets after a project (`项目“…”（看守所）`) is the unit that ran it, not the row', () => {
    const text = ['二、支出情况', '单位：万元', '单位名称\t全年预算数\t实际支出\t结余结转', '局机关本级\t1200.00\t1180.00\t20.00', '看守所\t746.77\t728.67\t18.10', '合计\t1946.77\t1908.67\t38.10',
      '三、项目情况', '9．项目“在押人员伙食及医疗经费”（看守所）年初预算金额260.00万元，年中调增21.50万元，实际支出263.40万元，结余结转18.10万元。'].join('\n') + '\n';
    assert.deepStrictEqual(inconsistent(text), []);
  });

  it('`管网维修更换：支出128.46万元` on its own line, then `水源地防护：支出22.30万元`: each item\'s spending, not the unit\'s said again', () => {
    const text = '二、项目资金使用情况\n项目实际支出194.20万元，具体支出情况如下：\n- 管网维修更换：支出128.46万元，用于5个乡镇老旧管网更换。\n- 水源地防护：支出22.30万元，用于6处防护栏建设。\n- 水质检测：支出9.80万元，委托第三方检测。\n';
    assert.deepStrictEqual(inconsistent(text), []);
    assert.deepStrictEqual(inconsistent(text.replace(/^- /gm, '')), []);
  });
});

describe('restatements under items and at the year\'s end', () => {
  it('an item that says how the unit did (`（四）内部管理持续加强。…`) speaks of the unit\'s money, its own number no second item', () => {
    const text = '二、部门支出情况\n2024年基本支出3841.62万元，其中人员经费3390.73万元，公用经费450.89万元。\n三、绩效情况\n（四）内部管理持续加强。严格执行预算管理制度，全年公用经费支出45.09万元，均控制在预算范围内。';
    assert.strictEqual(inconsistent(text).length, 1);
    assert.deepStrictEqual(inconsistent(text.replace('45.09', '450.89')), []);
  });

  it('`年末结余结转资金` is the 结余结转 said at the year\'s end', () => {
    const text = '2022年支出4386.27万元，其中基本支出1248.36万元，项目支出2906.55万元，结余结转231.36万元。\n五、存在的问题\n一是部分项目支出进度偏慢，年末结余结转资金23.14万元，主要集中在两个项目。';
    assert.strictEqual(inconsistent(text).length, 1);
    assert.deepStrictEqual(inconsistent(text.replace('23.14', '231.36')), []);
    // An item whose title says how it went but whose text opens with its project's budget is that project.
    const project = '2024年部门支出合计2295.72万元，其中基本支出614.38万元，项目支出1681.34万元；年末结余结转122.64万元。\n（一）重点项目实施情况\n2.农村饮水安全巩固提升。项目年初预算400万元，上级转移支付150万元，实际支出512.60万元，结余结转37.40万元。';
    assert.deepStrictEqual(inconsistent(project), []);
  });

  it('in a hard-wrapped copy, a figure lines below an item\'s line is the item\'s, though the line above the item wraps too', () => {
    const text = [
      '2023年度本部门一般公共预算财政拨款收入2146.83万元，其中',
      '年初预算1386.52万元，年中追加760.31万元。全年一般公共预',
      '算财政拨款支出2098.47万元，其中基本支出856.29万元，项目',
      '支出1242.18万元。全年预算执行率97.75%，年末结余结转48.36',
      '万元。',
      '（二）专项资金支出绩效情况',
      '本部门2023年实施项目共6个，各项目资金使用及绩效情况如下：',
      '1．“小型水库除险加固及运行管护经费”年初预算210.00万元，',
      '年中追加58.40万元，调整后预算268.40万元，实际支出262.15',
      '万元，结余结转6.25万元，执行率97.67%。资金主要用于4座小',
      '型水库除险加固扫尾工程和38座小型水库专业化管护购买服务。',
    ].join('\n');
    assert.deepStrictEqual(inconsistent(text), []);
  });
});
