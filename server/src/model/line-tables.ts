import { alignedByScreen, isWrappedCellLine, screenSpans, SpacedRow, spacedRow, spacedToHeader, usualGap } from './spaced-rows';
import { gridStart, groupRow, LineBlock, ONE_TAB, PIPE_RULE, ruleOrMoreOfRow, rowCells, singleSpacedHeaderRow, splitCells } from './table-lines';
import { indentDepth, isHeaderRow, isIndented, makeRow, NUMERIC_CELL, roleOf, Table, TableCell, withColumns } from './tables';
import type { Line, LineIndex } from './text';

/** Runs of row lines (tab, pipe, grid, lined up with spaces) read as tables: their header, their rows. */

/**
 * A tab row with fewer cells than its header: runs of tabs are read as one separator (columns
 * lined up by hand), but Word writes an empty cell as a tab of its own (`合计\t\t100\t93.5`).
 * Split at every tab, the row is taken when that gives the header's width.
 */
function alignedToHeader(cells: TableCell[], line: Line, width: number): TableCell[] {
  if (cells.length === width) return cells;
  const exact = splitCells(line.text, line.start, line.index, ONE_TAB);
  return exact.length === width ? exact : cells;
}

/**
 * A header over two rows, as Word writes a merged one: `序号\t项目名称\t资金来源\t\t\t实际支出` over
 * `\t\t年初预算\t上级转移支付\t年中调增\t`. Only when both rows split at every tab into the same width.
 */
function twoTabRowHeader(tableLines: number[], lines: LineIndex): TableCell[] | undefined {
  if (tableLines.length < 3) return undefined;
  const [upperLine, lowerLine] = [lines.lines[tableLines[0]], lines.lines[tableLines[1]]];
  const upper = splitCells(upperLine.text, upperLine.start, upperLine.index, ONE_TAB);
  const lower = splitCells(lowerLine.text, lowerLine.start, lowerLine.index, ONE_TAB);
  // `\t年初\t全年` under `项目名称\t预算数\t\t实际支出\t执行率`: a copy drops the lower row's empty end.
  return lower.length <= upper.length ? twoRowHeader(upper, lower) : undefined;
}

/**
 * A merged header cell over the columns it spans, which the row below names: left empty past its
 * first column (Word) or copied into each (`| 预算数 | 预算数 | 预算数 |` over `| 年初预算 | 年中调整 |
 * 全年预算 |`, a Markdown export). Each column is named by its lower cell, or by the upper one where
 * the lower is empty (a cell merged down). Only when the lower fills some merged cell and neither
 * row holds a figure.
 */
export function twoRowHeader(upper: TableCell[], lower: TableCell[]): TableCell[] | undefined {
  if (lower.length < 2 || upper.length < 3) return undefined;
  if ([...upper, ...lower].some((c) => NUMERIC_CELL.test(c.text))) return undefined;
  // A cell of a span: empty past its first column, that first column, or a name copied into each.
  const merged = (c: TableCell, i: number) => c.text === '' || upper[i + 1]?.text === '' || upper.some((d, j) => j !== i && d.text === c.text);
  if (!upper.some((c, i) => merged(c, i) && lower[i]?.text)) return undefined;
  // (`项目名称 | “送戏下乡”文化惠民工程` over `项目资金 | 年初预算数 | …`: a row of the form, no header. A kind
  // under a year, `2021年` over `决算数`, is a header's two rows.)
  if (lower.some((c, i) => c.text && !merged(upper[i], i) && withPeriod(c.text, upper[i]?.text ?? '') === c.text)) return undefined;
  let spanning = '';
  return upper.map((c, i) => {
    if (c.text) spanning = c.text;
    const below = lower[i];
    if (!below?.text) return c;
    // `年初` under `预算数` spanning it is the column `年初预算数`.
    const named = roleOf(below.text) === 'other' && roleOf(below.text + spanning) !== 'other' ? below.text + spanning : withPeriod(below.text, spanning);
    return { ...below, text: named };
  });
}

const YEAR_ONLY = /^((19|20)\d{2}年度?|上年度?|本年度?)$/;
const KIND_ONLY = /^(预算|决算|执行|实际支出|支出)(数|金额)?$/;

/**
 * `决算数` over `2021年 | 2022年`, `2022年` over `预算数 | 决算数`: each column is of that year and kind
 * (`2021年决算数`), which a change column beside them compares (`比上年增减`: the two years' 决算).
 */
