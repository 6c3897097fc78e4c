import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { runCli } from '../../server/src/cli';
import { encode } from '../../server/src/cli/encoding';
import { tempDir } from '../harness/temp';

/**
 * `jixiao-lint --fix`: mechanical fixes only, written in the file's own encoding, BOM and line
 * breaks, atomically; bytes outside the edits unchanged; a read-only file refused untouched.
 */
function run(args: string[]) {
  let out = '';
  let err = '';
  const code = runCli(args, { stdout: (s) => (out += s), stderr: (s) => (err += s), stdin: () => Buffer.alloc(0) });
  return { code, out, err };
}

const DRAFT = [
  '某馆2023年度部门整体支出绩效自评报告',
  '一、预算单位基本情况',
  '本馆是青年的的桥梁，表彰三八红旗手8 名。',
  '二、预算收支出情况（按单位预算口径）',
  '2023年预算收入101.09万元，其中年初预算69.98万元，调整追加31.14万元。',
  '三、资金使用及绩效情况（包含单位管理的公共专项）',
  '（一）整体支出绩效情况',
  '完成扫描12万页。',
  '（一）项目支出绩效情况',
  '修复档案320卷。',
  '四、绩效管理存在的问题及下一步改进措施',
  '预算编制还不够精细。',
  '五、其他需要说明的情况',
  '无。',
].join('\n') + '\n';

const FIXED_LINES: Array<[number, string]> = [[2, '本馆是青年的桥梁，表彰三八红旗手8名。'], [8, '（二）项目支出绩效情况']];

function inTemp(name: string, bytes: Buffer): string {
  const dir = tempDir('fix');
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

/** The expected bytes: the draft with the fixed lines, encoded as the original was. */
function expected(eol: string, enc: (s: string) => Buffer, bom = Buffer.alloc(0)): Buffer {
  const lines = DRAFT.split('\n');
  for (const [i, text] of FIXED_LINES) lines[i] = text;
  return Buffer.concat([bom, enc(lines.join(eol))]);
}

describe('jixiao-lint --fix', () => {
  const cases: Array<[string, Buffer, Buffer]> = [
    ['UTF-8', Buffer.from(DRAFT), expected('\n', (s) => Buffer.from(s))],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(DRAFT)]), expected('\n', (s) => Buffer.from(s), Buffer.from([0xef, 0xbb, 0xbf]))],
    ['CRLF', Buffer.from(DRAFT.replace(/\n/g, '\r\n')), expected('\r\n', (s) => Buffer.from(s))],
    ['GB18030', encode(DRAFT, 'gb18030')!, expected('\n', (s) => encode(s, 'gb18030')!)],
  ];
  for (const [name, before, after] of cases) {
    it(`${name}: writes the mechanical fixes only, every other byte as it was`, () => {
      const file = inTemp('draft.txt', before);
      const r = run(['--fix', file]);
      const written = fs.readFileSync(file);
      assert.ok(written.equals(after), `${name}: bytes differ\n${written.toString('hex').slice(0, 200)}`);
      assert.match(r.err, /fixed 3/);
      // The income sum is a judgement: still reported, never changed.
      assert.strictEqual(r.code, 1);
      assert.match(r.out, /amount\.sum-mismatch/);
      assert.deepStrictEqual(fs.readdirSync(path.dirname(file)), ['draft.txt'], 'no temporary file left');
    });
  }

  it('a second --fix changes nothing', () => {
    const file = inTemp('draft.txt', Buffer.from(DRAFT));
    run(['--fix', file]);
    const once = fs.readFileSync(file);
    const r = run(['--fix', file]);
    assert.ok(fs.readFileSync(file).equals(once));
    assert.doesNotMatch(r.err, /fixed/);
  });

  it('refuses a read-only file with a clear message, exit 2, the file untouched', () => {
    const file = inTemp('draft.txt', Buffer.from(DRAFT));
    fs.chmodSync(file, 0o444);
    const r = run(['--fix', file]);
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /draft\.txt: not fixed: the file is read-only/);
    assert.ok(fs.readFileSync(file).equals(Buffer.from(DRAFT)));
  });

  it('--fix-dry-run prints a unified diff and writes nothing', () => {
    const file = inTemp('draft.txt', Buffer.from(DRAFT));
    const r = run(['--fix-dry-run', file]);
    assert.ok(fs.readFileSync(file).equals(Buffer.from(DRAFT)));
    assert.match(r.out, /^--- .*draft\.txt\n\+\+\+ .*draft\.txt\n@@ -1,12 \+1,12 @@\n/m);
    assert.match(r.out, /^-本馆是青年的的桥梁，表彰三八红旗手8 名。\n\+本馆是青年的桥梁，表彰三八红旗手8名。$/m);
    assert.match(r.out, /^-（一）项目支出绩效情况\n\+（二）项目支出绩效情况$/m);
  });

  it('a Markdown draft keeps its markup', () => {
    const md = DRAFT.replace(/^([一二三四五]、)/gm, '## $1').replace(/^（/gm, '### （');
    const file = inTemp('draft.md', Buffer.from(md));
    run(['--fix', file]);
    const text = fs.readFileSync(file, 'utf8');
    assert.match(text, /^### （二）项目支出绩效情况$/m);
    assert.match(text, /^本馆是青年的桥梁，表彰三八红旗手8名。$/m);
  });
});

