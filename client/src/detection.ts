import * as vscode from 'vscode';
import { looksLikeReport } from '../../server/src/model/detect';
import { LANGUAGE_ID } from '../../server/src/protocol';

/** Languages a draft may arrive in: plain text, and Markdown for `.md` drafts. */
const CANDIDATES = new Set(['plaintext', 'markdown']);

/**
 * Plain-text files whose first lines read like a report (a title with 自评报告, or the headings of
 * a known outline) become `jixiao` documents. Other plain-text files are left alone. Files named
 * like drafts are matched by the language's filename patterns in package.json.
 */
export function maybeAdopt(doc: vscode.TextDocument): Thenable<vscode.TextDocument> | undefined {
  if (!CANDIDATES.has(doc.languageId) || doc.uri.scheme === 'output' || doc.uri.scheme === 'git') return undefined;
  if (!vscode.workspace.getConfiguration('jixiao').get<boolean>('detectPlainText', true)) return undefined;
  if (doc.languageId === 'markdown' && !/自评报告|绩效/.test(doc.fileName)) return undefined;
  if (!looksLikeReport(doc.getText(new vscode.Range(0, 0, 120, 0)))) return undefined;
  return vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
}

export function watchPlainText(): vscode.Disposable[] {
  for (const doc of vscode.workspace.textDocuments) void maybeAdopt(doc);
  return [vscode.workspace.onDidOpenTextDocument((doc) => void maybeAdopt(doc))];
}
