import * as assert from 'assert';
import { lint } from '../../server/src/engine';
import { readDocx } from '../../server/src/model/docx';
import { docx, p } from '../tools/docx';

const sums = (text: string) => lint(text).findings.filter((f) => f.ruleId === 'amount.sum-mismatch').map((f) => f.message.zh);

/** A 功能分类 table: 类 rows, 款 rows under them, 项 rows under those, its 合计 at the bottom. */
const ROWS: Array<[string, string, string, string, string]> = [
  ['213', '', '', '农林水支出', '1175.50'],
  ['', '01', '', '农业农村', '1061.00'],
  ['', '', '01', '行政运行', '386.52'],
  ['', '', '04', '事业运行', '212.47'],
  ['', '', '53', '农田建设', '462.01'],
  ['', '05', '', '巩固脱贫攻坚成果衔接乡村振兴', '114.50'],
  ['', '', '04', '农村基础设施建设', '96.00'],
  ['', '', '99', '其他巩固脱贫攻坚成果衔接乡村振兴支出', '18.50'],
  ['221', '', '', '住房保障支出', '45.92'],
  ['', '02', '', '住房改革支出', '45.92'],
  ['', '', '01', '住房公积金', '45.92'],
];
const HEAD = '2023年度一般公共预算支出决算表\n单位：万元\n类\t款\t项\t科目名称\t决算数';
const table = (rows: string[][], total = '1221.42') => [HEAD, ...rows.map((r) => r.join('\t')), `合计\t\t\t\t${total}`].join('\n') + '\n';
/** The same rows with every code written whole, as a full-code table or Word's merged cells copied down give them. */
const whole = (rows: string[][]) => {
  let lei = '';
  let kuan = '';
  return rows.map(([a, b, c, ...rest]) => {
    if (a) [lei, kuan] = [a, ''];
    if (b) kuan = b;
    return [a, b ? lei + b : '', c ? lei + kuan + c : '', ...rest];
  });
};

