#!/usr/bin/env node
import {
  CodeActionKind, createConnection, DidOpenTextDocumentParams, DidChangeConfigurationNotification, DocumentDiagnosticReportKind, InitializeResult,
  LSPErrorCodes, ProposedFeatures, ResponseError, StreamMessageReader, StreamMessageWriter, TextDocuments, TextDocumentSyncKind, TextDocumentEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { LintOptions, LintResult } from './engine';
import type { Outline } from './model/outline';
import {
  CheckTextsRequest, CommandArgs, CommandResult, Commands, DEFAULT_SETTINGS, DocumentOutlinesNotification, DocumentOutlinesParams,
  ReportStructureRequest, RequestSpec, Settings,
} from './protocol';
import { fixAllEdits, formatOf, insertMissingEdits, insertPartEdits, lint, renumberEdits } from './engine';
import { Analyses } from './features/analysis';
import { codeActions, FIX_ALL_KIND, toLspEdits } from './features/codeActions';
import { completions } from './features/completion';
import { diagnosticsOf } from './features/diagnostics';
import { hover } from './features/hover';
import { lintOptions, loadWorkspaceOutlines, normaliseSettings } from './features/settings';
import { reportStructure } from './features/structure';
import { documentSymbols, foldingRanges } from './features/symbols';
import { SEMANTIC_LEGEND, semanticTokens } from './features/semanticTokens';
import { isWordDraft } from './features/wordDrafts';
import type { TextEdit } from './rules/types';

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
let options: LintOptions;
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
  options = lintOptions(next, outlines);
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

/** The outline chosen for single drafts: it wins over the folder-wide setting for them. */
const documentOutlines = new Map<string, string>();
const optionsByOutline = new Map<string, LintOptions>();

/** A draft's options: the folder's, with the outline chosen for it, if any (one object per choice, so caches hold). */
function optionsFor(uri: string): LintOptions {
  const chosen = documentOutlines.get(uri);
  if (!chosen || chosen === 'auto') return options;
  let o = optionsByOutline.get(chosen);
  if (!o || o.rules !== options.rules || o.extraOutlines !== options.extraOutlines) {
    o = { ...options, outline: chosen };
    optionsByOutline.set(chosen, o);
  }
  return o;
}

connection.onNotification(DocumentOutlinesNotification.type.method, (params: DocumentOutlinesParams) => {
  for (const [uri, outline] of Object.entries(params?.choices ?? {})) {
    if (typeof outline !== 'string') continue;
    if (outline === 'auto') documentOutlines.delete(uri);
    else documentOutlines.set(uri, outline);
  }
  if (pullDiagnostics) connection.languages.diagnostics.refresh();
  else for (const d of documents.all()) pushNow(d);
});

function analyse(doc: TextDocument): LintResult {
  const result = analyses.get(doc, optionsFor(doc.uri));
  reportFailures(result);
  return result;
}

const reportedFailures = new Set<string>();

/** A rule or the model that failed is logged each time, and shown to the user once per part. */
function reportFailures(result: LintResult): void {
  for (const f of result.failures) {
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
  const resultId = `${contentHash(doc.getText())}:${optionsEpoch(optionsFor(doc.uri))}`;
  if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
  // Let a newer edit's cancellation arrive before doing the work.
  await new Promise((r) => setImmediate(r));
  if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'cancelled', { retriggerRequest: true });
  if (!settings.enable) return { kind: DocumentDiagnosticReportKind.Full, resultId, items: [] };
  return { kind: DocumentDiagnosticReportKind.Full, resultId, items: diagnosticsOf(analyse(doc), doc.uri, doc.version, settings.language) };
});

const epochs = new WeakMap<LintOptions, number>();
let epochCounter = 0;
function optionsEpoch(o: LintOptions): number {
  let e = epochs.get(o);
  if (e === undefined) {
    e = ++epochCounter;
    epochs.set(o, e);
  }
  return e;
}

/** FNV-1a over the UTF-16 text, with its length: cheap next to checking it. */
function contentHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `${(h >>> 0).toString(36)}.${text.length.toString(36)}`;
}