function withPeriod(below: string, spanning: string): string {
  if (YEAR_ONLY.test(below) && KIND_ONLY.test(spanning)) return below + spanning;
  return YEAR_ONLY.test(spanning) && KIND_ONLY.test(below) ? spanning + below : below;
}

/**
 * Rows lined up with spaces are a table when there are two at least and they hold a figure or a
 * header of known columns: a cover's `填报单位：…    联系人：…` lines hold neither. Each body row is
 * put in the header's columns by its gaps, or left without columns.
 */
function spacedTable(block: LineBlock, lines: LineIndex): Table | undefined {
  const rows = block.spaced;
  if (rows.length < 2) return undefined;
  const lower = lowerHeader(rows);
  const header = lower ? makeRow(lower) : isHeaderRow(rows[0].cells) ? makeRow(rows[0].cells) : undefined;
  if (!header && !rows.some((r) => r.cells.some((c) => NUMERIC_CELL.test(c.text)))) return undefined;
  const step = usualGap(rows);
  // A figure is never a row's name, nor its 序号 unless a small whole number.
  const figureFits = (c: TableCell, column: number) => {
    const role = roleOf(header!.cells[column].text);
    return !NUMERIC_CELL.test(c.text) || (role !== 'name' && (role !== 'seq' || /^[0-9]{1,3}$/.test(c.text)));
  };
  // Where the header's cells stand on the screen, worked out for the first row whose gaps do not say.
  let headerSpans: Array<[number, number]> | undefined;
  const byScreen = (r: SpacedRow) => {
    headerSpans ??= header!.cells.flatMap((c) => screenSpans([c], lines.lines[c.line]));
    return alignedByScreen(r.cells, screenSpans(r.cells, lines.lines[r.cells[0].line]), headerSpans, figureFits);
  };
  const bodyRows = header ? rows.slice(lower ? 2 : 1) : rows;
  // `  人员经费` under `基本支出`: a row that starts further in than the table's rows do is under the one above.
  const lead = (r: SpacedRow) => indentDepth(lines.lines[r.cells[0].line], r.cells);
  const least = bodyRows.reduce((m, r) => Math.min(m, lead(r)), Infinity);
  const body = bodyRows.map((r) => {
    const line = lines.lines[r.cells[0].line];
    const cells = header ? spacedToHeader(r, header.cells.length, step) ?? byScreen(r) : r.cells;
    return makeRow(cells ?? r.cells, /^ ?\u3000/.test(line.text) || lead(r) > least, cells === undefined, lead(r) - least);
  });
  return withColumns({ shape: 'space', lines: block.lines, header, rows: body }, lines);
}

/**
 * `单位名称   收入   支出` over `年初预算  调整  小计  基本支出  项目支出  结余`, lined up with spaces:
 * a header over two rows, whose lower row names every column but the first. Taken when the lower
 * row is a header of its own, holds no figure, and with the upper row's first cell has the width
 * of the rows under it.
 */
function lowerHeader(rows: SpacedRow[]): TableCell[] | undefined {
  const [upper, lower, first] = rows;
  if (!first || !isHeaderRow(lower.cells) || lower.cells.some((c) => NUMERIC_CELL.test(c.text))) return undefined;
  const cells = [upper.cells[0], ...lower.cells];
  return first.cells.length === cells.length && upper.cells.length < cells.length ? cells : undefined;
}


/**
 * A table Word wrote out (or one typed with a tab for every cell): split at every tab, each of its
 * lines has as many cells, the empty ones of merged cells included (`支出功能分类科目\t\t合计…`, a
 * row under a merged first cell `\t档案事务—档案馆\t109.32…`). Read so, its cells keep their columns.
 */
function tabGrid(block: LineBlock, lines: LineIndex): TableCell[][] | undefined {
  if (block.shape !== 'tab' || block.lines.length < 2) return undefined;
  // Most tab tables have no empty cell: no line is split a second time for them.
  const emptyCell = (text: string) => text.includes('\t\t') || text.startsWith('\t') || text.endsWith('\t');
  if (!block.lines.some((l) => emptyCell(lines.lines[l].text))) return undefined;
  const split = block.lines.map((l) => splitCells(lines.lines[l].text, lines.lines[l].start, l, ONE_TAB));
  const width = split[0].length;
  if (width < 2 || !split.every((r) => r.length === width)) return undefined;
  // Only where a run of tabs stood for empty cells: otherwise the rows are as read already.
  return split.some((r, k) => r.length !== block.rows[k].length) ? split : undefined;
}

