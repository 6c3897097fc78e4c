import * as assert from 'assert';
import { lint } from '../../server/src/engine';

/** What a list's total is, and which figures are its parts, where more than one reading is written. */
const found = (text: string, rule: string) => lint(text).findings.filter((f) => f.ruleId === rule).map((f) => f.message.zh);
const sums = (text: string) => found(text, 'amount.sum-mismatch');

describe('list readings: the parts a total takes', () => {
  it('the figure of the clause after the `；` that ended a `、` list is its last part when with it the list adds up', () => {
    const text = '截至2024年12月31日，项目资金到位2846.40万元，到位率99.52%。其中中央水利发展资金1200.00万元、省级财政资金800.00万元、市级财政资金160.00万元、县级配套资金600.00万元均已全额到位；受益群众自筹资金到位86.40万元，到位率86.40%。';
    assert.deepStrictEqual(sums(text), []);
    assert.strictEqual(sums(text.replace('2846.40', '2856.40')).length, 1);
  });

  it('a part\'s make-up after its share, its names led by their codes (`，占…90.30%，包括301工资福利支出…`), is that part\'s list', () => {
    const text = '2022年度基本支出631.86万元。其中：人员经费570.59万元，占基本支出的90.30%，包括301工资福利支出538.74万元和303对个人和家庭的补助31.85万元；公用经费61.27万元，占基本支出的9.70%。';
    assert.deepStrictEqual(sums(text), []);
    assert.strictEqual(sums(text.replace('538.74', '528.74')).length, 1);
  });

  it('the main 类 of a year\'s spending listed after 其中 may be some of them; 本年支出合计 is not the 支出 with the balance', () => {
    const text = '从支出构成看，本年支出合计3459.45万元，其中交通运输支出2465.62万元，占本年支出合计的71.27%；城乡社区支出640.00万元，全部为农村公路提质改造支出。';
    assert.deepStrictEqual(sums(text), []);
    const balances = '本项目实际支出3786.42万元，结余资金213.58万元。结余资金中，小额信贷贴息子项目结余100.00万元，原因是部分贷款户提前还款；冷链仓储设施子项目结余45.00万元，为设备质保金。';
    assert.deepStrictEqual(sums(balances), []);
    assert.strictEqual(sums('结余结转12.00万元，其中基本支出结余3.00万元，项目支出结余8.00万元。').length, 1);
    const given = '2023年度项目支出76.77万元（项目拨款82.24万元，年末结转5.47万元）。';
    assert.deepStrictEqual(sums(given), []);
    assert.strictEqual(sums(given.replace('76.77', '78.77')).length, 1);
    const named = '二、支出情况\n全年部门预算调整后总额为3936.20万元，实际支出3708.15万元，预算执行率为96.21%。';
    assert.deepStrictEqual(found(named, 'amount.rate-mismatch'), ['执行率96.21%与3708.15万元÷3936.20万元＝94.21%不符']);
    const bullets = '# 报告\n\n## 二、一般公共预算支出情况\n\n2022年度部门支出4105.92万元。\n\n- 耕地地力保护补贴：预算1520.60万元，支出1520.60万元，执行率100.00%；\n- 农村人居环境整治：预算560.00万元，支出541.18万元，执行率96.64%；\n';
    assert.deepStrictEqual(lint(bullets, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'amount.inconsistent'), []);
    const both = '2023年支出577.32万元，其中基本支出402.18万元，项目支出141.10万元，结余结转34.04万元。\n本年支出合计543.28万元，较上年减少18.62万元。';
    assert.deepStrictEqual(found(both, 'amount.inconsistent'), []);
  });

  it('vehicles and visits are counted; a part\'s second measure said right after its first, as its total\'s was, does not end the list', () => {
    const fleet = '截至年底，本局公务用车保有量12辆，其中执法执勤用车8辆，应急抢险用车3辆，一般公务用车1辆，均纳入全县公务用车平台统一管理，本年新购置应急抢险用车1辆。';
    assert.deepStrictEqual(sums(fleet), []);
    assert.deepStrictEqual(sums(fleet.replace('一般公务用车1辆', '一般公务用车2辆')), ['公务用车保有量12辆与其组成之和13辆（8＋3＋2）不符，相差1辆']);
    const visits = '全年公务接待16批次97人次，其中上级检查指导10批次63人次，兄弟县市考察学习6批次34人次。';
    assert.deepStrictEqual(sums(visits), []);
    assert.deepStrictEqual(sums(visits.replace('6批次34人次', '4批次34人次')), []);
  });

  it('after a list\'s parts, the kind beside its total, or its total\'s own kind said with more words, is no part', () => {
    const beside = '基本经费支出405.26万元，占部门整体支出的66.17%，其中人员经费352.90万元，占基本支出的87.08%；项目经费支出207.22万元，重点保障了文艺创作等工作。';
    assert.deepStrictEqual(sums(beside), []);
    const budget = '部门基本经费支出203.18万元，其中局机关本级138.44万元，占部门基本经费支出的68.14%；基本支出年初预算200.00万元，决算数较年初预算增加3.18万元。';
    assert.deepStrictEqual(sums(budget), []);
    // (Two parts of the total still make a list.)
    assert.strictEqual(sums('基本经费支出405.26万元，其中人员经费352.90万元，公用经费62.36万元；项目经费支出207.22万元。').length, 1);
  });

  it('a list giving each unit two measures (`局本级年初预算…、调整后预算…`, `编制96名、实有91人`) is no sum of either', () => {
    assert.deepStrictEqual(sums('2024年部门年初预算670.80万元，调整后预算719.77万元。其中局本级年初预算458.30万元、调整后预算496.12万元；区图书馆年初预算104.50万元、调整后预算110.25万元；区文化馆年初预算108.00万元、调整后预算113.40万元。'), []);
    assert.deepStrictEqual(sums('2023年部门年初预算1188.80万元，调整后预算1345.60万元。其中局本级年初预算612.00万元、调整后735.40万元；县疾控中心年初预算430.50万元、调整后458.20万元。'), []);
    assert.deepStrictEqual(sums('全局核定编制124名，实有在职人员116人，其中局本级编制96名、实有91人；县检验检测中心编制22名、实有19人；县消费者权益保护服务中心编制6名、实有6人。'), []);
  });

  it('a unit naming itself (`我乡`, `本街道`) before its figure says nothing of what the figure is', () => {
    const text = '2022年，我乡全年实际支出884.73万元，预算执行率98.79%（按全年预算收入计算）。其中基本支出558.43万元，占实际支出的63.12%；项目支出326.30万元，占实际支出的36.88%。';
    const rates = (t: string) => found(t, 'amount.rate-mismatch');
    assert.deepStrictEqual(rates('2022年预算收入895.61万元。\n' + text), []);
    assert.match(rates('2022年预算收入895.61万元。\n' + text.replace('63.12%', '65.12%'))[0] ?? '', /558\.43万元÷884\.73万元/);
  });

  it('a 合计 sums the last figures before it that add up to it, not a figure said before the list', () => {
    const text = '工程于10月完工，结算审定金额1602.40万元，已支付首付款329.60万元、进度款1192.68万元，合计1522.28万元，尚余质保金80.12万元。';
    assert.deepStrictEqual(sums(text), []);
    assert.match(sums(text.replace('1522.28', '1532.28'))[0] ?? '', /1532\.28万元与其组成之和1522\.28万元（329\.60＋1192\.68）/);
  });

  it('`其中` after a share splits the spending, not the share\'s whole', () => {
    const text = '全年实际支出179.57万元（不含结余结转），占调整后预算186.42万元的96.33%，其中基本支出121.38万元，项目支出58.19万元。';
    assert.deepStrictEqual(sums(text), []);
    assert.match(sums(text.replace('58.19', '57.19'))[0] ?? '', /179\.57万元与其组成之和178\.57万元/);
  });

  it('one count per thing the total counts (`3个街道，其中东湖街道5个…`) is no sum of it', () => {
    assert.deepStrictEqual(sums('2023年实施老旧小区改造项目共12个，分布在3个街道，其中东湖街道5个、向阳街道4个、铁西街道3个。'), []);
    assert.strictEqual(sums('全县共有12个乡镇，其中建制镇8个，乡5个。').length, 1);
  });

  it('what a `；`-separated item goes to (`包括…、…等`) is its words, and a 包括 with no figure after it opens nothing', () => {
    const text = '基本支出622.48万元，其中：人员经费538.27万元，包括基本工资、津贴补贴、住房公积金等；公用经费84.21万元，包括办公费、印刷费、差旅费等。';
    assert.deepStrictEqual(sums(text), []);
    assert.match(sums(text.replace('622.48', '612.48'))[0] ?? '', /612\.48万元与其组成之和622\.48万元（538\.27＋84\.21）/);
  });

  it('after a `；`, a figure above the total is something else, no part of it', () => {
    assert.deepStrictEqual(sums('全年接收安置退役士兵87名，其中符合政府安排工作条件的12名全部安置到位；为全区3460名优抚对象按时足额发放各类抚恤补助。'), []);
  });

  it('a total named by its own thing (`利润总额`) sums no figure larger than itself', () => {
    assert.deepStrictEqual(sums('社有资产总额3.27亿元，全年社有企业实现营业收入9.64亿元，利润总额2180万元。'), []);
    assert.strictEqual(sums('年初预算100.00万元，调减40.00万元，其他资金5.00万元，合计75.00万元。').length, 1);
  });

  it('a 共计 after two counts with their rates totals both products', () => {
    const text = (total: string) => `资助考入省内高校的家庭经济困难新生312人，每人500元；考入省外高校的146人，每人1000元，共计发放${total}万元。`;
    assert.deepStrictEqual(found(text('30.20'), 'amount.product-mismatch'), []);
    assert.strictEqual(found('危桥改造每座补助60万元，3座计180.00万元；生命安全防护工程按每公里3.5万元标准安排，52.8公里共计194.80万元。', 'amount.product-mismatch').length, 1);
  });

  it('`包括` right after a count opens that count\'s own list', () => {
    assert.deepStrictEqual(sums('本部门决算由局机关本级和所属二级预算单位共64个单位组成，其中二级预算单位63个，包括高级中学3所、初级中学14所、县教育事务中心等其他事业单位3个。'), []);
  });

  it('a table\'s 小计 named with a digit (`包1小计`) is a 小计, and a 单价 column prices whatever the row counts', () => {
    const table = (amount: string) => ['包号\t装备名称\t数量\t单价\t金额（万元）', '包1\t高压细水雾灭火机\t60台\t0.86万元\t51.60', '包1\t风力灭火机\t120台\t3280元\t39.36',
      `包1\t便携式发电机\t13台\t1.64万元\t${amount}`, '包1小计\t\t\t\t112.28', '包2\t卫星电话\t20部\t0.96万元\t19.20', '包2\t数字对讲机及中继台\t8套\t4.77万元\t38.16', '包2小计\t\t\t\t57.36', '合计\t\t\t\t169.64'].join('\n');
    assert.deepStrictEqual(lint(table('21.32')).findings.filter((f) => f.ruleId.startsWith('amount.')).map((f) => f.message.zh), []);
    assert.deepStrictEqual(found(table('21.32').replace('0.86万元\t51.60', '0.86万元\t56.10').replace('112.28', '116.78').replace('169.64', '174.14'), 'amount.product-mismatch'), ['高压细水雾灭火机56.10万元与60台×0.86万元＝51.60万元不符']);
  });

  it('a total counted by two measures (`共计23个（名）`) is not read as one kind', () => {
    assert.deepStrictEqual(sums('表彰县级“三八红旗手”10名、“三八红旗集体”5个、“巾帼文明岗”8个，共计23个（名）。'), []);
  });
});

