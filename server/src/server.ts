#!/usr/bin/env node
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  CancellationToken, CodeActionKind, CompletionItem, createConnection, Diagnostic, DidOpenTextDocumentParams, DidChangeConfigurationNotification,
  DocumentDiagnosticReportKind, DocumentSymbol, FoldingRange, Hover, InitializeResult, LSPErrorCodes, ProposedFeatures, ResponseError,
  SemanticTokens, StreamMessageReader, StreamMessageWriter, TextDocuments, TextDocumentSyncKind, CodeAction,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { LintResult } from './engine';
import type { Outline } from './model/outline';
import {
  CheckedText, CheckTextsRequest, CommandArgs, CommandResult, Commands, DEFAULT_SETTINGS, DocumentOutlinesNotification, DocumentOutlinesParams,
  ReportStructureRequest, RequestSpec, Settings, StructureResult,
} from './protocol';
import { answer, checkTexts, CommandEdits, FeatureRequest, isCommand } from './analysis/answers';
import { AnalysisPool } from './analysis/pool';
import { Analyses } from './features/analysis';
import { DraftOptions } from './features/draftOptions';
import { FIX_ALL_KIND, versionedEdit } from './features/codeActions';
import { lintOptions, loadWorkspaceOutlines, normaliseSettings } from './features/settings';
import { SEMANTIC_LEGEND } from './features/semanticTokens';
import { isWordDraft } from './features/wordDrafts';

/**
 * The language server: wires LSP requests to the features. Runs over stdio for any editor
 * (`jixiao-language-server --stdio`) and over IPC inside VS Code.
 */
const streams = stdioStreams();
const connection = streams ? createConnection(ProposedFeatures.all, streams[0], streams[1]) : createConnection(ProposedFeatures.all);

/**
 * Over stdio the streams are made here, so that a broken message header (a client bug, garbage on
 * the pipe) ends the process with a message instead of leaving a server that never answers: the
 * client sees it exit and starts a new one.
 */
function stdioStreams(): [StreamMessageReader, StreamMessageWriter] | undefined {
  if (!process.argv.includes('--stdio')) return undefined;
  const reader = new StreamMessageReader(process.stdin);
  reader.onError((e) => {
    process.stderr.write(`jixiao-language-server: unreadable message from the client (${e.message}); exiting so that it can restart the server\n`);
    process.exit(1);
  });
  return [reader, new StreamMessageWriter(process.stdout)];
}
const documents = new TextDocuments(TextDocument);
const analyses = new Analyses();

let pullDiagnostics = false;
let configurationRequests = false;
let workspaceFolders: string[] = [];
let settings: Settings = DEFAULT_SETTINGS;
const draftOptions = new DraftOptions();
const reportedOutlineErrors = new Set<string>();

connection.onInitialize((params): InitializeResult => {
  const caps = params.capabilities;
  pullDiagnostics = !!caps.textDocument?.diagnostic;
  configurationRequests = !!caps.workspace?.configuration;
  workspaceFolders = (params.workspaceFolders ?? []).map((f) => f.uri);
  if (!workspaceFolders.length && params.rootUri) workspaceFolders = [params.rootUri];
  const init = params.initializationOptions as { settings?: unknown } | undefined;
  if (init?.settings) applySettings(normaliseSettings(init.settings));
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      diagnosticProvider: pullDiagnostics ? { identifier: 'jixiao', interFileDependencies: false, workspaceDiagnostics: false } : undefined,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
      documentSymbolProvider: { label: '绩效自评报告' },
      foldingRangeProvider: true,
      semanticTokensProvider: { legend: SEMANTIC_LEGEND, full: true },
      hoverProvider: true,
      completionProvider: { triggerCharacters: ['、', '）', ')'], resolveProvider: false },
      executeCommandProvider: { commands: [Commands.insertMissingParts, Commands.renumberHeadings, Commands.fixAll, Commands.insertPart] },
    },
    serverInfo: { name: 'jixiao-language-server', version: typeof JIXIAO_VERSION === 'string' ? JIXIAO_VERSION : 'dev' },
  };
});

declare const JIXIAO_VERSION: string | undefined;

connection.onInitialized(async () => {
  if (configurationRequests) {
    connection.client.register(DidChangeConfigurationNotification.type, { section: 'jixiao' }).catch(() => undefined);
    await refreshSettings();
  }
});

