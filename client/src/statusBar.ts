import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { LANGUAGE_ID, ReportStructureRequest } from '../../server/src/protocol';
import { sendRequest } from './requests';

/** The active draft's outline and its error/warning counts; a click opens the Problems panel. */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('jixiao.status', vscode.StatusBarAlignment.Left, 50);
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly client: LanguageClient) {
    this.item.name = vscode.l10n.t('Self-evaluation report');
    this.item.command = 'workbench.actions.view.problems';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => void this.update()),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const uri = vscode.window.activeTextEditor?.document.uri.toString();
        if (e.uris.some((u) => u.toString() === uri)) void this.update();
      }),
    );
    void this.update();
  }

  async update(): Promise<void> {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || doc.languageId !== LANGUAGE_ID) {
      this.item.hide();
      return;
    }
    const diags = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'jixiao');
    const errors = diags.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
    const warnings = diags.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length;
    let outline = vscode.l10n.t('no outline recognised');
    try {
      const s = await sendRequest(this.client, ReportStructureRequest.type, { uri: doc.uri.toString() });
      if (s?.outlineTitle) outline = s.outlineTitle;
    } catch {
      // the server is starting or restarting; the counts are still right
    }
    this.item.text = `$(checklist) ${outline}  $(error) ${errors}  $(warning) ${warnings}`;
    this.item.tooltip = vscode.l10n.t('{0}: {1} error(s), {2} warning(s). Click to open the Problems panel.', outline, errors, warnings);
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
