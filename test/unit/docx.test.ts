import * as assert from 'assert';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { BODY, docx, p, part, W } from '../tools/docx';
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

describe('old Word files (.doc, .wps)', () => {
  it('are converted by LibreOffice when it is installed, else the message says to save as .docx', function () {
    this.timeout(120000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-doc-'));
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
