import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { LANGUAGE_ID } from '../../server/src/protocol';
import { registerCommands } from './commands';
import { DocumentOutlines } from './documentOutlines';
import { watchPlainText } from './detection';
import { StatusBar } from './statusBar';
import { StructureView } from './structureView';

let client: LanguageClient | undefined;

/** Thin: start the server, and the views and commands that need the editor. */
export async function activate(context: vscode.ExtensionContext): Promise<{ client: LanguageClient; structure: StructureView; outlines: DocumentOutlines }> {
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
  const structure = new StructureView(client);
  const status = new StatusBar(client);
  context.subscriptions.push(
    vscode.window.registerTreeDataProvider('jixiao.structure', structure),
    structure,
    status,
    ...registerCommands(client, structure, outlines),
    ...watchPlainText(),
  );
  return { client, structure, outlines };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