let appliedKey = '';
function applySettings(next: Settings, outlines: Outline[] = []): void {
  // A configuration change that changes nothing keeps the cache and the diagnostics' result ids.
  const key = JSON.stringify(next) + outlines.map((o) => o.source).join('|');
  if (key === appliedKey) return;
  appliedKey = key;
  settings = next;
  draftOptions.setFolder(lintOptions(next, outlines));
  analyses.clear();
}
applySettings(DEFAULT_SETTINGS);

async function refreshSettings(raw?: unknown): Promise<void> {
  let value = raw;
  if (configurationRequests) {
    try {
      value = await connection.workspace.getConfiguration({ section: 'jixiao' });
    } catch {
      value = raw;
    }
  }
  const next = normaliseSettings(value ?? settings);
  const loaded = loadWorkspaceOutlines(next.outlineFiles, workspaceFolders);
  for (const e of loaded.errors) {
    if (reportedOutlineErrors.has(e)) continue;
    reportedOutlineErrors.add(e);
    void connection.window.showErrorMessage(`绩效自评报告：${e}`);
  }
  applySettings(next, loaded.outlines);
}

connection.onDidChangeConfiguration(async (change) => {
  const raw = (change.settings as { jixiao?: unknown } | undefined)?.jixiao;
  await refreshSettings(raw);
  if (pullDiagnostics) connection.languages.diagnostics.refresh();
  else for (const d of documents.all()) pushNow(d);
});

connection.onNotification(DocumentOutlinesNotification.type.method, (params: DocumentOutlinesParams) => {
  for (const [uri, outline] of Object.entries(params?.choices ?? {})) {
    if (typeof outline === 'string') draftOptions.choose(uri, outline);
  }
  if (pullDiagnostics) connection.languages.diagnostics.refresh();
  else for (const d of documents.all()) pushNow(d);
});

function analyse(doc: TextDocument): LintResult {
  const result = analyses.get(doc, draftOptions.of(doc.uri));
  reportFailures(result.failures);
  return result;
}

const reportedFailures = new Set<string>();

/** A rule or the model that failed is logged each time, and shown to the user once per part. */
function reportFailures(failures: LintResult['failures']): void {
  for (const f of failures) {
    connection.console.error(`jixiao: ${f.ruleId === 'model' ? 'reading the draft' : `rule ${f.ruleId}`} failed: ${f.error}`);
    if (reportedFailures.has(f.ruleId)) continue;
    reportedFailures.add(f.ruleId);
    const what = f.ruleId === 'model' ? '读取草稿时' : `检查规则 ${f.ruleId} `;
    void connection.window.showWarningMessage(`绩效自评报告：${what}出错，相关问题可能未被报告（详见输出面板）。Jixiao: ${f.ruleId} failed; its findings are missing (see the output).`);
  }
}

// Pull diagnostics: computed when the client asks, once per version, cancellable while waiting.
connection.languages.diagnostics.on(async (params, token) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
  // The result id names the content and the options, so a document reopened with other text (its
  // version starting again at 1) is never answered `unchanged`.
  const resultId = `${contentHash(doc.getText())}:${draftOptions.epoch(draftOptions.of(doc.uri))}`;
  if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
  // Let a newer edit's cancellation arrive before doing the work.
  await new Promise((r) => setImmediate(r));
  if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'cancelled', { retriggerRequest: true });
  if (!settings.enable) return { kind: DocumentDiagnosticReportKind.Full, resultId, items: [] };
  return { kind: DocumentDiagnosticReportKind.Full, resultId, items: await answerFor<Diagnostic[]>(doc, { feature: 'diagnostics' }, [], token) };
});

/** FNV-1a over the UTF-16 text, with its length: cheap next to checking it. */
function contentHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `${(h >>> 0).toString(36)}.${text.length.toString(36)}`;
}

// Push diagnostics, for clients that do not pull (older Neovim, Emacs, Sublime).
const pending = new Map<string, NodeJS.Timeout>();
function pushNow(doc: TextDocument): void {
  const version = doc.version;
  const items = settings.enable ? answerFor<Diagnostic[]>(doc, { feature: 'diagnostics' }, []) : Promise.resolve([]);
  // A version edited meanwhile is not sent: its own push is already scheduled.
  items.then((diagnostics) => connection.sendDiagnostics({ uri: doc.uri, version, diagnostics }), () => undefined);
}
function schedulePush(doc: TextDocument): void {
  if (pullDiagnostics) return;
  clearTimeout(pending.get(doc.uri));
  // Larger drafts wait a little longer so that typing is not interrupted by re-checking.
  const delay = Math.min(1000, 150 + doc.getText().length / 5000);
  pending.set(doc.uri, setTimeout(() => {
    pending.delete(doc.uri);
    const current = documents.get(doc.uri);
    if (current) pushNow(current);
  }, delay));
}

