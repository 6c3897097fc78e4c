import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { diagnosticsArrived, fileUri, jixiaoDiagnostics, openDraft, waitUntil } from './helpers';
import { measurements } from './index';

/** Drafting from a blank page and fixes a drafter can trust (issue: drafting and fixes). */
type Api = {
  client: import('vscode-languageclient/node').LanguageClient;
  structure: { refresh(): Promise<{ outline: string | null; parts: Array<{ path: string; label: string; status: string }> } | null> };
  outlines: { get(uri: string): string | undefined };
};

async function api(): Promise<Api> {
  return vscode.extensions.getExtension('jixiao.jixiao')!.activate();
}

const onDiagnostics = vscode.languages.onDidChangeDiagnostics as vscode.Event<unknown>;

async function newDraft(content: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument({ language: 'jixiao', content });
  await vscode.window.showTextDocument(doc);
  await waitUntil('diagnostics for the new draft', () => diagnosticsArrived.has(doc.uri.toString()), [onDiagnostics]);
  return doc;
}

describe('drafting and fixes a drafter can trust', () => {
  it('choosing the outline changes this draft only, and the folder setting stays', async () => {
    const hunanUri = fileUri('seeds/001_72e693d08eeea12f.txt');
    const zhuzhouUri = fileUri('plain-draft.txt');
    const hasSeeds = fs.existsSync(hunanUri.fsPath);
    const other = hasSeeds ? hunanUri : fileUri('unopened-自评报告.txt');
    await openDraft(other);
    const otherMissing = jixiaoDiagnostics(other).filter((d) => d.code === 'section.missing').length;
    await openDraft(zhuzhouUri);
    await vscode.commands.executeCommand('jixiao.chooseOutline', 'hunan-10');
    try {
      await waitUntil('the Hunan outline applied to this draft', () => jixiaoDiagnostics(zhuzhouUri).some((d) => d.code === 'section.missing'), [onDiagnostics]);
      assert.strictEqual((await api()).outlines.get(zhuzhouUri.toString()), 'hunan-10');
      assert.strictEqual(vscode.workspace.getConfiguration('jixiao').inspect('outline')?.workspaceValue, undefined, 'nothing written to the folder settings');
      await openDraft(other);
      assert.strictEqual(jixiaoDiagnostics(other).filter((d) => d.code === 'section.missing').length, otherMissing);
    } finally {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(zhuzhouUri));
      await vscode.commands.executeCommand('jixiao.chooseOutline', 'auto');
    }
    await waitUntil('the draft back on its own outline', () => !jixiaoDiagnostics(zhuzhouUri).some((d) => d.code === 'section.missing'), [onDiagnostics]);
  });

  it('a blank page offers the outlines by name, then the next heading', async () => {
    const doc = await newDraft('某县档案馆2024年度部门整体支出绩效自评报告\n\n');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(1, 0));
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.some((l) => l.startsWith('株洲市区县部门整体支出绩效自评报告提纲')), labels.join(', '));
    const editor = vscode.window.activeTextEditor!;
    await editor.edit((e) => e.insert(new vscode.Position(1, 0), '一、预算单位基本情况\n本馆实有人数6人。\n'));
    const next = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(3, 0));
    const first = next.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label)).find((l) => l.includes('、'));
    assert.strictEqual(first, '二、预算收支出情况（按单位预算口径）');
  });

  it('新建绩效自评报告 writes every part of the outline with its fixed sentences', async () => {
    await vscode.commands.executeCommand('jixiao.newReport', 'zhuzhou-5');
    const doc = await waitUntil('the new report', () => {
      const d = vscode.window.activeTextEditor?.document;
      return d && d.getText().includes('五、其他需要说明的情况') ? d : undefined;
    }, [vscode.window.onDidChangeActiveTextEditor as vscode.Event<unknown>, vscode.workspace.onDidChangeTextDocument as vscode.Event<unknown>]);
    assert.strictEqual(doc.languageId, 'jixiao');
    for (const h of ['一、预算单位基本情况', '二、预算收支出情况（按单位预算口径）', '（二）项目支出绩效情况', '四、绩效管理存在的问题及下一步改进措施']) assert.ok(doc.getText().includes(h), h);
    assert.match(doc.getText(), /年预算收入A万元，其中年初预算B万元/);
  });

  it('the structure view\'s + inserts the missing part it stands on', async () => {
    const doc = await newDraft('一、预算单位基本情况\n本馆实有人数6人。\n二、预算收支出情况（按单位预算口径）\n2023年预算收入10万元，其中年初预算10万元，其他资金来源0万元。\n五、其他需要说明的情况\n无。\n');
    const s = await (await api()).structure.refresh();
    const part = s!.parts.find((p) => p.status === 'missing' && p.path === '四')!;
    assert.ok(part, 'part 四 is missing');
    // The inline button passes the tree node itself.
    const confirm = vscode.window.showInformationMessage;
    (vscode.window as { showInformationMessage: unknown }).showInformationMessage = async (_m: string, ...items: string[]) => items[0];
    try {
      await vscode.commands.executeCommand('jixiao.insertPart', { kind: 'part', part, uri: doc.uri.toString() });
    } finally {
      (vscode.window as { showInformationMessage: unknown }).showInformationMessage = confirm;
    }
    await waitUntil('part 四 inserted', () => doc.getText().includes('四、绩效管理存在的问题及下一步改进措施\n五、'), [vscode.workspace.onDidChangeTextDocument as vscode.Event<unknown>]);
  });

  it('a missing part is marked on the heading it belongs before, never on the line being typed', async () => {
    const doc = await newDraft('一、预算单位基本情况\n本馆实有人数6人。\n二、预算收支出情况（按单位预算口径）\n预算收入10万元。\n三、资金使用及绩效情况（包含单位管理的公共专项）\n（一）整体支出绩效情况\n完成扫描。\n（二）项目支出绩效情况\n无。\n四、绩效管理存在的问题及下一步改进措施\n无。\n正在输入的句子');
    const missing = await waitUntil('section.missing', () => {
      const d = jixiaoDiagnostics(doc.uri).filter((x) => x.code === 'section.missing');
      return d.length ? d : undefined;
    }, [onDiagnostics]);
    const last = doc.lineCount - 1;
    assert.ok(missing.every((d) => d.range.isEmpty || d.range.start.line !== last), 'nothing underlined on the line being typed');
  });

  it('fix-all applies only mechanical fixes: no figure and no sentence the drafter did not write', async () => {
    const seed = fileUri('seeds/004_ca7ee01eb5b98588.txt');
    if (!fs.existsSync(seed.fsPath)) return;
    const text = fs.readFileSync(seed.fsPath, 'utf8');
    const doc = await newDraft(text);
    await vscode.commands.executeCommand('jixiao.fixAll');
    await waitUntil('fix-all applied', () => doc.getText() !== text, [vscode.workspace.onDidChangeTextDocument as vscode.Event<unknown>]);
    assert.ok(!doc.getText().includes('绩效管理不存在相关问题。\n'), 'no claim written for the drafter');
    assert.ok(doc.getText().includes('基本支出434.35万元'), 'no figure changed');
  });

  it('every command title carries 绩效自评报告, so the palette finds it in any language', () => {
    const pkg = vscode.extensions.getExtension('jixiao.jixiao')!.packageJSON as { contributes: { commands: Array<{ category: string }> } };
    const nls = JSON.parse(fs.readFileSync(path.join(vscode.extensions.getExtension('jixiao.jixiao')!.extensionPath, 'package.nls.json'), 'utf8'));
    for (const c of pkg.contributes.commands) assert.match(c.category.startsWith('%') ? nls[c.category.slice(1, -1)] : c.category, /绩效自评报告/);
  });
});