describe('list readings: shares and projects', () => {
  it('a share after a list\'s last part may be the list\'s total\'s', () => {
    const text = '2024年项目支出674.22万元。\n1.村级组织运转经费。全年拨付村级组织运转经费315.25万元，其中中央和省级转移支付186.40万元，县级财政配套128.85万元，占项目支出的46.76%。';
    assert.deepStrictEqual(found(text, 'amount.rate-mismatch'), []);
    assert.strictEqual(found(text.replace('46.76%', '45.76%'), 'amount.rate-mismatch').length, 1);
  });

  it('a share of `实际支出` is not of a 支出 listed with its balance (`其中…，结余结转7.17万元`), but of the figure spent', () => {
    const text = '2023年支出286.14万元，其中基本支出204.62万元，项目支出74.35万元，结余结转7.17万元。全年实际支出278.97万元，预算执行率97.49%。\n从支出结构看，基本支出占实际支出的73.35%，项目支出占26.65%。';
    assert.deepStrictEqual(found(text, 'amount.rate-mismatch'), []);
    assert.strictEqual(found(text.replace('73.35%', '71.51%'), 'amount.rate-mismatch').length, 1);
  });

  it('a share of 收入总计 is over the figure so named, whoever\'s (`学校收入总计`), not the 本年收入合计 inside it', () => {
    const text = '2022年度学校收入总计5961.42万元，其中本年收入合计5558.57万元，占收入总计的93.24%；年初结转和结余402.85万元，占收入总计的6.76%。财政拨款收入4862.93万元，占收入总计的81.57%。';
    assert.deepStrictEqual(found(text, 'amount.rate-mismatch'), []);
    assert.strictEqual(found(text.replace('81.57%', '87.49%'), 'amount.rate-mismatch').length, 1);
  });

  it('one part and its details after 其中 (`分两期建设。其中一期…投资6200.00万元，…决算金额5986.42万元，…结余资金213.58万元`) are no list of the total', () => {
    const text = '项目总投资1.35亿元，分两期建设。其中一期工程批复投资6200.00万元，已于2022年10月通过竣工验收，经市审计局审定决算金额5986.42万元，一期结余资金213.58万元已按规定收回市财政。';
    assert.deepStrictEqual(sums(text), []);
  });

  it('money added to a total said before by its name (`本年收入合计加上…，收入总计…`) may sum more', () => {
    const text = '本年收入合计4225.10万元。本年收入合计加上使用非财政拨款结余35.60万元和年初结转和结余214.93万元，收入总计4475.63万元。';
    assert.deepStrictEqual(sums(text), []);
    // Staff outside the posts are no part of those in them.
    assert.deepStrictEqual(sums('截至2024年末实有在编人员51人，其中卫生专业技术人员44人；编外聘用人员9人；退休人员37人。'), []);
  });

  it('a share of 本年收入 after one source\'s list (`财政拨款收入…，其中年初预算…，年中追加…，占本年收入的95.53%`) is the source\'s', () => {
    const text = '2022年学校本年收入合计1076.80万元。分来源看：一般公共预算财政拨款收入1028.64万元，其中年初预算946.20万元，年中追加82.44万元，占本年收入的95.53%；政府性基金预算财政拨款收入45.00万元，占4.18%；其他收入3.16万元，占0.29%。';
    assert.deepStrictEqual(found(text, 'amount.rate-mismatch'), []);
    assert.strictEqual(found(text.replace('95.53%', '95.35%'), 'amount.rate-mismatch').length, 1);
    // The name as written ending the list's total names it: `项目实际支出…，其中…，占实际支出的40.00%`.
    const own = '基本公共卫生服务项目实际支出3941.28万元，其中拨付村卫生室1576.51万元，占实际支出的40.00%。';
    assert.deepStrictEqual(found(own, 'amount.rate-mismatch'), []);
    assert.strictEqual(found(own.replace('40.00%', '41.00%'), 'amount.rate-mismatch').length, 1);
  });

  it('the projects part describes some projects only when part 二 lists more items of 项目支出, or says it picks the larger', () => {
    const fund = (n: number, name: string, x: string) => `${n}．项目“${name}”年初预算金额${x}万元，上级转移支付0万元，年中调增（减）0万元，追加（减）0万元，实际支出${x}万元，结余结转0万元。\n`;
    const text = '一、预算单位基本情况\n本镇为一级预算单位。\n二、预算收支出情况（按单位预算口径）\n2024年支出1000.00万元，其中基本支出600.00万元，项目支出400.00万元。\n'
      + '项目支出400.00万元。其中：村级组织运转经费200.00万元。山塘清淤整治资金120.00万元。其他项目支出80.00万元。\n'
      + '三、资金使用及绩效情况（包含单位管理的公共专项）\n（一）整体支出绩效情况\n全年运转正常。\n（二）项目支出绩效情况\n以下逐一说明。\n'
      + fund(1, '村级组织运转经费', '200.00') + fund(2, '山塘清淤整治资金', '120.00').replace('实际支出120.00万元，结余结转0万元', '实际支出110.00万元，结余结转10.00万元') + '四、绩效管理存在的问题及下一步改进措施\n无。\n五、其他需要说明的情况\n无。\n';
    assert.deepStrictEqual(sums(text), []);
    // Part 二 listing no more items than are described, the projects are all of them.
    const fewer = text.replace('其他项目支出80.00万元。', '');
    assert.strictEqual(sums(fewer).length, 1);
    assert.deepStrictEqual(sums(fewer.replace('以下逐一说明', '以下对金额较大的2个项目逐一说明')), []);
    // Or part 三 listing them all before the fund lines (`项目支出400.00万元，主要包括…`).
    assert.deepStrictEqual(sums(fewer.replace('以下逐一说明。', '2024年项目支出400.00万元，主要包括村级组织运转经费200.00万元、山塘清淤整治资金120.00万元、其他项目支出80.00万元。')), []);
  });

  // The projects described being some of those counted: test/fixtures/clean/agriculture-bureau-twelve-projects-five-described.txt.

  it('of a fund split into what was spent and what is carried over, a spending total takes the spent part', () => {
    const text = '项目支出11.36万元，其中区级配套资金6.00万元已全部支出，省级转移支付资金8.00万元支出5.36万元、结转2.64万元。';
    assert.deepStrictEqual(sums(text), []);
    assert.strictEqual(sums(text.replace('11.36', '11.63')).length, 1);
  });

  it('a list that adds up to a figure said a clause before the one read as its total is that figure\'s', () => {
    const text = '一般公共预算项目支出1116.64万元，项目可用资金1193.55万元（含上年结转69.35万元），执行率93.56%，共5个项目，其中农村饮水安全工程维修养护286.40万元，小型水库除险加固342.75万元，山洪灾害防治98.30万元，河长制工作经费64.19万元，水旱灾害防御经费325.00万元。';
    assert.deepStrictEqual(sums(text), []);
    assert.strictEqual(sums(text.replace('325.00', '352.00')).length, 1, 'adding up to neither, it is wrong');
  });

  it('a line summing the items\' opening budgets only is no fund line: what was added in the year is not said', () => {
    const text = '以上5个项目年初预算合计134.00万元，实际支出合计156.84万元，结余结转合计4.28万元。';
    assert.deepStrictEqual(sums(text), []);
    assert.strictEqual(sums('该项目年初预算134.00万元，实际支出126.84万元，结余结转4.28万元。').length, 1, 'one project\'s line names all its sources');
  });

  it('money taken back (财政收回) in the list of an income is less of it', () => {
    const text = '2024年部门收入98.64万元，全部为一般公共预算财政拨款，其中年初预算86.20万元，年中追加14.44万元，财政收回2.00万元。';
    assert.deepStrictEqual(sums(text), []);
    assert.match(sums(text.replace('98.64', '102.64'))[0] ?? '', /102\.64万元与其组成之和98\.64万元/);
    assert.deepStrictEqual(sums('年末结余10.00万元，其中结转下年8.00万元，财政收回2.00万元。'), [], 'of a balance, it is a part like any');
  });

  it('after a `；`, a clause naming money of its own before 其中 splits that money, not the figure before it', () => {
    const text = '中央资金按国家级公益林18.46万亩、每亩16元的标准安排，其中损失性补偿每亩15.75元，计290.75万元，公共管护支出每亩0.25元，计4.62万元；省级资金按省级公益林9.72万亩、每亩17元的标准安排，其中损失性补偿每亩16.75元，计162.81万元，公共管护支出每亩0.25元，计2.43万元。';
    assert.deepStrictEqual(sums(text), []);
    assert.strictEqual(sums('支出合计120.00万元；其中基本支出80.00万元，项目支出30.00万元。').length, 1, 'a 其中 right after the `；` is still the figure\'s');
  });

  it('a bracket inside a bracket splits the figure it follows, and a 其中 inside a bracket splits the figure before it', () => {
    const nested = '2024年支出361.82万元，其中基本支出254.37万元（其中人员经费226.90万元（含在职人员工资福利198.45万元，退休人员补助28.45万元），公用经费27.47万元），项目支出98.60万元，结余结转8.85万元。';
    assert.deepStrictEqual(sums(nested), []);
    assert.match(sums(nested.replace('27.47', '28.47'))[0] ?? '', /基本支出254\.37万元与其组成之和255\.37万元（226\.90＋28\.47）/);
    const inner = '公用经费23.47万元（含“三公”经费3.12万元，其中公务用车运行维护费2.40万元，公务接待费0.72万元，未发生因公出国（境）费用）。';
    assert.deepStrictEqual(sums(inner), []);
  });

  it('the year\'s budget said after the two it sums (`年初…，年中追加…，调整后预算…；`) stands for them', () => {
    const text = '2023年度部门收入总计3762.45万元。其中年初预算2865.40万元，年中追加736.18万元，调整后预算3601.58万元；上年结转142.57万元；其他收入18.30万元。';
    assert.deepStrictEqual(sums(text), []);
  });

  it('a budget 追加后 is the year\'s budget, not a change: a rate over it reads it alone', () => {
    const text = '2024年我局年初预算收入612.35万元，年中追加后预算总额702.16万元，全年实际支出688.74万元，预算执行率98.09%，其中基本支出297.16万元，项目支出391.58万元。';
    assert.deepStrictEqual(lint(text).findings.filter((f) => f.ruleId.startsWith('amount.')).map((f) => f.message.zh), []);
    assert.strictEqual(found(text.replace('98.09%', '97.09%'), 'amount.rate-mismatch').length, 1);
  });
});

