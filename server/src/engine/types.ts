import type { ReportDocument } from '../model/report';
import type { Outline } from '../model/outline';
import type { InputFormat } from '../model/source';
import type { Finding, Lang, Rule, Severity } from '../rules/types';
import type { SeveritySetting } from './options';

/** What the engine takes and gives: options, and the report with its resolved findings. */
export interface LintOptions {
  /** An outline by name (built-in or the user's), or undefined to recognise it from the headings. */
  outline?: string;
  /** The user's own outlines, added to the built-in ones. */
  extraOutlines?: readonly Outline[];
  /** Per-rule severity or `off`. */
  rules?: Record<string, SeveritySetting | undefined>;
  lang?: Lang;
  /** How to read the text: plain (default) or Markdown (markup is not text). */
  format?: InputFormat;
  /** The rules to run (all by default): tests give their own. */
  ruleSet?: readonly Rule[];
}

export interface ResolvedFinding extends Finding {
  severity: Severity;
  /** The text should simply go (debris): editors show it faded. */
  unnecessary?: boolean;
}

export interface LintResult {
  doc: ReportDocument;
  findings: ResolvedFinding[];
  /**
   * Parts of the engine that failed (a rule, or `model` when reading the draft failed): their
   * findings are missing, and the front end must say so.
   */
  failures: Array<{ ruleId: string; error: string }>;
}

