import { Diagnostic, DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver';
import type { LintResult, ResolvedFinding } from '../engine';
import type { DiagnosticData } from '../protocol';
import type { Lang } from '../rules/types';
import { toSource } from '../model/source';

export const SOURCE = 'jixiao';

const SEVERITY: Record<string, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** A range of the user's text (findings are in source offsets). */
export function rangeOf(result: LintResult, start: number, end: number) {
  const lines = result.doc.input.sourceLines;
  return { start: lines.positionAt(start), end: lines.positionAt(end) };
}

/** A range of the text the model reads (figures, headings), in the user's text. */
export function viewRangeOf(result: LintResult, start: number, end: number) {
  return rangeOf(result, toSource(result.doc.input, start), toSource(result.doc.input, end));
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
    tags: f.ruleId === 'template.artifact' ? [DiagnosticTag.Unnecessary] : undefined,
    data,
  };
}

export function diagnosticsOf(result: LintResult, uri: string, version: number, lang: Lang): Diagnostic[] {
  return result.findings.map((f) => toDiagnostic(result, f, uri, version, lang));
}