describe('tables by the budget classification', () => {
  it('reads a code Word merged down over the rows below as theirs: each 款 against its 项, each 类 against its 款', () => {
    assert.deepStrictEqual(sums(table(ROWS)), []);
    const typo = ROWS.map((r) => (r[3] === '事业运行' ? [...r.slice(0, 4), '221.47'] : r));
    assert.deepStrictEqual(sums(table(typo)), ['决算数1061.00万元与其组成之和1070.00万元（386.52＋221.47＋462.01）不符，相差9.00万元']);
  });

  it('reads a column that holds the whole code (`| 21301 |`, `| | 2130101`) as the level it stands in', () => {
    assert.deepStrictEqual(sums(table(whole(ROWS))), []);
    const wrongLei = whole(ROWS).map((r) => (r[3] === '住房保障支出' ? [...r.slice(0, 4), '54.92'] : r));
    // The 类 is wrong against its 款; the 合计, which holds with the 类 read as its 款, is not reported again.
    assert.deepStrictEqual(sums(table(wrongLei, '1230.42')), ['决算数54.92万元与其组成之和45.92万元（45.92）不符，相差9.00万元']);
  });

  it('a 合计 that leaves out a 类 is found, on top or at the bottom', () => {
    assert.deepStrictEqual(sums(table(ROWS, '1175.50')), ['决算数1175.50万元与其组成之和1221.42万元（1175.50＋45.92）不符，相差45.92万元']);
    const onTop = [HEAD, '合计\t\t\t\t1175.50', ...ROWS.map((r) => r.join('\t')), '以上为全年支出决算情况。', '三、部门整体支出绩效情况', '全年各项工作任务均已完成。'].join('\n') + '\n';
    assert.strictEqual(sums(onTop).length, 1);
  });

  it('a code that does not begin with its parent\'s, or a level skipped, says no nesting: the levels are not summed', () => {
    const skipped = ROWS.filter((r) => r[1] === '' || r[2] !== '').map((r) => (r[3] === '行政运行' ? [...r.slice(0, 4), '999.00'] : r));
    assert.deepStrictEqual(sums(table(skipped).replace(/合计\t\t\t\t1221.42/, '')), []);
  });

  it('a table that says it lists the main 项 only sums to at most its 款; a note under another table does not say so of this one', () => {
    const some = ROWS.filter((r) => r[3] !== '事业运行');
    assert.strictEqual(sums(table(some)).length, 1);
    assert.deepStrictEqual(sums(table(some).replace('决算表', '决算表（项级科目列示主要项目）')), []);
    assert.deepStrictEqual(sums(`${table(some)}注：项级科目仅列示主要项目。\n`), []);
    assert.strictEqual(sums(`${table(some)}\n下表列示主要项目：\n表2\n项目\t金额\n甲\t1.00\n`).length, 1);
  });

  it('a table continued under `（表转下页）` is read whole; cut there, its open rows are not summed', () => {
    const rows = table(ROWS).split('\n');
    const split = [...rows.slice(0, 7), '（表转下页）', '续表', rows[2], ...rows.slice(7)].join('\n');
    assert.deepStrictEqual(sums(split), []);
    assert.deepStrictEqual(sums([...rows.slice(0, 7), '（表转下页）', '续表'].join('\n')), []);
  });

  it('reads a Markdown HTML table whose header rows stand above `</thead>` and `<tbody>`, and a 决算支出 column', () => {
    const html = ['单位：万元', '', '<table>', '<thead>', '<tr><th colspan="3">科目编码</th><th rowspan="2">科目名称</th><th rowspan="2">调整后预算</th><th rowspan="2">决算支出</th><th rowspan="2">执行率（%）</th></tr>',
      '<tr><th>类</th><th>款</th><th>项</th></tr>', '</thead>', '<tbody>',
      '<tr><td rowspan="4">224</td><td></td><td></td><td>灾害防治及应急管理支出</td><td>626.27</td><td>602.04</td><td>96.13</td></tr>',
      '<tr><td rowspan="3">22401</td><td></td><td>应急管理事务</td><td>626.27</td><td>602.04</td><td>96.13</td></tr>',
      '<tr><td>2240101</td><td>行政运行</td><td>301.72</td><td>301.72</td><td>100.00</td></tr>',
      '<tr><td>2240106</td><td>安全监管</td><td>324.55</td><td>300.32</td><td>92.53</td></tr>',
      '</tbody>', '</table>', '', '以上为支出决算情况。', ''].join('\n');
    const md = (text: string) => lint(text, { format: 'markdown' }).findings.filter((f) => f.ruleId.startsWith('amount.')).map((f) => f.message.zh);
    assert.deepStrictEqual(md(html), []);
    assert.deepStrictEqual(md(html.replace('<td>300.32</td><td>92.53</td>', '<td>300.32</td><td>95.53</td>')).length, 1);
    assert.deepStrictEqual(md(html.replace('<td>626.27</td><td>602.04</td><td>96.13</td></tr>\n<tr><td>2240101', '<td>626.27</td><td>620.04</td><td>96.13</td></tr>\n<tr><td>2240101')), ['决算支出620.04万元与其组成之和602.04万元（301.72＋300.32）不符，相差18.00万元']);
  });

  it('reads a .docx table whose 类 and 款 cells are merged down (w:vMerge) as the codes of the rows below', () => {
    const tc = (text: string, merge?: 'restart' | 'continue') => `<w:tc>${merge ? `<w:tcPr><w:vMerge${merge === 'restart' ? ' w:val="restart"' : ''}/></w:tcPr>` : ''}<w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
    const tr = (cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
    const body = [
      p('单位：万元'),
      `<w:tbl>${tr(['类', '款', '项', '科目名称', '决算数'].map((t) => tc(t)))}`
        + tr([tc('213', 'restart'), tc('', undefined), tc(''), tc('农林水支出'), tc('1175.50')])
        + tr([tc('', 'continue'), tc('01', 'restart'), tc(''), tc('农业农村'), tc('1061.00')])
        + tr([tc('', 'continue'), tc('', 'continue'), tc('01'), tc('行政运行'), tc('386.52')])
        + tr([tc('', 'continue'), tc('', 'continue'), tc('04'), tc('事业运行'), tc('221.47')])
        + tr([tc('', 'continue'), tc('', 'continue'), tc('53'), tc('农田建设'), tc('462.01')])
        + tr([tc('', 'continue'), tc('05', 'restart'), tc(''), tc('巩固脱贫攻坚成果衔接乡村振兴'), tc('114.50')])
        + tr([tc('', 'continue'), tc('', 'continue'), tc('04'), tc('农村基础设施建设'), tc('114.50')])
        + '</w:tbl>',
    ].join('');
    const text = readDocx(docx(body)).text!;
    assert.deepStrictEqual(sums(text), ['决算数1061.00万元与其组成之和1070.00万元（386.52＋221.47＋462.01）不符，相差9.00万元']);
  });

  it('a one-column 决算 table: the spending rows begin past `收入总计`, and `本年支出合计` sums them only', () => {
    const text = ['（二）收入支出决算总表', '单位：万元', '项目\t金额', '财政拨款收入\t758.16', '事业收入\t836.42', '其他收入\t14.75', '本年收入合计\t1609.33', '年初结转和结余\t63.19', '收入总计\t1672.52',
      '社会保障和就业支出\t118.36', '卫生健康支出\t1442.73', '住房保障支出\t45.82', '本年支出合计\t1606.91', '三、绩效情况', '完成。'].join('\n') + '\n';
    assert.deepStrictEqual(lint(text).findings.filter((f) => f.ruleId === 'amount.sum-mismatch').map((f) => f.message.zh), []);
    assert.strictEqual(lint(text.replace('本年支出合计\t1606.91', '本年支出合计\t1660.91')).findings.filter((f) => f.ruleId === 'amount.sum-mismatch').length, 1);
  });
});
