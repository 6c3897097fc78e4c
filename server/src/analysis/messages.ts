import type { LintOptions } from '../engine';
import type { Lang } from '../rules/types';
import type { FeatureRequest } from './answers';

/**
 * Messages between the language server and an analysis worker. The server sends a document's text
 * only when the worker does not hold that version, and the options with
 * every request (small; the worker keeps the first copy of each epoch so that its cache holds).
 */
export interface DocumentState {
  uri: string;
  version: number;
  languageId: string;
  /** Absent when the worker already holds this version. */
  text?: string;
}

export type ToWorker =
  | { kind: 'answer'; id: number; doc: DocumentState; epoch: number; options: LintOptions; lang: Lang; request: FeatureRequest }
  | { kind: 'checkTexts'; id: number; epoch: number; options: LintOptions; lang: Lang; files: Array<{ uri: string; text: string }> }
  | { kind: 'forget'; uri: string }
  /** Sent to a worker started ahead of need: it warms up on a made-up draft while idle. */
  | { kind: 'warmUp' };

/** A worker started ahead of need has finished warming up, in this many milliseconds. */
export interface WarmedUp {
  warmedUpMs: number;
}

export interface FromWorker {
  id: number;
  value?: unknown;
  /** A feature failed: logged by the server, answered with its empty value. */
  error?: string;
  /** Parts of the engine that failed on this version (the server reports them as it does its own). */
  failures: Array<{ ruleId: string; error: string }>;
}
