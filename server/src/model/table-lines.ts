import { parseNumberPrefix } from './numbering';
import { singleSpacedHeader, singleSpacedRow, SpacedRow, spacedRow } from './spaced-rows';
import type { TableCell } from './tables';
import { Line, LineIndex, nextLineOfWords } from './text';

/**
 * The cells of one line of a table pasted as text: split at its tabs or its `|`, or lined up with
 * spaces; and the lines that belong to a table without being rows of cells (a group's name).
 */

export function splitCells(text: string, lineStart: number, line: number, sep: RegExp): TableCell[] {
  const cells: TableCell[] = [];
  let from = 0;
  const push = (to: number) => {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    cells.push({ line, start: lineStart + from + lead, end: lineStart + from + lead + t.length, text: t, index: -1 });
  };
  sep.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = sep.exec(text)) !== null) {
    push(m.index);
    from = m.index + m[0].length;
  }
  push(text.length);
  return cells;
}

const PIPE = /\|/g;
const TABS = /\t+/g;
export const ONE_TAB = /\t/g;
export const PIPE_RULE = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)+\|?\s*$/
/** A grid table's rule (pandoc's `+------+------+`), and the one under its header (`+======+`). */
export const GRID_RULE = /^\s*\+(?:[-=:]{2,}\+)+\s*$/;
const GRID_HEAD_RULE = /^\s*\+(?:[=:]{2,}\+)+\s*$/;

/** A line that rules a table of `|` rows: under its header, or between its rows. */
export function pipeRule(text: string): 'head' | 'row' | undefined {
  if (GRID_RULE.test(text)) return GRID_HEAD_RULE.test(text) ? 'head' : 'row';
  return PIPE_RULE.test(text) ? 'head' : undefined;
}

/**
 * `| 馆藏档案抢救 |  8.00 | … |` / `| 保护经费     |       | … |`: in a grid table the lines between two
 * rules are one row, its cells written on several lines. The row with the line's cells added, when
 * the line has as many cells and no column has figures on both lines; else undefined.
 */
export function gridContinuation(l: Line, row: TableCell[]): TableCell[] | undefined {
  const t = l.text.trim();
  if (!t.startsWith('|') || !t.endsWith('|') || t.length < 3) return undefined;
  const more = pipeCells(l.text, l.start, l.index);
  if (more.length !== row.length || more.some((c, i) => c.text && row[i].text && /[0-9０-９]/.test(c.text + row[i].text))) return undefined;
  return row.map((c, i) => (!more[i].text ? c : !c.text ? more[i] : { ...c, text: c.text + more[i].text }));
}

export type LineRowShape = 'tab' | 'pipe' | 'space';

/** The cells between a line's `|`s: a row that opens with one has no cell before it, nor after its last. */
function pipeCells(text: string, lineStart: number, line: number): TableCell[] {
  const opens = /^\s*\|/.test(text);
  if (!opens) return splitCells(text, lineStart, line, PIPE);
  const lead = text.indexOf('|');
  const trail = text.lastIndexOf('|');
  return splitCells(text.slice(lead + 1, trail === lead ? undefined : trail), lineStart + lead + 1, line, PIPE);
}

/** The cells of one line, when the line is a table row (tab or pipe separated, or lined up with spaces). */
export function rowCells(text: string, lineStart: number, line: number): { cells: TableCell[]; shape: LineRowShape; spaced?: SpacedRow } | undefined {
  if (text.includes('|') && (text.match(/\|/g) ?? []).length >= 2) {
    const cells = pipeCells(text, lineStart, line);
    if (cells.filter((c) => c.text).length >= 2) return { cells, shape: 'pipe' };
    // `|  | 一、优抚对象补助 |  |  |`: a pipe row with one cell filled is no row lined up with spaces.
    if (/^\s*\|/.test(text)) return undefined;
  }
  if (text.includes('\t')) {
    const split = splitCells(text, lineStart, line, TABS);
    // Rows without an empty cell (most) are taken as they are, without copies.
    const cells = split.every((c) => c.text) ? split : split.filter((c, i, all) => c.text || (i > 0 && i < all.length - 1));
    const filled = cells === split ? split : cells.filter((c) => c.text);
    if (filled.length < 2) return undefined;
    // `一、\t基本情况`: Word's numbering with a tab after it is a heading, not a row. So is `一\t基本情况`,
    // where the line has those two cells only (`一\t优抚类\t\t` is a table's category row).
    if (filled.length === 2 && parseNumberPrefix(filled[0].text)?.end === filled[0].text.length) return undefined;
    if (split.length === 2 && parseNumberPrefix(`${filled[0].text}\t${filled[1].text}`)?.style === 'cn-space') return undefined;
    return { cells: filled.length === cells.length ? cells : filled, shape: 'tab' };
  }
  // Trailing spaces (a copy that pads its lines) are no gap between cells.
  const body = text.endsWith(' ') ? text.trimEnd() : text;
  const spaced = body.includes('  ') || body.includes('\u3000') ? spacedRow(text, lineStart, line) : body.includes(' ') ? singleSpacedRow(body, lineStart, line) : undefined;
  return spaced && { cells: spaced.cells, shape: 'space', spaced };
}

