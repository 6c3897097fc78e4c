import * as assert from 'assert';
import { lint } from '../../server/src/engine';

/** Tables whose rows nest by their indent: each row against the rows one step in under it. */

const sums = (text: string) => lint(text).findings.filter((f) => f.ruleId === 'amount.sum-mismatch').map((f) => f.message.zh);

const table = (rows: string[]) => [
  '（二）基本支出情况。基本支出按经济分类明细如下（单位：万元）：',
  '科目名称\t2023年决算数\t2024年决算数',
  ...rows,
  '基本支出较上年减少9.76万元。',
].join('\n');

const ROWS = [
  '基本支出\t457.61\t447.85',
  '\u3000人员经费\t386.06\t379.32',
  '\u3000\u3000工资福利支出\t363.47\t357.53',
  '\u3000\u3000\u3000基本工资\t86.52\t89.30',
  '\u3000\u3000\u3000津贴补贴\t102.18\t104.65',
  '\u3000\u3000\u3000绩效工资\t174.77\t163.58',
  '\u3000\u3000对个人和家庭的补助\t22.59\t21.79',
  '\u3000\u3000\u3000退休费\t12.60\t13.08',
  '\u3000\u3000\u3000生活补助\t9.99\t8.71',
  '\u3000公用经费\t71.55\t68.53',
  '\u3000\u3000办公费\t30.00\t28.53',
  '\u3000\u3000差旅费\t41.55\t40.00',
];

describe('tables whose rows nest by their indent', () => {
  it('three levels by full-width spaces, no 合计 row: each row is the sum of the rows one step in under it', () => {
    assert.deepStrictEqual(sums(table(ROWS)), []);
  });

  it('a middle row wrong against its parts is reported on it, once (the rows above follow from it)', () => {
    const wrong = table(ROWS.map((r) => r.replace('363.47\t357.53', '363.47\t375.53').replace('386.06\t379.32', '386.06\t397.32').replace('457.61\t447.85', '457.61\t465.85')));
    assert.deepStrictEqual(sums(wrong), ['决算数375.53万元与其组成之和357.53万元（89.30＋104.65＋163.58）不符，相差18.00万元']);
  });

  it('a part wrong, its parent not: the parent is reported against its parts', () => {
    assert.deepStrictEqual(sums(table(ROWS.map((r) => r.replace('28.53', '18.53')))), ['决算数68.53万元与其组成之和58.53万元（18.53＋40.00）不符，相差10.00万元']);
  });

  it('rows lined up after a `其中：` are that list\'s, not parts of the 其中 row; a tab before a name is no indent', () => {
    const under = [
      '工资福利支出\t363.47\t357.53',
      '\u3000\u3000其中：基本工资\t86.52\t89.30',
      '\u3000\u3000\u3000\u3000\u3000津贴补贴\t102.18\t104.65',
      '\u3000\u3000\u3000\u3000\u3000奖金\t7.20\t7.35',
      '对个人和家庭的补助\t22.59\t21.79',
    ];
    assert.deepStrictEqual(sums(table(under)), []);
    const tabs = ['林业生态保护修复\t国土绿化\t451.00', '\t天然林保护\t300.00', '\t森林防火\t210.00'];
    assert.deepStrictEqual(sums(['（三）项目支出情况（单位：万元）：', '类别\t项目名称\t资金', ...tabs, '各项目均已完成。'].join('\n')), []);
  });

  it('rows of budget codes indented under their 类 (`201` / `  20101`): the codes say the nesting, their column is summed by none', () => {
    const text = [
      '（一）支出决算情况（单位：元）：',
      '科目编码    科目名称                  支出合计        基本支出',
      '201         一般公共服务支出      4,384,351.86    3,839,251.86',
      '  20101     人大事务                216,420.50      186,420.50',
      '  20103     政府办公厅及相关机构  4,071,431.36    3,652,831.36',
      '  20132     组织事务                 96,500.00            0.00',
      '208         社会保障和就业支出    1,277,874.72    1,277,874.72',
      '  20801     人力资源管理事务        214,356.00      214,356.00',
      '  20805     行政事业单位养老支出  1,063,518.72    1,063,518.72',
      '支出均按预算执行。',
    ].join('\n');
    assert.deepStrictEqual(sums(text), []);
  });
});

