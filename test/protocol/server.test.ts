import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { CodeAction, CompletionItem, Diagnostic, DocumentSymbol, FoldingRange, Hover, TextEdit } from 'vscode-languageserver-protocol';
import { TestClient } from './client';

const ROOT = path.resolve(__dirname, '../../..');
const SHARED = path.resolve(ROOT, '../shared');
const SEEDS = path.join(SHARED, 'seeds');
const haveSeeds = fs.existsSync(path.join(SHARED, 'reference/seed-findings.json'));
const sample = fs.readFileSync(path.join(ROOT, 'samples', fs.readdirSync(path.join(ROOT, 'samples')).find((f) => f.includes('石峰区档案馆'))!), 'utf8');

interface Row { file: string; lines: number[]; code: string }

function codesByLine(diags: Diagnostic[]): string[] {
  return diags.map((d) => `${d.range.start.line + 1} ${d.code}`).sort();
}

describe('language server over stdio, pushing diagnostics (client without pull support)', function () {
  this.timeout(20000);
  let client: TestClient;
  before(async () => {
    client = new TestClient();
    const init = await client.initialize({ pull: false });
    const caps = init.capabilities as Record<string, unknown>;
    assert.strictEqual(caps.diagnosticProvider, undefined, 'no pull provider for a push-only client');
  });
  after(() => client.stop());

  (haveSeeds ? it : it.skip)('publishes every seed-findings.md finding after open', async () => {
    const spec = JSON.parse(fs.readFileSync(path.join(SHARED, 'reference/seed-findings.json'), 'utf8')) as { expect: Row[] };
    for (const file of fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt'))) {
      const uri = `file:///seeds/${file}`;
      const p = await client.open(uri, fs.readFileSync(path.join(SEEDS, file), 'utf8'), 'plaintext');
      const diags = p!.diagnostics;
      for (const row of spec.expect.filter((r) => r.file === file)) {
        assert.ok(diags.some((d) => d.code === row.code && row.lines.includes(d.range.start.line + 1)), `${file}: ${row.code} on ${row.lines}`);
      }
    }
  });

  it('publishes again after an edit, for the new version', async () => {
    const uri = 'file:///push/edit.txt';
    const first = await client.open(uri, '一、基本情况\n本单位是青年的的桥梁。\n');
    assert.deepStrictEqual(codesByLine(first!.diagnostics), ['2 text.duplicate-char']);
    const second = (await client.change(uri, '一、基本情况\n本单位是青年的桥梁。\n'))!;
    assert.strictEqual(second.version, 2);
    assert.deepStrictEqual(second.diagnostics, []);
  });

  it('takes settings from didChangeConfiguration when the client has no configuration requests', async () => {
    const uri = 'file:///push/settings.txt';
    await client.open(uri, '一、基本情况\n本单位是青年的的桥梁。\n');
    const next = client.nextDiagnostics(uri);
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: { jixiao: { rules: { 'text.duplicate-char': 'off' } } } });
    assert.deepStrictEqual((await next).diagnostics, []);
    const back = client.nextDiagnostics(uri);
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: { jixiao: { language: 'en' } } });
    assert.match(String((await back).diagnostics[0].message), /written twice/);
  });

  it('survives binary junk and answers the next request', async () => {
    const bytes = Buffer.alloc(5000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
    const p = await client.open('file:///push/junk.txt', bytes.toString('utf8'));
    assert.deepStrictEqual(p!.diagnostics, []);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: 'file:///push/junk.txt' } });
    assert.deepStrictEqual(symbols, []);
  });
});

