import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { strFromU8, unzipSync } from 'fflate';
import * as fs from 'fs';
import * as path from 'path';
import { encode } from '../../server/src/cli/encoding';
import { deal, threadsFor } from '../../server/src/cli/parallel';
import type { Plan } from '../../server/src/cli/plan';
import { BODY, docx, p, part } from '../tools/docx';
import { tempDir } from '../harness/temp';

/**
 * `jixiao-lint` over a folder with worker threads: stdout, stderr, exit status and the files
 * written are exactly what `--jobs 1` gives, for every format, `--fix`, `--fix-dry-run` and
 * `--annotate`; a worker that dies loses no file. The bundle is driven as a child process, as a
 * user runs it. Timing is measured by the benchmark, never asserted here.
 */
const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const FIXTURES = path.join(ROOT, 'test/fixtures');
const SEEDS = path.join(ROOT, '../shared/seeds');

function cli(args: string[], env: Record<string, string> = {}) {
  const { JIXIAO_JOBS: _jobs, JIXIAO_FAULT: _fault, ...rest } = process.env;
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 1 << 28, env: { ...rest, ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function copyTree(from: string, to: string): void {
  fs.mkdirSync(to, { recursive: true });
  for (const e of fs.readdirSync(from, { withFileTypes: true })) {
    if (e.isDirectory()) copyTree(path.join(from, e.name), path.join(to, e.name));
    else fs.copyFileSync(path.join(from, e.name), path.join(to, e.name));
  }
}

/**
 * The fixture drafts (and the seeds, when they are beside the repository), with what takes the
 * other paths of a check: a note that is no report (skipped), a binary file (an error), a GB18030
 * draft (a warning), two Word drafts of one name in two folders, and a draft that `--fix` changes.
 */
function makeFolder(): string {
  const dir = tempDir('parallel');
  copyTree(FIXTURES, path.join(dir, 'fixtures'));
  if (fs.existsSync(SEEDS)) copyTree(SEEDS, path.join(dir, 'seeds'));
  fs.writeFileSync(path.join(dir, 'notes.txt'), '会议记录：下周二讨论预算。\n');
  fs.writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x41, 0, 0x42, 0]));
  const gb = '某馆2023年度部门整体支出绩效自评报告\n一、预算单位基本情况\n本馆是青年的的桥梁，表彰三八红旗手8 名。\n';
  fs.writeFileSync(path.join(dir, 'gb18030.txt'), encode(gb, 'gb18030')!);
  fs.writeFileSync(path.join(dir, 'word.docx'), docx(BODY));
  fs.mkdirSync(path.join(dir, 'more'));
  fs.writeFileSync(path.join(dir, 'more/word.docx'), docx(p('某馆报告') + part('基本情况') + p('本馆是服务青年的的桥梁，常年开展活动。')));
  return dir;
}

/** Output with the folder's own path made neutral, so that two copies of a folder compare. */
function neutral(s: string, dir: string): string {
  return s.split(dir).join('<dir>');
}

function filesOf(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(path.relative(dir, p), fs.readFileSync(p));
    }
  };
  walk(dir);
  return out;
}

