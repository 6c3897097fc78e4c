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

  it('totals said together after 分别 are the rates\' before them, in order', () => {
    const text = '机构集中养育孤儿12名，按每人每月1850元标准发放基本生活费；社会散居孤儿97名，按每人每月1450元标准发放，全年分别支出26.64万元、168.78万元，共计195.42万元。';
    assert.deepStrictEqual(products(text), []);
    assert.deepStrictEqual(products(text.replace('168.78万元，', '186.78万元，')), ['186.78万元与97名×1450元×12个月＝168.78万元不符']);
  });
});
