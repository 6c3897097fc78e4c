import * as assert from 'assert';
import { lint } from '../../server/src/engine';

const found = (text: string, rule: string) => lint(text).findings.filter((f) => f.ruleId === rule).map((f) => f.message.zh);

const HEAD = '序号\t项目名称\t年初预算\t调整后预算\t实际支出\t执行率';
const rows = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => `${from + k}\t项目${from + k}\t10.00\t10.00\t9.50\t95.00%`);

describe('tables over pages', () => {
  it('a lone page number before a running header said after two or more of them, `（续表）` and its header again: one table', () => {
    const page = (n: number) => ['', `                                      ${n}`, '永宁县市场监督管理局部门整体支出绩效自评报告（2024年度）', '（续表）', HEAD];
    const text = ['永宁县市场监督管理局2024年度部门整体支出绩效自评报告', '二、项目支出情况', '2024年度共安排项目17个，各项目执行情况见下表。', '表1  项目支出执行情况表', '单位：万元', HEAD,
      ...rows(1, 7), ...page(2), ...rows(8, 14), ...page(3), ...rows(15, 17), '合计\t\t170.00\t170.00\t161.50\t95.00%', '三、其他说明', '无。'].join('\n') + '\n';
    assert.deepStrictEqual([...found(text, 'amount.count-mismatch'), ...found(text, 'amount.sum-mismatch')], []);
    assert.strictEqual(found(text.replace('合计\t\t170.00', '合计\t\t160.00'), 'amount.sum-mismatch').length, 1);
  });

  it('`续表3` with the unit line again, or `（续上表）`, between a table\'s parts: one table, its 合计 over both', () => {
    for (const between of [['续表3', '（单位：万元）'], ['（续上表）'], ['（续上表）          单位：万元']]) {
      const text = ['表3  2024年度项目支出执行情况表', '（单位：万元）', HEAD, ...rows(1, 8), ...between, HEAD, ...rows(9, 12), '合计\t\t120.00\t120.00\t114.00\t95.00%', '三、其他说明', '无。'].join('\n') + '\n';
      assert.deepStrictEqual(found(text, 'amount.sum-mismatch'), [], between.join(' '));
      assert.strictEqual(found(text.replace('合计\t\t120.00', '合计\t\t130.00'), 'amount.sum-mismatch').length, 1, between.join(' '));
    }
    // A unit line alone, no word that the table goes on, parts two tables.
    const two = ['（单位：万元）', HEAD, ...rows(1, 8), '（单位：万元）', HEAD, ...rows(9, 12), '合计\t\t40.00\t40.00\t38.00\t95.00%'].join('\n') + '\n';
    assert.deepStrictEqual(found(two, 'amount.sum-mismatch'), []);
  });

  it('a 三公 table\'s 合计 may be the 三公 money\'s alone, 会议费 and 培训费 shown under it', () => {
    const head = '单位：万元\n项目\t年初预算\t决算数\t上年决算数';
    const rows = ['因公出国（境）费\t0.00\t0.00\t0.00', '公务用车购置及运行维护费\t42.00\t47.86\t31.25', '公务接待费\t6.00\t4.18\t5.02', '会议费\t12.00\t9.73\t10.58', '培训费\t25.00\t21.46\t19.37'];
    const text = [head, '合计\t48.00\t52.04\t36.27', ...rows, '注：合计为“三公”经费合计。', '三、其他说明', '无。'].join('\n') + '\n';
    assert.deepStrictEqual(found(text, 'amount.sum-mismatch'), []);
    // With them, or without, it must add up.
    assert.strictEqual(found(text.replace('合计\t48.00', '合计\t49.00'), 'amount.sum-mismatch').length, 1);
    assert.deepStrictEqual(found(text.replace('合计\t48.00\t52.04\t36.27', '合计\t85.00\t83.23\t66.22'), 'amount.sum-mismatch'), []);
  });

  it('a row whose note says money was taken back (`结余0.35万元财政收回`) spends and keeps at most its budget', () => {
    const text = ['单位：万元', '项目名称\t年初预算\t调整预算\t全年预算数\t实际支出\t结余结转\t备注', '水土保持监督管理\t18.00\t-3.50\t14.50\t14.15\t0.00\t结余0.35万元财政收回',
      '河长制工作经费\t45.00\t6.00\t51.00\t49.32\t1.68\t', '合计\t63.00\t2.50\t65.50\t63.47\t1.68\t', '以上为项目执行情况。', '三、绩效情况', '完成。'].join('\n') + '\n';
    assert.deepStrictEqual(found(text, 'amount.sum-mismatch'), []);
  });

  it('`第3页 / 共4页` and the running title between a score table\'s two parts, its header again: one table, its 合计 over both', () => {
    const head = '一级指标    二级指标        三级指标              分值   得分';
    const text = [
      '太平铺镇农村人居环境整治提升项目支出绩效自评报告',
      '三、绩效评价结果',
      '表2  项目支出绩效自评评分表',
      head,
      '预算执行    预算执行率      预算执行率              10   9.65',
      '产出指标    数量指标        户厕改造户数            30     30',
      '',
      '第3页 / 共4页',
      '太平铺镇农村人居环境整治提升项目支出绩效自评报告',
      '',
      head,
      '效益指标    社会效益        卫生厕所普及率          30     29',
      '满意度指标  服务对象满意度  受益群众满意度          30     28',
      '合计                                               100  96.65',
      '四、存在的问题',
      '管护机制尚待完善。',
    ].join('\n');
    assert.deepStrictEqual(found(text, 'amount.sum-mismatch'), []);
    assert.deepStrictEqual(found(text.replace('96.65', '97.65'), 'amount.sum-mismatch'), ['得分97.65与其组成之和96.65（9.65＋30＋29＋28）不符，相差1.00']);
  });
});
