import * as assert from 'assert';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../../server/src/cli';
import { readDocx } from '../../server/src/model/docx';

/**
 * Word drafts made by the test itself (XML zipped here): automatic Chinese numbering at four
 * levels, one of them through a style; a table whose fund row does not add up; a _GoBack bookmark;
 * a field; a tracked change; a footnote reference. And the hostile files a reviewer may receive.
 */
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

const NUMBERING = `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}>
<w:abstractNum w:abstractNumId="0">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
<w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="（%4）"/></w:lvl>
</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;

const STYLES = `<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}>
<w:style w:type="paragraph" w:styleId="Part"><w:name w:val="part"/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="PartTitle"><w:basedOn w:val="Part"/></w:style></w:styles>`;

const p = (text: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const part = (text: string) => p(text, '<w:pStyle w:val="PartTitle"/>');
const num = (ilvl: number, text: string) => p(text, `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="1"/></w:numPr>`);
const cell = (text: string) => `<w:tc><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
const row = (cells: string[]) => `<w:tr>${cells.map(cell).join('')}</w:tr>`;

const BODY = [
  p('某区档案馆2023年度部门整体支出绩效自评报告'),
  part('预算单位基本情况'),
  `<w:p><w:bookmarkStart w:id="0" w:name="_GoBack"/><w:r><w:t>本馆实有人数6人，其中在编5人，聘用1人。</w:t></w:r><w:bookmarkEnd w:id="0"/></w:p>`,
  part('预算收支出情况（按单位预算口径）'),
  p('2023年预算收入120.50万元，其中年初预算98.20万元，调整追加12.30万元，其他资金来源10.00万元。'),
  `<w:p><w:r><w:t xml:space="preserve">2023年支出</w:t></w:r><w:del w:id="1" w:author="a"><w:r><w:delText>999.99万元</w:delText></w:r></w:del><w:ins w:id="2" w:author="a"><w:r><w:t>120.50万元</w:t></w:r></w:ins><w:r><w:t>，其中基本支出85.40万元，项目支出30.10万元，结余结转5.00万元。</w:t></w:r></w:p>`,
  part('资金使用及绩效情况（包含单位管理的公共专项）'),
  num(1, '整体支出绩效情况'),
  `<w:p><w:r><w:t xml:space="preserve">完成扫描12万页，见第</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>页。</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>`,
  num(1, '项目支出绩效情况'),
  p('单位：万元'),
  `<w:tbl>${row(['项目名称', '年初预算', '全年预算数', '全年执行数', '结余结转'])}${row(['档案数字化经费', '20.00', '25.00', '22.10', '2.90'])}${row(['馆藏修复经费', '10.00', '8.00', '8.00', '1.00'])}</w:tbl>`,
  num(2, '纸质档案扫描项目'),
  num(3, '扫描纸质档案3200卷，全部通过验收，群众满意度达98%。'),
  num(3, '建成档案数据库，实现在线查阅，全年提供利用服务1800人次。'),
  part('绩效管理存在的问题及下一步改进措施'),
  p('预算编制还不够精细。'),
  part('其他需要说明的情况'),
  p('无。'),
].join('');

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml';
const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="${CT}.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="${CT}.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="${CT}.numbering+xml"/><Override PartName="/word/footnotes.xml" ContentType="${CT}.footnotes+xml"/></Types>`;

const FOOTNOTES = `<?xml version="1.0" encoding="UTF-8"?><w:footnotes ${W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
<w:footnote w:id="1"><w:p><w:r><w:t>脚注：扫描数据来自档案管理系统，不计入正文。</w:t></w:r></w:p></w:footnote></w:footnotes>`;

function docx(body: string, extra: Record<string, string> = {}): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
    'word/_rels/document.xml.rels': strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${REL}/numbering" Target="numbering.xml"/><Relationship Id="rId3" Type="${REL}/footnotes" Target="footnotes.xml"/></Relationships>`),
    'word/footnotes.xml': strToU8(FOOTNOTES),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
    'word/numbering.xml': strToU8(NUMBERING),
    'word/styles.xml': strToU8(STYLES),
    ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, strToU8(v)])),
  });
}

function run(args: string[]) {
  let out = '';
  let err = '';
  const code = runCli(args, { stdout: (s) => (out += s), stderr: (s) => (err += s), stdin: () => Buffer.alloc(0) });
  return { code, out, err };
}

function inTemp(name: string, data: Uint8Array): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-docx-')), name);
  fs.writeFileSync(file, data);
  return file;
}

describe('Word documents (.docx)', () => {
  it('reads automatic numbering as Word shows it, at four levels and through a style', () => {
    const lines = readDocx(docx(BODY)).text!.split('\n');
    assert.deepStrictEqual(lines.filter((l) => /^[一二三四五]、|^（[一二]）|^\d\.|^（\d）/.test(l)).map((l) => l.slice(0, 8)), [
      '一、预算单位基本', '二、预算收支出情', '三、资金使用及绩', '（一）整体支出绩', '（二）项目支出绩', '1.纸质档案扫描', '（1）扫描纸质档', '（2）建成档案数', '四、绩效管理存在', '五、其他需要说明',
    ]);
  });

  it('keeps accepted changes and field results, drops deletions, field codes, bookmarks and footnote marks', () => {
    const text = readDocx(docx(BODY)).text!;
    assert.match(text, /2023年支出120\.50万元，其中/);
    assert.doesNotMatch(text, /999\.99|PAGE|_GoBack|脚注/);
    assert.match(text, /完成扫描12万页，见第3页。/);
    assert.match(text, /^档案数字化经费\t20\.00\t25\.00\t22\.10\t2\.90$/m);
  });

  it('jixiao-lint checks a .docx: the table row that does not add up, nothing the numbering or debris would cause', () => {
    const r = run([inTemp('draft.docx', docx(BODY))]);
    const lines = r.out.trim().split('\n').filter((l) => /\[[a-z.-]+\]$/.test(l));
    assert.deepStrictEqual(lines.map((l) => /\[([a-z.-]+)\]$/.exec(l)![1]), ['amount.sum-mismatch'], r.out);
    assert.match(lines[0], /馆藏修复经费/);
    assert.match(lines[0], / 表格1 第3行 第4列“8\.00” error /, 'the Word place of the finding');
    assert.strictEqual(r.code, 1);
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
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-annotated-'));
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
