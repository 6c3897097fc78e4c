import * as assert from 'assert';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { BODY, docx, NUMBERING, p, part, row, W } from '../tools/docx';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { runCli } from '../../server/src/cli';
import { readDocx } from '../../server/src/model/docx';
import { formatCounter } from '../../server/src/model/docx-numbering';
import { tempDir } from '../harness/temp';

/**
 * Word drafts made by the test itself (XML zipped here): automatic Chinese numbering at four
 * levels, one of them through a style; a table whose fund row does not add up; a _GoBack bookmark;
 * a field; a tracked change; a footnote reference. And the hostile files a reviewer may receive.
 */
function run(args: string[]) {
  let out = '';
  let err = '';
  const code = runCli(args, { stdout: (s) => (out += s), stderr: (s) => (err += s), stdin: () => Buffer.alloc(0) });
  return { code, out, err };
}

function inTemp(name: string, data: Uint8Array): string {
  const file = path.join(tempDir('docx'), name);
  fs.writeFileSync(file, data);
  return file;
}

describe('Word documents (.docx)', () => {
  it('reads automatic numbering as Word shows it, at four levels and through a style', () => {
    const lines = readDocx(docx(BODY)).text!.split('\n');
    assert.deepStrictEqual(lines.filter((l) => /^[一二三四五]、|^（[一二]）|^\d\.|^（\d）/.test(l)).map((l) => l.slice(0, 8)), [
      '一、预算单位基本', '二、预算收支出情', '三、资金使用及绩', '（一）\t整体支出', '（二）\t项目支出', '1.\t纸质档案扫', '（1）\t扫描纸质', '（2）\t建成档案', '四、绩效管理存在', '五、其他需要说明',
    ]);
  });

  it('shows Word\'s East Asian counters as Word does: stems (甲、乙、), branches, capitals, digit by digit, circled', () => {
    const shown = (format: string) => [1, 2, 3, 10, 11].map((n) => formatCounter(n, format)).join(' ');
    assert.strictEqual(shown('ideographTraditional'), '甲 乙 丙 癸 甲');
    assert.strictEqual(shown('ideographZodiac'), '子 丑 寅 酉 戌');
    assert.strictEqual(shown('ideographZodiacTraditional'), '甲子 乙丑 丙寅 癸酉 甲戌');
    assert.strictEqual(shown('chineseLegalSimplified'), '壹 贰 叁 拾 拾壹');
    assert.strictEqual(shown('ideographDigital'), '一 二 三 一〇 一一');
    assert.strictEqual(shown('ideographEnclosedCircle'), '㈠ ㈡ ㈢ ㈩ 11');
    assert.strictEqual(shown('chineseCounting'), '一 二 三 十 十一');
    assert.strictEqual(shown('decimal'), '1 2 3 10 11');
  });

  it('keeps accepted changes and field results, drops deletions, field codes, bookmarks and footnote marks', () => {
    const text = readDocx(docx(BODY)).text!;
    assert.match(text, /2023年支出120\.50万元，其中/);
    assert.doesNotMatch(text, /999\.99|PAGE|_GoBack|脚注/);
    assert.match(text, /完成扫描12万页，见第3页。/);
    assert.match(text, /^档案数字化经费\t20\.00\t25\.00\t22\.10\t2\.90$/m);
  });

  it('drops text moved away (w:moveFrom, kept where it moved to), and runs a paragraph whose mark was deleted on into the next', () => {
    const moved = '<w:p><w:moveFrom w:id="1" w:author="a"><w:r><w:t>项目甲30.00万元；</w:t></w:r></w:moveFrom><w:r><w:t>项目乙17.48万元。</w:t></w:r>'
      + '<w:moveTo w:id="2" w:author="a"><w:r><w:t>项目甲30.00万元。</w:t></w:r></w:moveTo></w:p>';
    const gone = '<w:p><w:pPr><w:rPr><w:del w:id="3" w:author="a"/></w:rPr></w:pPr><w:del w:id="4" w:author="a"><w:r><w:delText>删去的一段。</w:delText></w:r></w:del></w:p>';
    const lines = readDocx(docx(`${p('第一段。')}${moved}${gone}${p('第三段。')}`)).text!.split('\n');
    assert.deepStrictEqual(lines.slice(0, 3), ['第一段。', '项目乙17.48万元。项目甲30.00万元。', '第三段。']);
  });

  it('jixiao-lint checks a .docx: the table row that does not add up, nothing the numbering or debris would cause', () => {
    const r = run([inTemp('draft.docx', docx(BODY))]);
    const lines = r.out.trim().split('\n').filter((l) => /\[[a-z.-]+\]$/.test(l));
    assert.deepStrictEqual(lines.map((l) => /\[([a-z.-]+)\]$/.exec(l)![1]), ['amount.sum-mismatch'], r.out);
    assert.match(lines[0], /馆藏修复经费/);
    assert.match(lines[0], / 表格1 第3行 第4列“8\.00” error /, 'the Word place of the finding');
    assert.strictEqual(r.code, 1);
  });

  it('a cell merged across columns keeps the cells after it under their headers (gridSpan, gridBefore, vMerge)', () => {
    const tc = (text: string, pr = '') => `<w:tc>${pr ? `<w:tcPr>${pr}</w:tcPr>` : ''}<w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
    const tr = (cells: string, trPr = '') => `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ''}${cells}</w:tr>`;
    const table = `<w:tbl>${[
      tr(tc('序号', '<w:vMerge w:val="restart"/>') + tc('项目名称', '<w:vMerge w:val="restart"/>') + tc('资金来源', '<w:gridSpan w:val="3"/>') + tc('实际支出', '<w:vMerge w:val="restart"/>') + tc('结余结转', '<w:vMerge w:val="restart"/>')),
      tr(tc('', '<w:vMerge/>') + tc('', '<w:vMerge/>') + tc('年初预算') + tc('上级转移支付') + tc('年中调增') + tc('', '<w:vMerge/>') + tc('', '<w:vMerge/>')),
      tr(['1', '科普宣传活动经费', '12.00', '4.30', '8.50', '22.46', '2.34'].map((t) => tc(t)).join('')),
      tr(['2', '青少年科技创新大赛经费', '9.06', '0.00', '5.25', '13.17', '1.14'].map((t) => tc(t)).join('')),
      tr(tc('合计', '<w:gridSpan w:val="2"/>') + ['21.06', '4.30', '13.75', '35.63', '3.48'].map((t) => tc(t)).join('')),
      tr(['21.06', '4.30', '13.75', '35.63', '3.48'].map((t) => tc(t)).join(''), '<w:gridBefore w:val="2"/>'),
    ].join('')}</w:tbl>`;
    const body = [p('青岚区科协2024年度部门整体支出绩效自评报告'), part('预算单位基本情况'), p('本会内设机构3个。'), p('单位：万元'), table].join('');
    const lines = readDocx(docx(body)).text!.split('\n');
    assert.ok(lines.includes('合计\t\t21.06\t4.30\t13.75\t35.63\t3.48'), lines.join('\n'));
    assert.ok(lines.includes('\t\t21.06\t4.30\t13.75\t35.63\t3.48'), lines.join('\n'));
    assert.ok(lines.includes('序号\t项目名称\t资金来源\t\t\t实际支出\t结余结转'), lines.join('\n'));
    // Every row adds up with 上级转移支付 as a source, and so do the columns.
    const r = run([inTemp('merged.docx', docx(body))]);
    assert.doesNotMatch(r.out, /amount\./, r.out);
  });

  it('a table whose first cells are merged down keeps its grid; its 合计 column is summed across, the wrong row named', () => {
    const tc = (text: string, pr = '') => `<w:tc>${pr ? `<w:tcPr>${pr}</w:tcPr>` : ''}<w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
    const tr = (cells: string) => `<w:tr>${cells}</w:tr>`;
    const row = (first: string, rest: string[]) => tr(tc(first, first ? '<w:vMerge w:val="restart"/>' : '<w:vMerge/>') + rest.map((t) => tc(t)).join(''));
    const table = (wrong: boolean) => `<w:tbl>${[
      tr(tc('支出功能分类科目', '<w:gridSpan w:val="2"/>') + ['合计', '基本支出', '项目支出'].map((t) => tc(t)).join('')),
      row('一般公共服务支出', ['档案事务—事业运行', '226.52', '226.52', '0.00']),
      row('', ['档案事务—档案馆', wrong ? '109.32' : '109.23', '12.40', '96.83']),
      row('', ['档案事务—其他档案事务支出', '14.60', '0.00', '14.60']),
      row('社会保障和就业支出', ['机关事业单位基本养老保险缴费支出', '28.56', '28.56', '0.00']),
      tr(tc('合计', '<w:gridSpan w:val="2"/>') + ['378.91', '267.48', '111.43'].map((t) => tc(t)).join('')),
    ].join('')}</w:tbl>`;
    // A soft line break inside a paragraph, before a figure: no space is made of it.
    const soft = `<w:p><w:r><w:t>全年提供档案</w:t><w:br/><w:t>12630卷次，编研成果3项。</w:t></w:r></w:p>`;
    const body = (wrong: boolean) => [p('雁栖县档案馆2024年度部门整体支出绩效自评报告'), part('预算单位基本情况'), soft, p('单位：万元'), table(wrong)].join('');
    const lines = readDocx(docx(body(false))).text!.split('\n');
    assert.ok(lines.includes('\t档案事务—档案馆\t109.23\t12.40\t96.83'), lines.join('\n'));
    assert.ok(lines.includes('全年提供档案12630卷次，编研成果3项。'), lines.join('\n'));
    assert.doesNotMatch(run([inTemp('grid.docx', docx(body(false)))]).out, /amount\.|text\./);
    const r = run([inTemp('grid-wrong.docx', docx(body(true)))]);
    const found = r.out.trim().split('\n').filter((l) => /\[[a-z.-]+\]$/.test(l));
    // One wrong cell fails its row across and its column down: said once, of its row.
    assert.strictEqual(found.length, 1, r.out);
    assert.match(found[0], /“档案事务—档案馆”合计109\.32万元与其组成之和109\.23万元/);
  });

  it('each finding says where it is in Word terms: the paragraph and its first words', () => {
    const r = run(['--format', 'json', inTemp('para.docx', docx(p('某馆报告') + part('基本情况') + p('本馆是服务青年的的桥梁，常年开展活动。')))]);
    const [file] = JSON.parse(r.out) as Array<{ diagnostics: Array<{ code: string; location: string }> }>;
    assert.deepStrictEqual(file.diagnostics.map((d) => [d.code, d.location]), [['text.duplicate-char', '第3段“本馆是服务青年的的桥梁，…”']]);
  });

  it('refuses hostile and wrong files with a message naming the file, exit 2, the other files still checked', () => {
    const good = inTemp('good.txt', Buffer.from('一、基本情况\n青年的的桥梁。\n'));
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(70 * 1024 * 1024).fill(32) }, { level: 9 });
    const cases: Array<[string, Uint8Array, RegExp]> = [
      ['bomb.docx', bomb, /refused: word\/document\.xml inflates to more than 64 MB/],
      ['doctype.docx', docx(BODY, { 'word/styles.xml': `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><w:styles ${W}/>` }), /declares a DOCTYPE/],
      ['renamed.docx', Buffer.from('这不是Word文件'), /not a \.docx file/],
      ['truncated.docx', docx(BODY).subarray(0, 200), /damaged or truncated|no word\/document\.xml/],
      ['locked.docx', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), /password-protected/],
      ['scan.pdf', Buffer.from('%PDF-1.7'), /unusable for these checks/],
    ];
    for (const [name, data, message] of cases) {
      const r = run([inTemp(name, data), good]);
      assert.strictEqual(r.code, 2, name);
      assert.match(r.err, new RegExp(`${name.replace('.', '\\.')}: .*${message.source}`), `${name}: ${r.err}`);
      assert.match(r.out, /good\.txt:2:\d+ warning/, `${name}: the other file is still checked`);
    }
  });

  it('as WPS and Word 2019 leave it: hidden text left out, a table in a cell read in its cell, a control\'s prompt found, `1.1` below `1.`', () => {
    // A second list: `%1.` with nothing after it, `%1.%2` with a space (w:suff), as in a project list.
    const numbering = NUMBERING.replace('</w:numbering>', `<w:abstractNum w:abstractNumId="1">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:suff w:val="nothing"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:suff w:val="space"/></w:lvl>
</w:abstractNum><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>`);
    const item = (ilvl: number, text: string) => p(text, `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="2"/></w:numPr>`);
    const hidden = '<w:r><w:rPr><w:vanish/></w:rPr><w:t>，其他支出0.60万元</w:t></w:r>';
    const nested = `<w:tbl>${row(['类别', '场次'])}${row(['送戏下乡', '48'])}${row(['合计', '85'])}</w:tbl>`;
    const body = BODY
      .replace('项目支出30.10万元', `项目支出30.10万元</w:t></w:r>${hidden}<w:r><w:t>`)
      .replace('<w:p><w:r><w:t xml:space="preserve">2023年支出', `${p('填报人：单击或点击此处输入文字。')}<w:p><w:r><w:t xml:space="preserve">2023年支出`)
      .replace(`${row(['馆藏修复经费', '10.00', '8.00', '8.00', '1.00'])}</w:tbl>`, `${row(['馆藏修复经费', '10.00', '9.00', '8.00', '1.00'])}<w:tr><w:tc><w:p><w:r><w:t>其中：</w:t></w:r></w:p>${nested}</w:tc>${'<w:tc><w:p/></w:tc>'.repeat(4)}</w:tr></w:tbl>`)
      .replace(/<w:p><w:pPr><w:numPr><w:ilvl w:val="2"\/>[\s\S]*?(?=<w:p><w:pPr><w:pStyle w:val="PartTitle"\/><\/w:pPr><w:r><w:t xml:space="preserve">绩效管理)/,
        item(0, '项目“档案数字化经费”全年预算25.00万元，实际支出22.10万元，结余结转2.90万元。') + item(1, '完成扫描3200卷。')
        + item(0, '项目“馆藏修复经费”全年预算9.00万元，实际支出8.00万元，结余结转1.00万元。') + item(1, '修复古籍12册。') + item(1, '结余结转1.00万元，已按规定结转下年。'));
    const text = readDocx(docx(body, { 'word/numbering.xml': numbering })).text!;
    assert.doesNotMatch(text, /0\.60/, 'hidden text');
    assert.match(text, /^其中：类别  场次；送戏下乡  48；合计  85\t\t\t\t$/m, 'the nested table, in its cell, its rows as clauses');
    assert.match(text, /^1\.项目“档案/m);
    assert.match(text, /^1\.1 完成扫描/m, 'a space after `1.1` (w:suff space)');
    const r = run([inTemp('wps.docx', docx(body, { 'word/numbering.xml': numbering }))]);
    const found = r.out.trim().split('\n').filter((l) => /\[[a-z.-]+\]$/.test(l));
    assert.deepStrictEqual(found.map((l) => /\[([a-z.-]+)\]$/.exec(l)![1]), ['template.placeholder'], r.out);
  });

  it('deeply nested XML is read without a stack', () => {
    const deep = `${'<w:sdt><w:sdtContent>'.repeat(50000)}${p('一、基本情况')}${'</w:sdtContent></w:sdt>'.repeat(50000)}`;
    assert.match(readDocx(docx(deep)).text!, /一、基本情况/);
  });
});

