import * as assert from 'assert';
import { lint } from '../../server/src/engine';
import { applyEdits } from '../harness/edits';

/** A table whose rows are a count times a rate per thing: each row's money against its product. */
const of = (text: string, rule: string) => lint(text).findings.filter((f) => f.ruleId === rule);
const products = (text: string) => of(text, 'amount.product-mismatch');

const HOUSEHOLDS = [
  '对发展种养业的脱贫户按每户1500元给予奖补，分乡镇情况如下：',
  '乡镇\t奖补户数（户）\t奖补标准（元/户）\t奖补金额（万元）',
  '龙门镇\t326\t1500\t48.90',
  '桃源铺乡\t248\t1500\t39.20',
  '大坪镇\t291\t1500\t43.65',
  '河口乡\t187\t1500\t28.05',
  '合计\t1052\t—\t159.80',
  '',
].join('\n');

describe('table products: count × rate per thing, row by row', () => {
  it('reports the row whose money is not its count times the standard, and offers the product', () => {
    const [f, ...rest] = products(HOUSEHOLDS);
    assert.deepStrictEqual(rest, []);
    assert.strictEqual(f.message.zh, '奖补金额39.20万元与248户×1500元＝37.20万元不符');
    assert.ok(applyEdits(HOUSEHOLDS, f.fixes[0].edits).includes('桃源铺乡\t248\t1500\t37.20'));
  });

  it('reads the count and the rate from cells that carry their units', () => {
    const text = [
      '支出内容\t工程量\t补助标准或单价\t金额（万元）',
      '县道日常养护\t214.6公里\t0.70万元/公里\t150.22',
      '乡道日常养护\t398.2公里\t0.35万元/公里\t139.37',
      '村道日常养护\t673.6公里\t0.10万元/公里\t76.36',
      '危桥改造\t2座\t—\t286.40',
      '合计\t—\t—\t652.35',
      '',
    ].join('\n');
    assert.deepStrictEqual(products(text).map((f) => f.message.zh), ['村道日常养护76.36万元与673.6公里×0.10万元＝67.36万元不符']);
  });

  it('is silent where the rows do not bear a product out, or the standard is no rate each row is paid at', () => {
    // Most rows are not their product: the money is something else (arrears paid with it).
    const mostOff = HOUSEHOLDS.replace('48.90', '52.10').replace('43.65', '47.00');
    assert.deepStrictEqual(products(mostOff), [], 'most rows off');
    // A mean, a monthly rate over a year not said, a rate per another measure.
    assert.deepStrictEqual(products(HOUSEHOLDS.replace('奖补标准（元/户）', '户均奖补（元/户）')), [], 'a mean');
    assert.deepStrictEqual(products(HOUSEHOLDS.replace('奖补标准（元/户）', '奖补标准（元/户·月）')), [], 'monthly');
    assert.deepStrictEqual(products(HOUSEHOLDS.replace('奖补标准（元/户）', '奖补标准（元/亩）')), [], 'per mu, counted in households');
    // Two money columns: which is the product is not said.
    const two = HOUSEHOLDS.replace('奖补金额（万元）', '奖补金额（万元）\t配套资金（万元）').replace(/\n(龙门镇|桃源铺乡|大坪镇|河口乡|合计)(\t[^\n]*)/g, '\n$1$2\t1.00');
    assert.deepStrictEqual(products(two), [], 'two money columns');
  });

  it('adds a column of people by its header\'s unit, whatever its words', () => {
    const text = [
      '| 就读学校 | 受助学生（人） | 补助标准（元/生·年） | 补助金额（万元） |',
      '| --- | --- | --- | --- |',
      '| 县职业中等专业学校 | 186 | 3000 | 55.80 |',
      '| 市工业职业技术学院 | 74 | 3000 | 22.20 |',
      '| 省外职业院校 | 57 | 3000 | 17.10 |',
      '| 合计 | 317 | — | 95.10 |',
      '',
    ].join('\n');
    assert.deepStrictEqual(of(text, 'amount.sum-mismatch'), []);
    assert.deepStrictEqual(products(text), []);
    const wrong = text.replace('| 317 |', '| 337 |');
    assert.deepStrictEqual(of(wrong, 'amount.sum-mismatch').map((f) => f.message.zh), ['受助学生337与其组成之和317（186＋74＋57）不符，相差20']);
  });
  it('a price (`单价`) times the count of the clause before it', () => {
    const text = '购置电动保洁三轮车48台，单价1.34万元，计64.32万元；购置分类果皮箱260个，单价0.085万元，计22.10万元。';
    assert.deepStrictEqual(products(text), []);
    assert.deepStrictEqual(products(text.replace('计22.10', '计24.10')).map((f) => f.message.zh), ['24.10万元与260个×0.085万元＝22.10万元不符']);
    // Two counts before the price: whose it is is not said.
    assert.deepStrictEqual(products('购置果皮箱260个、垃圾桶120个，单价0.085万元，计24.10万元。'), []);
  });
  it('a price\'s total said as its 金额, over a count in 根 or 袋', () => {
    const text = '其中采购轻型育苗基质1200袋，单价32.50元/袋，金额3.90万元；采购楠木良种穗条12000根，单价3.50元/根，金额4.80万元。';
    assert.deepStrictEqual(products(text).map((f) => f.message.zh), ['金额4.80万元与12000根×3.50元＝4.20万元不符']);
  });
  it('a price in brackets after its count (`更换LED照明灯具480套（单价0.035万元，金额16.80万元）`)', () => {
    const text = '主要包括更换教室LED照明灯具480套（单价0.035万元，金额16.80万元）等。';
    assert.deepStrictEqual(products(text), []);
    assert.strictEqual(products(text.replace('16.80', '18.60')).length, 1);
  });
  it('a total paid `按每亩300元的标准兑付…资金` over a count in 万亩', () => {
    const text = '全年完成人工造林1.26万亩，按每亩300元的标准兑付造林补助资金378.00万元，其余资金用于苗木调运。';
    assert.deepStrictEqual(products(text), []);
    assert.deepStrictEqual(products(text.replace('378.00', '387.00')).map((f) => f.message.zh), ['兑付造林补助资金387.00万元与1.26万亩×300元＝378.00万元不符']);
  });
  it('a price column whose header says its unit (`单价（元）`) beside `数量（台/套/把）`, in a spaces-aligned table', () => {
    const table = (cell: string) => [
      '表2  森林防火物资购置明细表',
      '物资名称          数量（台/套/把）    单价（元）    金额（万元）',
      '风力灭火机              20               3800           7.60',
      `防火服                 150                520           ${cell}`,
      '灭火水枪                40               1350           5.40',
      `合计                                                   ${(Number(cell) + 13).toFixed(2)}`,
    ].join('\n');
    assert.deepStrictEqual(lint(table('7.80')).findings.filter((f) => f.ruleId.startsWith('amount.')), []);
    assert.deepStrictEqual(products(table('7.20')).map((f) => f.message.zh), ['防火服7.20万元与150×520元＝7.80万元不符']);
  });
  it('a count given to each of several things (`为12支…各配置…1套`) is that many times theirs', () => {
    const text = '我局为12支乡镇业余文艺队各配置演出服装道具1套，每套0.35万元，共计4.20万元。';
    assert.deepStrictEqual(products(text), []);
    assert.deepStrictEqual(products(text.replace('4.20', '4.60')).map((f) => f.message.zh), ['4.60万元与12支×1套×0.35万元＝4.20万元不符']);
  });
  it('a standard written with a slash (`按8.6万元/公里的补助标准支付…`), not an average (`平均造价64.11万元/公里`)', () => {
    const text = '完成安全生命防护工程42.3公里，按8.6万元/公里的补助标准支付资金363.78万元，增设波形护栏。';
    assert.deepStrictEqual(products(text), []);
    assert.deepStrictEqual(products(text.replace('363.78', '381.78')).map((f) => f.message.zh), ['支付资金381.78万元与42.3公里×8.6万元＝363.78万元不符']);
    assert.deepStrictEqual(products('9条路线共98.6公里，平均造价64.11万元/公里，合计6321.25万元。'), []);
    const paid = '对调解成功的1275件矛盾纠纷按每件300元的标准实行“以案定补”，发放人民调解员补贴38.25万元。';
    assert.deepStrictEqual(products(paid), []);
    assert.strictEqual(products(paid.replace('300元', '320元')).length, 1);
  });
  it('a price\'s count is the one of the clause right before it; a price in the wrong unit is said so, and its fix is the unit', () => {
    const text = '开展主题普法活动86场，印制普法宣传手册12000册，单价3.20元，计3.84万元，发放到全区各镇。';
    assert.deepStrictEqual(products(text), []);
    const slip = text.replace('单价3.20元', '单价3.20万元');
    const [f] = products(slip);
    assert.strictEqual(f?.message.zh, '3.20万元的单位应为元：按元计算，12000册×3.20元＝3.84万元');
    assert.strictEqual(applyEdits(slip, f.fixes[0].edits), text);
  });
  it('a table of things counted (`接处警（起）`, `调解纠纷（件）`) is summed by its 合计 row', () => {
    const table = (total: string) => ['各派出所工作量情况如下：', '派出所\t接处警（起）\t受理治安案件（起）\t调解纠纷（件）', '潭口派出所\t9684\t846\t312', '河西派出所\t4127\t398\t176',
      '新桥派出所\t3571\t352\t143', `合计\t17382\t${total}\t631`, '全年未发生重大治安事件。'].join('\n');
    assert.deepStrictEqual(of(table('1596'), 'amount.sum-mismatch'), []);
    assert.strictEqual(of(table('1686'), 'amount.sum-mismatch').length, 1);
  });
  it('with no summary part, a table\'s cells are not read against the largest budget said in prose', () => {
    const text = ['项目年初预算10.00万元，实际支出9.00万元。各村情况如下：', '村名\t户数（户）\t金额（万元）', '甲村\t120\t12000.00', '乙村\t80\t8000.00', '合计\t200\t20000.00', '全年完成目标任务。'].join('\n');
    assert.deepStrictEqual(of(text, 'amount.unit'), []);
    assert.strictEqual(of('项目年初预算10.00万元，实际支出9.00万元，其中培训费12000.00万元。', 'amount.unit').length, 1, 'in prose it is');
  });
});
