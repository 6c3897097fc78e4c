import type { CodeActionParams, Position, TextEdit as LspEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fixAllEdits, formatOf, insertMissingEdits, insertPartEdits, lint, LintOptions, LintResult, renumberEdits } from '../engine';
import type { CheckedText, CommandArgs } from '../protocol';
import { Commands } from '../protocol';
import type { Lang, TextEdit } from '../rules/types';
import { codeActions, toLspEdits } from '../features/codeActions';
import { completions } from '../features/completion';
import { diagnosticsOf } from '../features/diagnostics';
import { hover } from '../features/hover';
import { reportStructure } from '../features/structure';
import { documentSymbols, foldingRanges } from '../features/symbols';
import { semanticTokens } from '../features/semanticTokens';

/**
 * What the server can be asked about one document, as plain data: the same request is answered on
 * the server's own thread (small drafts) or in an analysis worker (large ones), by `answer`.
 */
export type FeatureRequest =
  | { feature: 'diagnostics' }
  | { feature: 'codeAction'; params: CodeActionParams }
  | { feature: 'documentSymbol' }
  | { feature: 'foldingRange' }
  | { feature: 'semanticTokens' }
  | { feature: 'hover'; position: Position }
  | { feature: 'completion'; position: Position }
  | { feature: 'reportStructure' }
  | { feature: 'command'; command: string; args: CommandArgs };

/** Requests a user waits on with the cursor: answered before queued background work. */
export function isInteractive(r: FeatureRequest): boolean {
  return r.feature === 'hover' || r.feature === 'completion' || r.feature === 'codeAction' || r.feature === 'command';
}

/** A command's edits, in the user's text, ready to apply. */
export interface CommandEdits {
  edits: LspEdit[];
  count: number;
}

const COMMAND_EDITS: Record<string, (r: LintResult, args: CommandArgs) => TextEdit[]> = {
  [Commands.insertMissingParts]: insertMissingEdits,
  [Commands.renumberHeadings]: renumberEdits,
  [Commands.fixAll]: fixAllEdits,
  [Commands.insertPart]: (r, args) => insertPartEdits(r, args.path ?? ''),
};

/** Own properties only: `constructor` or `toString` is no command. */
export function isCommand(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(COMMAND_EDITS, name);
}

/** The answer to one request on one analysed version of a document. Throws only on a bug in a feature. */
export function answer(request: FeatureRequest, doc: TextDocument, result: LintResult, lang: Lang): unknown {
  switch (request.feature) {
    case 'diagnostics': return diagnosticsOf(result, doc.uri, doc.version, lang);
    case 'codeAction': return codeActions(request.params, doc, result, lang);
    case 'documentSymbol': return documentSymbols(result);
    case 'foldingRange': return foldingRanges(result);
    case 'semanticTokens': return semanticTokens(result);
    case 'hover': return hover(result, request.position, lang);
    case 'completion': return completions(result, request.position, lang);
    case 'reportStructure': return reportStructure(result, doc.uri, doc.version);
    case 'command': {
      const edits = isCommand(request.command) ? COMMAND_EDITS[request.command](result, request.args) : [];
      return { edits: toLspEdits(result, edits), count: edits.length } satisfies CommandEdits;
    }
  }
}

/** The workspace check: drafts that are not open, by their text. */
export function checkTexts(files: Array<{ uri: string; text: string }>, options: LintOptions, lang: Lang): CheckedText[] {
  return files.map((f) => ({ uri: f.uri, diagnostics: diagnosticsOf(lint(f.text, { ...options, format: formatOf(f.uri) }), f.uri, -1, lang) }));
}
