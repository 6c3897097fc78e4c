import type { Position } from '../model/text';
import { toSource, toView } from '../model/source';
import type { ReportDocument } from '../model/report';

/**
 * Offsets ↔ LSP positions (0-based lines, UTF-16 characters), for both front ends. Findings and
 * fixes are in offsets of the user's text; figures and headings of the model in offsets of the text
 * it reads (the same for plain text, without markup for Markdown).
 */
export interface Range {
  start: Position;
  end: Position;
}

export function sourceRange(doc: ReportDocument, start: number, end: number): Range {
  const lines = doc.input.sourceLines;
  return { start: lines.positionAt(start), end: lines.positionAt(end) };
}

export function modelRange(doc: ReportDocument, start: number, end: number): Range {
  return sourceRange(doc, toSource(doc.input, start), toSource(doc.input, end));
}

/** A position in the user's text as an offset in the text the model reads. */
export function modelOffsetAt(doc: ReportDocument, pos: Position): number {
  return toView(doc.input, doc.input.sourceLines.offsetAt(pos));
}

export function modelPosition(doc: ReportDocument, offset: number): Position {
  return doc.input.sourceLines.positionAt(toSource(doc.input, offset));
}