describe('jixiao-lint reads drafts as they come', () => {
  const draft = '某馆2023年度部门整体支出绩效自评报告\n一、预算单位基本情况\n本馆是青年的的桥梁，全年开展活动12场，服务群众3000人次，档案数字化扫描8万页。\n';

  it('reads UTF-16 files with a byte-order mark, little- and big-endian', () => {
    for (const [name, bytes] of [
      ['le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(draft, 'utf16le')])],
      ['be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(draft, 'utf16le').swap16()])],
    ] as Array<[string, Buffer]>) {
      const r = run([inTemp(name, bytes)]);
      assert.match(r.out, /text\.duplicate-char/, name);
      assert.strictEqual(r.err, '', name);
    }
  });

  it('reads UTF-16 saved without a byte-order mark, says so, and --fix keeps it so; binary stays binary', () => {
    for (const [name, bytes, order] of [
      ['le-nobom.txt', Buffer.from(draft, 'utf16le'), 'UTF-16LE'],
      ['be-nobom.txt', Buffer.from(draft, 'utf16le').swap16(), 'UTF-16BE'],
    ] as Array<[string, Buffer, string]>) {
      const file = inTemp(name, bytes);
      const r = run([file]);
      assert.match(r.out, /text\.duplicate-char/, name);
      assert.strictEqual(r.err, `jixiao-lint: ${file}: read as ${order} (no byte-order mark)\n`);
      run(['--fix', file]);
      const fixed = fs.readFileSync(file);
      assert.strictEqual(fixed.length, bytes.length - 2, name);
      assert.deepStrictEqual(fixed.subarray(0, 4), bytes.subarray(0, 4), name);
    }
    let seed = 11;
    const junk = Buffer.from(Buffer.alloc(4000, 0).map((_, i) => (i % 7 === 0 ? 0 : (seed = (seed * 48271) % 2147483647) & 0xff)));
    assert.match(run([inTemp('junk.bin.txt', junk)]).err, /not a text file \(binary content\)/);
  });

  it('a UTF-8 draft with a corrupt byte is read as UTF-8 and says so, not as GB18030 mojibake', () => {
    const bytes = Buffer.from(draft + '全年完成档案数字化扫描8万页，接待查档群众1800余人次，馆藏安全无事故。\n'.repeat(6));
    const broken = Buffer.concat([bytes.subarray(0, 30), Buffer.from([0xff]), bytes.subarray(30)]);
    const r = run([inTemp('broken.txt', broken)]);
    assert.match(r.err, /read as UTF-8, but \d+ byte sequence\(s\) are not valid UTF-8/);
    assert.match(r.out, /“的”重复了/);
  });

  it('a GB18030 draft is read and said to be GB18030', () => {
    const r = run([inTemp('gb.txt', encode(draft, 'gb18030')!)]);
    assert.match(r.err, /read as GB18030/);
    assert.match(r.out, /text\.duplicate-char/);
  });

  it('follows symbolic links to drafts in a folder, and a link that loops ends', () => {
    const file = inTemp('真实草稿.txt', Buffer.from(draft));
    const dir = tempDir('links');
    fs.symlinkSync(file, path.join(dir, 'draft.txt'));
    fs.symlinkSync(dir, path.join(dir, 'loop'));
    const r = run([dir]);
    assert.match(r.out, /draft\.txt:3:\d+ warning .*text\.duplicate-char/);
    assert.strictEqual((r.out.match(/text\.duplicate-char/g) ?? []).length, 1);
  });
});