/** A block of tab or pipe rows as a table: its header (on one row or two), and its rows under it. */
function cellTable(block: LineBlock, lines: LineIndex): Table {
  const grid = tabGrid(block, lines);
  const blockRows = grid ?? block.rows;
  const twoRows = block.shape === 'tab' ? twoTabRowHeader(block.lines, lines) : block.shape === 'pipe' && blockRows.length >= 3 ? twoRowHeader(blockRows[0], blockRows[1]) : undefined;
  const head = twoRows ?? blockRows[0];
  const headRows = twoRows ? 2 : 1;
  // Markdown says which row heads a pipe table: the one above its `|---|` row.
  const delimited = block.shape === 'pipe' && block.ruledHeader === true;
  const header = isHeaderRow(head) || (delimited && !head.some((c) => NUMERIC_CELL.test(c.text))) ? makeRow(head) : undefined;
  let body = header ? blockRows.slice(headRows) : blockRows;
  // The lines of the body's rows (a pipe table's rule line is no row).
  const rowLines = block.lines.filter((l) => !block.notRows?.has(l)).slice(header ? headRows : 0);
  if (header && block.shape === 'tab' && !grid) body = body.map((cells, k) => alignedToHeader(cells, lines.lines[rowLines[k]], header.cells.length));
  // A row with words or figures past the header's last column (a header cell merged across two,
  // copied as one): which column each cell is under is not known.
  const wider = (cells: TableCell[]) => {
    for (let i = header ? header.cells.length : cells.length; i < cells.length; i++) if (cells[i].text) return true;
    return false;
  };
  // In a grid an empty first cell is merged from the row above, not an indent.
  const rows = body.map((cells, k) => makeRow(cells, isIndented(lines.lines[rowLines[k]], cells, grid !== undefined), wider(cells), indentDepth(lines.lines[rowLines[k]], cells)));
  return withColumns({ shape: block.shape, lines: block.lines, header, rows }, lines);
}

/** A line right under a spaced row holding the rest of its wrapped cells: a line of the table, no row. */
function wrapsRowAbove(lines: LineIndex, l: Line, block: LineBlock, pageLines: ReadonlySet<number>): boolean {
  const above = block.spaced[block.spaced.length - 1];
  if (!above || block.lines[block.lines.length - 1] !== l.index - 1) return false;
  if (isWrappedCellLine(l, above, lines.lines[above.cells[0].line])) return true;
  // `档案安全检查及设施  6.00 …` / `维护经费` / `档案宣传…  5.00 …`: the end of a name a PDF wrapped, at the
  // line's start as the name is, with the table going on below it (on the next page, too).
  let n = l.index + 1;
  while (pageLines.has(n)) n++;
  const next = lines.lines[n];
  return WRAPPED_NAME.test(l.text) && above.gaps[0] === 0 && next !== undefined && rowCells(next.text, next.start, next.index)?.shape === 'space';
}

const WRAPPED_NAME = /^[\u4e00-\u9fff]{1,12}$/;

/**
 * `项目资金（万元）\t年初预算数…` rows, then `一级指标\t二级指标\t…\t分值\t得分` and its rows: a 自评表's
 * tables copied one under the other. A header row among a tab table's rows (past a two-row header,
 * under a row that is none) starts the next table.
 */
function splitAtHeaders(block: LineBlock): LineBlock[] {
  if (block.shape !== 'tab') return [block];
  const out: LineBlock[] = [];
  let from = 0;
  for (let k = 3; k < block.rows.length; k++) {
    if (k - from < 3 || !isHeaderRow(block.rows[k]) || isHeaderRow(block.rows[k - 1])) continue;
    out.push({ ...block, lines: block.lines.slice(from, k), rows: block.rows.slice(from, k) });
    from = k;
  }
  if (from === 0) return [block];
  out.push({ ...block, lines: block.lines.slice(from), rows: block.rows.slice(from) });
  return out;
}

/**
 * `填报单位：…\t金额单位：万元` and `主管部门\t…\t实施单位\t…` above a 自评表's header: rows of their own.
 * So is a name and its value (`项目名称\t…专项经费`), though both its words name columns. (Lined up
 * with spaces, not the upper row of a header over two rows.)
 */
