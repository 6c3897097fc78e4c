import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { runCli } from '../../server/src/cli';
import { tempDir } from '../harness/temp';

const ROOT = path.resolve(__dirname, '../../..');
const FIXTURES = path.join(ROOT, 'test/fixtures');
const CLEAN = path.join(FIXTURES, 'clean/zhuzhou-archive.txt');

function run(args: string[], stdin = '') {
  let out = '';
  let err = '';
  const code = runCli(args, { stdout: (s) => (out += s), stderr: (s) => (err += s), stdin: () => Buffer.from(stdin) });
  return { code, out, err };
}

function tmpdir(): string {
  return tempDir('cli');
}

const BAD = '一、基本情况\n本单位是青年的的桥梁。\n二、其他需要说明的情况\n没有请写明“无其他需要说明的情况”。\n';

describe('jixiao-lint', () => {
  it('prints file:line:col severity message [rule] and a closing count', () => {
    const dir = tmpdir();
    const file = path.join(dir, 'draft.txt');
    fs.writeFileSync(file, BAD);
    const r = run([file]);
    assert.strictEqual(r.code, 1);
    assert.match(r.out, new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2:7 warning “的”重复了：“的的” \\[text.duplicate-char\\]$`, 'm'));
    assert.match(r.out, /:4:1 error .* \[template\.instruction\]$/m);
    assert.match(r.out, /检查了1个文件：1个错误，1个警告/);
  });

  it('exits 0 on a clean draft', () => {
    const r = run([CLEAN]);
    assert.strictEqual(r.code, 0, r.out);
  });

  it('writes JSON with LSP ranges, the outline name and English messages', () => {
    const r = run(['--format', 'json', '--lang', 'en', path.join(ROOT, 'samples')]);
    const json = JSON.parse(r.out);
    assert.ok(Array.isArray(json) && json.length === 2);
    const first = json.find((f: { template: string }) => f.template === 'zhuzhou-5');
    assert.ok(first, 'the Zhuzhou sample is recognised');
    const d = first.diagnostics.find((x: { code: string }) => x.code === 'amount.sum-mismatch');
    assert.deepStrictEqual(Object.keys(d).sort(), ['code', 'message', 'range', 'severity']);
    assert.strictEqual(d.severity, 'error');
    assert.deepStrictEqual(d.range.start, { line: 8, character: 9 });
    assert.match(d.message, /does not equal the sum of its parts/);
  });

  it('writes SARIF 2.1.0', () => {
    const r = run(['--format=sarif', CLEAN, path.join(ROOT, 'samples')]);
    const sarif = JSON.parse(r.out);
    assert.strictEqual(sarif.version, '2.1.0');
    assert.ok(sarif.runs[0].tool.driver.rules.length >= 14);
    const res = sarif.runs[0].results[0];
    assert.ok(res.ruleId && res.locations[0].physicalLocation.region.startLine >= 1);
  });

  it('--rule turns a rule off or changes its severity', () => {
    const dir = tmpdir();
    const file = path.join(dir, 'd.txt');
    fs.writeFileSync(file, BAD);
    const off = run(['--rule', 'template.instruction=off', file]);
    assert.strictEqual(off.code, 0);
    assert.doesNotMatch(off.out, /template\.instruction/);
    const err = run(['--rule', 'text.duplicate-char=error', '--rule', 'template.instruction=off', file]);
    assert.strictEqual(err.code, 1);
    assert.match(err.out, /error .*text\.duplicate-char/);
  });

  it('usage errors exit 2 with a message', () => {
    for (const args of [['--format', 'xml', CLEAN], ['--rule', 'no.such=off', CLEAN], ['--rule', 'amount.unit=loud', CLEAN], ['--bogus'], []]) {
      const r = run(args);
      assert.strictEqual(r.code, 2, args.join(' '));
      assert.match(r.err, /jixiao-lint: /);
    }
  });

  it('an unreadable or binary file exits 2 naming it, and the others are still checked', () => {
    const dir = tmpdir();
    fs.writeFileSync(path.join(dir, 'junk.txt'), Buffer.from([0x00, 0xff, 0x10, 0x80, 0x00]));
    const r = run([path.join(dir, 'junk.txt'), path.join(dir, 'missing.txt'), CLEAN]);
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /junk\.txt: not a text file/);
    assert.match(r.err, /missing\.txt: no such file/);
    assert.match(r.out, /检查了1个文件/);
  });

  it('a file longer than any draft exits 2 saying it was not checked, and the others are still checked', () => {
    const dir = tmpdir();
    const huge = path.join(dir, 'huge.txt');
    fs.writeFileSync(huge, '一、基本情况\n' + '支出58.59万元，的的。\n'.repeat(600_000));
    const r = run([huge, CLEAN]);
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /huge\.txt: not checked: the text has \d\.\d M characters, more than the 6\.0 M/);
    assert.doesNotMatch(r.out, /huge\.txt:/);
    assert.match(r.out, /检查了1个文件/);
  });

  it('reads GB18030 drafts, standard input and globs; directories yield the .txt and .md drafts that read as reports', () => {
    const dir = tmpdir();
    const titled = '某馆2023年度部门整体支出绩效自评报告\n' + BAD;
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.writeFileSync(path.join(dir, 'sub', 'a.md'), titled);
    fs.writeFileSync(path.join(dir, 'b.txt'), titled);
    fs.writeFileSync(path.join(dir, 'notes.txt'), '会议纪要\n周一上午开会，讨论档案整理。\n');
    fs.writeFileSync(path.join(dir, 'c.docx'), 'not a draft');
    const viaDir = run(['--format', 'json', dir]);
    assert.deepStrictEqual(JSON.parse(viaDir.out).map((f: { file: string }) => path.basename(f.file)).sort(), ['a.md', 'b.txt']);
    assert.match(viaDir.err, /c\.docx: not a \.docx file/);
    assert.match(run([dir]).out, /检查了2个文件.*；跳过了1个不是自评报告的文件/);
    assert.match(run([path.join(dir, 'notes.txt')]).out, /检查了1个文件/, 'a file named explicitly is always checked');
    const viaGlob = run(['--format', 'json', path.join(dir, '**/*.md')]);
    assert.deepStrictEqual(JSON.parse(viaGlob.out).map((f: { file: string }) => path.basename(f.file)), ['a.md']);
    const viaStdin = run(['-'], BAD);
    assert.match(viaStdin.out, /^<stdin>:2:7 /m);
  });

  it('reads a draft saved as GB18030', () => {
    const iconv = spawnSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: BAD });
    if (iconv.status !== 0) return;
    const dir = tmpdir();
    fs.writeFileSync(path.join(dir, 'gb.txt'), iconv.stdout);
    const r = run([path.join(dir, 'gb.txt')]);
    assert.match(r.out, /“的”重复了/);
  });

  it('--template takes a name or an outline file, and names the bad field of a broken one', () => {
    const named = run(['--format', 'json', '--template', 'hunan-10', CLEAN]);
    assert.strictEqual(JSON.parse(named.out)[0].template, 'hunan-10');
    const dir = tmpdir();
    const good = path.join(dir, 'my-outline.json');
    fs.writeFileSync(good, JSON.stringify({ name: 'my', title: '我的提纲', parts: [{ id: '一', title: '基本情况' }, { id: '二', title: '其他需要说明的情况' }] }));
    const custom = run(['--format', 'json', '--template', good, CLEAN]);
    assert.strictEqual(JSON.parse(custom.out)[0].template, 'my');
    const bad = path.join(dir, 'bad.json');
    fs.writeFileSync(bad, JSON.stringify({ name: 'x', title: 't', parts: [{ id: '一', title: '' }] }));
    const r = run(['--template', bad, CLEAN]);
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /parts\[0\]\.title: must be a non-empty string/);
    const declaring = path.join(dir, 'declaring.json');
    fs.writeFileSync(declaring, JSON.stringify({
      name: 'declaring', title: '提纲', coverInstructions: [{ text: '（填报单位名称）', kind: 'placeholder' }],
      parts: [{ id: '一', title: '基本情况' }, { id: '二', title: '其他需要说明的情况' }],
    }));
    const draft = path.join(dir, 'declaring-draft.txt');
    fs.writeFileSync(draft, '（填报单位名称）\n一、基本情况\n无。\n二、其他需要说明的情况\n无。\n');
    const placeholders = run(['--template', declaring, draft]);
    assert.match(placeholders.out, /:1:1 warning “（填报单位名称）”是提纲中的占位文字.*\[template\.placeholder\]/);
    const unknown = run(['--template', 'nowhere-3', CLEAN]);
    assert.match(unknown.err, /unknown outline "nowhere-3"/);
  });

  it('the built bundle runs as a program with the same exit codes', function () {
    this.timeout(20000);
    const bin = path.join(ROOT, 'dist/cli.js');
    const clean = spawnSync(process.execPath, [bin, CLEAN], { encoding: 'utf8' });
    assert.strictEqual(clean.status, 0, clean.stderr);
    const samples = spawnSync(process.execPath, [bin, path.join(ROOT, 'samples')], { encoding: 'utf8' });
    assert.strictEqual(samples.status, 1);
    assert.match(samples.stdout, /\[amount\.sum-mismatch\]/);
    const usage = spawnSync(process.execPath, [bin, '--nope'], { encoding: 'utf8' });
    assert.strictEqual(usage.status, 2);
  });
});
