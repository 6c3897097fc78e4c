import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { CompletionItem, Diagnostic } from 'vscode-languageserver-protocol';
import { TestClient } from './client';

/** Drafting from a blank page, outlines chosen per draft, and answers that name the content. */
const ROOT = path.resolve(__dirname, '../../..');
const fixture = (p: string) => fs.readFileSync(path.join(ROOT, 'test/fixtures', p), 'utf8').split('\n').filter((l) => !l.startsWith('#')).join('\n');

describe('language server: drafting and per-draft outlines', function () {
  this.timeout(20000);
  let client: TestClient;
  before(async () => {
    client = new TestClient();
    await client.initialize({ pull: true });
  });
  after(() => client.stop());

  it('offers the outlines by their Chinese names on a blank page, then the next heading once one is begun', async () => {
    const u = 'file:///draft/blank.txt';
    await client.open(u, '某县档案馆2024年度部门整体支出绩效自评报告\n\n');
    const first = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: u }, position: { line: 1, character: 0 } });
    const names = first.map((i) => i.label);
    assert.ok(names.some((n) => n.startsWith('株洲市区县部门整体支出绩效自评报告提纲')), names.join(', '));
    const zhuzhou = first.find((i) => i.command?.arguments?.[0] === 'zhuzhou-5')!;
    assert.strictEqual(zhuzhou.command!.command, 'jixiao.chooseOutline');
    assert.strictEqual((zhuzhou.textEdit as { newText: string }).newText, '一、预算单位基本情况');
    await client.change(u, '某县档案馆2024年度部门整体支出绩效自评报告\n一、预算单位基本情况\n本馆实有人数6人。\n');
    const next = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: u }, position: { line: 3, character: 0 } });
    assert.strictEqual(next[0]?.label, '二、预算收支出情况（按单位预算口径）');
  });

  it('an outline chosen for one draft changes that draft only', async () => {
    const hunan = 'file:///draft/hunan.txt';
    const zhuzhou = 'file:///draft/zhuzhou.txt';
    await client.open(hunan, fixture('clean/hunan-youth-palace.txt'));
    await client.open(zhuzhou, fixture('clean/zhuzhou-archive.txt'));
    const missing = async (u: string) => ((await client.pull(u)).items as Diagnostic[]).filter((d) => d.code === 'section.missing').length;
    assert.strictEqual(await missing(hunan), 0);
    await client.conn.sendNotification('jixiao/documentOutlines', { choices: { [zhuzhou]: 'hunan-10' } });
    assert.ok((await missing(zhuzhou)) > 0, 'the Zhuzhou draft checked against the Hunan outline it was given');
    assert.strictEqual(await missing(hunan), 0, 'the other draft keeps its own outline');
    await client.conn.sendNotification('jixiao/documentOutlines', { choices: { [zhuzhou]: 'auto' } });
    assert.strictEqual(await missing(zhuzhou), 0);
  });

  it('a result id names the content: a draft reopened with other text is never "unchanged"', async () => {
    const u = 'file:///draft/reopened.txt';
    await client.open(u, '一、基本情况\n青年的的桥梁。\n');
    const first = await client.pull(u);
    await client.conn.sendNotification('textDocument/didClose', { textDocument: { uri: u } });
    client.docs.delete(u);
    await client.open(u, '一、基本情况\n青年的桥梁，三八红旗手8 名。\n');
    const again = await client.pull(u, first.resultId);
    assert.strictEqual(again.kind, 'full');
    assert.deepStrictEqual(again.items!.map((d) => d.code), ['text.spacing']);
  });

  it('refuses a command that is not one of its own', async () => {
    await assert.rejects(client.request('workspace/executeCommand', { command: 'constructor', arguments: [{ uri: 'file:///x', version: 1 }] }), /unknown command/);
  });
});

describe('language server: the structure view follows the rules as configured', function () {
  this.timeout(20000);
  it('with amount.sum-mismatch off, no total is marked ✗', async () => {
    const client = new TestClient();
    try {
      await client.initialize({ pull: true, initSettings: { rules: { 'amount.sum-mismatch': 'off' } } });
      const u = 'file:///draft/sum-off.txt';
      await client.open(u, fixture('clean/zhuzhou-archive.txt').replace('其他资金来源10.00万元', '其他资金来源11.00万元'));
      const s = await client.request<{ parts: Array<{ totals: Array<{ ok: boolean; text: string }> }> }>('jixiao/reportStructure', { uri: u });
      const totals = s.parts.flatMap((p) => p.totals);
      assert.ok(totals.length > 0);
      assert.ok(totals.every((t) => t.ok && t.text.endsWith('✓')), totals.map((t) => t.text).join(', '));
    } finally {
      await client.stop();
    }
  });
});
