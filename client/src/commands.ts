import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CheckTextsRequest, CommandResult, Commands, LANGUAGE_ID, StructurePart } from '../../server/src/protocol';
import type { DocumentOutlines } from './documentOutlines';
import { newReport } from './newReport';
import { looksLikeReport } from '../../server/src/model/detect';
import { BUILTIN_OUTLINES } from '../../server/src/model/outline';
import type { StructureView } from './structureView';
import { sendRequest } from './requests';

/** The outlines to choose from: the shipped ones, as their data names them. */
const OUTLINES: Array<{ name: string; label: string }> = [
  { name: 'auto', label: '自动识别 (recognise from the headings)' },
  ...BUILTIN_OUTLINES.map((o) => ({ name: o.name, label: `${o.title} ${o.name}` })),
];

function activeDraft(): vscode.TextDocument | undefined {
  const doc = vscode.window.activeTextEditor?.document;
  if (doc?.languageId === LANGUAGE_ID) return doc;
  void vscode.window.showInformationMessage(vscode.l10n.t('Open a self-evaluation report draft first.'));
  return undefined;
}

/** Runs a server command on the active draft at its current version. */
async function onActive(client: LanguageClient, command: string, extra: Record<string, unknown> = {}): Promise<unknown> {
  const doc = activeDraft();
  if (!doc) return undefined;
  return client.sendRequest<CommandResult>('workspace/executeCommand', { command, arguments: [{ uri: doc.uri.toString(), version: doc.version, ...extra }] });
}

type InsertPartArg = { uri: string; path: string; label: string } | { kind: 'part'; part: StructurePart; uri: string };

function insertPartTarget(node: InsertPartArg | undefined): { uri: string; path: string; label: string } | undefined {
  if (!node) return undefined;
  if ('part' in node) return { uri: node.uri, path: node.part.path, label: node.part.label };
  return node;
}

export function registerCommands(client: LanguageClient, structure: StructureView, outlines: DocumentOutlines): vscode.Disposable[] {
  const workspaceResults = vscode.languages.createDiagnosticCollection('jixiao-workspace');
  return [
    workspaceResults,
    vscode.commands.registerCommand('jixiao.insertMissingParts', () => onActive(client, Commands.insertMissingParts)),
    vscode.commands.registerCommand('jixiao.renumberHeadings', () => onActive(client, Commands.renumberHeadings)),
    vscode.commands.registerCommand('jixiao.fixAll', () => onActive(client, Commands.fixAll)),
    // From the 报告结构 view's "+" (the tree node) or a click on a missing part ({uri, path, label}).
    vscode.commands.registerCommand('jixiao.insertPart', async (node?: InsertPartArg) => {
      const arg = insertPartTarget(node);
      if (!arg) return undefined;
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === arg.uri);
      if (!doc) return undefined;
      const choice = await vscode.window.showInformationMessage(vscode.l10n.t('Insert the missing part "{0}"?', arg.label), vscode.l10n.t('Insert'));
      if (choice !== vscode.l10n.t('Insert')) return undefined;
      return client.sendRequest<CommandResult>('workspace/executeCommand', { command: Commands.insertPart, arguments: [{ uri: arg.uri, version: doc.version, path: arg.path }] });
    }),
    vscode.commands.registerCommand('jixiao.revealLine', async (uri: string, line: number) => {
      const editor = await vscode.window.showTextDocument(vscode.Uri.parse(uri));
      const pos = new vscode.Position(line, 0);
      editor.selection = new vscode.Selection(pos, pos);
      editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }),
    // The choice belongs to one draft: remembered for it, never written to the folder's settings.
    vscode.commands.registerCommand('jixiao.chooseOutline', async (name?: string) => {
      const doc = activeDraft();
      if (!doc) return;
      const pick = name ?? (await vscode.window.showQuickPick(OUTLINES.map((o) => ({ label: o.label, name: o.name })), { placeHolder: vscode.l10n.t('Which outline does this draft follow?') }))?.name;
      if (!pick) return;
      await outlines.choose(doc.uri.toString(), pick);
      structure.refreshSoon();
    }),
    vscode.commands.registerCommand('jixiao.newReport', (name?: string) => newReport(name)),
    vscode.commands.registerCommand('jixiao.refreshStructure', () => structure.refresh()),
    vscode.commands.registerCommand('jixiao.checkWorkspace', async () => {
      const files = await vscode.workspace.findFiles('**/*.{txt,md}', '**/{node_modules,.git,out,dist}/**', 2000);
      const open = new Set(vscode.workspace.textDocuments.filter((d) => d.languageId === LANGUAGE_ID).map((d) => d.uri.toString()));
      const drafts: Array<{ uri: string; text: string }> = [];
      for (const uri of files) {
        if (open.has(uri.toString())) continue;
        const text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
        if (/自评报告|绩效/.test(uri.path) || looksLikeReport(text)) drafts.push({ uri: uri.toString(), text });
      }
      const results = await sendRequest(client, CheckTextsRequest.type, { files: drafts });
      workspaceResults.clear();
      for (const r of results) {
        const uri = vscode.Uri.parse(r.uri);
        workspaceResults.set(uri, await client.protocol2CodeConverter.asDiagnostics(r.diagnostics as never));
      }
      void vscode.commands.executeCommand('workbench.actions.view.problems');
      void vscode.window.showInformationMessage(vscode.l10n.t('Checked {0} draft(s) in the workspace.', drafts.length + open.size));
      return results.length;
    }),
    // A draft opened as an editor has live diagnostics; the workspace check's copy would double them.
    vscode.workspace.onDidOpenTextDocument((d) => workspaceResults.delete(d.uri)),
  ];
}
