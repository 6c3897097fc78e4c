import type { Amount } from './amounts';
import type { ReportDocument } from './report';
import { forEachMatch } from './text';

/** Words that make a figure last year's. */
export const LAST_YEAR = /上年|去年|上一年/;

/**
 * Which year a figure is of, by the words before it in its sentence: what tells this year's figures
 * from another year's said beside them (`2022年基本支出286.52万元…；2021年基本支出271.40万元`).
 */

const WINDOW = 120;
const YEAR = /((?:19|20)\d{2})\s*年/g;

/** The year the words before a figure name last (`2022年度本部门支出…`), else the report's. */
export function yearBefore(doc: ReportDocument, before: string): number | undefined {
  let last: string | undefined;
  if (before.includes('年')) forEachMatch(YEAR, before, (m) => (last = m[1]));
  return last !== undefined ? Number(last) : doc.year;
}

/** Where the words before a figure that say whose it is begin: its sentence's start, within a window. */
export const wordsStart = (doc: ReportDocument, a: Amount) => Math.max(doc.sentences[a.sentence].start, a.labelStart - WINDOW);

/** The words of its sentence before a figure, as far back as the window that says whose it is. */
export function wordsBefore(doc: ReportDocument, a: Amount): string {
  return doc.text.slice(wordsStart(doc, a), a.start);
}

/** Said of the report's year: no other year named before it in its sentence, nor last year. */
export function ofTheYear(doc: ReportDocument, a: Amount): boolean {
  const before = wordsBefore(doc, a);
  return yearBefore(doc, before) === doc.year && !LAST_YEAR.test(before);
}
