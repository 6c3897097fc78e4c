import * as assert from 'assert';
import { lint } from '../../server/src/engine';

const found = (text: string, rule: string) => lint(text).findings.filter((f) => f.ruleId === rule).map((f) => f.message.zh);
const table = (rows: string[]) => ['三、“三公”经费情况', '表3  “三公”经费支出情况表', '单位：万元', ...rows, '四、存在的问题', '无。'].join('\n') + '\n';

describe('table headers over two rows, and score totals', () => {
  it('`2022年` over `预算数 | 决算数`: a 比上年增减 beside them is of the two years\' 决算', () => {
    const rows = (change: string) => table(['项目\t2021年决算数\t2022年\t\t比上年增减', '\t\t预算数\t决算数\t', '公务用车运行维护费\t2.36\t2.50\t2.18\t-0.18', `公务接待费\t0.84\t0.90\t0.61\t${change}`, '合计\t3.20\t3.40\t2.79\t-0.41']);
    assert.deepStrictEqual(found(rows('-0.23'), 'amount.sum-mismatch'), []);
    assert.deepStrictEqual(found(rows('-0.32'), 'amount.sum-mismatch'), ['“公务接待费”比上年增减-0.32万元与0.61−0.84＝-0.23万元不符']);
  });

  it('`决算数` over `2021年 | 2022年`: each column is that year\'s 决算, compared by the 增减额 and 增减率 beside them', () => {
    const rows = (rate: string) => table(['项目\t2022年预算数\t决算数\t\t增减情况\t', '\t\t2021年\t2022年\t增减额\t增减率', '公务用车运行维护费\t3.20\t3.12\t2.86\t-0.26\t-8.33%', `公务接待费\t0.80\t0.58\t0.75\t0.17\t${rate}`, '合计\t4.00\t3.70\t3.61\t-0.09\t-2.43%']);
    assert.deepStrictEqual(found(rows('29.31%'), 'amount.rate-mismatch'), []);
    assert.deepStrictEqual(found(rows('23.91%'), 'amount.rate-mismatch'), ['“公务接待费”增减率23.91%与（0.75−0.58）÷0.58万元＝29.31%不符']);
  });

  it('a score table\'s total is the sum of its scores to their written decimals (9.74 points may be 10 × 97.36%), not more exactly', () => {
    const scores = (total: string) => ['五、自评得分', '一级指标\t二级指标\t三级指标\t分值\t得分', '过程\t资金管理\t预算执行率\t10\t9.74', '产出\t产出数量\t管网改造完成长度\t8\t7.44',
      '效益\t满意度\t受益群众满意度\t10\t9.51', '决策\t项目立项\t立项依据充分性\t72\t70', `合计\t100\t${total}`, '六、其他', '无。'].join('\n') + '\n';
    assert.deepStrictEqual(found(scores('96.68'), 'amount.sum-mismatch'), []);
    assert.deepStrictEqual(found(scores('96.70'), 'amount.sum-mismatch'), []);
    assert.strictEqual(found(scores('96.86'), 'amount.sum-mismatch').length, 1);
  });

  it('`2021年` over `决算数` beside `2022年` over `预算数 | 决算数`: the change is of the two years\' 决算', () => {
    const rows = (change: string) => table(['项目\t2021年\t2022年\t\t较上年增减\t', '\t决算数\t预算数\t决算数\t增减额\t增减率', `收入合计\t298.14\t296.50\t312.86\t${change}\t4.94%`,
      '其中：财政拨款收入\t276.54\t296.50\t287.76\t11.22\t4.06%', '其他收入\t21.60\t0.00\t25.10\t3.50\t16.20%']);
    assert.deepStrictEqual(found(rows('14.72'), 'amount.sum-mismatch'), []);
    assert.strictEqual(found(rows('17.42'), 'amount.sum-mismatch').length, 1);
  });
});
