import { DocumentSymbol, FoldingRange, FoldingRangeKind, SymbolKind } from 'vscode-languageserver';
import type { Entry, ReportDocument } from '../model/document';
import { LintResult, modelPosition } from '../engine';
import { keyFigureText, keyRelations, shownWrong } from '../engine/figures';

const KIND: Record<number, SymbolKind> = { 1: SymbolKind.Module, 2: SymbolKind.Namespace, 3: SymbolKind.Class, 4: SymbolKind.Field };

/** Last line of a section that has text (trailing blank lines do not belong to the part). */
function lastTextLine(doc: ReportDocument, e: Entry): number {
  let l = Math.min(e.endLine, doc.lines.lines.length - 1);
  while (l > e.line && doc.lines.lines[l].text.trim() === '') l--;
  return l;
}

/** Headings, and numbered items that carry a project's figures (`1．项目“业务性专项经费”…`). */
function shown(doc: ReportDocument, e: Entry): boolean {
  return e.isHeading || keyRelations(doc, e).some((r) => r.kind === 'fund');
}

function nameOf(e: Entry): string {
  const title = e.title.trim();
  const short = title.length > 40 ? title.slice(0, 40) + '…' : title;
  return `${e.number?.raw.trim() ?? ''}${short}`;
}

export function documentSymbols(result: LintResult): DocumentSymbol[] {
  const doc = result.doc;
  const roots: DocumentSymbol[] = [];
  const symbolOf = new Map<Entry, DocumentSymbol>();
  for (const e of doc.entries) {
    if (!shown(doc, e)) continue;
    const last = lastTextLine(doc, e);
    const figures = keyRelations(doc, e).slice(0, 3).map((r) => keyFigureText(r, shownWrong(result, r))).join(' · ');
    const sym: DocumentSymbol = {
      name: nameOf(e) || '（无标题）',
      detail: figures || undefined,
      kind: KIND[e.level],
      range: { start: { line: e.line, character: 0 }, end: { line: last, character: doc.input.sourceLines.lines[last].text.length } },
      selectionRange: { start: modelPosition(doc, e.titleStart), end: { line: e.line, character: doc.input.sourceLines.lines[e.line].text.length } },
      children: [],
    };
    symbolOf.set(e, sym);
    let parent = e.parent;
    while (parent && !symbolOf.has(parent)) parent = parent.parent;
    if (parent) symbolOf.get(parent)!.children!.push(sym);
    else roots.push(sym);
  }
  return roots;
}

export function foldingRanges(result: LintResult): FoldingRange[] {
  const doc = result.doc;
  const out: FoldingRange[] = [];
  for (const e of doc.entries) {
    if (!e.isHeading) continue;
    const last = lastTextLine(doc, e);
    if (last > e.line) out.push({ startLine: e.line, endLine: last, kind: FoldingRangeKind.Region });
  }
  if (doc.coverEndLine > 1) out.push({ startLine: 0, endLine: doc.coverEndLine - 1, kind: FoldingRangeKind.Comment });
  return out;
}