describe('language server over stdio, pull diagnostics and features', function () {
  this.timeout(20000);
  let client: TestClient;
  const uri = 'file:///pull/石峰区档案馆自评报告.txt';
  before(async () => {
    client = new TestClient();
    const init = await client.initialize({ pull: true, configuration: true });
    assert.ok((init.capabilities as Record<string, unknown>).diagnosticProvider);
    void client.open(uri, sample);
  });
  after(() => client.stop());

  it('answers a diagnostic pull, then "unchanged" for the same version', async () => {
    const full = await client.pull(uri);
    assert.strictEqual(full.kind, 'full');
    assert.ok(full.items!.some((d) => d.code === 'amount.sum-mismatch' && d.range.start.line === 8));
    const again = await client.pull(uri, full.resultId);
    assert.strictEqual(again.kind, 'unchanged');
  });

  it('every quick fix edits the text so that its finding goes and no other comes', async () => {
    const items = (await client.pull(uri)).items!;
    let checked = 0;
    for (const d of items) {
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] },
      });
      for (const a of actions) {
        const change = a.edit!.documentChanges![0] as { textDocument: { version: number }; edits: TextEdit[] };
        assert.strictEqual(change.textDocument.version, 1);
        const { TextDocument } = await import('vscode-languageserver-textdocument');
        const fixed = TextDocument.applyEdits(client.docs.get(uri)!, change.edits);
        const other = new TestClient();
        await other.initialize({ pull: false });
        const after = (await other.open('file:///check.txt', fixed))!.diagnostics;
        await other.stop();
        const count = (ds: Diagnostic[], code: unknown) => ds.filter((x) => x.code === code).length;
        assert.ok(count(after, d.code) < count(items, d.code), `"${a.title}" did not remove ${d.code}`);
        checked++;
      }
    }
    assert.ok(checked >= 8, `only ${checked} fixes`);
  });

  it('titles fixes in Chinese, as the drafter reads them', async () => {
    const items = (await client.pull(uri)).items!;
    const titles: string[] = [];
    for (const d of items) {
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
      titles.push(...actions.map((a) => a.title));
    }
    assert.ok(titles.includes('改为“（二）”'), titles.join(' | '));
    assert.ok(titles.includes('删除模板说明文字'));
    // A judgement fix says what it asserts.
    assert.ok(titles.includes('将预算收入改为121.50万元（按98.20＋12.30＋11.00计算）'), titles.join('\n'));
    assert.ok(titles.some((t) => t.startsWith('修复全部')));
  });

  it('hover shows the arithmetic of a total', async () => {
    const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 8, character: 12 } });
    const text = (h.contents as { value: string }).value;
    assert.match(text, /预算收入 120\.50万元/);
    assert.match(text, /120\.50 = 98\.20 \+ 12\.30 \+ 11\.00 ✗/);
    const ok = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 9, character: 10 } });
    assert.match((ok.contents as { value: string }).value, /120\.50 = 85\.40 \+ 30\.10 \+ 5\.00 ✓/);
    const none = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 6, character: 3 } });
    assert.strictEqual(none, null);
  });

  it('document symbols give the outline with key figures, and folding follows the parts', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepStrictEqual(symbols.map((s) => s.name), [
      '一、预算单位基本情况', '二、预算收支出情况（按单位预算口径）', '三、资金使用及绩效情况（包含单位管理的公共专项）',
      '四、绩效管理存在的问题及下一步改进措施', '其他需要说明的情况',
    ]);
    assert.match(symbols[1].detail!, /预算收入120\.50万元 ✗ · 支出120\.50万元 ✓/);
    const three = symbols[2].children!.map((c) => c.name);
    assert.deepStrictEqual(three, ['（一）整体支出绩效情况', '（一）项目支出绩效情况']);
    assert.ok(symbols[2].children![1].children!.some((c) => c.name.startsWith('1．项目“档案数字化经费”')));
    const folds = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
    assert.ok(folds.some((f) => f.startLine === 10 && f.endLine === 21), JSON.stringify(folds));
  });

  it('completion offers the next part the outline expects, numbered, and part 二\'s fixed sentences', async () => {
    const doc = '一、预算单位基本情况\n区档案馆负责档案工作，截至2023年末实有人数3人。\n二、预算收支出情况（按单位预算口径）\n\n';
    const u = 'file:///pull/completion.txt';
    await client.open(u, doc);
    const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: u }, position: { line: 3, character: 0 } });
    assert.strictEqual(items[0].label, '三、资金使用及绩效情况（包含单位管理的公共专项）');
    assert.ok(items[0].preselect);
    const snippet = items.find((i) => i.kind === 15 && String((i.textEdit as TextEdit).newText).startsWith('2023年预算收入${1:A}万元'));
    assert.ok(snippet, items.map((i) => i.label).join(' | '));
    assert.strictEqual(snippet!.insertTextFormat, 2);
  });

  it('refuses a stale code action: diagnostics of an older version give no fix', async () => {
    const u = 'file:///pull/stale.txt';
    await client.open(u, '一、基本情况\n本单位是青年的的桥梁。\n');
    const old = (await client.pull(u)).items!;
    assert.strictEqual(old.length, 1);
    await client.change(u, '一、基本情况\n新的一行。\n本单位是青年的的桥梁。\n');
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: u }, range: old[0].range, context: { diagnostics: old, only: ['quickfix'] } });
    assert.deepStrictEqual(actions, []);
  });

  it('commands: fix all, renumber and insert missing parts edit the document through applyEdit', async () => {
    const u = 'file:///pull/commands.txt';
    await client.open(u, '一、预算单位基本情况\n区档案馆负责的的档案工作。\n3、预算收支出情况（按单位预算口径）\n预算收入10万元。\n五、其他需要说明的情况\n无。\n');
    const renumber = await client.request<{ applied: boolean; count: number }>('workspace/executeCommand', { command: 'jixiao.server.renumberHeadings', arguments: [{ uri: u, version: 1 }] });
    assert.deepStrictEqual(renumber, { applied: true, count: 1 });
    assert.match(client.text(u), /^二、预算收支出情况/m);
    const stale = await client.request<{ applied: boolean; reason?: string }>('workspace/executeCommand', { command: 'jixiao.server.insertMissingParts', arguments: [{ uri: u, version: 1 }] });
    assert.strictEqual(stale.reason, 'stale');
    const insert = await client.request<{ applied: boolean; count: number }>('workspace/executeCommand', { command: 'jixiao.server.insertMissingParts', arguments: [{ uri: u, version: 2 }] });
    assert.ok(insert.applied);
    assert.match(client.text(u), /三、资金使用及绩效情况（包含单位管理的公共专项）\n（一）整体支出绩效情况\n（二）项目支出绩效情况\n四、绩效管理存在的问题及下一步改进措施\n五、其他需要说明的情况/);
    const fixAll = await client.request<{ applied: boolean; count: number }>('workspace/executeCommand', { command: 'jixiao.server.fixAll', arguments: [{ uri: u, version: 3 }] });
    assert.ok(fixAll.applied && fixAll.count > 0);
    // Fix-all is mechanical: the doubled 的 goes, but no 无。 is written into the inserted parts.
    assert.match(client.text(u), /区档案馆负责的档案工作。/);
    assert.strictEqual(client.text(u).split('无。').length - 1, 1);
  });

  it('the report structure request lists every outline part with its state and totals', async () => {
    const s = await client.request<{ outline: string; parts: Array<{ label: string; status: string; totals: Array<{ text: string; ok: boolean }>; children: unknown[] }> }>('jixiao/reportStructure', { uri });
    assert.strictEqual(s.outline, 'zhuzhou-5');
    assert.deepStrictEqual(s.parts.map((p) => p.status), ['present', 'errors', 'errors', 'present', 'errors']);
    assert.deepStrictEqual(s.parts[1].totals.map((t) => [t.text, t.ok]), [['预算收入120.50万元 ✗', false], ['支出120.50万元 ✓', true], ['项目支出30.10万元 ✓', true]]);
  });

  it('a setting change (rule off, outline chosen) takes effect without a restart', async () => {
    client.settings = { rules: { 'amount.sum-mismatch': 'off' } };
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const deadline = Date.now() + 5000;
    let items = (await client.pull(uri)).items!;
    while (items.some((d) => d.code === 'amount.sum-mismatch') && Date.now() < deadline) {
      await new Promise((r) => setImmediate(r));
      items = (await client.pull(uri)).items!;
    }
    assert.ok(!items.some((d) => d.code === 'amount.sum-mismatch'));
    client.settings = {};
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
  });
});
