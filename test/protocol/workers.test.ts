import * as assert from 'assert';
import type { Hover } from 'vscode-languageserver-protocol';
import { lint } from '../../server/src/engine';
import { TestClient, waitFor, withServer } from './client';

/**
 * Large drafts are checked in analysis workers (JIXIAO_WORKER_MIN_CHARS sets how large; 20,000
 * characters by default): the server's message loop stays free, typing drops work that became
 * stale, and a worker that dies or overruns costs one answer, not the server.
 */
const SMALL = '一、基本情况\n2023年预算收入10万元，其中年初预算8万元，调整追加2万元。\n';
const TABLE_HEAD = '项目名称\t年初预算\t全年预算数\t全年执行数\t结余结转\t执行率\n';
/** A wide table of about `rows` rows: seconds of checking at 30,000 rows. */
function bigTable(rows: number): string {
  return TABLE_HEAD + Array.from({ length: rows }, (_, i) => `${i + 1}、项目经费${i}\t8.00\t8.00\t7.60\t0.40\t95.00%`).join('\n');
}
const hoverSmall = (client: TestClient) =>
  client.request<Hover | null>('textDocument/hover', { textDocument: { uri: 'file:///w/small.txt' }, position: { line: 1, character: 12 } });

describe('language server: large drafts are checked in workers', function () {
  this.timeout(60000);

  it('answers a hover on a small draft while a large one is being checked, before the large one', async () => {
    await withServer({}, async (client) => {
      await client.open('file:///w/big.txt', bigTable(30000));
      await client.open('file:///w/small.txt', SMALL);
      const order: string[] = [];
      const big = client.pull('file:///w/big.txt').then((r) => (order.push('big'), r));
      const hover = hoverSmall(client).then((h) => (order.push('hover'), h));
      const [bigResult, hoverResult] = await Promise.all([big, hover]);
      assert.deepStrictEqual(order, ['hover', 'big']);
      assert.ok(hoverResult, 'the small draft has a hover on its total');
      assert.strictEqual(bigResult.kind, 'full');
    });
  });

  it('a worker started ahead of need warms up, stops when no large draft comes, and a large draft later gets a new one', async () => {
    await withServer({ JIXIAO_WORKER_IDLE_MS: '1500' }, async (client) => {
      await client.open('file:///w/small.txt', SMALL);
      await waitFor(client.logMessage(/warmed up in \d+ ms/), 30000, 'the worker to warm up');
      await waitFor(client.logMessage(/stopped after 2 s without a large draft/), 30000, 'the idle worker to stop');
      // Every row's 执行率 wrong: 7.60 of 8.00 is 95.00%.
      const wrongRates = bigTable(2000).replace(/95\.00%/g, '96.00%');
      await client.open('file:///w/big.txt', wrongRates);
      const r = await waitFor(client.pull('file:///w/big.txt'), 30000, 'the large draft checked by a new worker');
      assert.strictEqual(r.kind, 'full');
      assert.strictEqual((r.items ?? []).length, lint(wrongRates).findings.length);
      assert.ok((r.items ?? []).length >= 2000);
      assert.deepStrictEqual(client.logged.filter((m) => /failed|stopped \(exit/.test(m)), []);
    });
  });

  it('drops a check made stale by a newer edit, and asks the client to pull again', async () => {
    await withServer({}, async (client) => {
      const text = bigTable(12000);
      await client.open('file:///w/typing.txt', text);
      // The first check keeps the worker busy while two edits arrive behind it.
      const first = client.pull('file:///w/typing.txt');
      await client.change('file:///w/typing.txt', text + '\n甲');
      const stale = client.pull('file:///w/typing.txt').then(() => undefined, (e: { code?: number; data?: unknown }) => e);
      await client.change('file:///w/typing.txt', text + '\n乙');
      const latest = await client.pull('file:///w/typing.txt');
      await first;
      const error = await stale;
      assert.strictEqual(error?.code, -32802, 'ServerCancelled');
      assert.deepStrictEqual(error?.data, { retriggerRequest: true });
      assert.strictEqual(latest.kind, 'full');
    });
  });

  it('a worker that dies costs its answer only: logged, said once, and the server goes on', async () => {
    await withServer({ JIXIAO_FAULT: 'analysis-worker', JIXIAO_WORKER_MIN_CHARS: '1000' }, async (client) => {
      await client.open('file:///w/big.txt', bigTable(100));
      await client.open('file:///w/small.txt', SMALL);
      const r = await waitFor(client.pull('file:///w/big.txt'), 20000, 'an answer after the worker died');
      assert.deepStrictEqual(r.items, []);
      assert.ok(client.logged.some((m) => /analysis worker stopped/.test(m)), client.logged.join('\n'));
      await waitFor(client.pull('file:///w/big.txt'), 20000, 'a second answer');
      assert.strictEqual(client.shown.filter((m) => /检查此草稿时出错/.test(m)).length, 1);
      assert.ok(await hoverSmall(client), 'the small draft, checked by the server itself, still has its hover');
    });
  });

  it('a check that overruns its time stops its worker, and the server goes on answering', async () => {
    await withServer({ JIXIAO_WORKER_TIMEOUT_MS: '1', JIXIAO_WORKER_MIN_CHARS: '1000' }, async (client) => {
      await client.open('file:///w/big.txt', bigTable(20000));
      const r = await waitFor(client.pull('file:///w/big.txt'), 20000, 'an answer after the overrun');
      assert.deepStrictEqual(r.items, []);
      assert.ok(client.logged.some((m) => /took longer than 1 ms/.test(m)), client.logged.join('\n'));
      await client.open('file:///w/small.txt', SMALL);
      assert.ok(await hoverSmall(client));
    });
  });

  it('the workspace check of many drafts runs in a worker and gives the same diagnostics', async () => {
    const files = Array.from({ length: 40 }, (_, i) => ({ uri: `file:///w/d${i}.txt`, text: SMALL.replace('10万元', `${10 + i}万元`).repeat(40) }));
    const answers: unknown[] = [];
    const envs: Array<Record<string, string>> = [{ JIXIAO_WORKER_MIN_CHARS: '100000000' }, { JIXIAO_WORKER_MIN_CHARS: '20000' }];
    for (const env of envs) {
      await withServer(env, async (client) => {
        answers.push(await client.request('jixiao/checkTexts', { files }));
      });
    }
    assert.ok((answers[0] as Array<{ diagnostics: unknown[] }>).some((f) => f.diagnostics.length > 0), 'the drafts have findings');
    assert.deepStrictEqual(answers[1], answers[0]);
  });
});
