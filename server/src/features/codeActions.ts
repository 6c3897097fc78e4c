import { CodeAction, CodeActionKind, CodeActionParams, TextDocumentEdit, TextEdit as LspEdit, WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LintResult } from '../engine';
import type { DiagnosticData } from '../protocol';
import type { Lang, TextEdit } from '../rules/types';
import { rangeOf, SOURCE } from './diagnostics';
import { fixAllEdits } from '../engine';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.jixiao`;

/** A versioned edit: the client refuses it if the document changed since it was computed. */
export function versionedEdit(uri: string, version: number, edits: LspEdit[]): WorkspaceEdit {
  return { documentChanges: [TextDocumentEdit.create({ uri, version }, edits)] };
}

export function toLspEdits(result: LintResult, edits: TextEdit[]): LspEdit[] {
  return edits.map((e) => ({ range: rangeOf(result, e.start, e.end), newText: e.newText }));
}

/**
 * Quick fixes travel in each diagnostic's data with the version they were computed for. A
 * diagnostic from another version is refused: its offsets would land in the wrong text.
 */
export function codeActions(params: CodeActionParams, doc: TextDocument, result: LintResult, lang: Lang): CodeAction[] {
  const actions: CodeAction[] = [];
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(k + '.'));
  if (wants(CodeActionKind.QuickFix)) {
    for (const d of params.context.diagnostics) {
      if (d.source !== SOURCE) continue;
      const data = d.data as DiagnosticData | undefined;
      if (!data || data.uri !== doc.uri || data.version !== doc.version) continue;
      for (const fix of data.fixes) {
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          isPreferred: fix.preferred,
          edit: versionedEdit(doc.uri, doc.version, fix.edits),
        });
      }
    }
  }
  if (wants(FIX_ALL_KIND) || (only && only.includes(CodeActionKind.Source))) {
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
