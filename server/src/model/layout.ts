import type { LineIndex } from './text';
import { findToc, Toc } from './toc';
import { findTables, Table } from './tables';

/**
 * The blocks of a draft before its words are read: which lines are a table of contents, which are
 * table rows, and which are running text (prose, headings, cover lines). Headings, sentences and
 * figures are read from text lines only; tables and the 目录 are read by their own readers.
 */
export type LineKind = 'text' | 'toc' | 'table';

export interface Layout {
  toc?: Toc;
  tables: Table[];
  /** Lines that are not running text, and what they are. */
  kinds: Map<number, LineKind>;
}

export function readLayout(lines: LineIndex): Layout {
  const kinds = new Map<number, LineKind>();
  const toc = findToc(lines);
  if (toc) for (let l = toc.titleLine; l <= toc.endLine; l++) kinds.set(l, 'toc');
  const tables = findTables(lines, new Set(kinds.keys()));
  for (const t of tables) for (const l of t.lines) kinds.set(l, 'table');
  return { toc, tables, kinds };
}

export function lineKind(layout: Layout, line: number): LineKind {
  return layout.kinds.get(line) ?? 'text';
}
