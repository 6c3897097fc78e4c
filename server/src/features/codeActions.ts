import { CodeAction, CodeActionKind, CodeActionParams, TextDocumentEdit, TextEdit as LspEdit, WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LintResult } from '../engine';
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

type Pos = { line: number; character: number };

function isPosition(p: unknown, doc: TextDocument): p is Pos {
  const x = p as Pos;
  return !!x && Number.isInteger(x.line) && Number.isInteger(x.character) && x.line >= 0 && x.character >= 0 && x.line < doc.lineCount;
}

/** Diagnostic data as the client returns it, checked field by field; anything else is no fix. */
export function validFixData(raw: unknown, doc: TextDocument): DiagnosticData | undefined {
  const d = raw as DiagnosticData;
  if (!d || typeof d !== 'object' || typeof d.uri !== 'string' || typeof d.version !== 'number' || !Array.isArray(d.fixes)) return undefined;
  const ok = d.fixes.every((f) => f && typeof f.title === 'string' && typeof f.preferred === 'boolean' && Array.isArray(f.edits)
    && f.edits.every((e) => e && typeof e.newText === 'string' && isPosition(e.range?.start, doc) && isPosition(e.range?.end, doc)));
  return ok ? d : undefined;
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
      // The data comes back from the client: used only if it has the shape we sent and fits the text.
      const data = validFixData(d.data, doc);
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
