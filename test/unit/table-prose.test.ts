import * as assert from 'assert';
import { lint } from '../../server/src/engine';

/** A project's table row said again in the text, under the row's name or a shorter one. */
const inconsistent = (text: string) => lint(text).findings.filter((f) => f.ruleId === 'amount.inconsistent').map((f) => f.message.zh);

const table = [
  '表2 2023年度项目支出情况表（单位：万元）',
  '项目名称\t预算数\t实际支出\t执行率',
  '食品安全抽检经费\t30.00\t28.74\t95.80%',
  '公共文化服务体系建设经费\t26.50\t23.65\t89.25%',
  '农村饮水安全工程维修养护经费\t75.00\t72.18\t96.24%',
  '合计\t131.50\t124.57\t94.73%',
].join('\n');

describe('table rows said again in the text under other names', () => {
  it('the row\'s name with 项目 for its 经费 (`公共文化服务体系建设项目`) is the row', () => {
    const text = `${table}\n六、项目绩效情况\n3．公共文化服务体系建设项目预算26.50万元，实际支出26.35万元。项目实施情况如下：`;
    assert.deepStrictEqual(inconsistent(text), ['实际支出26.35万元与第4行的实际支出23.65万元不一致']);
    assert.deepStrictEqual(inconsistent(text.replace('26.35', '23.65')), []);
  });

  it('an item shortening the row\'s name (`1.食品抽检经费。该项目预算…`) is the row, when it shortens one row only', () => {
    const text = `${table}\n六、项目绩效情况\n1.食品抽检经费。该项目预算32.00万元，实际支出28.74万元，全年完成抽检1130批次。\n2.农村饮水维修养护经费。该项目预算75.00万元，实际支出72.81万元。`;
    assert.deepStrictEqual(inconsistent(text), ['该项目预算32.00万元与第3行的预算数30.00万元不一致', '实际支出72.81万元与第5行的实际支出72.18万元不一致']);
    assert.deepStrictEqual(inconsistent(text.replace('32.00', '30.00').replace('72.81', '72.18')), []);
    // Two rows it might shorten: which one it is, is not said.
    const two = table.replace('合计', '食品快速抽检经费\t1.00\t1.00\t100.00%\n合计');
    assert.deepStrictEqual(inconsistent(`${two}\n六、项目绩效情况\n1.食品抽检经费。该项目预算32.00万元，实际支出28.74万元。`), []);
  });

  it('a budget said as the year\'s (`全年预算66.00万元`) beside a table of some kinds of cost is not the row\'s 预算数', () => {
    const text = `${table}\n六、项目绩效情况\n1．食品安全抽检经费。全年预算66.00万元，执行情况良好。`;
    assert.deepStrictEqual(inconsistent(text), []);
  });
});