describe('list readings: what a count counts', () => {
  const counts = (text: string) => found(text, 'amount.count-mismatch');
  it('a `、` only inside a later item\'s name does not end the list at the first `，`', () => {
    const text = '2023年度项目支出2682.77万元，共6个项目，分别为：办案（业务）经费1126.40万元，警用装备购置经费418.65万元，辅警经费684.32万元，公安信息化建设运维经费236.80万元，禁毒专项经费58.90万元，看守所、拘留所运转经费157.70万元。';
    assert.deepStrictEqual(counts(text), []);
    assert.strictEqual(counts(text.replace('共6个', '共5个')).length, 1);
  });

  it('`共实施项目N个，具体情况如下：` counts the numbered items below, each with its lines', () => {
    const items = (n: number) => [`2024年本单位共实施项目${n}个，具体情况如下：`,
      '1．项目“商会建设经费”年初预算金额12万元，实际支出11.60万元，结余结转0.40万元。', '主要用于行业商会组建指导和民营企业法律体检服务。',
      '2．项目“光彩事业经费”年初预算金额8万元，实际支出8万元，结余结转0万元。', '主要用于结对帮扶项目调度和公益活动组织。',
      '3．项目“教育培训经费”年初预算金额5万元，实际支出4.85万元，结余结转0.15万元。', '主要用于理想信念教育活动的场地、师资等费用。',
      '四、绩效管理存在的问题及下一步改进措施', '无。'].join('\n');
    assert.deepStrictEqual(counts(items(3)), []);
    assert.deepStrictEqual(counts(items(4)), ['写的是4个，但列出了3项']);
  });

  it('a count whose lines below lead lists of their own (`分为两类：` / `…项目：…` / `各项目情况如下：`) does not count the numbered items after them', () => {
    const text = ['2024年本馆项目支出144.54万元，按资金来源分为两类：', '市本级资金项目：档案数字化加工经费68.20万元；档案馆库安全运维经费24.36万元；小计92.56万元。',
      '上级补助资金项目：省级档案保护专项资金30.00万元；重点档案抢救保护补助资金21.98万元；小计51.98万元。', '各项目情况如下：',
      '1.档案数字化加工经费。实际支出68.20万元。', '2.档案馆库安全运维经费。实际支出24.36万元。', '3.省级档案保护专项资金。实际支出30.00万元。',
      '4.重点档案抢救保护补助资金。实际支出21.98万元。', '五、存在的问题', '无。'].join('\n');
    assert.deepStrictEqual(counts(text), []);
  });

  it('an item\'s sub-items and table rows are its own words; a list opened after the items is another', () => {
    const items = ['2022年本会共实施项目3个，具体情况如下：', '1．项目“应急救护培训经费”年初预算金额8万元，实际支出7.60万元，结余结转0.40万元。',
      '各乡镇培训情况如下：', '乡镇\t培训人数（人）\t经费（万元）', '龙门镇\t120\t2.40', '桃源乡\t260\t5.20', '合计\t380\t7.60',
      '2．项目“人道救助经费”年初预算金额5万元，实际支出5万元，结余结转0万元。', '（1）“博爱送万家”慰问', '慰问困难群众100户。', '（2）大病及急难救助', '救助困难群众20名。',
      '3．项目“红十字事业发展经费”年初预算金额20万元，实际支出19.50万元，结余结转0.50万元。', '全年另有捐赠项目共2个，分别为：', '1．博爱家园建设；', '2．应急物资储备。',
      '四、绩效管理存在的问题及下一步改进措施', '无。'].join('\n');
    assert.deepStrictEqual(counts(items), []);
  });

  it('items whose titles stand on lines of their own (`1．馆藏档案数字化加工项目`) are counted on', () => {
    const items = (n: number) => [`2024年项目支出219.28万元，共${n}个项目，具体情况如下：`, '1．馆藏档案数字化加工项目', '年初预算85.00万元，实际支出121.36万元。',
      '（1）纸质档案数字化扫描，支出106.60万元。', '2．档案库房设备维护项目', '年初预算45.00万元，实际支出44.82万元。', '3．档案修复项目', '年初预算20.00万元，实际支出19.46万元。',
      '4．档案宣传项目', '年初预算35.00万元，实际支出33.64万元。', '四、绩效管理存在的问题及下一步改进措施', '无。'].join('\n');
    assert.deepStrictEqual(counts(items(4)), []);
    assert.deepStrictEqual(counts(items(5)), ['写的是5个项目，但列出了4项']);
  });

  it('things counted by another act (`推动23个项目进入…`) after a 其中 are no parts of the count before', () => {
    const text = '（六）项目资金绩效情况。6个项目资金均按预算用途使用。其中重大项目前期工作经费支持编制重大项目前期成果39项，推动23个项目进入国家重大建设项目库。';
    assert.deepStrictEqual(found(text, 'amount.sum-mismatch'), []);
    assert.deepStrictEqual(found('全区24个村、19个社区党组织全部达到星级标准，其中五星级党组织11个；整顿软弱涣散基层党组织4个，全部按期销号。', 'amount.sum-mismatch'), []);
  });

  it('one figure after 其中 is some of the things counted, spent of one source; more things than a count are of a larger whole', () => {
    const text = '全年项目支出1985.81万元，共8个项目，其中中央和省级转移支付资金安排的项目支出1428.60万元。各项目预算及执行情况见下表：';
    assert.deepStrictEqual(lint(text).findings.filter((f) => f.ruleId.startsWith('amount.')).map((f) => f.message.zh), []);
    assert.deepStrictEqual(found('医院设职能科室12个、临床科室19个、医技科室7个，其中中医特色科室11个，建有省级中医重点专科2个、市级中医重点专科4个。', 'amount.sum-mismatch'), []);
  });

  it('titles written one after another are the items; numbered items end at an item of a level above them', () => {
    assert.deepStrictEqual(counts('全年完成编研成果共4项：《青溪县大事记（2022）》《青溪县组织机构沿革（2019—2023）》《青溪老照片（第二辑）》《档案里的青溪乡村振兴》，为县委决策提供参考。'), []);
    const items = ['（二）项目支出。项目支出122.22万元，共4个项目：', '1.数字化加工项目68.40万元。按单价每画幅0.60元结算。', '2.库房设备维护项目23.52万元。', '3.珍贵档案修复项目18.30万元。', '4.宣传活动项目12.00万元。', '（三）“三公”经费。公务接待费0.86万元。'].join('\n');
    assert.deepStrictEqual(counts(items), []);
  });

  it('a count inside one numbered project lists that project\'s works, not the projects', () => {
    const text = ['一、预算单位基本情况', '本镇为一级预算单位。', '二、预算收支出情况（按单位预算口径）', '2024年支出498.60万元，其中基本支出0万元，项目支出498.60万元。',
      '三、资金使用及绩效情况（包含单位管理的公共专项）', '（一）整体支出绩效情况', '全年项目完成良好。', '（二）项目支出绩效情况',
      '1．项目“村级组织运转经费”年初预算金额312.00万元，上级转移支付0万元，年中调增18.60万元，实际支出330.60万元，结余结转0万元。',
      '2．项目“一事一议财政奖补”年初预算金额0万元，上级转移支付168.00万元，年中调增0万元，实际支出168.00万元，结余结转0万元。',
      '全年实施一事一议项目共3个，分别为：竹山村道路硬化56.00万元，石门村文体广场62.00万元，河口村水渠50.00万元。',
      '四、绩效管理存在的问题及下一步改进措施', '无。', '五、其他需要说明的情况', '无。'].join('\n');
    assert.deepStrictEqual(sums(text), []);
    assert.strictEqual(sums(text.replace('项目支出498.60', '项目支出488.60').replace('支出498.60', '支出488.60')).length, 1, 'the projects\' fund lines are the projects');
  });

  it('a table coded by the budget classification (`301` over `30101`…) sums its top level to its 合计', () => {
    const table = (total: string) => ['表2 2023年支出经济分类明细（单位：万元）', '科目编码\t科目名称\t支出金额', '301\t工资福利支出\t152.09', '30101\t基本工资\t48.36', '30102\t津贴补贴\t103.73',
      '302\t商品和服务支出\t19.27', '30201\t办公费\t3.46', '30299\t其他商品和服务支出\t15.81', `\t合计\t${total}`, '以上为本单位全部基本支出。'].join('\n');
    assert.deepStrictEqual(sums(table('171.36')), []);
    assert.strictEqual(sums(table('172.36')).length, 1);
  });

  it('a fall broken down into a fall and a rise takes the rise away; a count kept apart after `；` sums nothing before it', () => {
    const signed = '基本支出较预算减少1.38万元，其中公用经费减少2.03万元、人员经费增加0.65万元。';
    assert.deepStrictEqual(sums(signed), []);
    assert.strictEqual(sums(signed.replace('增加0.65', '增加0.56')).length, 1);
    const apart = '全年开展文化惠民活动168场，其中市级文艺院团送戏下乡演出104场，开展非遗展演16场，市文化馆组织广场文艺演出48场；各乡镇文化站自行组织的群众文艺活动另行统计，共计213场。';
    assert.deepStrictEqual(sums(apart), []);
    const money = '县级培训经费104.00万元，乡镇培训经费16.00万元，村级培训经费48.00万元；社会培训机构自筹资金另行统计，共计213.00万元。';
    assert.deepStrictEqual(sums(money), []);
    assert.strictEqual(sums(money.replace('社会培训机构自筹资金另行统计，', '')).length, 1);
  });

  it('what `（含…）` names is some of the figure where it comes to less than half of it, else its split', () => {
    const some = '2024年度项目总资金7035.50万元，其中：中央财政衔接资金4312.00万元（含以工代赈任务资金380.00万元、少数民族发展任务资金215.00万元），省级财政衔接资金1608.50万元，县级财政资金1115.00万元。';
    assert.deepStrictEqual(sums(some), []);
    const split = '基本支出254.37万元，其中人员经费226.90万元（含在职人员198.45万元，退休人员28.45万元），公用经费27.47万元。';
    assert.deepStrictEqual(sums(split), []);
    assert.strictEqual(sums(split.replace('退休人员28.45', '退休人员24.85')).length, 1);
  });

  it('people in Chinese numerals said by their standing (`年末在编在岗十三人`) head the `其中` after them', () => {
    const text = '核定事业编制十五名，年末在编在岗十三人，其中管理人员五人，专业技术人员七人，工勤人员一人。';
    assert.deepStrictEqual(sums(text), []);
  });

  it('parts told one to a sentence after a colon, their total in a sentence of its own after them', () => {
    const text = '年内上级资金陆续下达到位：县级财力性转移支付148.20万元。县级专项补助76.35万元。市级乡村振兴示范创建奖补资金50.00万元。省级农业综合开发项目资金120.00万元。全年共到位上级资金394.55万元。\n';
    assert.deepStrictEqual(sums(text), []);
    assert.deepStrictEqual(sums(text.replace('394.55', '404.55')), ['共到位上级资金404.55万元与其组成之和394.55万元（148.20＋76.35＋50.00＋120.00）不符，相差10.00万元']);
    const counted = '上级补助收入逐项列示：县级补助收入214.60万元。省级专项转移支付资金96.00万元。中央衔接资金138.50万元。以上四项上级补助合计459.10万元。\n';
    assert.deepStrictEqual(sums(counted), [], 'a count the parts do not make: not read');
    assert.deepStrictEqual(sums('全年收入情况如下。县级补助收入214.60万元。省级专项转移支付资金96.00万元。全年共到位资金320.60万元。\n'), [], 'no colon opens them: not read');
  });

  it('a count of projects listed inside each unit\'s brackets counts the bracketed items', () => {
    const text = '共实施项目5个，其中：市局本级300.00万元（其中：执法办案经费100.00万元，信息化建设经费120.00万元，辅警经费80.00万元），交通警察支队150.00万元（其中：智能交通系统经费90.00万元，交通协管员经费60.00万元）。';
    assert.deepStrictEqual(found(text, 'amount.count-mismatch'), []);
    assert.strictEqual(found(text.replace('共实施项目5个', '共实施项目6个'), 'amount.count-mismatch').length, 1);
  });

  it('a `其中` opening the sentence after a total sums the earlier figure it adds up to; spending is no part of a budget', () => {
    const net = '截至2024年末，中心固定资产原值2964.35万元，累计折旧1287.60万元，账面净值1676.75万元。其中房屋及构筑物1402.18万元，专用设备1186.92万元，通用设备318.45万元，家具、用具及其他56.80万元。';
    assert.deepStrictEqual(sums(net), []);
    const budget = '加上政府性基金预算安排的住院综合楼建设项目支出1,426.38万元，全年项目支出合计3,685.90万元，项目预算总额3,885.00万元，总体执行率94.88%。';
    assert.deepStrictEqual(sums(budget), []);
  });
});

