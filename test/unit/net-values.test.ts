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

  it('the purchases\' prices added up after the first (`两项合计45.05万元`) are the price a saving is of', () => {
    const text = '年初预算48.00万元，通过政府采购购置全自动生化分析仪1台，中标价38.60万元；十二导联心电图机3台，中标单价2.15万元，计6.45万元，两项合计45.05万元，采购节约资金2.95万元。';
    assert.deepStrictEqual(found(text), []);
    assert.deepStrictEqual(found(text.replace('节约资金2.95', '节约资金3.95')), ['amount.sum-mismatch 采购节约资金3.95万元与48.00−45.05＝2.95万元不符']);
  });

  it('a saving said of one purchase after the year\'s price is not of that price', () => {
    const text = '全年政府采购预算214.85万元，实际中标（成交）金额199.63万元，节约财政资金15.22万元，节约率7.08%。节约率最高的是区图书馆纸质图书采购项目，节约6.53万元。';
    assert.deepStrictEqual(found(text), []);
  });

  const procurement = (rows: string[]) => [
    '（二）政府采购执行情况。全年采购情况如下表（单位：万元）：',
    '序号\t项目名称\t采购方式\t采购预算\t中标（成交）金额\t节约资金\t节约率',
    ...rows,
    '全年采购项目均按规定公开采购意向和结果。',
  ].join('\n');
  const rows = [
    '1\t办公电脑及打印机等设备\t电子卖场\t14.60\t13.87\t0.73\t5.00%',
    '2\t社保卡自助服务终端\t竞争性磋商\t36.00\t33.48\t2.52\t7.00%',
    '小计（货物类）\t\t\t50.60\t47.35\t3.25\t6.42%',
    '3\t职业技能培训第三方评估服务\t竞争性磋商\t28.00\t25.90\t2.10\t7.50%',
    '4\t信息系统运维\t单一来源\t18.50\t18.50\t0.00\t0.00%',
    '小计（服务类）\t\t\t46.50\t44.40\t2.10\t4.52%',
    '合计\t\t\t97.10\t91.75\t5.35\t5.51%',
  ];

  it('a procurement table: each row\'s 节约资金 is its budget less its price, its 节约率 that over the budget; `小计（货物类）` closes a group', () => {
    assert.deepStrictEqual(found(procurement(rows)), []);
    const wrongSaving = procurement(rows.map((r) => r.replace('36.00\t33.48\t2.52\t7.00%', '36.00\t33.48\t2.25\t6.25%')));
    const [f, ...more] = lint(wrongSaving).findings.filter((x) => x.ruleId.startsWith('amount.'));
    // (The 节约率 follows from the written saving, and the 小计 and 合计 from the figures: one slip, one finding.)
    assert.deepStrictEqual(more, []);
    assert.strictEqual(f?.message.zh, '“社保卡自助服务终端”节约资金2.25万元与36.00−33.48＝2.52万元不符');
    const wrongRate = procurement(rows.map((r) => r.replace('2.10\t7.50%', '2.10\t8.50%')));
    const [g] = lint(wrongRate).findings.filter((x) => x.ruleId === 'amount.rate-mismatch');
    assert.strictEqual(g?.message.zh, '“职业技能培训第三方评估服务”节约率8.50%与（28.00−25.90）÷28.00万元＝7.50%不符');
    // (The fix writes the rate as the cell writes it: a saving, no sign.)
    assert.ok(applyEdits(wrongRate, g.fixes[0].edits).includes('2.10\t7.50%'));
    assert.strictEqual(found(procurement(rows.map((r) => r.replace('46.50\t44.40', '46.50\t44.80')))).length > 0, true);
  });

  it('an assets table: each row\'s 净值 is its 原值 less its 累计折旧; the 合计 row\'s too, the column not summed again', () => {
    const table = (cells: string) => ['截至年末固定资产情况如下（单位：万元）：', '资产类别\t原值\t累计折旧\t净值', cells, '资产均已入账。'].join('\n');
    const good = '房屋及构筑物\t4862.15\t1574.36\t3287.79\n专用设备\t812.65\t395.27\t417.38\n合计\t5674.80\t1969.63\t3705.17';
    assert.deepStrictEqual(found(table(good)), []);
    assert.deepStrictEqual(found(table(good.replace('417.38', '427.38'))), ['amount.sum-mismatch “专用设备”净值427.38万元与812.65−395.27＝417.38万元不符']);
  });
});