describe('rows under a row with nothing to say so but their sum', () => {
  const rows = ['基本支出决算表', '单位：元', '项目\t金额', '人员经费\t4,512,683.45', '工资福利支出\t4,206,337.25', '对个人和家庭的补助\t306,346.20',
    '公用经费\t486,209.13', '商品和服务支出\t471,409.13', '资本性支出\t14,800.00', '合计\t4,998,892.58'];
  it('the rows right under a row that add up to it are its parts, where the rows read flat do not add up', () => {
    assert.deepStrictEqual(sums(rows.join('\n')), []);
    // A slip in the total is still one, read either way.
    assert.strictEqual(sums(rows.join('\n').replace('合计\t4,998,892.58', '合计\t4,989,892.58')).length, 1);
    // So is one in a part: its parent no longer adds up, and neither do the rows flat.
    assert.strictEqual(sums(rows.join('\n').replace('306,346.20', '360,346.20')).length, 1);
  });
});

describe('score tables that mark each row\'s level in a cell of its own', () => {
  it('a column of 一级/二级/三级: the 合计 sums the 一级 rows', () => {
    const rows = ['层级  指标名称  指标分值  得分', '一级  决策  20  18.5', '二级  目标设定  10  9.5', '三级  绩效目标合理性  5  5', '三级  绩效指标明确性  5  4.5',
      '二级  预算配置  10  9', '三级  预算编制准确率  10  9', '一级  过程  30  28', '二级  预算执行  30  28', '三级  预算执行率  30  28',
      '一级  产出  50  47', '二级  产出数量  50  47', '三级  问题处置数  50  47', '合计  100  93.5'];
    const text = '部门整体支出绩效自评评分表如下：\n' + rows.join('\n') + '\n从得分情况看，自评得分93.5分。';
    assert.deepStrictEqual(sums(text), []);
    assert.strictEqual(sums(text.replace('合计  100  93.5', '合计  100  94.5')).length, 1);
  });

  it('a 序号 column numbering levels 一、二 and items 1、2: the 合计 sums the levels', () => {
    const rows = ['序号\t一级指标\t权重\t三级指标\t指标分值\t得分', '一\t决策\t20\t\t\t19.5', '1\t\t\t绩效目标合理性\t10\t10', '2\t\t\t预算编制科学性\t10\t9.5',
      '二\t过程\t30\t\t\t28.85', '3\t\t\t预算执行率\t15\t14.85', '4\t\t\t资金使用合规性\t15\t14', '三\t产出\t50\t\t\t47', '5\t\t\t招生计划完成率\t25\t24', '6\t\t\t学生资助覆盖率\t25\t23',
      '合计\t\t100\t\t\t95.35'];
    const text = '表1  2021年度部门整体支出绩效自评得分表\n' + rows.join('\n') + '\n综上，学校自评得分95.35分。';
    assert.deepStrictEqual(sums(text), []);
    assert.strictEqual(sums(text.replace('\t\t\t95.35', '\t\t\t96.35')).length, 1);
  });

  it('a level\'s name and 分值 repeated on each of its rows (merged cells flattened) count once', () => {
    const rows = ['一级指标  分值  二级指标  分值  得分', '决策  20  项目立项  6  6.0', '决策  20  绩效目标  7  6.5', '决策  20  资金投入  7  6.0', '过程  25  资金管理  13  12.0',
      '过程  25  组织实施  12  11.0', '产出  55  产出数量  30  28.0', '产出  55  产出质量  25  24.0', '合计  100  100  93.5'];
    const text = '四、综合评价结论\n经自评，本馆得分93.5分。\n' + rows.join('\n') + '\n以上为评分情况。';
    assert.deepStrictEqual(sums(text), []);
  });
});

