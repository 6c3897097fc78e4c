import * as assert from 'assert';
import { lint } from '../../server/src/engine';

/** What a 其中 list's items are, and what only stands beside them. */
const found = (text: string, rule: string) => lint(text).findings.filter((f) => f.ruleId === rule).map((f) => f.message.zh);
const sums = (text: string) => found(text, 'amount.sum-mismatch');

describe('breakdown items: parts, asides and other money', () => {
  it('a bare balance after a named unit\'s spending (`县图书馆支出52.86万元，结余2.14万元；…`) is that unit\'s, no part of the spending', () => {
    const text = '2022年度项目实际支出191.46万元，预算执行率95.73%，结余8.54万元。其中县图书馆支出52.86万元，结余2.14万元；县文化馆支出48.60万元，结余6.40万元；乡镇综合文化站支出90.00万元。';
    assert.deepStrictEqual(sums(text), []);
    assert.strictEqual(sums(text.replace('县文化馆支出48.60', '县文化馆支出46.80')).length, 1);
    // A kind's balance after the kinds (`经营支出46.12万元，结余结转126.25万元`) is a part, as the outline has it.
    assert.strictEqual(sums('2022年支出1855.83万元，其中基本支出1204.56万元，项目支出478.90万元，经营支出46.12万元，结余结转126.25万元。').length, 0);
  });

  it('of money received, a part\'s planned money (`县级配套资金计划120.00万元，到位96.00万元`) is its aside, not a part', () => {
    const text = '项目计划总投入588.50万元，截至2023年12月31日实际到位558.05万元，到位率94.83%。其中，中央奖补资金按每户1200元标准安排258.00万元，已全额到位；省级资金146.00万元全额到位；县级配套资金计划120.00万元，到位96.00万元，到位率80.00%；农户自筹资金按每户300元标准计划64.50万元，实际1935户缴纳自筹资金58.05万元，到位率90.00%。';
    assert.deepStrictEqual(sums(text), []);
    assert.strictEqual(sums(text.replace('到位96.00万元', '到位86.00万元').replace('80.00%', '71.67%')).length, 1);
  });

  it('money of another level of government after a `；` is no part of the total\'s', () => {
    assert.deepStrictEqual(sums('2024年中央财政下达我县营养膳食补助资金2700.00万元，其中提前下达2100.00万元；县级财政安排寄宿生伙食补助预算190.00万元。'), []);
  });

  it('a balance after an item\'s own rate is that item\'s, and the `；` after it still separates the items', () => {
    const text = '全年实际支出2839.40万元，结余50.60万元。其中中央营养膳食补助资金支出2655.80万元，执行率98.36%，结余资金44.20万元结转下年；县级寄宿生伙食补助支出183.60万元。';
    assert.deepStrictEqual(sums(text), []);
    assert.deepStrictEqual(sums(text.replace('183.60', '193.60')), ['实际支出2839.40万元与其组成之和2849.40万元（2655.80＋193.60）不符，相差10.00万元']);
    // With no rate between, a balance after the kinds of spending is one of the parts (支出 含结余结转).
    assert.deepStrictEqual(sums('2023年支出120.50万元，其中基本支出85.40万元，项目支出30.10万元，结余结转5.00万元。'), []);
  });

  it('budgets opening the next sentence break down the budget said before, not the spending after it', () => {
    const text = '2024年本部门调整后预算1312.60万元，实际支出1286.45万元，预算执行率98.01%。其中基本支出调整后预算720.60万元，执行率98.00%；项目支出调整后预算592.00万元，执行率98.02%。';
    assert.deepStrictEqual(sums(text), []);
  });

  it('a term\'s standard over the two terms the text says (`每生每学期625元…发放两个学期`) is a product; over one term unsaid, none', () => {
    const text = '初中寄宿生1872人，按每生每学期625元标准发放两个学期，支出234.00万元。';
    assert.deepStrictEqual(found(text, 'amount.product-mismatch'), []);
    assert.deepStrictEqual(found(text.replace('234.00', '243.00'), 'amount.product-mismatch'), ['支出243.00万元与1872人×625元×2个学期＝234.00万元不符']);
    assert.deepStrictEqual(found(text.replace('发放两个学期，', '发放，').replace('234.00', '243.00'), 'amount.product-mismatch'), []);
  });

  it('a range is no rate and no figure (`每人补助1000-2000元`)', () => {
    assert.deepStrictEqual(found('培训236人，按取证情况每人补助1000-2000元，共发放补助33.60万元。', 'amount.product-mismatch'), []);
    assert.strictEqual(lint('每人补助1000-2000元，共发放补助33.60万元。').doc.amounts.filter((a) => a.unit === '万元').length, 1);
  });

  it('a balance in 元 that is the money less the spending in 万元 is a unit slip', () => {
    const text = '项目资金共计386.40万元，全部按时到位。截至年底实际支出372.96万元。项目结余资金13.44元，已结转下年。';
    assert.deepStrictEqual(found(text, 'amount.unit'), ['项目结余资金13.44元的单位应为万元：386.40－372.96＝13.44（万元）']);
    assert.deepStrictEqual(found(text.replace('13.44元', '0.36元'), 'amount.unit'), []);
  });
  it('a clause that speaks of the whole again ends the list (`支出总额较上年…，年末结余…`)', () => {
    assert.deepStrictEqual(sums('2024年两项补贴共支出1,350.90万元，其中护理补贴738.54万元，支出总额较上年（1,274.90万元）增长5.96%，年末结余18.30万元。'), []);
  });

  it('sources by level that go on past a `；` in other words make the list possibly short, not wrong', () => {
    const text = '实际到位资金2280.00万元，资金到位率95.00%。其中中央财政资金1440.00万元、省级财政资金480.00万元均已全额到位；县级配套资金应到位480.00万元，实际到位360.00万元。';
    assert.deepStrictEqual(sums(text), []);
  });

  it('a list of projects with their fund lines is summed by their spending, not every figure', () => {
    const text = ['某区科协2024年度部门整体支出绩效自评报告', '一、部门基本情况', '本会内设机构3个。', '二、一般公共预算支出情况',
      '全年一般公共预算财政拨款支出116.48万元，其中基本支出82.17万元，项目支出34.31万元。', '（一）基本支出情况', '基本支出82.17万元。', '（二）项目支出情况',
      '本年项目实际支出合计34.31万元，共3个项目：1.科普活动经费，年初预算12.00万元，追加3.00万元，实际支出14.26万元；2.科技活动周经费，年初预算8.00万元，实际支出7.85万元；3.示范基地补助资金，年中追加14.15万元，实际支出12.20万元。',
      '三、政府性基金预算支出情况', '无。', '四、国有资本经营预算支出情况', '无。', '五、社会保险基金预算支出情况', '无。', '六、资金使用及绩效情况', '完成科普活动15场。',
      '七、存在的问题及原因分析', '预算编制不够精细。', '八、下一步改进措施', '细化预算。', '九、绩效自评结果拟应用和公开情况', '按规定公开。', '十、其他需要说明的情况', '无。'].join('\n');
    assert.deepStrictEqual(sums(text), []);
    assert.strictEqual(sums(text.replace('实际支出12.20', '实际支出13.20')).length, 1);
  });
  it('a fund line whose year\'s budget follows its sources counts the budget once', () => {
    assert.deepStrictEqual(sums('上级转移支付3600.00万元，县级配套1250.00万元，调整后预算4850.00万元，实际支出4612.38万元，结余结转237.62万元。'), []);
    assert.strictEqual(sums('上级转移支付3600.00万元，县级配套1250.00万元，调整后预算4850.00万元，实际支出4612.38万元，结余结转247.62万元。').length, 1);
  });

  it('a project item\'s rate is not read over the unit\'s budget', () => {
    const text = ['某县卫生健康局2024年度部门整体支出绩效自评报告', '一、部门基本情况', '本局内设股室8个。', '二、一般公共预算支出情况',
      '2024年预算收入107796.97万元，实际支出105000.00万元。', '三、政府性基金预算支出情况', '无。', '四、国有资本经营预算支出情况', '无。', '五、社会保险基金预算支出情况', '无。',
      '六、资金使用及绩效情况', '1．基本公共卫生服务补助资金。按常住人口38.0万人、人均90元标准安排资金3420.00万元。全年实际支出3420.00万元，执行率100%。',
      '七、存在的问题及原因分析', '无。', '八、下一步改进措施', '无。', '九、绩效自评结果拟应用和公开情况', '按规定公开。', '十、其他需要说明的情况', '无。'].join('\n');
    assert.deepStrictEqual(found(text, 'amount.rate-mismatch'), []);
    // Over the money its own line gave it: `…下达的专项资金14.15万元…。实际支出12.20万元，执行率为91.22%`.
    const item = text.replace('1．基本公共卫生服务补助资金。按常住人口38.0万人、人均90元标准安排资金3420.00万元。全年实际支出3420.00万元，执行率100%。',
      '3.科普示范基地创建补助资金。该资金为市科协下达的专项资金14.15万元，当年全部到位。实际支出12.20万元，执行率为91.22%，结余部分为设备尾款。');
    assert.deepStrictEqual(found(item, 'amount.rate-mismatch'), ['执行率91.22%与12.20万元÷14.15万元＝86.22%不符']);
  });
  it('parts said as near (`约198.7万元`) are no exact parts', () => {
    assert.deepStrictEqual(sums('人员经费219.32万元。人员经费中，工资福利支出约198.7万元，对个人和家庭的补助约20.7万元。'), []);
    assert.strictEqual(lint('近三年累计投入约120万元，近30万元用于培训。').doc.amounts.filter((a) => a.approximate).length, 2);
  });

  it('`包括` after a part and its share opens that part\'s own list', () => {
    const text = '支出合计中，基本支出15862.30万元，占支出合计的65.23%，包括人员经费14236.85万元、公用经费1625.45万元；项目支出8453.42万元，占支出合计的34.77%。';
    assert.deepStrictEqual(sums(text), []);
    assert.strictEqual(sums(text.replace('1625.45', '1652.45')).length, 1);
  });
  it('a balance caused by a decrease (`因作业面积减少结余9.60万元`) is added, not taken away', () => {
    assert.deepStrictEqual(sums('结余24.82万元，其中因作业面积减少结余9.60万元，部分设备未完成采购结余15.22万元。'), []);
    assert.strictEqual(sums('全年预算100.00万元，其中年初预算80.00万元，因政策调整调减5.00万元，追加25.00万元。').length, 0);
  });

  it('a total named after `；`-cut segments may sum the segments before too', () => {
    assert.deepStrictEqual(sums('项目年初预算4200.00万元，为中央补助资金3180.00万元和省级补助资金1020.00万元；年中市级追加配套资金1160.00万元；另有上年结转资金285.60万元，以及其他资金120.00万元，全年预算总额5765.60万元。'), []);
  });

  it('a figure said as a share of a part before it is inside that part', () => {
    assert.deepStrictEqual(sums('秋季学期全校在校生3428人，其中一、二年级在籍学生2316人，受助学生1214人，占一、二年级在籍学生的52.42%。'), []);
  });

  it('a share of 总支出 or 全年支出 is over the year\'s spending, not over the kind its part is listed in', () => {
    const rates = (t: string) => found(t, 'amount.rate-mismatch');
    const text = '2023年支出1471.59万元，其中基本支出1086.45万元，项目支出385.14万元。基本支出1086.45万元，其中人员经费971.47万元，公用经费114.98万元。从支出结构看，人员经费占总支出的66.01%。';
    assert.deepStrictEqual(rates(text), []);
    assert.strictEqual(rates(text.replace('66.01%', '89.42%')).length, 1);
  });
  it('after a `；`, a clause of whom something was done for (`为1032名残疾人适配…`) is another statement', () => {
    assert.deepStrictEqual(sums('为186名0—17岁残疾儿童提供康复救助，其中孤独症儿童34名；为1032名残疾人适配辅助器具1296件。'), []);
  });

  it('a table with a 财政收回 column states no fund line it cannot complete', () => {
    const text = ['项目名称\t年初预算\t上年结转\t年中调整\t实际支出\t结余结转\t财政收回', '残疾儿童康复救助\t140.00\t9.27\t-30.00\t112.01\t7.26\t0.00',
      '阳光家园托养服务补助\t30.00\t0.00\t0.00\t28.40\t1.00\t0.60', '合计\t170.00\t9.27\t-30.00\t140.41\t8.26\t0.60', ''].join('\n');
    assert.deepStrictEqual(sums(text), []);
  });
  it('`X万元中，A，B` breaks X down; 财政收回 in it is a part, not taken away', () => {
    assert.deepStrictEqual(sums('项目支出1398.71万元中，财政拨款资金1360.26万元，其他资金38.45万元。'), []);
    assert.strictEqual(sums('项目支出1398.71万元中，财政拨款资金1360.26万元，其他资金48.45万元。').length, 1);
    assert.deepStrictEqual(sums('实际支出13035.74万元。未支出的350.71万元中，结转下年172.18万元，财政收回178.53万元。'), []);
  });

  it('a table\'s 其中 rows that do not add up to their parent, where the 合计 holds with the parent: the parent\'s row is reported', () => {
    const text = ['单位：万元', '支出项目\t实际支出\t占总支出比重', '基本支出\t612.45\t9.34%', '其中：人员经费\t528.17\t', '公用经费\t94.28\t', '项目支出\t5944.71\t90.66%', '合计\t6557.16\t100.00%', '以上为全年支出。', ''].join('\n');
    assert.deepStrictEqual(sums(text), ['实际支出612.45万元与其组成之和622.45万元（528.17＋94.28）不符，相差10.00万元']);
  });
  it('a 收支 table (资金类型 | 年初结转结余 | 本年收入 | 本年支出 | 年末结转结余) has its 合计 checked column by column', () => {
    const text = ['单位：万元', '资金类型\t年初结转结余\t本年收入\t本年支出\t年末结转结余', '一般公共预算财政拨款\t18.62\t2146.30\t2128.75\t36.17',
      '政府性基金预算财政拨款\t0.00\t85.00\t72.40\t12.60', '其他资金\t3.15\t6.80\t7.52\t2.43', '合计\t21.77\t2238.10\t2208.67\t51.20', '以上为全年收支。', ''].join('\n');
    assert.deepStrictEqual(sums(text), []);
    assert.deepStrictEqual(sums(text.replace('\t51.20', '\t52.10')), ['年末结转结余52.10万元与其组成之和51.20万元（36.17＋12.60＋2.43）不符，相差0.90万元']);
  });
  it('a per-mu figure, a duration in 个月, and a unit\'s own breakdown after 本级 are no parts', () => {
    assert.deepStrictEqual(sums('项目总投资1650.00万元，亩均投入1100元，其中中央财政补助资金1200.00万元，省级财政补助资金300.00万元，县级财政配套资金150.00万元。'), []);
    assert.deepStrictEqual(sums('全区14个公共文化场馆全部实行免费开放，其中13个场馆全年按规定时间开放；龙塘镇综合文化站因屋面防水改造闭馆2个月。'), []);
    assert.deepStrictEqual(sums('全系统“三公”经费支出29.96万元。其中局机关本级“三公”经费支出11.45万元，为公务用车运行维护费9.60万元和公务接待费1.85万元。'), []);
    // Units after 本级 are the list's next parts.
    assert.strictEqual(sums('全局一般公共预算支出8745.62万元，其中局机关本级5126.40万元，县疾病预防控制中心1582.35万元，县急救中心2136.87万元。').length, 1);
  });
  it('money added to a figure said before (`加上年结转…和其他收入…，全年可用资金合计…`) may sum more; 可支配资金 is a rate\'s budget', () => {
    assert.deepStrictEqual(sums('2024年我局年初预算1328.60万元，年中追加139.75万元，调整后预算1468.35万元。加上年结转56.82万元和其他收入11.93万元，全年可用资金合计1537.10万元。'), []);
    assert.deepStrictEqual(found('2022年项目年初预算1353.00万元，上年结转138.15万元，年中调整393.50万元，可支配资金1884.65万元，实际支出1782.15万元，执行率94.56%，结余结转102.50万元。', 'amount.rate-mismatch'), []);
  });

  it('a share after the list that its parts make of the total says the list leaves some out', () => {
    const text = '2024届毕业生1,042人，其中升入高职院校612人，就业397人，毕业生就业（含升学）率96.83%。';
    assert.deepStrictEqual(sums(text), []);
    assert.deepStrictEqual(sums(text.replace('96.83%', '95.83%')), ['2024届毕业生1042人与其组成之和1009人（612＋397）不符，相差33人']);
  });

  it('a count whose 其中 clause speaks of one item and points to a table lists nothing', () => {
    const text = '2023年项目支出1,046.33万元，共5个项目，其中公共卫生服务项目按服务人数和补助标准据实结算，见表2。';
    assert.deepStrictEqual(found(text, 'amount.count-mismatch'), []);
  });
});
