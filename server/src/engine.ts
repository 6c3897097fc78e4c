import { parseReport, ReportDocument } from './model/document';
import type { InputFormat } from './model/source';
import { toSource, toSourceRange } from './model/source';
import { BUILTIN_OUTLINES, Outline } from './model/outline';
import { RULES } from './rules';
import type { Finding, Lang, Rule, Severity } from './rules/types';

/**
 * The checking engine: text and options in, report model and findings out. The language server
 * and the command line both call `lint`; neither knows how a rule works.
 */
export type SeveritySetting = Severity | 'off';

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
}

/** The input format a file name implies. */
export function formatOf(fileName: string): InputFormat {
  return /\.(md|markdown)$/i.test(fileName) ? 'markdown' : 'text';
}

export interface ResolvedFinding extends Finding {
  severity: Severity;
}

export interface LintResult {
  doc: ReportDocument;
  findings: ResolvedFinding[];
  /** Rules that failed with an exception: their findings are missing, and the caller should say so. */
  failures: Array<{ ruleId: string; error: string }>;
}

export function outlinesFor(options: LintOptions): readonly Outline[] {
  if (!options.extraOutlines?.length) return BUILTIN_OUTLINES;
  const names = new Set(options.extraOutlines.map((o) => o.name));
  return [...options.extraOutlines, ...BUILTIN_OUTLINES.filter((o) => !names.has(o.name))];
}

export function severityOf(rule: Rule, f: Finding, options: LintOptions): SeveritySetting {
  return options.rules?.[rule.id] ?? f.severity ?? rule.defaultSeverity;
}

export function lint(text: string, options: LintOptions = {}): LintResult {
  const doc = parseReport(text, { outline: options.outline, outlines: outlinesFor(options), format: options.format });
  const result = lintDocument(doc, options);
  if (doc.input.view !== doc.input.source) for (const f of result.findings) toSourceOffsets(doc, f);
  return result;
}

/** Findings are made on the text the model reads; the user's text is the source (Markdown). */
function toSourceOffsets(doc: ReportDocument, f: Finding): void {
  const map = (o: number) => toSource(doc.input, o);
  f.start = map(f.start);
  f.end = map(f.end);
  for (const r of f.related ?? []) {
    r.start = map(r.start);
    r.end = map(r.end);
  }
  for (const fix of f.fixes) for (const e of fix.edits) [e.start, e.end] = toSourceRange(doc.input, e.start, e.end, e.newText);
}

export function lintDocument(doc: ReportDocument, options: LintOptions = {}): LintResult {
  const findings: ResolvedFinding[] = [];
  const failures: LintResult['failures'] = doc.errors.map((error) => ({ ruleId: 'model', error }));
  if (doc.notText) return { doc, findings, failures };
  for (const rule of RULES) {
    if (options.rules?.[rule.id] === 'off') continue;
    let found: Finding[];
    try {
      found = rule.check(doc);
    } catch (e) {
      failures.push({ ruleId: rule.id, error: String((e as Error)?.stack ?? e) });
      continue;
    }
    for (const f of found) {
      const severity = severityOf(rule, f, options);
      if (severity === 'off') continue;
      // Rules make fresh findings on every check: resolving in place saves a copy per finding.
      (f as ResolvedFinding).severity = severity;
      findings.push(f as ResolvedFinding);
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  return { doc, findings, failures };
}
