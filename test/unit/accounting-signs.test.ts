import * as assert from 'assert';
import { lint } from '../../server/src/engine';
import { applyEdits } from '../harness/edits';

/** Negatives as accountants write them in tables: `（1.38）`, `(5.58%)`, `△1.99` where the text says what `△` is. */
const of = (text: string, rule: string) => lint(text).findings.filter((f) => f.ruleId === rule);
const messages = (text: string) => lint(text).findings.filter((f) => f.severity !== 'information').map((f) => `${f.ruleId} ${f.message.zh}`);

const budgetTable = (cells: { diff: string; total: string; rate?: string }) => [
  '二、部门整体支出执行情况',
  '2024年度预算与决算对比情况如下表（括号内为负数）：',
  '表1  2024年度预算与决算对比表',
  '单位：万元',
  '项目\t预算数\t决算数\t差额\t差异率',
  '一、基本支出\t412.50\t410.12\t(2.38)\t(0.58%)',
  `公用经费\t24.70\t22.87\t${cells.diff}\t${cells.rate ?? '(7.41%)'}`,
  '二、项目支出\t186.00\t190.40\t4.40\t2.37%',
  `合计\t598.50\t600.52\t${cells.total}\t0.34%`,
  '三、绩效情况',
  '各项工作按计划完成。',
].join('\n') + '\n';

describe('accounting negatives in tables', () => {
  it('reads a bracketed 差额 and 差异率 as below nought: a right table is silent', () => {
    assert.deepStrictEqual(messages(budgetTable({ diff: '(1.83)', total: '2.02' })), []);
    assert.deepStrictEqual(messages(budgetTable({ diff: '（1.83）', total: '2.02' }).replace(/\((\d+\.\d+%?)\)/g, '（$1）')), []);
  });

  it('reports a bracketed 差额 the figures do not give, and its fix rewrites the digits inside the brackets', () => {
    const text = budgetTable({ diff: '(1.38)', total: '2.02' });
    const [f] = of(text, 'amount.sum-mismatch');
    assert.ok(f, 'the swapped (1.38) is found');
    assert.match(f.message.zh, /\(1\.38\)万元与22\.87−24\.70＝-1\.83万元不符/);
    assert.ok(applyEdits(text, f.fixes[0].edits).includes('公用经费\t24.70\t22.87\t(1.83)\t'));
    assert.match(f.fixes[0].title.zh, /\(1\.83\)万元/);
  });

  it('a column total counts the negatives', () => {
    const text = budgetTable({ diff: '(1.83)', total: '6.78' });
    const found = of(text, 'amount.sum-mismatch').map((f) => f.message.zh);
    assert.strictEqual(found.length, 1, found.join('\n'));
    assert.match(found[0], /6\.78/);
  });

  it('a bracketed 差异率 the figures do not give is a fall reported, its fix kept inside the brackets', () => {
    const text = budgetTable({ diff: '(1.83)', total: '2.02', rate: '(4.71%)' });
    const [f] = of(text, 'amount.rate-mismatch');
    assert.ok(f, 'the rate is found');
    assert.ok(applyEdits(text, f.fixes[0].edits).includes('(1.83)\t(7.41%)'));
  });

  it('a wrong figure whose right value is not below nought gets no fix that would leave brackets around it', () => {
    const text = budgetTable({ diff: '(1.83)', total: '2.02' }).replace('二、项目支出\t186.00\t190.40\t4.40\t2.37%', '二、项目支出\t186.00\t190.40\t(4.40)\t2.37%');
    const found = of(text, 'amount.sum-mismatch').filter((f) => /项目支出/.test(f.message.zh));
    assert.strictEqual(found.length, 1);
    const cell = text.indexOf('(4.40)');
    for (const fix of found[0].fixes) assert.ok(fix.edits.every((e) => e.end <= cell || e.start >= cell + '(4.40)'.length), fix.title.zh);
  });

  it('`△` is a minus only where the text says so; otherwise its cells are left unread, and no total over them is checked', () => {
    const said = budgetTable({ diff: '△1.83', total: '2.02', rate: '△7.41%' }).replace('（括号内为负数）', '（表中“△”表示减少）').replace('(2.38)\t(0.58%)', '△2.38\t△0.58%');
    assert.deepStrictEqual(messages(said), []);
    assert.strictEqual(of(said.replace('△1.83', '△1.38'), 'amount.sum-mismatch').length, 1);
    const unsaid = said.replace('（表中“△”表示减少）', '');
    assert.deepStrictEqual(messages(unsaid.replace('△1.83', '△1.38')), []);
  });

  it('a bracketed whole number is a row or column number, not a figure', () => {
    const text = ['单位：万元', '项目\t预算数\t决算数\t差额', '（1）\t10.00\t9.00\t1.00', '（2）\t20.00\t18.00\t2.00', '合计\t30.00\t27.00\t3.00', '以上。'].join('\n') + '\n';
    assert.deepStrictEqual(messages(text), []);
  });

  it('`批复预算` is the budget a 执行率 is over, and `计划数` beside `到位数` the money a 到位率 is over', () => {
    const spend = ['单位：万元', '支出内容\t批复预算\t实际支出\t差额（实际－预算）\t执行率', '土地平整\t412.60\t398.75\t（13.85）\t96.64%', '科技服务\t40.00\t31.80\t（8.20）\t79.05%', '合计\t452.60\t430.55\t（22.05）\t95.13%', '以上。'].join('\n') + '\n';
    assert.deepStrictEqual(of(spend, 'amount.rate-mismatch').map((f) => f.message.zh), ['“科技服务”执行率79.05%与31.80万元÷40.00万元＝79.50%不符']);
    assert.deepStrictEqual(messages(spend.replace('79.05%', '79.50%')), []);
    const received = ['单位：万元', '资金来源\t计划数\t到位数\t差额\t到位率', '省级财政补助\t320.00\t320.00\t0.00\t100.00%', '县级财政配套\t304.00\t250.00\t（54.00）\t82.42%', '合计\t624.00\t570.00\t（54.00）\t91.35%', '以上。'].join('\n') + '\n';
    assert.deepStrictEqual(of(received, 'amount.rate-mismatch').map((f) => f.message.zh), ['“县级财政配套”到位率82.42%与250.00万元÷304.00万元＝82.24%不符']);
    assert.deepStrictEqual(messages(received.replace('82.42%', '82.24%')), []);
  });
});
