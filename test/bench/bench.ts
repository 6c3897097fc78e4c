/**
 * npm run bench: how long the engine takes per draft (median over many runs), whether time grows
 * linearly with size up to 5 MB for four shapes of input, and how long jixiao-lint takes over a
 * folder of 205 drafts beside markdownlint-cli2 on the same drafts. Timing is measured here, never asserted in the unit tests.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CancellationTokenSource } from 'vscode-languageserver-protocol';
import { lint } from '../../server/src/engine';
import { readDocx } from '../../server/src/model/docx';
import { BODY, docx } from '../tools/docx';
import { TestClient } from '../protocol/client';
import { HARDER_SHAPES, SHAPES as GROWN_SHAPES } from '../tools/shapes';

const ROOT = path.resolve(__dirname, '../../..');
const SEEDS = path.resolve(ROOT, '../shared/seeds');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn: () => void, runs: number): number {
  fn();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    t.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(t);
}

function drafts(): Array<{ name: string; text: string }> {
  const dirs = [SEEDS, path.join(ROOT, 'samples'), path.join(ROOT, 'test/fixtures/clean')].filter((d) => fs.existsSync(d));
  return dirs.flatMap((d) => fs.readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => ({ name: f, text: fs.readFileSync(path.join(d, f), 'utf8') })));
}

const all = drafts();
console.log('engine, per draft (median of 300 runs):');
const perDraft: number[] = [];
for (const d of all) {
  const ms = time(() => lint(d.text), 300);
  perDraft.push(ms);
  console.log(`  ${d.name.padEnd(48)} ${String(d.text.length).padStart(6)} chars  ${ms.toFixed(3)} ms`);
}
console.log(`  median over ${all.length} drafts: ${median(perDraft).toFixed(3)} ms (target < 1 ms)`);

// A long draft: the body of real drafts repeated, headings and all, so every rule has work.
const body = all.map((d) => d.text).join('\n');
const SHAPES: Array<[string, (bytes: number) => string]> = [['normal drafts', (n) => body.repeat(Math.ceil(n / Buffer.byteLength(body)))], ...GROWN_SHAPES];

const bin = path.join(ROOT, 'dist/cli.js');
const peer = path.join(ROOT, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');

function runMs(args: string[], cwd = ROOT): number {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28, cwd });
  if (r.status === null || r.status > 2) throw new Error(`${args[0]} failed: ${r.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

if (fs.existsSync(bin)) {
  // The command line on each 5 MB shape as a file: process start, reading and printing included.
  // Timed before the checks in this process: their large heap would have the collector's threads
  // here busy on the same processors while the command runs (a run took 2.7 s instead of 1.9).
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-bench-'));
  const peak = path.join(dir, 'peak.js');
  fs.writeFileSync(peak, "process.on('exit', () => process.stderr.write(`\\njixiao-bench-peak ${process.resourceUsage().maxRSS}\\n`));");
  console.log('jixiao-lint on one 5 MB file of each shape (median of 3 runs; wall time, and the largest peak resident memory of the process):');
  for (const [name, make] of [...SHAPES, ...HARDER_SHAPES]) {
    const text = make(5 * 1024 * 1024);
    const file = path.join(dir, 'draft.txt');
    fs.writeFileSync(file, text);
    const times: number[] = [];
    let kb = 0;
    for (let run = 0; run < 3; run++) {
      const start = process.hrtime.bigint();
      const r = spawnSync(process.execPath, ['-r', peak, bin, file], { encoding: 'utf8', maxBuffer: 1 << 30 });
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
      kb = Math.max(kb, Number(/jixiao-bench-peak (\d+)/.exec(r.stderr)?.[1] ?? NaN));
    }
    const ms = median(times);
    const bytes = Buffer.byteLength(text);
    console.log(`  ${name.padEnd(32)} ${(bytes / 1024 / 1024).toFixed(2)} MB: ${ms.toFixed(0)} ms (target < 2000), peak ${(kb / 1024).toFixed(0)} MiB (×${(kb * 1024 / bytes).toFixed(0)} the file)`);
  }
  fs.rmSync(dir, { recursive: true, force: true });
}

if (fs.existsSync(bin)) {
  // The same 205 drafts (the five seeds 41 times, else the drafts here) as .txt for us, .md for the peer.
  const sources = fs.existsSync(SEEDS) ? fs.readdirSync(SEEDS).map((f) => fs.readFileSync(path.join(SEEDS, f), 'utf8')) : all.map((d) => d.text);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-bench-'));
  fs.mkdirSync(path.join(dir, 'txt'));
  fs.mkdirSync(path.join(dir, 'md'));
  for (let i = 0; i < 205; i++) {
    fs.writeFileSync(path.join(dir, 'txt', `draft-${i}.txt`), sources[i % sources.length]);
    fs.writeFileSync(path.join(dir, 'md', `draft-${i}.md`), sources[i % sources.length]);
  }
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let i = 0; i < 5; i++) {
    ours.push(runMs([bin, '--format', 'json', path.join(dir, 'txt')]));
    if (fs.existsSync(peer)) theirs.push(runMs([peer, '**/*.md'], path.join(dir, 'md')));
  }
  console.log(`jixiao-lint over 205 drafts (process start included, median of 5): ${median(ours).toFixed(0)} ms`);
  if (theirs.length) {
    console.log(`markdownlint-cli2 over the same 205 drafts as .md (median of 5): ${median(theirs).toFixed(0)} ms`);
    console.log(`  ratio markdownlint-cli2 / jixiao-lint: ${(median(theirs) / median(ours)).toFixed(2)} (target: 5)`);
  }
  fs.rmSync(dir, { recursive: true, force: true });
} else console.log('jixiao-lint: dist/cli.js not built; run npm run build');