describe('annotated Word copies (--annotate)', () => {
  it('writes a copy whose findings are Word comments on their paragraph or cell; the original is untouched', function () {
    this.timeout(120000);
    const body = BODY.replace('本馆实有人数6人', '本馆是青年的的桥梁，实有人数6人');
    const original = inTemp('draft.docx', docx(body));
    const before = fs.readFileSync(original);
    const out = tempDir('annotated');
    const r = run(['--annotate', out, original]);
    assert.match(r.err, /annotated copy .*draft\.docx \(2 comment\(s\)\)/);
    assert.ok(fs.readFileSync(original).equals(before), 'the original is never modified');
    const files = unzipSync(fs.readFileSync(path.join(out, 'draft.docx')));
    const comments = strFromU8(files['word/comments.xml']);
    assert.strictEqual((comments.match(/w:author="绩效自评检查"/g) ?? []).length, 2);
    assert.match(comments, /“的”重复了/);
    assert.match(comments, /馆藏修复经费/);
    const doc = strFromU8(files['word/document.xml']);
    for (const id of ['0', '1']) {
      assert.match(doc, new RegExp(`<w:commentRangeStart w:id="${id}"/>`));
      assert.match(doc, new RegExp(`<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r></w:p>`));
    }
    // The comment on the table sits in the cell of the figure (全年执行数 of 馆藏修复经费).
    assert.match(doc, /<w:tc><w:p><w:commentRangeStart w:id="1"\/><w:r><w:t>8\.00<\/w:t><\/w:r><w:commentRangeEnd w:id="1"\/>/);
    assert.match(strFromU8(files['word/_rels/document.xml.rels']), /relationships\/comments" Target="comments.xml"/);
    assert.match(strFromU8(files['[Content_Types].xml']), /PartName="\/word\/comments.xml"/);
    // Read back: the copy is still a draft the checker reads the same way.
    assert.strictEqual(readDocx(fs.readFileSync(path.join(out, 'draft.docx'))).text, readDocx(docx(body)).text);
    const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
    if (soffice.error) {
      if (process.env.CI) assert.fail('LibreOffice (soffice) is needed in CI to check the annotated copy');
      return;
    }
    const converted = spawnSync('soffice', ['--headless', '--convert-to', 'fodt', '--outdir', out, path.join(out, 'draft.docx')], { encoding: 'utf8', timeout: 100000 });
    assert.strictEqual(converted.status, 0, converted.stderr);
    const flat = fs.readFileSync(path.join(out, 'draft.fodt'), 'utf8');
    assert.strictEqual((flat.match(/<office:annotation[ >]/g) ?? []).length, 2, 'LibreOffice reads both comments');
    assert.match(flat, /<dc:creator>绩效自评检查<\/dc:creator>/);
  });
});

describe('old Word files (.doc, .wps)', () => {
  it('are converted by LibreOffice when it is installed, else the message says to save as .docx', function () {
    this.timeout(120000);
    const dir = tempDir('doc');
    const source = path.join(dir, 'draft.docx');
    fs.writeFileSync(source, docx(BODY.replace('本馆实有人数6人', '本馆是青年的的桥梁，实有人数6人')));
    const noOffice = runWithPath([path.join(dir, 'x.wps')], '/nonexistent', Buffer.from([0xd0, 0xcf, 0x11, 0xe0]));
    assert.strictEqual(noOffice.code, 2);
    assert.match(noOffice.err, /x\.wps: an old \.doc\/\.wps file: save it as \.docx/);
    if (spawnSync('soffice', ['--version']).error) return;
    const made = spawnSync('soffice', ['--headless', '--convert-to', 'doc', '--outdir', dir, source], { timeout: 100000 });
    assert.strictEqual(made.status, 0);
    const r = run([path.join(dir, 'draft.doc')]);
    assert.match(r.out, /draft\.doc:\d+:\d+ 第\d+段“本馆是青年的的桥梁.*text\.duplicate-char/);
  });
});

function runWithPath(args: string[], pathEnv: string, bytes: Buffer) {
  fs.writeFileSync(args[0], bytes);
  const saved = process.env.PATH;
  process.env.PATH = pathEnv;
  try {
    return run(args);
  } finally {
    process.env.PATH = saved;
  }
}
