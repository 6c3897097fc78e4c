import type { LineIndex } from './text';
import { findToc, Toc } from './toc';
import { findTables } from './find-tables';
import type { Table } from './tables';

/**
 * The blocks of a draft before its words are read: which lines are a table of contents, which are
 * table rows, and which are running text (prose, headings, cover lines). Headings, sentences and
 * figures are read from text lines only; tables and the 目录 are read by their own readers.
 */
export type LineKind = 'text' | 'toc' | 'table' | 'page';

/**
 * A page's number as a PDF copy leaves it between the lines of a page (`- 3 -`, `第 1 页 共 6 页`,
 * `共6页 第2页`, `3/6`): no words of the report.
 */
const PAGE_MARK = /^[\s\u3000]*(?:[-—–－]\s*[0-9０-９]{1,3}\s*[-—–－]|第\s*[0-9０-９]{1,3}\s*页(?:\s*[，,]?\s*共\s*[0-9０-９]{1,3}\s*页)?|共\s*[0-9０-９]{1,3}\s*页\s*[，,]?\s*第\s*[0-9０-９]{1,3}\s*页|[0-9０-９]{1,3}\s*[/／]\s*[0-9０-９]{1,3})[\s\u3000]*$/;

export interface Layout {
  toc?: Toc;
  tables: Table[];
  /** Lines that are not running text, and what they are. */
  kinds: Map<number, LineKind>;
}

/**
 * What is left of a page's number between two parts of a table: `·3·`, `3`, `3 -` (a `- 3 -` a
 * Markdown reader took for a list item). Only there: a line of a lone number elsewhere may be words.
 */
const PAGE_NUMBER_LEFT = /^[\s\u3000]*[-—–－·•]?[\s\u3000]*[0-9０-９]{1,3}[\s\u3000]*[-—–－·•]?[\s\u3000]*$/;

/** `续表`, `表2（续）`, `续表1`: a line that says the table goes on from the page before. */
const CONTINUED = /^[\s\u3000]*(?:续表[0-9０-９一二三四五六七八九十]*|表[0-9０-９一二三四五六七八九十]+[（(]续[）)])[\s\u3000]*$/;

/**
 * A table split over two pages, its header written again (`— 5 —` or `续表` between): one table,
 * so that its 总计 is read against the rows of both pages. Joined only when the first part has no
 * total row and the two headers are the same cells.
 */
function joinContinued(tables: Table[], lines: LineIndex): Table[] {
  const out: Table[] = [];
  for (const t of tables) {
    const prev = out[out.length - 1];
    const between = prev ? lines.lines.slice(prev.lines[prev.lines.length - 1] + 1, t.lines[0]) : [];
    const joins = prev && prev.header && t.header && prev.shape === t.shape && !prev.rows.some((r) => r.total)
      && sameCells(prev.header.cells, t.header.cells)
      && between.every((l) => l.text.trim() === '' || PAGE_MARK.test(l.text) || PAGE_NUMBER_LEFT.test(l.text) || CONTINUED.test(l.text));
    if (joins) out[out.length - 1] = { ...prev, lines: [...prev.lines, ...t.lines], rows: [...prev.rows, ...t.rows] };
    else out.push(t);
  }
  return out;
}

const sameCells = (a: { text: string }[], b: { text: string }[]) => a.length === b.length && a.every((c, i) => c.text === b[i].text);

export function readLayout(lines: LineIndex): Layout {
  const kinds = new Map<number, LineKind>();
  const toc = findToc(lines);
  if (toc) for (let l = toc.titleLine; l <= toc.endLine; l++) kinds.set(l, 'toc');
  const tables = joinContinued(findTables(lines, new Set(kinds.keys())), lines);
  for (const t of tables) for (const l of t.lines) kinds.set(l, 'table');
  for (const l of lines.lines) if (l.text.length <= 24 && !kinds.has(l.index) && PAGE_MARK.test(l.text)) kinds.set(l.index, 'page');
  return { toc, tables, kinds };
}

export function lineKind(layout: Layout, line: number): LineKind {
  return layout.kinds.get(line) ?? 'text';
}

/** A 目录 line or a page's number: words that are not the report's own, for the text rules to pass over. */
export function notReportWords(layout: Layout, line: number): boolean {
  const kind = layout.kinds.get(line);
  return kind === 'toc' || kind === 'page';
}