// In this process, after the commands above: the large heaps below would slow them.
console.log('engine, growth with size (one run each after a warm-up; ms, ms per MB, heap grown during the check and kept by its result, per byte of input):');
/** The result of the last check, held while its heap is measured and let go before the next. */
const held: { result?: unknown } = {};
/** A first check of each shape, so that V8 has compiled its paths (its result is not kept). */
function warmUp(text: string): void {
  lint(text);
}
for (const [name, make] of SHAPES) {
  const cells: string[] = [];
  for (const mb of [0.25, 0.5, 1, 2, 5]) {
    const text = make(mb * 1024 * 1024);
    if (mb === 0.25) warmUp(text);
    held.result = undefined;
    global.gc?.();
    global.gc?.();
    const heap = process.memoryUsage().heapUsed;
    const start = process.hrtime.bigint();
    held.result = lint(text);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    const grown = (process.memoryUsage().heapUsed - heap) / Buffer.byteLength(text);
    // What the report keeps (the result is still held) once the check's garbage is collected.
    global.gc?.();
    const kept = (process.memoryUsage().heapUsed - heap) / Buffer.byteLength(text);
    cells.push(`${mb} MB ${ms.toFixed(0)} ms (${(ms / mb).toFixed(0)}/MB, heap ×${grown.toFixed(1)}, kept ×${kept.toFixed(1)})`);
  }
  console.log(`  ${name.padEnd(14)} ${cells.join('  ')}`);
}
held.result = undefined;

// Word: reading a .docx (the test tools' draft), and a document of about 500 pages.
{
  const small = docx(BODY);
  const perDraft = time(() => readDocx(small), 200);
  const big = docx(BODY.repeat(650));
  const start = process.hrtime.bigint();
  const read = readDocx(big);
  const bigMs = Number(process.hrtime.bigint() - start) / 1e6;
  const pages = Math.round(read.text!.length / 600);
  console.log(`.docx reading: a draft ${perDraft.toFixed(2)} ms (median of 200); a document of about ${pages} pages (${Math.round(read.text!.length / 1024)} KB of text) ${bigMs.toFixed(0)} ms`);
}


/**
 * The language server on a draft of a million characters (about 3 MB, thousands of findings): how long after an edit fresh diagnostics arrive, and that
 * a request superseded by a newer edit is cancelled instead of computed.
 */
async function serverBench(): Promise<void> {
  if (!fs.existsSync(path.join(ROOT, 'dist/server.js'))) return;
  const client = new TestClient();
  try {
    await client.initialize({ pull: true });
    const text = body.repeat(Math.ceil((1024 * 1024) / body.length)).slice(0, 1024 * 1024);
    const uri = 'file:///bench/1mb.txt';
    await client.open(uri, text);
    let start = process.hrtime.bigint();
    const firstReport = await client.pull(uri);
    const first = Number(process.hrtime.bigint() - start) / 1e6;
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      await client.change(uri, text.replace('一、', i % 2 ? '一、' : '一、 '));
      start = process.hrtime.bigint();
      await client.pull(uri);
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    // Two quick edits: the pull for the first is cancelled by the client, as an editor does.
    const source = new CancellationTokenSource();
    await client.change(uri, text + '\n甲');
    const stale = client.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } }, source.token).then(() => 'answered', () => 'cancelled');
    source.cancel();
    await client.change(uri, text + '\n乙');
    start = process.hrtime.bigint();
    await client.pull(uri);
    const afterCancel = Number(process.hrtime.bigint() - start) / 1e6;
    // A hover on a small draft while the large draft is being checked (in its analysis worker).
    await client.open('file:///bench/small.txt', '一、基本情况\n2023年预算收入10万元，其中年初预算8万元，调整追加2万元。\n');
    const hovers: number[] = [];
    for (let i = 0; i < 5; i++) {
      await client.change(uri, text + '\n' + '丙'.repeat(i + 1));
      const checking = client.pull(uri);
      start = process.hrtime.bigint();
      await client.request('textDocument/hover', { textDocument: { uri: 'file:///bench/small.txt' }, position: { line: 1, character: 12 } });
      hovers.push(Number(process.hrtime.bigint() - start) / 1e6);
      await checking;
    }
    console.log(`language server, a draft of a million characters, about 3 MB, ${firstReport.items?.length ?? 0} diagnostics (pulled over stdio; large drafts are checked in analysis workers):`);
    console.log(`  first diagnostics ${first.toFixed(0)} ms; after an edit, median of 5: ${median(times).toFixed(0)} ms`);
    console.log(`  superseded request: ${await stale}; the newer one answered in ${afterCancel.toFixed(0)} ms`);
    console.log(`  hover on a small draft while the large draft is checked, median of 5: ${median(hovers).toFixed(1)} ms (target 50 ms)`);
  } finally {
    await client.stop();
  }
}

void serverBench().then(() => process.exit(0), (e) => {
  console.error(e);
  process.exit(1);
});
