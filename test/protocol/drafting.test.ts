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

describe('language server: heading colours from its own reading', function () {
  this.timeout(20000);
  it('semantic tokens mark headings, not numbered list items', async () => {
    const client = new TestClient();
    try {
      const init = await client.initialize({ pull: true });
      const legend = (init.capabilities as { semanticTokensProvider: { legend: { tokenTypes: string[] } } }).semanticTokensProvider.legend;
      assert.deepStrictEqual(legend.tokenTypes, ['heading']);
      const u = 'file:///draft/tokens.txt';
      await client.open(u, '一、基本情况\n（一）主要职能\n1、团结、教育全区妇女，维护妇女儿童合法权益，承担区委交办的其他工作任务。\n2、承担妇女儿童工作委员会的日常工作，协调推进相关规划的落实。\n二、其他需要说明的情况\n无。\n');
      const { data } = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri: u } });
      const lines: number[] = [];
      for (let i = 0, line = 0; i < data.length; i += 5) lines.push((line += data[i]));
      assert.deepStrictEqual(lines, [0, 1, 4]);
    } finally {
      await client.stop();
    }
  });
});
