import * as path from 'path';
import * as vscode from 'vscode';
import { readDocx } from '../../server/src/model/docx';
import { LANGUAGE_ID } from '../../server/src/protocol';

/**
 * Word drafts in the editor: a .docx opens as read-only text (`jixiao-docx:` + its path) made by the
 * same reader as the command line, with the same diagnostics, Outline, hover and 报告结构 view,
 * refreshed when the file changes on disk. 从Word导入为文本草稿 writes a .txt draft beside it.
 */
export const DOCX_SCHEME = 'jixiao-docx';

export class WordDrafts implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly watchers = new Map<string, vscode.FileSystemWatcher>();
  private readonly offered = new Set<string>();

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const file = vscode.Uri.file(uri.path);
    this.watch(uri, file);
    const read = readDocx(await vscode.workspace.fs.readFile(file));
    return read.text ?? `${vscode.l10n.t('This Word file cannot be read: {0}', read.error ?? '')}\n`;
  }

  private watch(uri: vscode.Uri, file: vscode.Uri): void {
    if (this.watchers.has(uri.toString())) return;
    const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(path.dirname(file.fsPath)), path.basename(file.fsPath)));
    w.onDidChange(() => this.changed.fire(uri));
    this.watchers.set(uri.toString(), w);
  }

  /** Opens a .docx as a draft to check (read-only), language jixiao. */
  async open(file: vscode.Uri): Promise<vscode.TextDocument> {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: DOCX_SCHEME, path: file.fsPath }));
    const jixiao = doc.languageId === LANGUAGE_ID ? doc : await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
    await vscode.window.showTextDocument(jixiao, { preview: false });
    return jixiao;
  }

  /** Writes `<name>.txt` beside the .docx (asking before overwriting) and opens it. */
  async importAsText(file: vscode.Uri): Promise<vscode.Uri | undefined> {
    const read = readDocx(await vscode.workspace.fs.readFile(file));
    if (!read.text) {
      void vscode.window.showErrorMessage(vscode.l10n.t('This Word file cannot be read: {0}', read.error ?? ''));
      return undefined;
    }
    const target = vscode.Uri.file(file.fsPath.replace(/\.docx$/i, '.txt'));
    const exists = await vscode.workspace.fs.stat(target).then(() => true, () => false);
    if (exists) {
      const overwrite = vscode.l10n.t('Overwrite');
      const choice = await vscode.window.showWarningMessage(vscode.l10n.t('{0} exists. Overwrite it?', path.basename(target.fsPath)), { modal: true }, overwrite);
      if (choice !== overwrite) return undefined;
    }
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(read.text));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(target));
    return target;
  }

  /** A .docx opened in a tab (shown as binary) is offered to be checked, once per file. */
  offerOnOpen(): vscode.Disposable {
    return vscode.window.tabGroups.onDidChangeTabs((e) => {
      for (const tab of e.opened) {
        const input = tab.input as { uri?: vscode.Uri } | undefined;
        const uri = input?.uri;
        if (!uri || uri.scheme !== 'file' || !/\.docx$/i.test(uri.path) || this.offered.has(uri.toString())) continue;
        this.offered.add(uri.toString());
        const check = vscode.l10n.t('Check this draft');
        void vscode.window.showInformationMessage(vscode.l10n.t('{0} is a Word draft. Check it?', path.basename(uri.fsPath)), check)
          .then((c) => (c === check ? this.open(uri) : undefined));
      }
    });
  }

  dispose(): void {
    this.changed.dispose();
    for (const w of this.watchers.values()) w.dispose();
  }
}
