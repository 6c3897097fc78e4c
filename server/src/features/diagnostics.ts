import { Diagnostic, DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver';
import type { LintResult, ResolvedFinding } from '../engine';
import type { DiagnosticData } from '../protocol';
import type { Lang } from '../rules/types';
import { modelRange, sourceRange } from '../engine';

export const SOURCE = 'jixiao';

const SEVERITY: Record<string, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** A range of the user's text (findings are in source offsets). */
export function rangeOf(result: LintResult, start: number, end: number) {
  return sourceRange(result.doc, start, end);
}

/** A range of the text the model reads (figures, headings), in the user's text. */
export function viewRangeOf(result: LintResult, start: number, end: number) {
  return modelRange(result.doc, start, end);
}

function toDiagnostic(result: LintResult, f: ResolvedFinding, uri: string, version: number, lang: Lang): Diagnostic {
  const data: DiagnosticData = {
    uri,
    version,
    fixes: f.fixes.map((x) => ({
      title: x.title[lang],
      preferred: !!x.preferred,
      edits: x.edits.map((e) => ({ range: rangeOf(result, e.start, e.end), newText: e.newText })),
    })),
  };
  return {
    range: rangeOf(result, f.start, f.end),
    severity: SEVERITY[f.severity],
    code: f.ruleId,
    source: SOURCE,
    message: f.message[lang],
    relatedInformation: f.related?.map((r) => ({ location: { uri, range: rangeOf(result, r.start, r.end) }, message: r.message[lang] })),
    tags: f.unnecessary ? [DiagnosticTag.Unnecessary] : undefined,
    data,
  };
}

export function diagnosticsOf(result: LintResult, uri: string, version: number, lang: Lang): Diagnostic[] {
  return result.findings.map((f) => toDiagnostic(result, f, uri, version, lang));
}
