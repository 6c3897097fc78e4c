import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { diagnosticsArrived, fileUri, jixiaoDiagnostics, openDraft, screenshot, sharedReference, waitUntil } from './helpers';

interface Row { file: string; lines: number[]; code: string }

const ref = sharedReference();
const SAMPLE = '石峰区档案馆2023年度部门整体支出绩效自评报告.txt';

async function extensionApi(): Promise<{ structure: { refresh(): Promise<{ outline: string | null; parts: Array<{ label: string; status: string; totals: Array<{ text: string; ok: boolean }> }> } | null> } }> {
  const ext = vscode.extensions.getExtension('jixiao.jixiao');
  assert.ok(ext, 'the extension is installed');
  return ext!.activate();
}

describe('jixiao inside VS Code', () => {
  before(async () => {
    await extensionApi();
  });

  it('runs in a real VS Code', () => {
    assert.match(vscode.version, /^1\.\d+\.\d+/);
  });

  it('recognises a plain .txt draft by its first lines, and leaves other text files alone', async () => {
    const { doc } = await openDraft(fileUri('plain-draft.txt'));
    assert.strictEqual(doc.languageId, 'jixiao');
    const notes = await vscode.workspace.openTextDocument(fileUri('notes.txt'));
    await vscode.window.showTextDocument(notes);
    assert.strictEqual(notes.languageId, 'plaintext');
  });

  (ref ? it : it.skip)('shows every finding of seed-findings.md for each seed draft, by code and line', async function () {
    this.timeout(120000);
    const spec = JSON.parse(fs.readFileSync(ref!.findings, 'utf8')) as { expect: Row[] };
    const files = [...new Set(spec.expect.map((r) => r.file))];
    for (const file of files) {
      const uri = fileUri(`seeds/${file}`);
      const rows = spec.expect.filter((r) => r.file === file);
      const { diags } = await openDraft(uri, rows.length);
      for (const row of rows) {
        assert.ok(diags.some((d) => d.code === row.code && row.lines.includes(d.range.start.line + 1)),
          `${file}: expected ${row.code} on line ${row.lines.join('/')}; got ${diags.map((d) => `${d.range.start.line + 1} ${d.code}`).join(', ')}`);
      }
    }
    if (ref) {
      await openDraft(fileUri('seeds/003_2ec855ffa2a17015.txt'));
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      await screenshot('problems-003');
    }
  });

  it('a quick fix from the light bulb edits the text', async () => {
    const uri = fileUri(SAMPLE);
    const { doc } = await openDraft(uri, 5);
    const line = doc.getText().split('\n').findIndex((l) => l.startsWith('没有请写明'));
    const range = new vscode.Range(line, 0, line, 5);
    const editor = await vscode.window.showTextDocument(doc);
    editor.selection = new vscode.Selection(range.start, range.start);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title === '改为“无其他需要说明的情况。”');
    assert.ok(fix, actions.map((a) => a.title).join(' | '));
    await vscode.commands.executeCommand('editor.action.quickFix');
    await screenshot('quickfix-instruction');
    await vscode.commands.executeCommand('hideSuggestWidget');
    assert.ok(await vscode.workspace.applyEdit(fix!.edit!));
    assert.strictEqual(doc.lineAt(line).text, '无其他需要说明的情况。');
    await waitUntil('the instruction finding to go', () => !jixiaoDiagnostics(uri).some((d) => d.code === 'template.instruction' && d.range.start.line === line),
      [vscode.languages.onDidChangeDiagnostics as vscode.Event<unknown>]);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('the Outline comes from the document symbols, with key figures', async () => {
    const uri = fileUri(SAMPLE);
    await openDraft(uri, 5);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
    assert.deepStrictEqual(symbols.map((s) => s.name).slice(0, 4), ['一、预算单位基本情况', '二、预算收支出情况（按单位预算口径）', '三、资金使用及绩效情况（包含单位管理的公共专项）', '四、绩效管理存在的问题及下一步改进措施']);
    assert.match(symbols[1].detail, /预算收入120\.50万元 ✗/);
    if (ref) {
      await openDraft(fileUri('seeds/004_ca7ee01eb5b98588.txt'));
      await vscode.commands.executeCommand('outline.focus');
      await screenshot('outline-004');
    }
  });

  it('hover on a total shows the arithmetic', async () => {
    const uri = fileUri(SAMPLE);
    const { doc } = await openDraft(uri, 5);
    const line = doc.getText().split('\n').findIndex((l) => l.startsWith('2023年支出'));
    const pos = new vscode.Position(line, 8);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, pos);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value))).join('\n');
    assert.match(text, /120\.50 = 85\.40 \+ 30\.10 \+ 5\.00 ✓/);
    const editor = await vscode.window.showTextDocument(doc);
    editor.selection = new vscode.Selection(pos, pos);
    await vscode.commands.executeCommand('editor.action.showHover');
    await screenshot('hover-total');
  });

  it('completion at a new line offers the next part of the outline', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'jixiao', content: '一、预算单位基本情况\n区档案馆负责档案工作，截至2023年末实有人数3人。\n二、预算收支出情况（按单位预算口径）\n2023年预算收入10万元，其中年初预算10万元，其他资金来源0万元。\n' });
    await vscode.window.showTextDocument(doc);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(4, 0));
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.strictEqual(labels.find((l) => l.includes('、')), '三、资金使用及绩效情况（包含单位管理的公共专项）');
  });

  it('the 报告结构 view lists each outline part with its state and totals', async () => {
    const api = await extensionApi();
    await openDraft(fileUri(SAMPLE), 5);
    const s = await api.structure.refresh();
    assert.ok(s);
    assert.strictEqual(s!.outline, 'zhuzhou-5');
    assert.deepStrictEqual(s!.parts.map((p) => p.status), ['present', 'errors', 'errors', 'present', 'errors']);
    assert.ok(s!.parts[1].totals.some((t) => t.text === '预算收入120.50万元 ✗' && !t.ok));
  });

  it('commands: renumber headings edits the draft', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'jixiao', content: '一、预算单位基本情况\n区档案馆负责档案工作。\n3、预算收支出情况（按单位预算口径）\n预算收入10万元。\n' });
    await vscode.window.showTextDocument(doc);
    await waitUntil('diagnostics for the new draft', () => diagnosticsArrived.has(doc.uri.toString()), [vscode.languages.onDidChangeDiagnostics as vscode.Event<unknown>]);
    await vscode.commands.executeCommand('jixiao.renumberHeadings');
    await waitUntil('the heading to be renumbered', () => doc.lineAt(2).text.startsWith('二、'), [vscode.workspace.onDidChangeTextDocument as vscode.Event<unknown>]);
  });

  it('a rule turned off in the settings takes effect without reload', async () => {
    const uri = fileUri(SAMPLE);
    await openDraft(uri, 5);
    const config = vscode.workspace.getConfiguration('jixiao');
    await config.update('rules', { 'text.duplicate-char': 'off' }, vscode.ConfigurationTarget.Global);
    try {
      await waitUntil('duplicate-char findings to go', () => !jixiaoDiagnostics(uri).some((d) => d.code === 'text.duplicate-char'),
        [vscode.languages.onDidChangeDiagnostics as vscode.Event<unknown>]);
    } finally {
      await config.update('rules', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitUntil('duplicate-char findings to come back', () => jixiaoDiagnostics(uri).some((d) => d.code === 'text.duplicate-char'),
      [vscode.languages.onDidChangeDiagnostics as vscode.Event<unknown>]);
  });

  it('messages switch to English with jixiao.language', async () => {
    const uri = fileUri(SAMPLE);
    await openDraft(uri, 5);
    const config = vscode.workspace.getConfiguration('jixiao');
    await config.update('language', 'en', vscode.ConfigurationTarget.Global);
    try {
      await waitUntil('English messages', () => jixiaoDiagnostics(uri).some((d) => /does not equal the sum of its parts/.test(d.message)),
        [vscode.languages.onDidChangeDiagnostics as vscode.Event<unknown>]);
    } finally {
      await config.update('language', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('check all drafts in the workspace fills the Problems panel for drafts not open', async () => {
    const count = await vscode.commands.executeCommand<number>('jixiao.checkWorkspace');
    assert.ok(count >= 1);
    const unopened = fileUri('unopened-自评报告.txt');
    await waitUntil('workspace results', () => vscode.languages.getDiagnostics(unopened).length > 0, [vscode.languages.onDidChangeDiagnostics as vscode.Event<unknown>]);
    assert.ok(path.basename(unopened.path));
  });
});
