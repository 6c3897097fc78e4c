import * as assert from 'assert';
import type { Hover } from 'vscode-languageserver-protocol';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { lint } from '../../server/src/engine';
import { waitFor, withServer } from './client';

/**
 * Typing into a 300 KB draft while a second large draft is being checked: the time from each edit
 * to its diagnostics, and how long a hover on a third, small draft waits meanwhile. Printed, not
 * asserted: speed is measured, never a pass/fail in the tests.
 */
describe('language server: latencies while another draft is checked (printed)', function () {
  this.timeout(60000);
  it('records keystroke → diagnostics on 300 KB and a hover on another draft', async () => {
    await withServer({}, async (client) => {
      const para = '2023年支出58.59万元，其中基本支出46.64万元，项目支出0.87万元，结余结转11.08万元。三八红旗手8 名。\n';
      const big = '一、预算单位基本情况\n' + para.repeat(Math.ceil((300 * 1024) / (para.length * 3)));
      await client.open('file:///lat/typing.txt', big);
      await client.open('file:///lat/other.txt', big.replace(/2023/g, '2024'));
      await client.open('file:///lat/small.txt', '一、基本情况\n2023年预算收入10万元，其中年初预算8万元，调整追加2万元。\n');
      const typing: number[] = [];
      const hovers: number[] = [];
      let text = big;
      let otherText = big.replace(/2023/g, '2024');
      for (let i = 0; i < 7; i++) {
        text = text.replace('一、预算单位基本情况\n', `一、预算单位基本情况\n${i % 2 ? '的' : '了'}`);
        otherText = otherText.replace('一、预算单位基本情况\n', '一、预算单位基本情况\n又');
        await client.change('file:///lat/other.txt', otherText);
        await client.change('file:///lat/typing.txt', text);
        // The other draft is being checked when the keystroke's diagnostics and the hover are asked for.
        const other = client.pull('file:///lat/other.txt');
        const started = Date.now();
        const hover = client.request<Hover | null>('textDocument/hover', { textDocument: { uri: 'file:///lat/small.txt' }, position: { line: 1, character: 12 } }).then(() => hovers.push(Date.now() - started));
        await client.pull('file:///lat/typing.txt');
        typing.push(Date.now() - started);
        await Promise.all([other, hover]);
      }
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      console.log(`      300 KB draft: edit → diagnostics median ${median(typing)} ms; hover on a small draft meanwhile: median ${median(hovers)} ms (target 50 ms)`);
      assert.strictEqual(typing.length, 7);
    });
  });

  it('a large draft opened once the worker has warmed up: its first edits printed, its diagnostics as the engine finds them', async () => {
    await withServer({}, async (client) => {
      // The first draft opened starts a worker that warms up on made-up drafts while idle.
      await client.open('file:///lat/first.txt', '一、基本情况\n2023年预算收入10万元，其中年初预算8万元，调整追加2万元。\n');
      const ready = await waitFor(client.logMessage(/warmed up in \d+ ms/), 30000, 'the analysis worker to say it is warm');
      const para = '2023年支出58.59万元，其中基本支出46.64万元，项目支出0.87万元，结余结转11.08万元。三八红旗手8 名。\n';
      let text = '一、预算单位基本情况\n' + para.repeat(Math.ceil((300 * 1024) / (para.length * 3)));
      let started = Date.now();
      await client.open('file:///lat/large.txt', text);
      await client.pull('file:///lat/large.txt');
      const opened = Date.now() - started;
      const typing: number[] = [];
      let last: Diagnostic[] = [];
      for (let i = 0; i < 9; i++) {
        text = text.replace('一、预算单位基本情况\n', '一、预算单位基本情况\n的的');
        started = Date.now();
        await client.change('file:///lat/large.txt', text);
        last = (await client.pull('file:///lat/large.txt')).items ?? [];
        typing.push(Date.now() - started);
      }
      console.log(`      ${ready.replace(/^jixiao: /, '')}; then a 300 KB draft: open → diagnostics ${opened} ms, its first 9 edits ${typing.join('/')} ms`);
      // The warm-up left nothing behind: the worker answers what the engine finds.
      assert.strictEqual(last.length, lint(text).findings.length);
      assert.ok(last.length > 1600);
    });
  });
});
