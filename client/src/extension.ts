import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { LANGUAGE_ID } from '../../server/src/protocol';
import { registerCommands } from './commands';
import { DOCX_SCHEME, WordDrafts } from './wordDrafts';
import { DocumentOutlines } from './documentOutlines';
import { watchPlainText } from './detection';
import { StatusBar } from './statusBar';
import { StructureView } from './structureView';

let client: LanguageClient | undefined;

/** Thin: start the server, and the views and commands that need the editor. */
export async function activate(context: vscode.ExtensionContext): Promise<{ client: LanguageClient; structure: StructureView; outlines: DocumentOutlines; words: WordDrafts }> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: LANGUAGE_ID }],
    synchronize: { configurationSection: 'jixiao' },
    initializationOptions: { settings: vscode.workspace.getConfiguration('jixiao') },
    diagnosticPullOptions: { onChange: true, onSave: true },
  };
  client = new LanguageClient('jixiao', vscode.l10n.t('Performance self-evaluation reports'), serverOptions, clientOptions);
  await client.start();

  const outlines = new DocumentOutlines(context.workspaceState, client);
  await outlines.sendAll();
  const words = new WordDrafts();
  const structure = new StructureView(client);
  const status = new StatusBar(client);
  context.subscriptions.push(
    vscode.window.registerTreeDataProvider('jixiao.structure', structure),
    structure,
    status,
    ...registerCommands(client, structure, outlines),
    words,
    vscode.workspace.registerTextDocumentContentProvider(DOCX_SCHEME, words),
    words.offerOnOpen(),
    vscode.commands.registerCommand('jixiao.checkWordDraft', (uri?: vscode.Uri) => pickDocx(uri).then((f) => f && words.open(f))),
    vscode.commands.registerCommand('jixiao.importWordDraft', (uri?: vscode.Uri) => pickDocx(uri).then((f) => f && words.importAsText(f))),
    ...watchPlainText(),
  );
  return { client, structure, outlines, words };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

/** The .docx a command is for: the one clicked in the Explorer, else one the user picks. */
async function pickDocx(uri?: vscode.Uri): Promise<vscode.Uri | undefined> {
  if (uri) return uri;
  const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { Word: ['docx'] } });
  return picked?.[0];
}
