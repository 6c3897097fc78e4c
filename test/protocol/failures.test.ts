import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { lint } from '../../server/src/engine';
import type { Rule } from '../../server/src/rules/types';
import { SERVER, TestClient } from './client';
import { tempDir } from '../harness/temp';

/** A rule or model failure is never silent: both front ends say so, and the rest still works. */
const DRAFT = '一、基本情况\n本单位是青年的的桥梁，表彰三八红旗手8 名。\n';

describe('failures are seen', () => {
  it('the engine reports a rule that throws and keeps the other rules\' findings', () => {
    const broken: Rule = { id: 'test.broken', defaultSeverity: 'error', description: { zh: '坏', en: 'broken' }, tags: ['text'], fixSafety: 'mechanical', check: () => { throw new Error('boom'); } };
    const spacing: Rule = { ...broken, id: 'test.ok', check: () => [{ ruleId: 'test.ok', start: 0, end: 1, message: { zh: 'x', en: 'x' }, fixes: [] }] };
    const r = lint(DRAFT, { ruleSet: [broken, spacing] });
    assert.deepStrictEqual(r.failures.map((f) => f.ruleId), ['test.broken']);
    assert.match(r.failures[0].error, /boom/);
    assert.deepStrictEqual(r.findings.map((f) => f.ruleId), ['test.ok']);
  });

  it('the CLI prints the failure to stderr and exits 2', () => {
    const dir = tempDir('fault');
    const file = path.join(dir, 'draft.txt');
    fs.writeFileSync(file, DRAFT);
    const cli = path.join(path.dirname(SERVER), 'cli.js');
    const r = spawnSync(process.execPath, [cli, file], { encoding: 'utf8', env: { ...process.env, JIXIAO_FAULT: 'text.spacing' } });
    assert.strictEqual(r.status, 2);
    assert.match(r.stderr, /internal error in rule text\.spacing; its findings are missing/);
    assert.match(r.stdout, /text\.duplicate-char/, 'the other rules still report');
  });

  it('the server logs the failure, shows one notice, and still answers', async function () {
    this.timeout(20000);
    const client = new TestClient({ JIXIAO_FAULT: 'text.spacing' });
    try {
      await client.initialize({ pull: true });
      for (const [i, uri] of ['file:///fault/a.txt', 'file:///fault/b.txt'].entries()) {
        await client.open(uri, DRAFT);
        const report = await client.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
        assert.ok(report.items.some((d) => d.code === 'text.duplicate-char'), `document ${i}: the other rules still report`);
      }
      assert.strictEqual(client.shown.filter((m) => m.includes('text.spacing')).length, 1, client.shown.join('\n'));
      assert.ok(client.logged.filter((m) => /rule text\.spacing failed/.test(m)).length >= 2);
    } finally {
      await client.stop();
    }
  });
});
