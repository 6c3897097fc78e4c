import * as assert from 'assert';
import { lint } from '../../server/src/engine';

/** A department that consolidates its units: its own office's figures, its units', and the whole. */
const found = (text: string, rule: string) => lint(text).findings.filter((f) => f.ruleId === rule).map((f) => f.message.zh);

describe('consolidated departments', () => {
  it('figures under a line `局机关本级：` are the office\'s, those under `全系统…：` the whole\'s', () => {
    const text = ['局机关本级：', '2022年预算收入834.32万元，其中年初预算648.30万元，调整追加165.95万元，其他资金来源20.07万元。',
      '2022年支出834.32万元，其中基本支出398.72万元，项目支出421.36万元，结余结转14.24万元。', '全系统（含局机关本级及9个二级单位）：',
      '2022年预算收入14869.66万元，其中年初预算10264.50万元，调整追加3178.36万元，其他资金来源1426.80万元。',
      '2022年支出14869.66万元，其中基本支出9752.18万元，项目支出4893.65万元，结余结转223.83万元。', '全年全系统基本支出9752.18万元。'].join('\n');
    assert.deepStrictEqual(found(text, 'amount.inconsistent'), []);
    assert.strictEqual(found(text.replace('全年全系统基本支出9752.18', '全年全系统基本支出9725.18'), 'amount.inconsistent').length, 1);
  });

  it('a 小计 of the units after the office\'s row, and a 合计 of the office and the 小计 rows', () => {
    const table = (sub: string) => ['单位名称\t年初预算\t调整后预算\t实际支出', '局机关本级\t1286.40\t1352.75\t1318.06', '市第一中学\t6824.30\t7215.86\t7102.43',
      '市第三中学\t5216.70\t5487.20\t5391.68', `直属普通高中小计\t${sub}\t12703.06\t12494.11`, '市职业中等专业学校\t4386.20\t4825.63\t4590.12',
      '市工业技工学校\t2964.10\t3108.46\t3011.85', '直属中等职业学校小计\t7350.30\t7934.09\t7601.97', '合计\t20677.70\t21989.90\t21414.14'].join('\n');
    assert.deepStrictEqual(found(table('12041.00'), 'amount.sum-mismatch'), []);
    assert.strictEqual(found(table('12041.90'), 'amount.sum-mismatch').length >= 1, true);
  });

  it('a rate said of the office in its own sentence is over the office\'s spending, not the whole\'s', () => {
    const text = '2024年全部门年初预算12460.00万元，年中追加1085.62万元，调整后预算13545.62万元。全年一般公共预算支出13078.35万元，其中分局机关本级支出9158.83万元，所属单位支出3919.52万元，全部门预算执行率96.55%。分局机关本级调整后预算9560.20万元，执行率95.80%。';
    assert.deepStrictEqual(found(text, 'amount.rate-mismatch'), []);
  });

  it('units listed by name and by counts of a kind (`以及12家乡镇卫生院和2家社区卫生服务中心`) are counted by those counts', () => {
    const text = '纳入2023年度部门决算编报范围的二级预算单位共19个，分别为：县卫生健康综合监督执法大队、县疾病预防控制中心、县妇幼保健计划生育服务中心、县120急救指挥中心、县健康教育所，以及12家乡镇卫生院和2家社区卫生服务中心。';
    assert.deepStrictEqual(found(text, 'amount.count-mismatch'), []);
    assert.strictEqual(found('全镇共实施项目7个，分别是：竹山村道路硬化1.2公里，奖补资金42.60万元；石门村文体广场建设1处，奖补资金31.48万元。', 'amount.count-mismatch').length, 1);
  });

  it('an average (`人均结案173.7件`) is no whole the next sentence\'s 其中 breaks down', () => {
    assert.deepStrictEqual(found('全年共受理各类案件5218件，审执结5036件，员额法官人均结案173.7件。其中两个人民法庭共受理案件1426件，审结1392件。', 'amount.sum-mismatch'), []);
  });

  it('`局机关基本支出…，其中人员经费…` is the office\'s split, beside the whole system\'s in the same sentence', () => {
    const text = '2024年全系统基本支出4128.66万元，其中人员经费3716.40万元，公用经费412.26万元。局机关基本支出301.47万元，其中人员经费262.35万元，公用经费39.12万元，主要用于机关日常运转。';
    assert.deepStrictEqual(found(text, 'amount.inconsistent'), []);
    assert.deepStrictEqual(found(text, 'amount.sum-mismatch'), []);
    assert.strictEqual(found(text.replace('39.12', '39.21'), 'amount.sum-mismatch').length, 1);
  });
});
