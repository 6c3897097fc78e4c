import * as assert from 'assert';
import { lint } from '../../server/src/engine';

/** Drafts as tools export them: merged header cells flattened, covers laid out with spaces. */
const ids = (text: string) => lint(text, { format: 'markdown' }).findings.map((f) => `${f.ruleId} ${f.message.zh}`);

describe('exports: a merged header cell flattened into two header rows', () => {
  const table = (rate: string) => [
    '2024年度项目支出合计72.83万元，共4个项目，具体如下：', '',
    '| 序号 | 项目名称 | 预算数（万元） | 预算数（万元） | 预算数（万元） | 执行数（万元） | 执行率 |',
    '|:---:|---|---:|---:|---:|---:|---:|',
    '| | | 年初预算 | 年中调整 | 全年预算 | | |',
    '| 1 | 基层供销社<br>恢复重建经费 | 30.00 | 0.00 | 30.00 | 28.65 | 95.50% |',
    `| 2 | 化肥储备<br>贴息补助 | 15.00 | 5.00 | 20.00 | 19.80 | ${rate} |`,
    '| 3 | 电商服务站点运维经费 | 15.00 | 0.00 | 15.00 | 14.38 | 95.87% |',
    '| 4 | 离退休人员管理经费 | 8.00 | 2.00 | 10.00 | 10.00 | 100.00% |',
    '| | 合计 | 68.00 | 7.00 | 75.00 | 72.83 | 97.11% |',
  ].join('\n');
  it('names each column by the row below, which holds no figure', () => {
    assert.deepStrictEqual(ids(table('99.00%')), []);
    assert.deepStrictEqual(ids(table('98.00%')).map((f) => f.split(' ')[0]), ['amount.rate-mismatch']);
  });
});

describe('exports: a cover laid out with spaces', () => {
  it('a short cover line spaced for layout is no stray space; the same words in a sentence are', () => {
    const cover = ['# 部门整体支出绩效自评报告', '', '**（衡南县农业机械化服务中心 2022年度）**', '', '## 一、部门（单位）基本情况', '', '本中心内设3个股室。'];
    assert.deepStrictEqual(ids(cover.join('\n')).filter((f) => f.startsWith('text.spacing')), []);
    const prose = [...cover, '衡南县农业机械化服务中心 2022年度共实施项目3个，均已完成。'];
    assert.strictEqual(ids(prose.join('\n')).filter((f) => f.startsWith('text.spacing')).length, 1);
  });
});

describe('exports: a pipe table\'s delimiter row with one dash a cell (`|:-:|:---|`)', () => {
  it('is the rule under the header, no row: the table\'s projects are counted and summed without it', () => {
    const table = (total: string) => [
      '2024年项目支出**23.78万元**，共4个项目，执行情况如下：', '',
      '| 序号 | 项目名称 | 年初预算 | 调整后预算 | 实际支出 | 执行率 |',
      '|:-:|:---|---:|---:|---:|---:|',
      '| 1 | 妇女儿童维权经费 | 6.00 | 6.00 | 5.82 | 97.00% |',
      '| 2 | “两癌”救助及关爱经费 | 8.00 | 12.50 | 12.50 | 100.00% |',
      '| 3 | 巾帼家政培训经费 | 3.00 | 3.00 | 2.46 | 82.00% |',
      '| 4 | 家庭教育指导经费 | 2.60 | 3.75 | 3.00 | 80.00% |',
      `| **合计** | | **19.60** | **25.25** | **${total}** | **94.18%** |`, '',
      '以上项目均已按计划实施完毕。',
    ].join('\n');
    assert.deepStrictEqual(ids(table('23.78')), []);
    assert.deepStrictEqual(ids(table('23.87')).filter((f) => f.startsWith('amount.sum-mismatch')).length, 1);
  });
});
