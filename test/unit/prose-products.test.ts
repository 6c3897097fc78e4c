import * as assert from 'assert';
import { lint } from '../../server/src/engine';

/** Products said in prose: which total is a rate's. */
const products = (text: string) => lint(text).findings.filter((f) => f.ruleId === 'amount.product-mismatch').map((f) => f.message.zh);

describe('prose products: a rate\'s total in its clause', () => {
  it('a total after a `；` is the next clause\'s, not that of a rate before it', () => {
    const text = '生态护林员补助按聘用生态护林员412人、每人每年1.00万元的标准发放；森林防灭火经费中含购置风力灭火机60台，单价0.38万元，计22.80万元。';
    assert.deepStrictEqual(products(text), []);
    assert.strictEqual(products(text.replace('计22.80万元', '计24.80万元')).length, 1);
  });

  it('a total of two rates with a `；` between them (`…312人，每人500元；…146人，每人1000元，共计发放…`) is no product of the second alone', () => {
    const text = '资助考入省内高校的家庭经济困难新生312人，每人500元；考入省外高校的146人，每人1000元，共计发放30.20万元。';
    assert.deepStrictEqual(products(text), []);
    assert.strictEqual(products('考入省外高校的146人，每人1000元，共计发放15.60万元。').length, 1);
  });
});