describe('measured, not promised', () => {
  /**
   * The draft has a spacing finding on every line (1,652 diagnostics to convert and show
   * after each keystroke); the same draft without the space has none, which separates the time of
   * checking from the time VS Code and its client spend on the diagnostics.
   *
   * Three times per keystroke: until the extension host has the edit (`onDidChangeTextDocument`:
   * VS Code's own share, before the client can send anything), until the language client has the
   * converted diagnostics and puts them in its collection (what the editor then draws), and until
   * `onDidChangeDiagnostics` fires, which VS Code's extension host debounces by 50 ms
   * (`ExtHostDiagnostics`), so that it is never less.
   */
  for (const [what, space] of [['with a finding on every line', ' '], ['without findings', '']]) {
    it(`prints the time from a keystroke to new diagnostics on a 300 KB draft ${what} (median of 9)`, async function () {
      this.timeout(180000);
      const para = `2023年支出58.59万元，其中基本支出46.64万元，项目支出0.87万元，结余结转11.08万元。三八红旗手8${space}名。\n`;
      const text = '一、预算单位基本情况\n' + para.repeat(Math.ceil((300 * 1024) / (para.length * 3)));
      const doc = await newDraft(text);
      const editor = vscode.window.activeTextEditor!;
      const middleware = (await api()).client.middleware;
      const toEdit: number[] = [];
      const toCollection: number[] = [];
      const toEvent: number[] = [];
      try {
        for (let i = 0; i < 9; i++) {
          let sub: vscode.Disposable | undefined;
          let delivered!: () => void;
          const inCollection = new Promise<void>((resolve) => (delivered = resolve));
          // Called by the client for each pull; it sets the collection as soon as this resolves.
          middleware.provideDiagnostics = (d, previous, token, next) => Promise.resolve(next(d, previous, token)).then((r) => {
            if ((d instanceof vscode.Uri ? d : d.uri).toString() === doc.uri.toString() && r?.kind === 'full') delivered();
            return r;
          });
          const arrived = new Promise<void>((resolve) => {
            sub = vscode.languages.onDidChangeDiagnostics((e) => e.uris.some((u) => u.toString() === doc.uri.toString()) && resolve());
          });
          const started = Date.now();
          const edited = vscode.workspace.onDidChangeTextDocument((e) => e.document === doc && toEdit.length === i && toEdit.push(Date.now() - started));
          // A line that is a finding of its own (a doubled 的), so that every keystroke changes the diagnostics.
          await editor.edit((e) => e.insert(new vscode.Position(1, 0), '的的'));
          const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no diagnostics within 60 s of a keystroke')), 60000));
          await Promise.race([inCollection.then(() => toCollection.push(Date.now() - started)), timeout]).finally(() => edited.dispose());
          await Promise.race([arrived, timeout]).finally(() => sub?.dispose());
          toEvent.push(Date.now() - started);
        }
      } finally {
        delete middleware.provideDiagnostics;
      }
      const count = vscode.languages.getDiagnostics(doc.uri).length;
      // Closed, so that the next measurement's draft is not the second large draft open (which
      // would get a worker of its own, started cold).
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      const summary = (xs: number[]) => {
        const sorted = [...xs].sort((a, b) => a - b);
        return `median ${sorted[4]} ms (min ${sorted[0]}, max ${sorted[8]})`;
      };
      measurements.push(`keystroke → diagnostics on a ${Math.round(text.length * 3 / 1024)} KB draft ${what} (${count} diagnostics): `
        + `the edit in the extension host ${summary(toEdit)}; in the client's collection ${summary(toCollection)}; `
        + `onDidChangeDiagnostics (debounced 50 ms by VS Code) ${summary(toEvent)}`);
      assert.ok(toEdit.length === 9 && toCollection.length === 9 && toEvent.length === 9);
    });
  }
});

