import { parseReport, ReportDocument } from './model/document';
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
  const doc = parseReport(text, { outline: options.outline, outlines: outlinesFor(options) });
  return lintDocument(doc, options);
}

export function lintDocument(doc: ReportDocument, options: LintOptions = {}): LintResult {
  const findings: ResolvedFinding[] = [];
  const failures: LintResult['failures'] = [];
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
