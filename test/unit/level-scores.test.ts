import * as assert from 'assert';
import { lint } from '../../server/src/engine';

/** A level's score (`决策方面得14分`) said in the text against the score table's row of that level. */
const inconsistent = (text: string) => lint(text).findings.filter((f) => f.ruleId === 'amount.inconsistent').map((f) => f.message.zh);

const summary = [
  '一、评价结论',
  '经自评，枫溪区2024年度学生资助项目综合得分95分，绩效评价等级为“优”。',
  '一级指标\t指标分值\t自评得分\t主要扣分原因',
  '决策\t15\t14\t部分绩效指标表述笼统',
  '过程\t20\t18.5\t个别学校资助档案不完整',
  '产出\t40\t39\t秋季学期发放时间晚于计划',
  '效益\t25\t23.5\t满意度回访覆盖面偏窄',
  '合计\t100\t95\t',
  '二、绩效分析',
].join('\n');

const merged = [
  '一级指标\t二级指标\t指标分值\t自评得分',
  '决策\t\t20\t18', '\t项目立项\t6\t6', '\t绩效目标\t7\t6', '\t资金投入\t7\t6',
  '过程\t\t20\t18.5', '\t资金管理\t10\t9.5', '\t组织实施\t10\t9',
  '产出\t\t40\t37', '\t产出数量\t16\t16', '\t产出质量\t12\t11', '\t产出时效\t6\t5', '\t产出成本\t6\t5',
  '效益\t\t20\t18', '\t社会效益\t8\t7.5', '\t经济效益\t4\t4', '\t可持续影响\t4\t3.5', '\t满意度\t4\t3',
  '合计\t\t100\t91.5',
].join('\n');

describe('level scores: the text against the score table', () => {
  it('`过程方面得19分` where the table\'s 过程 row (its weight column headed 指标分值) has 18.5', () => {
    const text = `${summary}\n（一）项目决策情况\n决策方面得14分，立项依据充分。\n（二）项目过程情况\n过程方面得19分，扣分原因是个别学校资助档案缺少评议记录。`;
    assert.deepStrictEqual(inconsistent(text), ['过程得分19分与第5行评分表的过程得分18.5分不一致']);
    assert.deepStrictEqual(inconsistent(text.replace('过程方面得19分', '过程方面得18.5分')), []);
  });

  it('a level\'s weight in brackets (`产出指标（40分）共得分36分`), its items under it in the table', () => {
    const text = `三、评分情况\n${merged}\n四、指标分析\n产出指标（40分）共得分36分。产出数量指标得满分16分。`;
    assert.deepStrictEqual(inconsistent(text), ['产出得分36分与第10行评分表的产出得分37分不一致']);
    assert.deepStrictEqual(inconsistent(text.replace('共得分36分', '共得分37分')), []);
  });

  it('an item\'s score, a weight beside the score, and last year\'s scores are no level\'s score said again', () => {
    const text = `三、评分情况\n${merged}\n四、指标分析\n过程指标：分值20分，得18.5分。其中资金管理得9.5分。\n决策指标满分20分，得18分。\n与上年相比，2023年度本项目自评得分90分，其中过程指标得17分、效益指标得16分。\n综合机械化率略低于目标值，社会效益指标得5.5分。`;
    assert.deepStrictEqual(inconsistent(text), []);
    assert.strictEqual(inconsistent(text.replace('得18.5分。其中', '得19.5分。其中')).length, 1);
    // (`满分20分，自评得19分`: the score after its weight and 自评.)
    assert.strictEqual(inconsistent(text.replace('决策指标满分20分，得18分', '决策指标满分20分，自评得19分')).length, 1);
  });

  it('rows whose named levels do not add up to the total are not read as levels', () => {
    const text = `三、评分情况\n${merged.replace('效益\t\t20\t18', '效益\t\t20\t17')}\n四、指标分析\n产出指标（40分）共得分36分。`;
    assert.deepStrictEqual(inconsistent(text), []);
  });
});