describe('Word drafts in VS Code', () => {
  it('a .docx opens as a read-only draft with diagnostics that say where they are in Word, and no edit fix', async () => {
    const file = fileUri('word-draft.docx');
    await vscode.commands.executeCommand('jixiao.checkWordDraft', file);
    const doc = await waitUntil('the Word draft open', () => vscode.window.activeTextEditor?.document.uri.scheme === 'jixiao-docx' ? vscode.window.activeTextEditor.document : undefined,
      [vscode.window.onDidChangeActiveTextEditor as vscode.Event<unknown>]);
    assert.strictEqual(doc.languageId, 'jixiao');
    assert.match(doc.getText(), /^三、资金使用及绩效情况/m, 'automatic numbering as Word shows it');
    const diags = await waitUntil('diagnostics of the Word draft', () => {
      const d = jixiaoDiagnostics(doc.uri);
      return d.length ? d : undefined;
    }, [onDiagnostics]);
    const sum = diags.find((d) => d.code === 'amount.sum-mismatch');
    assert.ok(sum, diags.map((d) => d.message).join('\n'));
    assert.match(sum!.message, /（Word：表格1 第3行 第4列“8\.00”）/);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, sum!.range);
    assert.deepStrictEqual(actions.filter((a) => a.edit).map((a) => a.title), [], 'no edit on a throwaway text');
  });

  it('从Word导入为文本草稿 writes a .txt draft beside the .docx and opens it', async () => {
    const file = fileUri('word-draft.docx');
    const target = await vscode.commands.executeCommand<vscode.Uri>('jixiao.importWordDraft', file);
    assert.ok(target && target.path.endsWith('word-draft.txt'));
    assert.ok(fs.existsSync(target!.fsPath));
    assert.match(fs.readFileSync(target!.fsPath, 'utf8'), /^五、其他需要说明的情况$/m);
    await waitUntil('the text draft open', () => vscode.window.activeTextEditor?.document.uri.fsPath === target!.fsPath || undefined,
      [vscode.window.onDidChangeActiveTextEditor as vscode.Event<unknown>]);
  });
});
