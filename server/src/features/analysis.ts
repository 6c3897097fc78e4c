import type { TextDocument } from 'vscode-languageserver-textdocument';
import { formatOf, lint, LintOptions, LintResult } from '../engine';

/**
 * One lint per document version and settings: diagnostics, code actions, hover, symbols and the
 * structure view all read the same result. Entries go when documents close.
 */
export class Analyses {
  private readonly cache = new Map<string, { version: number; options: LintOptions; result: LintResult }>();

  get(doc: TextDocument, options: LintOptions): LintResult {
    const hit = this.cache.get(doc.uri);
    if (hit && hit.version === doc.version && hit.options === options) return hit.result;
    const result = lint(doc.getText(), { ...options, format: doc.languageId === 'markdown' ? 'markdown' : formatOf(doc.uri) });
    this.cache.set(doc.uri, { version: doc.version, options, result });
    return result;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  clear(): void {
    this.cache.clear();
  }
}
