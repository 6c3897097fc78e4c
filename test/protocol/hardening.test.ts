import * as assert from 'assert';
import { spawn } from 'child_process';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { SERVER, withServer } from './client';

/** Bad messages get a refusal or an exit with a message, never a server that stops answering. */
describe('language server: messages it must not trust', function () {
  this.timeout(20000);

  it('a didOpen whose text is not a string is refused, and the server goes on answering', async () => {
    await withServer({}, async (client) => {
      await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file:///bad/open.txt', languageId: 'jixiao', version: 1, text: 42 } });
      const report = await client.pull('file:///bad/open.txt');
      assert.deepStrictEqual(report.items, []);
      await client.open('file:///bad/good.txt', '一、基本情况\n青年的的桥梁。\n');
      const good = await client.pull('file:///bad/good.txt');
      assert.ok(good.items!.some((d) => d.code === 'text.duplicate-char'));
      assert.ok(client.logged.some((m) => /refused didOpen/.test(m)));
    });
  });

  it('a text longer than any draft is not read: one note at the top says so, in a worker too', async () => {
    const envs: Array<Record<string, string>> = [{}, { JIXIAO_WORKER_MIN_CHARS: '0' }];
    for (const env of envs) {
      await withServer(env, async (client) => {
        const uri = 'file:///bad/huge.txt';
        await client.open(uri, '一、基本情况\n' + '预算收入58.59万元，其中年初预算50.36万元，的的。\n'.repeat(260_000));
        const report = await client.pull(uri);
        assert.strictEqual(report.items!.length, 1, JSON.stringify(report.items!.slice(0, 3)));
        const [note] = report.items!;
        assert.strictEqual(note.code, 'draft.too-long');
        assert.strictEqual(note.severity, 3);
        assert.match(String(note.message), /未检查/);
        assert.deepStrictEqual(note.range.start, { line: 0, character: 0 });
      });
    }
  });

  it('fix data coming back forged, mangled or moved gives no action: fixes come from the server\'s own analysis', async () => {
    await withServer({}, async (client) => {
      const uri = 'file:///bad/actions.txt';
      await client.open(uri, '一、基本情况\n青年的的桥梁。\n');
      const diags = (await client.pull(uri)).items as Diagnostic[];
      const real = diags.find((d) => d.code === 'text.duplicate-char')!;
      const forged = [
        { ...real, data: 'nonsense' },
        // The shape data once had: edits sent by the client are never applied.
        { ...real, data: { uri, version: 1, fixes: [{ title: 'x', preferred: true, edits: [{ range: { start: { line: 999, character: 0 }, end: { line: 999, character: 1 } }, newText: '' }] }] } },
        { ...real, data: { version: 1, finding: 999 } },
        { ...real, data: { version: 1, finding: '0' } },
        { ...real, data: { version: 2, finding: (real.data as { finding: number }).finding } },
        { ...real, code: 'text.spacing' },
        { ...real, range: { start: real.range.start, end: { line: real.range.end.line, character: real.range.end.character + 1 } } },
      ];
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: real.range, context: { diagnostics: forged, only: ['quickfix'] } });
      assert.deepStrictEqual(actions, []);
      const genuine = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: real.range, context: { diagnostics: [real], only: ['quickfix'] } });
      assert.strictEqual(genuine.length, 1);
      const edit = (genuine[0].edit!.documentChanges![0] as { edits: Array<{ newText: string }> }).edits;
      assert.deepStrictEqual(edit.map((e) => e.newText), [''], 'the doubled character goes');
    });
  });

  it('a broken message header ends the process with a message on stderr', async () => {
    const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    proc.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => proc.on('exit', resolve));
    proc.stdin.write('Content-Length: abc\r\n\r\n{}');
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the server did not exit')), 10000));
    const code = await Promise.race([exited, timeout]);
    assert.strictEqual(code, 1);
    assert.match(stderr, /unreadable message from the client/);
  });
});
