import { CodeAction, CodeActionKind, CodeActionParams, Diagnostic, TextDocumentEdit, TextEdit as LspEdit, WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LintResult, ResolvedFinding } from '../engine';
import type { DiagnosticData } from '../protocol';
import type { Lang, TextEdit } from '../rules/types';
import { rangeOf, SOURCE } from './diagnostics';
import { fixAllEdits } from '../engine';
import { isWordDraft } from './wordDrafts';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.jixiao`;

/** A versioned edit: the client refuses it if the document changed since it was computed. */
export function versionedEdit(uri: string, version: number, edits: LspEdit[]): WorkspaceEdit {
  return { documentChanges: [TextDocumentEdit.create({ uri, version }, edits)] };
}

export function toLspEdits(result: LintResult, edits: TextEdit[]): LspEdit[] {
  return edits.map((e) => ({ range: rangeOf(result, e.start, e.end), newText: e.newText }));
}

type Range = { start: { line: number; character: number }; end: { line: number; character: number } };

function sameRange(a: Range | undefined, b: Range): boolean {
  return !!a && a.start?.line === b.start.line && a.start?.character === b.start.character && a.end?.line === b.end.line && a.end?.character === b.end.character;
}

/**
 * The finding a diagnostic coming back from the client stands for, in this analysis: its data must
 * name this version and a finding of it, and the diagnostic must still say that finding's rule and
 * range. Anything else (another version, a forged or mangled diagnostic) has no fix.
 */
export function findingOf(d: Diagnostic, doc: TextDocument, result: LintResult): ResolvedFinding | undefined {
  const data = d.data as DiagnosticData | undefined;
  if (!data || typeof data !== 'object' || data.version !== doc.version || !Number.isInteger(data.finding)) return undefined;
  const f = result.findings[data.finding];
  if (!f || f.ruleId !== d.code || !sameRange(d.range, rangeOf(result, f.start, f.end))) return undefined;
  return f;
}

/**
 * Quick fixes are made from the server's own analysis of the version the diagnostic was made for.
 * A diagnostic from another version is refused: its offsets would land in the wrong text.
 */
export function codeActions(params: CodeActionParams, doc: TextDocument, result: LintResult, lang: Lang): CodeAction[] {
  const actions: CodeAction[] = [];
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(k + '.'));
  // A Word draft's text is a throwaway copy: no edit is offered on it.
  if (wants(CodeActionKind.QuickFix) && !isWordDraft(doc.uri)) {
    for (const d of params.context.diagnostics) {
      if (d.source !== SOURCE) continue;
      const f = findingOf(d, doc, result);
      for (const fix of f?.fixes ?? []) {
        actions.push({
          title: fix.title[lang],
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          isPreferred: !!fix.preferred,
          edit: versionedEdit(doc.uri, doc.version, toLspEdits(result, fix.edits)),
        });
      }
    }
  }
  if (!isWordDraft(doc.uri) && (wants(FIX_ALL_KIND) || (only && only.includes(CodeActionKind.Source)))) {
    const edits = fixAllEdits(result);
    if (edits.length) {
      actions.push({
        title: lang === 'zh' ? `修复全部可自动修复的问题（${edits.length}处）` : `Fix all auto-fixable problems (${edits.length})`,
        kind: FIX_ALL_KIND,
        edit: versionedEdit(doc.uri, doc.version, toLspEdits(result, edits)),
      });
    }
  }
  return actions;
}
