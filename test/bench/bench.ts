/**
 * npm run bench: how long the engine takes per draft (median over many runs) for seed-sized drafts
 * and for a 1 MB draft, whether time grows linearly with size, and how long jixiao-lint takes over
 * a folder of 200 drafts. Timing is measured here, never asserted in the unit tests.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CancellationTokenSource } from 'vscode-languageserver-protocol';
import { lint } from '../../server/src/engine';
import { TestClient } from '../protocol/client';

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
console.log('engine, growth with size (median of 5 runs):');
let perKb1mb = 0;
for (const kb of [128, 256, 512, 1024]) {
  const text = body.repeat(Math.ceil((kb * 1024) / body.length)).slice(0, kb * 1024);
  const ms = time(() => lint(text), 5);
  if (kb === 1024) perKb1mb = ms;
  console.log(`  ${String(kb).padStart(5)} KB  ${ms.toFixed(1).padStart(8)} ms  ${(ms / kb).toFixed(3)} ms/KB`);
}
console.log(`  1 MB draft: ${perKb1mb.toFixed(1)} ms`);

const bin = path.join(ROOT, 'dist/cli.js');
if (fs.existsSync(bin)) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-bench-'));
  for (let i = 0; i < 200; i++) fs.writeFileSync(path.join(dir, `draft-${String(i).padStart(3, '0')}.txt`), all[i % all.length].text);
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [bin, '--format', 'json', dir], { encoding: 'utf8', maxBuffer: 1 << 28 });
    runs.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (r.status !== 0 && r.status !== 1) throw new Error(`jixiao-lint failed: ${r.stderr}`);
  }
  console.log(`jixiao-lint over a folder of 200 drafts (process start included, median of 3): ${median(runs).toFixed(0)} ms`);
  fs.rmSync(dir, { recursive: true, force: true });
} else console.log('jixiao-lint: dist/cli.js not built; run npm run build');

/**
 * The language server on a 1 MB draft: how long after an edit fresh diagnostics arrive, and that
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
    await client.pull(uri);
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
    console.log('language server, 1 MB draft (pull diagnostics over stdio):');
    console.log(`  first diagnostics ${first.toFixed(0)} ms; after an edit, median of 5: ${median(times).toFixed(0)} ms`);
    console.log(`  superseded request: ${await stale}; the newer one answered in ${afterCancel.toFixed(0)} ms`);
    console.log('  (the editor never waits: checking runs in the server process while the user types)');
  } finally {
    await client.stop();
  }
}

void serverBench().then(() => process.exit(0), (e) => {
  console.error(e);
  process.exit(1);
});
