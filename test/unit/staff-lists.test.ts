import * as assert from 'assert';
import { lint } from '../../server/src/engine';

/** Lists of a unit's staff: which of the people named are of the total. */
const sums = (text: string) => lint(text).findings.filter((f) => f.ruleId === 'amount.sum-mismatch').map((f) => f.message.zh);

describe('staff lists: the retired beside those serving', () => {
  it('retired named beside the staff in post may be outside the total (`实有人数29人，其中在职29人，退休人员14人`)', () => {
    const outside = '年末实有人数29人，其中在职29人，退休人员14人。';
    assert.deepStrictEqual(sums(outside), []);
    // Or counted in it: `实有人员45人，其中在职30人，退休15人` adds up with them.
    assert.deepStrictEqual(sums('年末实有人员45人，其中在职30人，退休15人。'), []);
    // Read either way, a list that adds up to neither is a slip.
    assert.strictEqual(sums('年末实有人员45人，其中在职31人，退休15人。').length, 1);
    assert.strictEqual(sums(outside.replace('在职29人', '在职27人')).length, 1);
  });

  it('without a part said to be serving, the retired are parts like the others', () => {
    assert.strictEqual(sums('单位职工总数48人，其中行政人员20人，事业人员18人，退休人员14人。').length, 1);
    assert.deepStrictEqual(sums('单位职工总数52人，其中行政人员20人，事业人员18人，退休人员14人。'), []);
  });
});
