import type { Diagnostic } from 'vscode-languageserver-types';

/**
 * Requests, commands and settings shared by the client and the server, declared once and typed
 * (as vscode-eslint does) so that the two sides cannot drift apart.
 */
export const LANGUAGE_ID = 'jixiao';

/**
 * A custom request: its method with its parameter and result types. The client and the server
 * each build their library's RequestType from it (vscode-languageclient and vscode-languageserver
 * bundle different copies of the protocol package, whose classes do not mix).
 */
export interface RequestSpec<P, R> {
  readonly method: string;
  /** Carries the types only; never set. */
  readonly types?: { params: P; result: R };
}

/**
 * Server commands. Their ids differ from the client's user-facing `jixiao.*` commands because
 * vscode-languageclient registers every server command as a VS Code command of the same id.
 */
export namespace Commands {
  export const insertMissingParts = 'jixiao.server.insertMissingParts';
  export const renumberHeadings = 'jixiao.server.renumberHeadings';
  export const fixAll = 'jixiao.server.fixAll';
  export const insertPart = 'jixiao.server.insertPart';
}

export interface CommandArgs {
  uri: string;
  version: number;
  /** For insertPart: the outline path of the part (`三/二`). */
  path?: string;
}

/** A custom notification: its method with its parameter type. */
export interface NotificationSpec<P> {
  readonly method: string;
  readonly types?: { params: P };
}

export interface DocumentOutlinesParams {
  /** Document URI → the outline the user chose for it (`auto`: recognise it again). */
  choices: Record<string, string>;
}

/**
 * `jixiao/documentOutlines`: the outline chosen for particular drafts (remembered by the client per
 * document), which wins over the folder-wide `jixiao.outline` for those drafts only.
 */
export namespace DocumentOutlinesNotification {
  export const type: NotificationSpec<DocumentOutlinesParams> = { method: 'jixiao/documentOutlines' };
}

/** What a server command answers: whether its edit was applied, and how many edits it made. */
export interface CommandResult {
  applied: boolean;
  count: number;
  reason?: 'stale';
}

export interface CheckTextsParams {
  files: Array<{ uri: string; text: string }>;
}

/** Diagnostics of one draft that is not open (LSP diagnostics, for the client's own collection). */
export interface CheckedText {
  uri: string;
  diagnostics: Diagnostic[];
}

/** `jixiao/checkTexts`: check drafts that are not open (the workspace check), by their text. */
export namespace CheckTextsRequest {
  export const type: RequestSpec<CheckTextsParams, CheckedText[]> = { method: 'jixiao/checkTexts' };
}

export interface StructureParams {
  uri: string;
}

export type PartStatus = 'present' | 'missing' | 'empty' | 'errors';

export interface StructurePart {
  /** `三/二` */
  path: string;
  /** `三、资金使用及绩效情况…` as the outline writes it */
  label: string;
  status: PartStatus;
  /** Where the part's heading is (0-based line), when present. */
  line?: number;
  /** Key totals of the part and whether they add up: `预算收入101.09万元 ✗`. */
  totals: Array<{ text: string; ok: boolean; line: number }>;
  errors: number;
  warnings: number;
  children: StructurePart[];
}

/** `jixiao/reportStructure`: what the 报告结构 view and the status bar show. */
export namespace ReportStructureRequest {
  export const type: RequestSpec<StructureParams, StructureResult | null> = { method: 'jixiao/reportStructure' };
}

export interface StructureResult {
  uri: string;
  version: number;
  outline: string | null;
  outlineTitle: string | null;
  parts: StructurePart[];
  errors: number;
  warnings: number;
}

/** Settings under `jixiao.*`. */
export interface Settings {
  enable: boolean;
  /** `auto` or an outline name (a built-in one, or one from outlineFiles). */
  outline: string;
  /** Paths of the user's outline JSON files, relative to the workspace folder. */
  outlineFiles: string[];
  /** Per-rule severity: off, hint, information, warning, error. */
  rules: Record<string, string>;
  language: 'zh' | 'en';
}

export const DEFAULT_SETTINGS: Settings = { enable: true, outline: 'auto', outlineFiles: [], rules: {}, language: 'zh' };

/**
 * Data a diagnostic with quick fixes carries: which finding of which version it is. The fixes
 * themselves are made again from the server's own analysis of that version when they are asked
 * for, so that a draft with thousands of findings does not send (and the editor does not parse)
 * every edit on every keystroke, and nothing the client sends back becomes an edit.
 */
export interface DiagnosticData {
  version: number;
  /** The finding's index in that version's findings. */
  finding: number;
}