describe('jixiao-lint over a folder in parallel (--jobs)', function () {
  this.timeout(120000);
  let dir: string;
  before(() => {
    dir = makeFolder();
  });

  for (const format of ['text', 'json', 'sarif', 'html']) {
    it(`--format ${format}: stdout, stderr and exit status are the serial run's`, () => {
      const serial = cli(['--jobs', '1', '--format', format, dir]);
      assert.ok(serial.status === 1 || serial.status === 2, serial.stderr);
      assert.match(serial.stderr, /binary content/, 'the binary file takes the error path');
      for (const jobs of ['2', '3']) assert.deepStrictEqual(cli(['--jobs', jobs, '--format', format, dir]), serial, `--jobs ${jobs}`);
    });
  }

  it('--lang en, --rule and a glob give the same in parallel', () => {
    const args = ['--lang', 'en', '--rule', 'amount.unit=off', '--rule', 'text.spacing=error', `${dir}/**/*.txt`];
    const serial = cli(['--jobs', '1', ...args]);
    assert.match(serial.stdout, /file\(s\) checked/);
    assert.deepStrictEqual(cli(['--jobs', '2', ...args]), serial);
  });

  it('JIXIAO_JOBS sets the threads when --jobs is not given; --jobs wins; a bad count is a usage error', () => {
    const serial = cli(['--format', 'json', dir], { JIXIAO_JOBS: '1' });
    assert.deepStrictEqual(cli(['--format', 'json', dir], { JIXIAO_JOBS: '2' }), serial);
    assert.deepStrictEqual(cli(['--jobs', '2', '--format', 'json', dir], { JIXIAO_JOBS: '1' }), serial);
    for (const [args, env] of [[['--jobs', '0', dir], {}], [['--jobs', 'many', dir], {}], [[dir], { JIXIAO_JOBS: 'x' }]] as const) {
      const r = cli([...args], env);
      assert.strictEqual(r.status, 2, args.join(' '));
      assert.match(r.stderr, /whole number of threads/);
    }
  });

  it('--fix writes the same files with the same messages as the serial run', () => {
    const a = tempDir('fix-serial');
    const b = tempDir('fix-parallel');
    copyTree(dir, a);
    copyTree(dir, b);
    const serial = cli(['--jobs', '1', '--fix', a]);
    const parallel = cli(['--jobs', '2', '--fix', b]);
    assert.match(serial.stderr, /已修复\d+处/, 'some drafts are fixed');
    assert.deepStrictEqual({ ...parallel, stdout: neutral(parallel.stdout, b), stderr: neutral(parallel.stderr, b) }, { ...serial, stdout: neutral(serial.stdout, a), stderr: neutral(serial.stderr, a) });
    assert.deepStrictEqual(filesOf(b), filesOf(a));
    assert.notDeepStrictEqual(filesOf(a), filesOf(dir), 'the serial run changed files');
  });

  it('--fix-dry-run prints the same diffs and changes nothing', () => {
    const before = filesOf(dir);
    const serial = cli(['--jobs', '1', '--fix-dry-run', dir]);
    assert.match(serial.stdout, /^@@ /m);
    assert.deepStrictEqual(cli(['--jobs', '2', '--fix-dry-run', dir]), serial);
    assert.deepStrictEqual(filesOf(dir), before);
  });

  it('--fix through two names of one file writes it as the serial run does', () => {
    const a = tempDir('fix-link');
    const b = tempDir('fix-link');
    for (const d of [a, b]) {
      copyTree(path.join(dir, 'fixtures'), path.join(d, 'drafts'));
      fs.symlinkSync(path.join(d, 'drafts'), path.join(d, 'again'));
    }
    const serial = cli(['--jobs', '1', '--fix', path.join(a, 'drafts'), path.join(a, 'again')]);
    const parallel = cli(['--jobs', '2', '--fix', path.join(b, 'drafts'), path.join(b, 'again')]);
    assert.strictEqual(neutral(parallel.stderr, b), neutral(serial.stderr, a));
    assert.strictEqual(neutral(parallel.stdout, b), neutral(serial.stdout, a));
    assert.deepStrictEqual(filesOf(path.join(b, 'drafts')), filesOf(path.join(a, 'drafts')));
  });

  it('--annotate writes the same copies (two Word drafts of one name: the last one wins, as serially)', () => {
    const outs = ['1', '2'].map((jobs) => {
      const out = tempDir('annotate');
      const r = cli(['--jobs', jobs, '--annotate', out, dir]);
      const copies = [...filesOf(out)].map(([name, bytes]) => {
        const parts = unzipSync(bytes);
        // The comments carry the time they were made.
        return [name, strFromU8(parts['word/document.xml']), strFromU8(parts['word/comments.xml']).replace(/w:date="[^"]*"/g, '')];
      });
      return { ...r, stderr: neutral(r.stderr, out), copies };
    });
    assert.match(outs[0].stderr, /annotated copy <dir>\/word\.docx/);
    assert.strictEqual(outs[0].copies.length, 1);
    assert.deepStrictEqual(outs[1], outs[0]);
  });

  it('a worker thread that dies loses no file: its files are checked in the main thread, exit 2, said on stderr', () => {
    const serial = cli(['--jobs', '1', '--format', 'json', dir]);
    const r = cli(['--jobs', '2', '--format', 'json', dir], { JIXIAO_FAULT: 'worker' });
    assert.strictEqual(r.status, 2);
    // The worker starts long before the main thread is through the folder, and dies holding a file.
    assert.match(r.stderr, /^jixiao-lint: a worker thread failed \(JIXIAO_FAULT: a worker thread made to fail\); the 1 file\(s\) it had taken are checked in the main thread$/m);
    assert.strictEqual(r.stdout, serial.stdout, 'every file is in the report');
    assert.strictEqual(r.stderr.replace(/^jixiao-lint: a worker thread failed.*\n/m, ''), serial.stderr);
  });

  it('by default a second thread only for enough drafts to pay for its start; --jobs as asked; --fix keeps two names of one file in the main thread', () => {
    const plan = (files: string[], fix?: 'write'): Plan => ({ files, inFolder: new Set(), args: { fix } as Plan['args'], options: {}, status: 0 });
    const small = Array.from({ length: 12 }, (_, i) => path.join(dir, 'fixtures', fs.readdirSync(path.join(dir, 'fixtures'))[0], `x${i}.txt`));
    const big = path.join(dir, 'big');
    fs.mkdirSync(big, { recursive: true });
    const bigFiles = Array.from({ length: 12 }, (_, i) => path.join(big, `d${i}.txt`));
    for (const f of bigFiles) fs.writeFileSync(f, 'x'.repeat(64 * 1024));
    assert.strictEqual(threadsFor(deal(plan(small)), undefined, 2), 1, '12 missing files: nothing to read');
    assert.strictEqual(threadsFor(deal(plan(bigFiles)), undefined, 2), 2, '768 KB');
    assert.strictEqual(threadsFor(deal(plan(bigFiles)), undefined, 8), 3, 'a thread per 256 KB');
    assert.strictEqual(threadsFor(deal(plan(small)), 2, 2), 2, 'asked');
    assert.strictEqual(threadsFor(deal(plan(small)), 16, 2), 3, 'at most a thread per 4 files');
    const linked = deal(plan([bigFiles[0], path.join(big, '.', 'd0.txt'), ...bigFiles.slice(1)], 'write'));
    assert.deepStrictEqual(linked.pinned, [0, 1]);
    assert.strictEqual(linked.queue.files.length, 11);
  });
});
