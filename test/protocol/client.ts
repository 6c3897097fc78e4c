import { ChildProcess, spawn } from 'child_process';
import * as path from 'path';
import { createMessageConnection, MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import type { Diagnostic, PublishDiagnosticsParams, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';

export const SERVER = path.resolve(__dirname, '../../../dist/server.js');

/**
 * A minimal LSP client for tests: starts the bundled server over stdio, keeps the documents it
 * opened, applies `workspace/applyEdit` like an editor would (refusing a wrong version), and waits
 * for events with a timeout, never a fixed sleep.
 */
export class TestClient {
  readonly proc: ChildProcess;
  readonly conn: MessageConnection;
  readonly docs = new Map<string, TextDocument>();
  readonly published = new Map<string, PublishDiagnosticsParams>();
  private waiters: Array<{ uri: string; version?: number; resolve: (p: PublishDiagnosticsParams) => void }> = [];
  settings: Record<string, unknown> = {};
  /** A pull client gets no pushed diagnostics, so opening and changing wait for nothing. */
  pullMode = false;
  stderr = '';
  /** What the server showed and logged (window/showMessage, window/logMessage). */
  readonly shown: string[] = [];
  readonly logged: string[] = [];
  private logWaiters: Array<{ pattern: RegExp; resolve: (message: string) => void }> = [];

  constructor(env: Record<string, string> = {}) {
    this.proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    this.proc.stderr!.on('data', (d) => (this.stderr += d));
    this.conn = createMessageConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.set(p.uri, p);
      this.waiters = this.waiters.filter((w) => {
        if (w.uri !== p.uri || (w.version !== undefined && p.version !== w.version)) return true;
        w.resolve(p);
        return false;
      });
    });
    this.conn.onRequest('workspace/configuration', () => [this.settings]);
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onRequest('workspace/diagnostic/refresh', () => null);
    this.conn.onRequest('window/showMessageRequest', (p: { message: string }) => {
      this.shown.push(p.message);
      return null;
    });
    this.conn.onNotification('window/showMessage', (p: { message: string }) => void this.shown.push(p.message));
    this.conn.onNotification('window/logMessage', (p: { message: string }) => {
      this.logged.push(p.message);
      this.logWaiters = this.logWaiters.filter((w) => !(w.pattern.test(p.message) && (w.resolve(p.message), true)));
    });
    this.conn.onRequest('workspace/applyEdit', (p: { edit: WorkspaceEdit }) => ({ applied: this.apply(p.edit) }));
    this.conn.listen();
  }

  async initialize(opts: { pull: boolean; configuration?: boolean; initSettings?: unknown }): Promise<Record<string, unknown>> {
    this.pullMode = opts.pull;
    const result = await this.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: null,
      initializationOptions: opts.initSettings ? { settings: opts.initSettings } : undefined,
      capabilities: {
        textDocument: {
          ...(opts.pull ? { diagnostic: { dynamicRegistration: false } } : {}),
          publishDiagnostics: { versionSupport: true, relatedInformation: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } } },
          completion: { completionItem: { snippetSupport: true } },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        },
        workspace: { configuration: !!opts.configuration, applyEdit: true, workspaceEdit: { documentChanges: true } },
      },
    });
    await this.conn.sendNotification('initialized', {});
    return result as Record<string, unknown>;
  }

  open(uri: string, text: string, languageId = 'jixiao'): Promise<PublishDiagnosticsParams | void> {
    this.docs.set(uri, TextDocument.create(uri, languageId, 1, text));
    const waiting = this.pullMode ? Promise.resolve() : this.nextDiagnostics(uri, 1);
    void this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return waiting;
  }

  /** Replaces the whole text (a new version) and returns the push that follows, if any. */
  change(uri: string, text: string): Promise<PublishDiagnosticsParams | void> {
    const doc = this.docs.get(uri)!;
    const next = TextDocument.create(uri, doc.languageId, doc.version + 1, text);
    this.docs.set(uri, next);
    const waiting = this.pullMode ? Promise.resolve() : this.nextDiagnostics(uri, next.version);
    void this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: next.version }, contentChanges: [{ text }] });
    return waiting;
  }

  /** Applies edits locally and tells the server, as an editor does. */
  applyEdits(uri: string, edits: TextEdit[]): Promise<PublishDiagnosticsParams | void> {
    const doc = this.docs.get(uri)!;
    return this.change(uri, TextDocument.applyEdits(doc, edits));
  }

  private apply(edit: WorkspaceEdit): boolean {
    for (const change of edit.documentChanges ?? []) {
      if (!('textDocument' in change)) return false;
      const doc = this.docs.get(change.textDocument.uri);
      if (!doc || (change.textDocument.version !== null && change.textDocument.version !== doc.version)) return false;
      void this.applyEdits(doc.uri, change.edits as TextEdit[]);
    }
    return true;
  }

  nextDiagnostics(uri: string, version?: number, ms = 10000): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version} within ${ms} ms`)), ms);
      this.waiters.push({ uri, version, resolve: (p) => { clearTimeout(timer); resolve(p); } });
    });
  }

  async pull(uri: string, previousResultId?: string): Promise<{ kind: string; resultId?: string; items?: Diagnostic[] }> {
    return this.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri }, previousResultId });
  }

  /** The first message logged that matches `pattern`, logged already or when it comes. */
  logMessage(pattern: RegExp): Promise<string> {
    const seen = this.logged.find((m) => pattern.test(m));
    return seen !== undefined ? Promise.resolve(seen) : new Promise((resolve) => this.logWaiters.push({ pattern, resolve }));
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.conn.sendRequest(method, params) as Promise<T>;
  }

  text(uri: string): string {
    return this.docs.get(uri)!.getText();
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      void this.conn.sendNotification('exit');
    } catch {
      // already gone
    }
    this.conn.dispose();
    this.proc.kill();
  }
}

export function waitFor<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms))]);
}

/** A server started with `env` and initialised for pull diagnostics, given to `fn`, stopped whatever happens. */
export async function withServer<T>(env: Record<string, string>, fn: (client: TestClient) => Promise<T>): Promise<T> {
  const client = new TestClient(env);
  try {
    await client.initialize({ pull: true });
    return await fn(client);
  } finally {
    await client.stop();
  }
}
