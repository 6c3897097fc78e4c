import { parseReport } from './document';
import type { Outline } from './outline';

const TITLE = /自评报告|绩效自评|绩效评价报告|部门整体支出绩效/;

/**
 * Whether a plain-text file reads like a self-evaluation report: a title with 自评报告 among its
 * first lines, or headings that a known outline recognises. Looks at the start only, so that
 * opening a large unrelated file costs nothing.
 */
export function looksLikeReport(text: string, outlines?: readonly Outline[]): boolean {
  const head = text.slice(0, 8000);
  const firstLines = head.split(/\r\n|\n|\r/, 12);
  if (firstLines.some((l) => TITLE.test(l) && l.trim().length <= 60)) return true;
  const doc = parseReport(head.split(/\r\n|\n|\r/).slice(0, 120).join('\n'), { outlines });
  return doc.outline !== undefined && doc.outlineChosenBy === 'recognised';
}
