import { parseReport } from './document';
import type { Outline } from './outline';
import type { ReportDocument } from './report';

const TITLE = /自评报告|绩效自评|绩效评价报告|部门整体支出绩效/;
/** Only the start of a file is read, so that opening a large unrelated file costs nothing. */
const HEAD_CHARS = 8000;
const HEAD_LINES = 120;
const TITLE_LINES = 12;
const LINE_BREAK = /\r\n|\n|\r/;

const hasTitle = (lines: string[]) => lines.slice(0, TITLE_LINES).some((l) => TITLE.test(l) && l.trim().length <= 60);
const recognised = (doc: ReportDocument) => doc.outline !== undefined && doc.outlineChosenBy === 'recognised';

/**
 * Whether a plain-text file reads like a self-evaluation report: a title with 自评报告 among its
 * first lines, or headings that a known outline recognises in its first 120 lines (8,000 characters).
 */
export function looksLikeReport(text: string, outlines?: readonly Outline[]): boolean {
  return headLooksLikeReport(headLines(text), outlines);
}

const headLines = (text: string) => text.slice(0, HEAD_CHARS).split(LINE_BREAK);

function headLooksLikeReport(lines: string[], outlines?: readonly Outline[]): boolean {
  return hasTitle(lines) || recognised(parseReport(lines.slice(0, HEAD_LINES).join('\n'), { outlines }));
}

export interface Detected {
  report: boolean;
  /** The parse of the whole text as plain text with no outline asked for, when one was made. */
  doc?: ReportDocument;
}

/**
 * `looksLikeReport`'s answer, with the parse it took when that parse read the whole draft (a short
 * draft with `\n` line breaks is its own head): checking the draft can start from it instead of
 * parsing it again.
 */
export function detectReport(text: string, outlines?: readonly Outline[]): Detected {
  const lines = headLines(text);
  const whole = text.length <= HEAD_CHARS && lines.length <= HEAD_LINES && !text.includes('\r');
  if (!whole) return { report: headLooksLikeReport(lines, outlines) };
  const doc = parseReport(text, { outlines });
  return { report: recognised(doc) || hasTitle(lines), doc };
}
