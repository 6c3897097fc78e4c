import { Diagnostic, DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver';
import type { LintResult, ResolvedFinding } from '../engine';
import type { DiagnosticData } from '../protocol';
import type { Lang } from '../rules/types';
import { modelRange, sourceRange, tooLongMessage } from '../engine';
import { WordPlace, wordLocation } from '../model/docx';
import { isWordDraft, wordPlaces } from './wordDrafts';
import { mayHaveFixes } from '../rules/lazy-fixes';

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

function toDiagnostic(result: LintResult, f: ResolvedFinding, index: number, uri: string, version: number, lang: Lang, places?: WordPlace[]): Diagnostic {
  // A Word draft's text is a throwaway copy: no edit is offered on it.
  const data: DiagnosticData | undefined = mayHaveFixes(f) && !isWordDraft(uri) ? { version, finding: index } : undefined;
  return {
    range: rangeOf(result, f.start, f.end),
    severity: SEVERITY[f.severity],
    code: f.ruleId,
    source: SOURCE,
    message: places ? withWordPlace(result, f, places, lang) : f.message[lang],
    relatedInformation: f.related?.map((r) => ({ location: { uri, range: rangeOf(result, r.start, r.end) }, message: r.message[lang] })),
    tags: f.unnecessary ? [DiagnosticTag.Unnecessary] : undefined,
    data,
  };
}

export function diagnosticsOf(result: LintResult, uri: string, version: number, lang: Lang): Diagnostic[] {
  // Not read at all: one note at the top says so, rather than a silence that reads as "no problems".
  const tooLong = result.doc.tooLong;
  if (tooLong) {
    const top = { line: 0, character: 0 };
    return [{ range: { start: top, end: top }, severity: DiagnosticSeverity.Information, code: 'draft.too-long', source: SOURCE, message: tooLongMessage(tooLong)[lang] }];
  }
  const places = wordPlaces(uri);
  return result.findings.map((f, i) => toDiagnostic(result, f, i, uri, version, lang, places));
}

/** `…不符（Word：表格1 第3行 第4列“8.00”）`: where the reviewer finds it in the document. */
function withWordPlace(result: LintResult, f: ResolvedFinding, places: WordPlace[], lang: Lang): string {
  const start = rangeOf(result, f.start, f.end).start;
  const where = wordLocation(places, result.doc.input.sourceLines.lines[start.line]?.text ?? '', start.line, start.character);
  return where ? `${f.message[lang]}（Word：${where}）` : f.message[lang];
}
