import type { LineIndex } from './text';
import { lineTables } from './line-tables';
import { ColumnRole, EMPTY_CELL, makeRow, NUMERIC_CELL, roleOf, Table, TableCell, TableRow, withColumns } from './tables';

/**
 * Every table of a draft: the tables of rows on a line (tab, pipe, lined up with spaces), and the
 * tables a web page's copy leaves one cell per line.
 */

const MAX_CELL = 40;
// (`合计` on a line of its own is a total row's name as often as a column's.)
const NO_HEADER_ROLES = new Set<ColumnRole>(['other', 'money', 'rowTotal']);

/**
 * One cell per line: a run of at least three column names, then rows of as many cells. A page's
 * number and running header between two cells (`水利工程维修养护` / `1` / `…自评报告` / `160.00`, a PDF
 * copy's page break) are passed over: `pageLines` are not in the run of lines read.
 */
function cellTables(lines: LineIndex, skip: Set<number>, pageLines: ReadonlySet<number>): Table[] {
  const out: Table[] = [];
  const all = lines.lines;
  const seq = linesPassingOver(lines, pageLines);
  const cellAt = (p: number) => cellOfLine(lines, seq[p]);
  for (let i = 0; i < seq.length; i++) {
    let k = 0;
    // The length first: a column name is short, and most lines are not (`roleOf` is the costly test).
    // (`人员经费` on a line is a row's name as often as a column's: no column that opens a header.)
    // A 合计 column may follow a column that opened the header, and money columns may follow it
    // (`年度` / `合计` / `基本支出` / `项目支出`): a row named `人员经费` right under a header does not.
    let total = false;
    for (; i + k < seq.length && !skip.has(seq[i + k]) && shortText(all[seq[i + k]].text, 12); k++) {
      const role = roleOf(all[seq[i + k]].text);
      if (!(k === 0 ? !NO_HEADER_ROLES.has(role) : role === 'rowTotal' || (role === 'money' && total) || !NO_HEADER_ROLES.has(role))) break;
      // `2024年` after a 合计 column names the first row (years as rows), not a column.
      if (role === 'period' && total) break;
      total ||= role === 'rowTotal';
    }
    if (k < 3) continue;
    let header = Array.from({ length: k }, (_, j) => cellAt(i + j));
    let roles = header.map((c) => roleOf(c.text));
    const fits = (c: TableCell, j: number) => !skip.has(c.line) && c.text !== '' && c.text.length <= MAX_CELL && !/[。；;]/.test(c.text)
      && (['seq', 'name', 'other'].includes(roles[j]) || NUMERIC_CELL.test(c.text) || EMPTY_CELL.test(c.text));
    const readRows = (): TableRow[] => {
      const read: TableRow[] = [];
      for (let at = i + k; at + k <= seq.length; at += k) {
        const cells = Array.from({ length: k }, (_, j) => cellAt(at + j));
        if (!cells.every(fits)) break;
        read.push(makeRow(cells, /^[ \t\u3000]/.test(all[seq[at]].text)));
      }
      return read;
    };
    let rows = readRows();
    // `项目 / 年初预算 / … / 执行率 / 合计 / 512.36 / …`: a 合计 ending the run of names is the first row's.
    if (rows.length === 0 && k > 3 && roles[k - 1] === 'rowTotal') {
      k--;
      header = header.slice(0, k);
      roles = roles.slice(0, k);
      rows = readRows();
    }
    if (rows.length === 0) continue;
    let at = i + k + rows.length * k;
    // `合计` with no 序号 before it (merged across 序号 and 项目名称 in Word): a total row one cell short.
    if (roles[0] === 'seq' && at + k - 1 <= seq.length && /^(合计|总计)$/.test(all[seq[at]]?.text.trim() ?? '')) {
      const cells = Array.from({ length: k - 1 }, (_, j) => cellAt(at + j));
      if (cells.every((c, j) => fits(c, j + 1))) {
        rows.push(makeRow([{ ...cells[0], end: cells[0].start, text: '' }, ...cells]));
        at += k - 1;
      }
    }
    // A text that stops inside a row (an opening cut mid-table, before its total): its cells are
    // the table's, not text.
    let end = seq.length;
    while (end > at && all[seq[end - 1]].text.trim() === '') end--;
    if (end > at && end - at < k && !rows[rows.length - 1].total && Array.from({ length: end - at }, (_, j) => cellAt(at + j)).every(fits)) at = end;
    const used = seq.slice(i, at);
    out.push(withColumns({ shape: 'cells', lines: used, header: makeRow(header), rows }, lines));
    i = at - 1;
  }
  return out;
}

/**
 * The draft's line numbers without its page furniture and the blank lines around it. A run of
 * blank lines is looked at once: it goes when the written line on either side of it is the page's.
 */
function linesPassingOver(lines: LineIndex, pageLines: ReadonlySet<number>): number[] {
  const n = lines.lines.length;
  if (pageLines.size === 0) return Array.from({ length: n }, (_, i) => i);
  const blank = (i: number) => lines.lines[i].text.trim() === '';
  const seq: number[] = [];
  for (let i = 0; i < n; ) {
    if (!blank(i)) {
      if (!pageLines.has(i)) seq.push(i);
      i++;
      continue;
    }
    let end = i;
    while (end < n && blank(end)) end++;
    if (!pageLines.has(i - 1) && !pageLines.has(end)) for (let k = i; k < end; k++) seq.push(k);
    i = end;
  }
  return seq;
}

function shortText(text: string, max: number): boolean {
  return text.length <= max || text.trim().length <= max;
}

function cellOfLine(lines: LineIndex, index: number): TableCell {
  const l = lines.lines[index];
  const lead = l.text.length - l.text.trimStart().length;
  const t = l.text.trim();
  return { line: index, start: l.start + lead, end: l.start + lead + t.length, text: t, index: -1 };
}

/**
 * Every table of a draft, in reading order; `skip` holds lines already read as something else, and
 * `pageLines` a PDF page's number and header, which a table read one cell per line goes on across.
 */
export function findTables(lines: LineIndex, skip: Set<number>, pageLines: ReadonlySet<number> = new Set()): Table[] {
  const tables = lineTables(lines, skip, pageLines);
  const taken = new Set(skip);
  for (const t of tables) for (const l of t.lines) taken.add(l);
  return [...tables, ...cellTables(lines, taken, pageLines)].sort((a, b) => a.lines[0] - b.lines[0]);
}