documents.onDidOpen((e) => {
  // Whoever opens one draft may open a large one next: its worker should not start cold.
  if (workerBuilt) pool.prewarm();
  schedulePush(e.document);
});
documents.onDidChangeContent((e) => schedulePush(e.document));
documents.onDidClose((e) => {
  analyses.forget(e.document.uri);
  pool.forget(e.document.uri);
  clearTimeout(pending.get(e.document.uri));
  pending.delete(e.document.uri);
  if (!pullDiagnostics) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

/** Every request runs guarded: a failure in one feature answers empty, never takes the server down. */
function guarded<T>(name: string, fallback: T, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    connection.console.error(`${name} failed: ${(e as Error)?.stack ?? e}`);
    return fallback;
  }
}

/**
 * Large drafts are checked in analysis workers, so that the message loop stays free: hover and
 * completion on other drafts are answered while they are checked. Small drafts are checked here,
 * which costs less than sending them. `JIXIAO_WORKER_MIN_CHARS=0` sends every draft (the tests).
 */
const WORKER_MIN_CHARS = Number(process.env.JIXIAO_WORKER_MIN_CHARS ?? 20000);
const workerScript = path.join(__dirname, 'analysis-worker.js');
const workerBuilt = fs.existsSync(workerScript);
/** Whether this many characters are checked in a worker (never when the worker's bundle is missing). */
const inWorker = (chars: number) => workerBuilt && chars >= WORKER_MIN_CHARS;
const pool = new AnalysisPool({
  script: workerScript,
  maxWorkers: Math.max(2, Math.min(4, os.availableParallelism?.() ?? os.cpus().length)),
  timeoutMs: Number(process.env.JIXIAO_WORKER_TIMEOUT_MS ?? 120000),
  heapMb: 4096,
  idleMs: Number(process.env.JIXIAO_WORKER_IDLE_MS ?? 10 * 60_000),
  current: (uri) => documents.get(uri),
  log: (m) => connection.console.error(m),
  note: (m) => connection.console.log(m),
});
connection.onShutdown(() => pool.dispose());

const reportedWorkerFailures = new Set<string>();

/**
 * The answer to a request on the document's current version, from this thread or a worker. A
 * version edited before its turn came is not checked: diagnostics ask the client to pull again,
 * other requests are answered "content modified" (the client asks again when it needs to).
 */
async function answerFor<T>(doc: TextDocument, request: FeatureRequest, fallback: T, token?: CancellationToken): Promise<T> {
  const docOptions = draftOptions.of(doc.uri);
  if (!inWorker(doc.getText().length)) {
    return guarded(request.feature, fallback, () => answer(request, doc, analyse(doc), settings.language) as T);
  }
  const outcome = await pool.run(doc, docOptions, draftOptions.epoch(docOptions), settings.language, request, () => !!token?.isCancellationRequested);
  switch (outcome.kind) {
    case 'answer':
      reportFailures(outcome.failures);
      return outcome.value as T;
    case 'failed':
      connection.console.error(`${request.feature} failed: ${outcome.error}`);
      if (!reportedWorkerFailures.has(doc.uri)) {
        reportedWorkerFailures.add(doc.uri);
        void connection.window.showWarningMessage(`绩效自评报告：检查此草稿时出错，问题可能未被报告（详见输出面板）。Jixiao: checking this draft failed; findings may be missing (see the output).`);
      }
      return fallback;
    case 'cancelled':
      throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
    case 'stale':
      throw request.feature === 'diagnostics'
        ? new ResponseError(LSPErrorCodes.ServerCancelled, 'the draft changed', { retriggerRequest: true })
        : new ResponseError(LSPErrorCodes.ContentModified, 'the draft changed');
  }
}

connection.onCodeAction((params, token) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc || !settings.enable) return [];
  return answerFor<CodeAction[]>(doc, { feature: 'codeAction', params }, [], token);
});