describe('a table with its 合计 on top and each group\'s 小计 named in the second column, the group repeated in the first', () => {
  const rows = ['所属类别\t项目名称\t年初预算\t调整预算\t全年预算\t实际支出\t执行率\t结余\t2023年实际支出\t占项目支出比重', '合计\t合计\t484.10\t40.20\t524.30\t518.39\t98.87%\t5.91\t448.41\t', '基本支出\t基本支出小计\t351.10\t6.90\t358.00\t357.17\t99.77%\t0.83\t343.07\t', '基本支出\t  人员经费\t312.60\t8.40\t321.00\t320.55\t99.86%\t0.45\t305.12\t', '基本支出\t  公用经费\t38.50\t-1.50\t37.00\t36.62\t98.97%\t0.38\t37.95\t', '基本支出\t    其中：公务用车运行维护费\t3.20\t0.00\t3.20\t2.87\t89.69%\t0.33\t3.05\t', '项目支出\t项目支出小计\t133.00\t33.30\t166.30\t161.22\t96.95%\t5.08\t105.34\t100.00%', '耕地质量提升专项\t  耕地质量提升专项小计\t60.50\t13.50\t74.00\t71.76\t96.97%\t2.24\t30.06\t44.51%', '耕地质量提升专项\t    耕地质量监测\t12.00\t0.00\t12.00\t11.64\t97.00%\t0.36\t10.80\t7.22%', '耕地质量提升专项\t    测土配方施肥\t18.50\t3.50\t22.00\t21.37\t97.14%\t0.63\t19.26\t13.26%', '耕地质量提升专项\t    化肥减量增效示范\t30.00\t10.00\t40.00\t38.75\t96.88%\t1.25\t0.00\t24.04%', '农技推广体系建设专项\t  农技推广体系建设专项小计\t52.50\t4.80\t57.30\t55.78\t97.35%\t1.52\t50.55\t34.60%', '农技推广体系建设专项\t    基层农技推广体系改革与建设补助\t46.00\t4.80\t50.80\t49.92\t98.27%\t0.88\t44.35\t30.96%', '农技推广体系建设专项\t    农技人员培训\t6.50\t0.00\t6.50\t5.86\t90.15%\t0.64\t6.20\t3.63%', '农作物病虫害防治\t  农作物病虫害防治\t20.00\t15.00\t35.00\t33.68\t96.23%\t1.32\t24.73\t20.89%', '农作物病虫害防治\t    其中：统防统治政府购买服务\t12.00\t10.00\t22.00\t21.50\t97.73%\t0.50\t15.00\t13.34%', ''];
  const text = '表1  预算执行情况表\n单位：万元\n' + rows.join('\n') + '\n以上为预算执行情况。';
  it('no row is summed twice: the 小计 rows are not read as items of the 合计', () => {
    assert.deepStrictEqual(sums(text), []);
  });
  it('a wrong 合计 on top is reported by its own row (年初预算＋调整预算＝全年预算), once', () => {
    // (Down its column it is not checked: which rows a 合计 on top of groups that open with their 小计 sums is not read.)
    assert.deepStrictEqual(sums(text.replace('合计\t合计\t484.10', '合计\t合计\t485.10')), ['预算524.30万元与其组成之和525.30万元（485.10＋40.20）不符，相差1.00万元']);
  });
});

describe('a table lined up with spaces whose names are indented by full-width spaces after the gap', () => {
  it('`1  　绩效目标合理性  5  5  无` is a row of the table, not a heading numbered 1', () => {
    const rows = ['序号  评价指标  分值  得分  扣分原因', '一、  投入  20  19.5  —', '1  　绩效目标合理性  5  5  无', '2  　绩效指标明确性  15  14.5  个别指标未量化',
      '二、  过程  80  76  —', '1  　预算执行率  40  38  执行率95.36%', '2  　资金使用合规性  40  38  无', '合计  —  100  95.5  —'];
    const text = '表2  2024年度部门整体支出绩效自评评分表\n' + rows.join('\n') + '\n以上为评分情况。';
    assert.deepStrictEqual(lint(text).findings.filter((f) => f.ruleId.startsWith('section.')).map((f) => f.message.zh), []);
    assert.deepStrictEqual(sums(text), []);
    assert.strictEqual(sums(text.replace('95.5  —', '96.5  —')).length, 1);
  });
});