// Push diagnostics, for clients that do not pull (older Neovim, Emacs, Sublime).
const pending = new Map<string, NodeJS.Timeout>();
function pushNow(doc: TextDocument): void {
  const items = settings.enable ? diagnosticsOf(analyse(doc), doc.uri, doc.version, settings.language) : [];
  void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: items });
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

documents.onDidOpen((e) => schedulePush(e.document));
documents.onDidChangeContent((e) => schedulePush(e.document));
documents.onDidClose((e) => {
  analyses.forget(e.document.uri);
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

connection.onCodeAction((params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc || !settings.enable) return [];
  return guarded('codeAction', [], () => codeActions(params, doc, analyse(doc), settings.language));
});

connection.onDocumentSymbol((params) => {
  const doc = documents.get(params.textDocument.uri);
  return doc ? guarded('documentSymbol', [], () => documentSymbols(analyse(doc))) : [];
});

connection.onFoldingRanges((params) => {
  const doc = documents.get(params.textDocument.uri);
  return doc ? guarded('foldingRange', [], () => foldingRanges(analyse(doc))) : [];
});

connection.onHover((params) => {
  const doc = documents.get(params.textDocument.uri);
  return doc ? guarded('hover', null, () => hover(analyse(doc), params.position, settings.language)) : null;
});

connection.languages.semanticTokens.on((params) => {
  const doc = documents.get(params.textDocument.uri);
  return doc ? guarded('semanticTokens', { data: [] }, () => semanticTokens(analyse(doc))) : { data: [] };
});

connection.onCompletion((params) => {
  const doc = documents.get(params.textDocument.uri);
  return doc ? guarded('completion', [], () => completions(analyse(doc), params.position, settings.language)) : [];
});

onRequest(ReportStructureRequest.type, (params) => {
  const doc = documents.get(params.uri);
  if (!doc) return null;
  return guarded('reportStructure', null, () => reportStructure(analyse(doc), doc.uri, doc.version));
});

/** A typed custom request of protocol.ts, answered by `handler`. */
function onRequest<P, R>(spec: RequestSpec<P, R>, handler: (params: P) => R): void {
  connection.onRequest(spec.method, (params: P): unknown => handler(params));
}

const COMMAND_EDITS: Record<string, (r: LintResult, args: CommandArgs) => TextEdit[]> = {
  [Commands.insertMissingParts]: insertMissingEdits,
  [Commands.renumberHeadings]: renumberEdits,
  [Commands.fixAll]: fixAllEdits,
  [Commands.insertPart]: (r, args) => insertPartEdits(r, args.path ?? ''),
};

// The workspace check: drafts that are not open, sent as text by the client (works in virtual
// workspaces too), answered with diagnostics for the client's own collection.
onRequest(CheckTextsRequest.type, (params) =>
  params.files.map((f) => guarded('checkTexts', { uri: f.uri, diagnostics: [] as ReturnType<typeof diagnosticsOf> }, () => ({
    uri: f.uri,
    diagnostics: settings.enable ? diagnosticsOf(lint(f.text, { ...options, format: formatOf(f.uri) }), f.uri, -1, settings.language) : [],
  }))));

connection.onExecuteCommand(async (params): Promise<CommandResult> => {
  // Own properties only: `constructor` or `toString` is no command.
  const make = Object.prototype.hasOwnProperty.call(COMMAND_EDITS, params.command) ? COMMAND_EDITS[params.command] : undefined;
  if (!make) throw new ResponseError(-32601, `unknown command ${params.command}`);
  const args = params.arguments?.[0] as CommandArgs | undefined;
  // A Word draft's text is a read-only copy of the document: commands do not edit it.
  if (!args || isWordDraft(args.uri)) return { applied: false, count: 0 };
  const doc = documents.get(args.uri);
  // Computed for one version and applied to that version only.
  if (!doc || doc.version !== args.version) return { applied: false, count: 0, reason: 'stale' };
  const result = analyse(doc);
  const edits = guarded(params.command, [] as TextEdit[], () => make(result, args));
  if (!edits.length) return { applied: true, count: 0 };
  const applied = await connection.workspace.applyEdit({
    label: params.command,
    edit: { documentChanges: [TextDocumentEdit.create({ uri: doc.uri, version: doc.version }, toLspEdits(result, edits))] },
  });
  return { applied: applied.applied, count: edits.length };
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