connection.onDocumentSymbol((params, token) => {
  const doc = documents.get(params.textDocument.uri);
  return doc ? answerFor<DocumentSymbol[]>(doc, { feature: 'documentSymbol' }, [], token) : [];
});

connection.onFoldingRanges((params, token) => {
  const doc = documents.get(params.textDocument.uri);
  return doc ? answerFor<FoldingRange[]>(doc, { feature: 'foldingRange' }, [], token) : [];
});

connection.onHover((params, token) => {
  const doc = documents.get(params.textDocument.uri);
  return doc ? answerFor<Hover | null>(doc, { feature: 'hover', position: params.position }, null, token) : null;
});

connection.languages.semanticTokens.on((params, token) => {
  const doc = documents.get(params.textDocument.uri);
  return doc ? answerFor<SemanticTokens>(doc, { feature: 'semanticTokens' }, { data: [] }, token) : { data: [] };
});

connection.onCompletion((params, token) => {
  const doc = documents.get(params.textDocument.uri);
  return doc ? answerFor<CompletionItem[]>(doc, { feature: 'completion', position: params.position }, [], token) : [];
});

onRequest(ReportStructureRequest.type, (params) => {
  const doc = documents.get(params.uri);
  return doc ? answerFor<StructureResult | null>(doc, { feature: 'reportStructure' }, null) : null;
});

/** A typed custom request of protocol.ts, answered by `handler`. */
function onRequest<P, R>(spec: RequestSpec<P, R>, handler: (params: P) => R | Promise<R>): void {
  connection.onRequest(spec.method, (params: P): unknown => handler(params));
}

// The workspace check: drafts that are not open, sent as text by the client (works in virtual
// workspaces too), answered with diagnostics for the client's own collection. Many or large
// drafts are checked in a worker.
onRequest(CheckTextsRequest.type, async (params) => {
  const files = (Array.isArray(params?.files) ? params.files : []).map((f) => ({ uri: f?.uri, text: typeof f?.text === 'string' ? f.text : '' }));
  const empty = files.map((f) => ({ uri: f.uri, diagnostics: [] }));
  if (!settings.enable) return empty;
  const size = files.reduce((n, f) => n + f.text.length, 0);
  if (!inWorker(size)) return guarded('checkTexts', empty, () => checkTexts(files, draftOptions.folder, settings.language));
  const outcome = await pool.checkTexts(files, draftOptions.folder, draftOptions.epoch(draftOptions.folder), settings.language);
  if (outcome.kind === 'answer') return outcome.value as CheckedText[];
  if (outcome.kind === 'failed') connection.console.error(`checkTexts failed: ${outcome.error}`);
  return empty;
});

connection.onExecuteCommand(async (params): Promise<CommandResult> => {
  if (!isCommand(params.command)) throw new ResponseError(-32601, `unknown command ${params.command}`);
  const args = params.arguments?.[0] as CommandArgs | undefined;
  // A Word draft's text is a read-only copy of the document: commands do not edit it.
  if (!args || isWordDraft(args.uri)) return { applied: false, count: 0 };
  const doc = documents.get(args.uri);
  // Computed for one version and applied to that version only.
  if (!doc || doc.version !== args.version) return { applied: false, count: 0, reason: 'stale' };
  const version = doc.version;
  let made: CommandEdits;
  try {
    made = await answerFor<CommandEdits>(doc, { feature: 'command', command: params.command, args }, { edits: [], count: 0 });
  } catch {
    return { applied: false, count: 0, reason: 'stale' };
  }
  if (!made.count) return { applied: true, count: 0 };
  const applied = await connection.workspace.applyEdit({
    label: params.command,
    edit: versionedEdit(doc.uri, version, made.edits),
  });
  return { applied: applied.applied, count: made.count };
});

// A didOpen whose text is not a string is refused here, before the document store accepts it and
// every later request on it fails.
documents.listen(new Proxy(connection, {
  get(target, prop, receiver) {
    if (prop !== 'onDidOpenTextDocument') return Reflect.get(target, prop, receiver);
    return (handler: (p: DidOpenTextDocumentParams) => void) => target.onDidOpenTextDocument((p) => {
      if (typeof p?.textDocument?.text !== 'string' || typeof p.textDocument.uri !== 'string') {
        connection.console.error(`jixiao: refused didOpen of ${String(p?.textDocument?.uri)}: its text is not a string`);
        return;
      }
      handler(p);
    });
  },
}));
connection.listen();
