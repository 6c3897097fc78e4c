import type { Outline } from '../model/outline';
import { looksLikeReport } from '../model/detect';
import { parseReport } from '../model/document';
import type { ReportDocument } from '../model/report';

/**
 * A text file found in a folder is checked only if it reads as a report (`looksLikeReport`): a
 * title among its first lines, or headings that an outline recognises in its first 120 lines
 * (8,000 characters). For a short draft those first lines are the whole draft, so the parse that
 * recognises the outline is the very parse that checking it starts with: it is made once here and
 * handed on, instead of twice. These limits are `looksLikeReport`'s; test/unit/cli-detect.test.ts
 * holds the two to the same answers, at the limits too.
 */
const HEAD_CHARS = 8000;
const HEAD_LINES = 120;

export interface Detected {
  report: boolean;
  /** The parse of the whole text as plain text with no outline asked for, when one was made. */
  doc?: ReportDocument;
}

/** `looksLikeReport`'s answer, with the whole plain text's parse when it took one. */
export function detectReport(text: string, outlines: readonly Outline[]): Detected {
  if (text.length > HEAD_CHARS || text.includes('\r') || lineCountAbove(text, HEAD_LINES)) return { report: looksLikeReport(text, outlines) };
  const doc = parseReport(text, { outlines });
  // Recognised in the whole text is recognised in its head (the same text); otherwise the title
  // decides, and looksLikeReport looks at it first.
  const report = (doc.outline !== undefined && doc.outlineChosenBy === 'recognised') || looksLikeReport(text, outlines);
  return { report, doc };
}

function lineCountAbove(text: string, max: number): boolean {
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) if (++lines > max) return true;
  return false;
}