/** `项目 2022年 2023年` right above a row one space apart with as many cells: the row's header. */
export function singleSpacedHeaderRow(lines: LineIndex, l: Line): { cells: TableCell[]; shape: LineRowShape; spaced: SpacedRow } | undefined {
  const next = lines.lines[l.index + 1];
  if (!next || !l.text.includes(' ')) return undefined;
  const below = singleSpacedRow(next.text.trimEnd(), next.start, next.index);
  const header = below && singleSpacedHeader(l.text.trimEnd(), l.start, l.index, below.cells.length);
  return header && { cells: header.cells, shape: 'space', spaced: header };
}

const SEQ_GROUP = /^[一二三四五六七八九十]{1,3}[ \u3000]{2,}[^\s0-9]{2,20}$/;

/**
 * `一、基本支出\t\t\t` between the rows of a tab table, `| | 一、优抚对象补助 | | |` in a pipe table,
 * `二、项目支出` alone between those of a table lined up with spaces: a row naming a group of the
 * rows below it, its other cells empty (as Word copies a merged or blank cell). Only between two
 * rows of the table: a heading typed right after a table is no row. A line with spaces only is
 * numbered, short and no sentence.
 */
export function groupRow(lines: LineIndex, l: Line, shape: LineRowShape): TableCell[] | undefined {
  if (l.text.length > 200) return undefined;
  let cells: TableCell[];
  if (shape === 'pipe') {
    // `|  | **一、优抚对象补助** |  |  |  |`: a Markdown row with one cell filled.
    const t = l.text.trim();
    if (!t.startsWith('|') || !t.endsWith('|') || t.length < 3) return undefined;
    cells = pipeCells(l.text, l.start, l.index);
    if (cells.filter((c) => c.text).length !== 1) return undefined;
  } else if (shape === 'tab' && l.text.includes('\t')) {
    cells = splitCells(l.text, l.start, l.index, ONE_TAB);
    if (cells.length < 2 || !cells[0].text || cells.slice(1).some((c) => c.text)) return undefined;
  } else {
    // A numbered line between rows: `一、一般公共预算` over tab rows (a cell merged across the row,
    // copied without its tabs), or over rows lined up with spaces.
    const text = l.text.trim();
    const number = parseNumberPrefix(text);
    // `二    项目支出`: the group's numeral in a 序号 column, its name in the next.
    const inSeqColumn = shape !== 'tab' && !number && SEQ_GROUP.test(text);
    if ((!number && !inSeqColumn) || text.length > 30 || /[。；;，,：:\t]/.test(text) || (number && number.end >= text.length)) return undefined;
    const lead = l.text.length - l.text.trimStart().length;
    cells = [{ line: l.index, start: l.start + lead, end: l.start + lead + text.length, text, index: -1 }];
  }
  // The next row, or the one after a blank line (a copy that puts one after every paragraph).
  const next = lines.lines[nextLineOfWords(lines.lines, l.index)];
  // (`二、项目支出\t` ending the text: a row the cut left its name and tab only, no heading.)
  if (!next) return shape === 'tab' && l.text.endsWith('\t') ? cells : undefined;
  return rowCells(next.text, next.start, next.index)?.shape === shape ? cells : undefined;
}

/** Lines read together as one table, before their header and rows are told apart. */
export interface LineBlock {
  shape: LineRowShape;
  lines: number[];
  rows: TableCell[][];
  spaced: SpacedRow[];
  /** A `|---|` (or grid `+===+`) rule right under the first row: Markdown's word that it is the header. */
  ruledHeader?: boolean;
  /** Its rule lines, and the lines of a grid table that hold more of the row above's cells. */
  notRows?: Set<number>;
  /** pandoc's grid table (`+------+`): the lines between two rules are one row. */
  grid?: boolean;
}

/**
 * A rule line of a pipe or grid table, or a grid row's next line: taken into the block (false if
 * the line is neither). A rule right under the first row marks it the header.
 */
export function ruleOrMoreOfRow(block: LineBlock | undefined, l: Line): boolean {
  if (block?.shape !== 'pipe') return false;
  const rule = pipeRule(l.text);
  const last = block.rows.length - 1;
  const merged = !rule && block.grid && last >= 0 && block.lines[block.lines.length - 1] === l.index - 1 && !block.notRows?.has(l.index - 1)
    ? gridContinuation(l, block.rows[last]) : undefined;
  if (!rule && !merged) return false;
  block.lines.push(l.index);
  (block.notRows ??= new Set()).add(l.index);
  block.grid ||= GRID_RULE.test(l.text);
  if (merged) block.rows[last] = merged;
  else if (rule === 'head' && block.rows.length === 1) block.ruledHeader = true;
  return true;
}

/** pandoc's grid table opens with a rule (`+------+------+`) above its first row. */
export function gridStart(l: Line): LineBlock | undefined {
  return pipeRule(l.text) && l.text.trim().startsWith('+') ? { shape: 'pipe', lines: [l.index], rows: [], spaced: [], notRows: new Set([l.index]), grid: true } : undefined;
}
