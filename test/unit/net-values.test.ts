import * as assert from 'assert';
import { lint } from '../../server/src/engine';
import { applyEdits } from '../harness/edits';

const found = (text: string) => lint(text).findings.filter((f) => f.ruleId.startsWith('amount.')).map((f) => `${f.ruleId} ${f.message.zh}`);

describe('net values and procurement savings', () => {
  it('an asset\'s 净值 is its 原值 less its 累计折旧, a part of the 原值 named alike before them being no whole', () => {
    const text = '房屋及构筑物原值2615.30万元，累计折旧812.46万元，净值1802.84万元。车辆原值386.50万元，累计折旧212.35万元，净值174.15万元。';
    assert.deepStrictEqual(found(text), []);
    const wrong = text.replace('净值174.15', '净值164.15');
    const [f] = lint(wrong).findings.filter((x) => x.ruleId === 'amount.sum-mismatch');
    assert.strictEqual(f?.message.zh, '净值164.15万元与386.50−212.35＝174.15万元不符');
    assert.ok(applyEdits(wrong, f.fixes[0].edits).includes('净值174.15万元'));
    const parts = '项目共形成固定资产原值1176.32万元，其中专用设备812.30万元，车辆177.60万元，房屋改造增加原值186.42万元。截至年末，上述资产已计提折旧38.65万元，净值1137.67万元。';
    assert.deepStrictEqual(found(parts), []);
    assert.strictEqual(found(parts.replace('净值1137.67', '净值1173.67')).length, 1);
  });

  it('a saving is the budget less the price won, over paragraphs\' sentences; its 节约率 is over that budget', () => {
    const text = '2024年本部门政府采购预算2846.00万元，其中货物类636.00万元，服务类2210.00万元。全年实际完成政府采购中标（成交）金额2638.72万元，其中货物类592.84万元，服务类2045.88万元。与政府采购预算相比，节约资金207.28万元，节约率7.28%。';
    assert.deepStrictEqual(found(text), []);
    assert.deepStrictEqual(found(text.replace('节约率7.28%', '节约率7.82%')), ['amount.rate-mismatch 节约率7.82%与207.28万元÷2846.00万元＝7.28%不符']);
    assert.deepStrictEqual(found(text.replace('节约资金207.28', '节约资金270.28').replace('节约率7.28%', '节约率9.50%')), ['amount.sum-mismatch 节约资金270.28万元与2846.00−2638.72＝207.28万元不符']);
  });

  it('a saving may be of the budget before or after its change; savings said together (`两包合计节约资金`) are not read', () => {
    const adjusted = '本局年初编报政府采购预算1180.00万元，年中调减33.20万元，调整后政府采购预算1146.80万元。全年中标（成交）金额合计1067.23万元，节约资金112.77万元，节约率9.56%。';
    assert.deepStrictEqual(found(adjusted), []);
    const packages = '第一包采购预算520.00万元，中标金额486.20万元，节约率6.50%；第二包采购预算330.00万元，中标金额312.75万元，节约率5.23%。两包合计节约资金51.05万元，综合节约率6.01%。';
    assert.deepStrictEqual(found(packages), []);
  });
});
