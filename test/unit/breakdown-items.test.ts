import * as assert from 'assert';
import { lint } from '../../server/src/engine';

/** What a 其中 list's items are, and what only stands beside them. */
const found = (text: string, rule: string) => lint(text).findings.filter((f) => f.ruleId === rule).map((f) => f.message.zh);
const sums = (text: string) => found(text, 'amount.sum-mismatch');

describe('breakdown items: parts, asides and other money', () => {
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

  it('a range is no rate and no figure (`每人补助1000-2000元`)', () => {
    assert.deepStrictEqual(found('培训236人，按取证情况每人补助1000-2000元，共发放补助33.60万元。', 'amount.product-mismatch'), []);
    assert.strictEqual(lint('每人补助1000-2000元，共发放补助33.60万元。').doc.amounts.filter((a) => a.unit === '万元').length, 1);
  });

  it('a balance in 元 that is the money less the spending in 万元 is a unit slip', () => {
    const text = '项目资金共计386.40万元，全部按时到位。截至年底实际支出372.96万元。项目结余资金13.44元，已结转下年。';
    assert.deepStrictEqual(found(text, 'amount.unit'), ['项目结余资金13.44元的单位应为万元：386.40－372.96＝13.44（万元）']);
    assert.deepStrictEqual(found(text.replace('13.44元', '0.36元'), 'amount.unit'), []);
  });
});
