import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { LANGUAGE_ID, ReportStructureRequest, StructurePart, StructureResult } from '../../server/src/protocol';
import { sendRequest } from './requests';

type Node = { kind: 'part'; part: StructurePart; uri: string } | { kind: 'total'; text: string; ok: boolean; line: number; uri: string };

const STATUS_ICON: Record<string, [string, string]> = {
  present: ['pass', 'testing.iconPassed'],
  missing: ['circle-slash', 'errorForeground'],
  empty: ['circle-large-outline', 'editorWarning.foreground'],
  errors: ['error', 'errorForeground'],
};

/**
 * 报告结构: every part the outline requires, present / missing / empty / with errors, with its key
 * totals and whether they add up. Fed by the server's `jixiao/reportStructure` request.
 */
export class StructureView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  /** The last answer, for the integration tests and the status bar. */
  current: StructureResult | null = null;

  constructor(private readonly client: LanguageClient) {
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.refreshSoon()),
      vscode.workspace.onDidChangeTextDocument((e) => e.document === vscode.window.activeTextEditor?.document && this.refreshSoon()),
      vscode.languages.onDidChangeDiagnostics(() => this.refreshSoon()),
    );
    this.refreshSoon();
  }

  refreshSoon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), 250);
  }

  /** Asks the server for the active draft's structure and redraws. */
  async refresh(): Promise<StructureResult | null> {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || doc.languageId !== LANGUAGE_ID) {
      this.current = null;
    } else {
      try {
        this.current = await sendRequest(this.client, ReportStructureRequest.type, { uri: doc.uri.toString() });
      } catch {
        this.current = null;
      }
    }
    void vscode.commands.executeCommand('setContext', 'jixiao.hasStructure', !!this.current);
    this.changed.fire(undefined);
    return this.current;
  }

  getChildren(node?: Node): Node[] {
    const s = this.current;
    if (!s) return [];
    if (!node) return s.parts.map((part) => ({ kind: 'part', part, uri: s.uri }));
    if (node.kind === 'total') return [];
    return [
      ...node.part.totals.map((t) => ({ kind: 'total' as const, text: t.text, ok: t.ok, line: t.line, uri: node.uri })),
      ...node.part.children.map((part) => ({ kind: 'part' as const, part, uri: node.uri })),
    ];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'total') {
      const item = new vscode.TreeItem(node.text, vscode.TreeItemCollapsibleState.None);
      item.iconPath = new vscode.ThemeIcon(node.ok ? 'symbol-number' : 'warning', new vscode.ThemeColor(node.ok ? 'foreground' : 'errorForeground'));
      item.command = { command: 'jixiao.revealLine', title: '', arguments: [node.uri, node.line] };
      return item;
    }
    const p = node.part;
    const hasChildren = p.totals.length > 0 || p.children.length > 0;
    const item = new vscode.TreeItem(p.label, hasChildren ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
    const [icon, color] = STATUS_ICON[p.status];
    item.iconPath = new vscode.ThemeIcon(icon, new vscode.ThemeColor(color));
    item.description = {
      present: vscode.l10n.t('present'),
      missing: vscode.l10n.t('missing'),
      empty: vscode.l10n.t('empty'),
      errors: vscode.l10n.t('{0} error(s)', p.errors),
    }[p.status];
    item.contextValue = p.status === 'missing' ? 'missingPart' : 'part';
    item.id = `${node.uri}#${p.path}`;
    if (p.line !== undefined) item.command = { command: 'jixiao.revealLine', title: '', arguments: [node.uri, p.line] };
    else item.command = { command: 'jixiao.insertPart', title: '', arguments: [{ uri: node.uri, path: p.path, label: p.label }] };
    return item;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.changed.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