describe('list readings: counts said after what they count', () => {
  const counts = (text: string) => found(text, 'amount.count-mismatch');

  it('names joined by `、` right before a count of their kind (`…档案安全保护科五个科室`)', () => {
    const text = '本馆内设办公室、档案接收征集科、档案保管利用科、编研展览科、信息技术科、档案安全保护科六个科室，无下属二级单位。';
    assert.deepStrictEqual(counts(text), []);
    assert.deepStrictEqual(counts(text.replace('六个科室', '五个科室')), ['写的是5个科室，但列出了6项']);
    // The subject before the listing verb is not listed; `等` names some; a verb between counts other things.
    assert.deepStrictEqual(counts('街道党工委、办事处内设党政综合办公室、党建工作办公室、社会事务办公室3个办公室。'), []);
    assert.deepStrictEqual(counts('内设办公室、财务股、业务股等5个股室。'), []);
    assert.deepStrictEqual(counts('在城关镇、白鹭湾镇、杉木桥镇建设5个站点。'), []);
    assert.deepStrictEqual(counts('用于新华、东风两个社区4个老旧小区雨污分流改造。'), []);
  });

  it('two lists joined by 和, the count after them the second\'s (`综合股、法制审核股和种植业执法中队、…3个中队`)', () => {
    const text = '大队内设综合股、法制审核股和种植业执法中队、畜牧兽医执法中队、渔政执法中队3个中队。';
    assert.deepStrictEqual(counts(text), []);
    assert.strictEqual(counts(text.replace('3个中队', '2个中队')).length, 1);
  });

  it('`共6个项目，其中支出较大的项目主要包括：A、B、C`: a list that says it names some', () => {
    const text = '2025年度项目支出1105.47万元，共6个项目，其中支出较大的项目主要包括：农村公路提质改造资金620.30万元、危桥改造资金268.00万元、农村客运补贴资金96.40万元。';
    assert.deepStrictEqual(counts(text), []);
  });

  it('`围绕A、B、C、D三个方面`: aspects of any kind, after a verb that lists them', () => {
    const text = '项目资金主要围绕机井及泵站维修、老旧管网改造、水质检测、管护人员培训四个方面安排。';
    assert.deepStrictEqual(counts(text), []);
    assert.deepStrictEqual(counts(text.replace('四个方面', '三个方面')), ['写的是3个方面，但列出了4项']);
    // Without the verb, the names may be of something else the aspects are of.
    assert.deepStrictEqual(counts('机井及泵站维修、老旧管网改造、水质检测、管护人员培训三个方面的资金均已拨付。'), []);
  });

  it('a hard-wrapped list is read across its line breaks', () => {
    const text = '2024年度我局机关内设办公室、待遇保障股、医药服务管理\n股、基金监管股4个股室，下设县医疗保障事务中心1个二级事业\n单位。';
    assert.deepStrictEqual(counts(text), []);
    assert.strictEqual(counts(text.replace('4个股室', '5个股室')).length, 1);
  });

  it('`以上N项` opening a line counts the numbered items right above it, when it says more than stand there', () => {
    const items = ['1.困难残疾人生活补贴。预算420.00万元，实际支出412.50万元。', '2.残疾儿童康复救助。预算72.00万元，实际支出68.40万元。', '3.辅助器具适配。预算25.00万元，实际支出22.18万元。', '4.残疾人就业培训。预算15.00万元，实际支出12.68万元。'];
    const text = ['（二）专项资金支出绩效情况', ...items, '以上四项专项资金均严格按照管理办法使用。', '三、存在问题', '无。'].join('\n') + '\n';
    assert.deepStrictEqual(counts(text), []);
    assert.deepStrictEqual(counts(text.replace('以上四项', '以上五项')), ['写的是5项，但列出了4项']);
    // Fewer may be some of them (`以上两项补贴…`); items in groups (`2．…` over `（1）…`) are not all of a list.
    assert.deepStrictEqual(counts(text.replace('以上四项', '以上两项')), []);
    const grouped = ['1．区级项目', '（1）甲经费预算1.00万元。', '（2）乙经费预算2.00万元。', '2．街道项目', '（1）丙经费预算3.00万元。', '（2）丁经费预算4.00万元。', '以上4个项目合计预算10.00万元。'].join('\n') + '\n';
    assert.deepStrictEqual(counts(grouped), []);
  });

  it('a count of projects over a table by unit (`共实施项目11个，…。各单位项目情况如下表`) is not counted by its rows', () => {
    const text = '2023年全系统项目支出5557.85万元，共实施项目11个，调整后项目预算5680.00万元。各单位项目情况如下表（单位：万元）：\n单位名称\t项目数\t调整后预算\t实际支出\n局机关\t4\t2000.00\t1960.00\n甲中心\t3\t1500.00\t1470.00\n乙中心\t2\t1100.00\t1080.00\n丙站\t1\t600.00\t580.00\n丁站\t1\t480.00\t467.85\n三、其他说明\n无。\n';
    assert.deepStrictEqual(counts(text), []);
  });

  it('`从以下三个方面加以改进：一是…` counts its ordinals past a few words before the colon', () => {
    const text = '下一步，我会将重点从以下三个方面加以改进：一是提高预算编制质量；二是完善绩效目标；三是加强结果运用。';
    assert.deepStrictEqual(counts(text), []);
    assert.strictEqual(counts(text.replace('三是加强结果运用。', '三是加强结果运用；四是强化监督。')).length, 1);
  });

  it('after 其中, a part that says only that it was spent (`实际支出`) is the spending of the part before it, not a second part', () => {
    const text = '全年实际支出1172.36万元，占预算收入1215.48万元的96.45%；其中项目资金278.90万元，实际支出235.78万元，项目资金执行率84.54%。';
    assert.deepStrictEqual(sums(text), []);
    assert.strictEqual(sums('全年实际支出514.68万元，其中基本支出278.90万元，项目支出236.78万元。').length, 1);
  });

  it('a figure said as all of something (`覆盖全部13个行政村`) after a `；` is a whole of its own, not a part of the list before', () => {
    const text = '新建垃圾分类收集点23个，其中已投入使用21个，投用率91.30%；农村生活垃圾收运处置体系覆盖全部13个行政村。';
    assert.deepStrictEqual(sums(text), []);
    assert.strictEqual(sums('新建垃圾分类收集点23个，其中已投入使用21个，尚在建设3个。').length, 1);
  });

  it('the balance said on its own after the spending\'s list is the year\'s money less what was spent', () => {
    const text = '2023年中心预算资金382.64万元，其中年初预算326.47万元，上年结转12.50万元，年中追加48.67万元，年中调减5.00万元。全年实际支出368.76万元，其中基本支出218.47万元，项目支出150.29万元；年末结转结余13.88万元。';
    assert.deepStrictEqual(sums(text), []);
    assert.deepStrictEqual(sums(text.replace('13.88', '12.88')), ['年末结转结余12.88万元与其组成之和13.88万元（382.64−368.76）不符，相差1.00万元']);
    // (Inside the spending's list the balance makes the spending the whole: 预算收入 may differ from it.)
    const inside = '2024年预算收入1,086.40万元，其中年初预算902.30万元，调整追加153.60万元，其他资金来源30.50万元。\n2024年支出1,052.18万元，其中基本支出468.25万元，项目支出566.43万元，结余结转17.50万元。';
    assert.deepStrictEqual(sums(inside), []);
  });

  it('a list a line break cuts after a `、` goes on in the next line, in a copy not hard-wrapped', () => {
    const counts = (text: string) => found(text, 'amount.count-mismatch');
    const text = '一、部门基本情况\n街道机关内设6个办（队），分别为：党政综合办公室、党建工作办公室、经济发展办公室、\n社会事务办公室、社会治理和应急管理办公室、综合行政执法大队；另设便民服务中心。\n截至2022年末，街道核定编制48名。';
    assert.deepStrictEqual(counts(text), []);
    assert.deepStrictEqual(counts(text.replace('内设6个', '内设7个')), ['写的是7个办（队），但列出了6项']);
  });

  it('past a `；`, the total\'s measure said of another owner (`区妇幼保健…中心全年支出`) is that owner\'s whole, not a part', () => {
    const text = '区疾病预防控制中心全年支出1,454.53万元，其中重大传染病防控项目支出612.37万元，占本中心支出的42.10%，占部门项目支出的14.89%；区妇幼保健计划生育服务中心全年支出1,016.49万元，监督执法大队全年支出290.53万元。';
    assert.deepStrictEqual(sums(text), []);
    assert.strictEqual(sums('区疾病预防控制中心全年支出1,454.53万元，其中重大传染病防控项目支出612.37万元，占本中心支出的42.10%；公共卫生服务项目支出852.16万元。').length, 1);
  });

  it('a part\'s budget change said in a spending\'s list is no part; a balance said in parts is not checked as one; an item\'s own clause is its fund line', () => {
    const change = '2024年基本支出全年预算1377.20万元，实际支出1367.06万元，执行率99.26%。其中人员经费1225.31万元，主要为在编人员工资，年中调增42.60万元为落实年终一次性奖励；公用经费141.75万元，主要用于办公、水电。';
    assert.deepStrictEqual(sums(change), []);
    assert.strictEqual(sums(change.replace('公用经费141.75', '公用经费142.75')).length, 1);
    const parts = '2023年预算收入932.63万元，其中年初预算866.52万元，调整追加62.61万元，其他资金来源3.50万元。2023年支出917.31万元，其中基本支出730.46万元，项目支出186.85万元。结余结转11.82万元，另有其他资金来源结转3.50万元未使用。';
    assert.deepStrictEqual(sums(parts), []);
    const clauses = '工资福利支出年中调增24.30万元，主要为落实绩效工资调整政策；商品和服务支出年中调减3.10万元，为落实过紧日子要求；对个人和家庭的补助年初预算18.20万元，未作调整，实际支出17.64万元，结余0.56万元。';
    assert.deepStrictEqual(sums(clauses), []);
    assert.strictEqual(sums(clauses.replace('结余0.56', '结余0.66')).length, 1);
  });

  it('a figure worked out at a rate of a part (`按工资总额的2%计提工会经费3.73万元`) is no part beside it', () => {
    const text = '3.基本支出267.08万元，其中：人员经费236.48万元，公用经费30.60万元。人员经费中工资总额186.45万元，按工资总额的2%计提工会经费3.73万元。';
    assert.deepStrictEqual(sums(text), []);
    assert.strictEqual(sums(text.replace('公用经费30.60', '公用经费31.60')).length, 1);
  });

  it('two measures of the same items said `分别` before a total sum apart (`三项采购预算合计`); a part given to each (`均为1.54万元`) is less than their sum', () => {
    const two = '采购荧光定量PCR仪、全自动核酸提取仪、生物安全柜三项设备，采购预算分别为52.00万元、38.00万元、18.00万元，中标金额分别为49.80万元、36.27万元、17.30万元，三项采购预算合计108.00万元，中标合计103.37万元，节约资金4.63万元。';
    assert.deepStrictEqual(sums(two), []);
    const each = '三个项目可用资金205.00万元，支出201.71万元，执行率98.40%，其中上级转移支付资金195.00万元；第2、4项结余均为1.54万元，分别是测产费用的尾款。';
    assert.deepStrictEqual(sums(each), []);
  });

  it('a budget increase said with its cause (`年中因…调整增加预算16.54万元`) is no part of the spending; items said together (`合并说明，分4类`) are no list of the count', () => {
    const raised = '基本支出全年预算560.74万元，实际支出558.35万元。其中人员经费502.74万元，年中因绩效工资调整增加预算16.54万元；公用经费55.61万元，结余2.39万元。';
    assert.deepStrictEqual(sums(raised), []);
    const together = '项目支出全年预算178.00万元，实际支出170.43万元，执行率95.75%，共5个项目，其中中央、省级免费开放补助资金合并说明，分4类情况如下：';
    assert.deepStrictEqual(found(together, 'amount.count-mismatch'), []);
  });

  it('a figure in brackets said as taken away (`减去支出238.17万元`) is subtracted', () => {
    const text = '本年收支结余9.05万元（本年预算收入247.22万元减去支出238.17万元），加上年结转结余18.62万元，即为年末结转结余27.67万元。';
    assert.deepStrictEqual(sums(text), []);
    assert.deepStrictEqual(sums(text.replace('结余9.05', '结余9.15')), ['收支结余9.15万元与其组成之和9.05万元（247.22−238.17）不符，相差0.10万元']);
  });
});