function rowsAboveHeaderApart(block: LineBlock): LineBlock[] {
  const top = block.rows[0];
  const shaped = block.shape === 'tab' || (block.shape === 'space' && !lowerHeader(block.spaced));
  const above = shaped && top && (top.length === 2 || !isHeaderRow(top));
  const at = above ? [1, 2].find((k) => block.rows[k] && block.rows[k].length > 2 && isHeaderRow(block.rows[k])) : undefined;
  if (at === undefined) return [block];
  // (A spaced block's lines include those a wrapped cell goes on at: split by the header's line.)
  const from = block.rows[at][0].line;
  const part = (keep: (line: number) => boolean, rows: TableCell[][], spaced: SpacedRow[]): LineBlock => ({ ...block, lines: block.lines.filter(keep), rows, spaced });
  return [
    part((l) => l < from, block.rows.slice(0, at), block.spaced.slice(0, at)),
    part((l) => l >= from, block.rows.slice(at), block.spaced.slice(at)),
  ];
}

/**
 * `                    四、卫生健康支出      612,480.30` in a two-sided table lined up with spaces: a row
 * of the right side only, its left cells empty (a wide gap before it, two cells at least).
 */
function rightCellsOnly(l: Line, current: LineBlock): { cells: TableCell[]; shape: 'space'; spaced: SpacedRow } | undefined {
  if (current.shape !== 'space' || !/^ {12,}\S/.test(l.text)) return undefined;
  const spaced = spacedRow(l.text, l.start, l.index, 2);
  return spaced && { cells: spaced.cells, shape: 'space', spaced };
}

/** Tab, pipe and spaced tables: consecutive row lines (a single blank line may separate rows). */
export function lineTables(lines: LineIndex, skip: Set<number>, pageLines: ReadonlySet<number> = new Set()): Table[] {
  const out: Table[] = [];
  let current: LineBlock | undefined;
  const flush = () => {
    if (current?.shape === 'space') {
      for (const block of rowsAboveHeaderApart(current)) {
        const table = spacedTable(block, lines);
        if (table) out.push(table);
      }
    } else if (current && current.rows.length > 0) {
      for (const block of splitAtHeaders(current)) for (const part of rowsAboveHeaderApart(block)) out.push(cellTable(part, lines));
    }
    current = undefined;
  };
  for (const l of lines.lines) {
    if (skip.has(l.index)) {
      flush();
      continue;
    }
    // `| 绩效指标 | 一级指标 | … |` then `|---|`: Markdown's word that a new table begins at the row above.
    if (current?.shape === 'pipe' && !current.grid && current.rows.length > 1 && PIPE_RULE.test(l.text)) {
      const header = current.rows.pop()!;
      const headerLine = current.lines.pop()!;
      flush();
      current = { shape: 'pipe', lines: [headerLine, l.index], rows: [header], spaced: [], notRows: new Set([l.index]), ruledHeader: true };
      continue;
    }
    if (ruleOrMoreOfRow(current, l) || (!current && (current = gridStart(l)))) continue;
    const row = l.text.length <= 4000 ? rowCells(l.text, l.start, l.index) ?? (current ? rightCellsOnly(l, current) : singleSpacedHeaderRow(lines, l)) : undefined;
    const group = !row && current ? groupRow(lines, l, current.shape) : undefined;
    if (group) {
      current!.lines.push(l.index);
      current!.rows.push(group);
      if (current!.shape === 'space') current!.spaced.push({ cells: group, gaps: [0] });
      continue;
    }
    if (!row && current?.shape === 'space' && wrapsRowAbove(lines, l, current, pageLines)) {
      current.lines.push(l.index);
      continue;
    }
    if (!row) {
      const next = lines.lines[l.index + 1];
      const blankBetween = l.text.trim() === '' && current && next && (rowCells(next.text, 0, 0)?.shape === current.shape || groupRow(lines, next, current.shape));
      if (!blankBetween) flush();
      continue;
    }
    if (current && current.shape !== row.shape) flush();
    current ??= { shape: row.shape, lines: [], rows: [], spaced: [] };
    current.lines.push(l.index);
    current.rows.push(row.cells);
    if (row.spaced) current.spaced.push(row.spaced);
  }
  flush();
  return out;
}

