import { lastNonBlankLine, LineIndex, notePageLines, PAGE_MARK } from './text';
import { parseNumberPrefix } from './numbering';
import { findToc, Toc } from './toc';
import { findTables } from './find-tables';
import { makeRow, NUMERIC_CELL, Table, withColumns } from './tables';
import { twoRowHeader } from './line-tables';
import { appendAll } from './arrays';

/**
 * The blocks of a draft before its words are read: which lines are a table of contents, which are
 * table rows, and which are running text (prose, headings, cover lines). Headings, sentences and
 * figures are read from text lines only; tables and the 目录 are read by their own readers.
 */
export type LineKind = 'text' | 'toc' | 'table' | 'page';

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
export const PAGE_NUMBER_LEFT = /^[\s\u3000]*[-—–－·•]?[\s\u3000]*[0-9０-９]{1,3}[\s\u3000]*[-—–－·•]?[\s\u3000]*$/;

/** `（表转下页）`, `（续下页）` under a table's first part: it goes on. */
const TURNS_PAGE = /^[\s\u3000]*[（(]?(?:表转下页|转下页|续下页|接下页)[）)]?[\s\u3000]*$/;
/** `（单位：万元）`, repeated over the rest of a table on its next page. */
const UNIT_SAID = String.raw`[（(]?单位[：:][\s\u3000]*(?:万元|元|亿元)[）)]?[\s\u3000]*`;
const UNIT_LINE = new RegExp(String.raw`^[\s\u3000]*${UNIT_SAID}$`);
/** `续表`, `（续表）`, `表2（续）`, `续表1`, `（接上页）`, `（续上表）` (its unit after it, or not): a line that says the table goes on from the page before. */
const CONTINUED = new RegExp(String.raw`^[\s\u3000]*(?:[（(]?续表[0-9０-９一二三四五六七八九十]*[）)]?|表[0-9０-９一二三四五六七八九十]+[（(]续[）)]|[（(]?(?:接上页|续上表|接上表)[）)]?)[\s\u3000]*(?:${UNIT_SAID})?$`);

/**
 * A table split over two pages, its header written again (`— 5 —`, a running header or `续表` between): one table,
 * so that its 总计 is read against the rows of both pages. Joined only when the first part has no
 * total row and the two headers are the same cells.
 */
function joinContinued(tables: Table[], lines: LineIndex, page: ReadonlySet<number>): Table[] {
  const out: Table[] = [];
  for (const t of tables) {
    const prev = out[out.length - 1];
    const between = prev ? lines.lines.slice(prev.lines[prev.lines.length - 1] + 1, t.lines[0]) : [];
    // An HTML table's `</thead>` and `<tbody>` are blank lines as read: its header rows, alone above
    // them, head the rows below (the second header row under the first's merged cells).
    if (prev && prev.header && !t.header && prev.shape === t.shape && prev.rows.length <= 1 && !prev.rows.some((r) => r.cells.some((c) => NUMERIC_CELL.test(c.text)))
      && between.length > 0 && between.every((l) => l.text.trim() === '')) {
      const lower = prev.rows[0]?.cells;
      const header = (lower && twoRowHeader(prev.header.cells, lower)) ?? prev.header.cells;
      out[out.length - 1] = withColumns({ shape: t.shape, lines: [...prev.lines, ...t.lines], header: makeRow(header), rows: t.rows }, lines);
      continue;
    }
    const joins = prev && prev.header && t.header && prev.shape === t.shape && !prev.rows.some((r) => r.total)
      && sameCells(prev.header.cells, t.header.cells)
      && between.every((l) => l.text.trim() === '' || page.has(l.index) || PAGE_MARK.test(l.text) || PAGE_NUMBER_LEFT.test(l.text) || CONTINUED.test(l.text) || TURNS_PAGE.test(l.text) || (UNIT_LINE.test(l.text) && between.some((b) => CONTINUED.test(b.text))));
    if (joins) out[out.length - 1] = { ...prev, lines: [...prev.lines, ...t.lines], rows: [...prev.rows, ...t.rows] };
    else out.push(t);
  }
  return out;
}

const sameCells = (a: { text: string }[], b: { text: string }[]) => a.length === b.length && a.every((c, i) => c.text === b[i].text);

export function readLayout(lines: LineIndex, tocLinks?: ReadonlySet<number>): Layout {
  const kinds = new Map<number, LineKind>();
  const toc = findToc(lines, tocLinks);
  if (toc) for (let l = toc.titleLine; l <= toc.endLine; l++) kinds.set(l, 'toc');
  const page = pageLines(lines, kinds);
  const tables = joinContinued(findTables(lines, new Set(kinds.keys()), page), lines, page);
  const last = lastNonBlankLine(lines.lines);
  for (const t of tables) {
    for (const l of t.lines) kinds.set(l, 'table');
    // (A line after it may be its next row, cut in the middle and so no row. Nor is all of a table
    // that says it goes on and is not joined with what follows.)
    const end = t.lines[t.lines.length - 1];
    if (end >= last - 1 || (end + 1 < lines.lines.length && TURNS_PAGE.test(lines.lines[end + 1].text))) t.endsText = true;
    if (end === last - 1 && rowCutShort(t, lines.lines[last].text)) {
      kinds.set(last, 'table');
      t.lines.push(last);
    }
  }
  // The page's lines that are no table's or 目录's.
  const furniture = new Set<number>();
  for (const l of page) {
    if (kinds.has(l)) continue;
    kinds.set(l, 'page');
    furniture.add(l);
  }
  notePageLines(lines.lines, furniture);
  return { toc, tables, kinds };
}

/**
 * `一、一般公共预算财政拨款收入 | 1 | 324.25` / `二、政府性基金预算财政拨` (the text's end): a line numbered
 * next after the table's last row, with none of its cells yet, is that row being written, no heading.
 */
function rowCutShort(t: Table, text: string): boolean {
  const cells = t.rows[t.rows.length - 1]?.cells;
  const before = cells && parseNumberPrefix(cells.find((c) => c.text)?.text ?? '');
  const after = parseNumberPrefix(text.trim());
  return before !== undefined && after !== undefined && after.style === before.style && after.value === before.value + 1 && !/[。；]$/.test(text.trim());
}

const squeezed = (text: string) => text.replace(/[\s\u3000]+/g, '');

/**
 * The lines a PDF's pages left in the text: page numbers (`- 3 -`, `第1页`), a bare `3` when the
 * title is printed again right after it, and running headers.
 */
function pageLines(lines: LineIndex, kinds: Map<number, LineKind>): Set<number> {
  const marks = new Set<number>();
  const title = titleLines(lines);
  // (A lone number before a line that stands after two or more such numbers is a page's too: the
  // running header there may be the title in other words, `…自评报告（2024年度）`.)
  const beforeHeader = new Map<string, number[]>();
  for (const l of lines.lines) {
    if (kinds.has(l.index) || l.text.trim().length > 24) continue;
    if (PAGE_MARK.test(l.text)) marks.add(l.index);
    else if (PAGE_NUMBER_LEFT.test(l.text)) {
      const next = nextWritten(lines, l.index, 2);
      if (next === undefined) continue;
      const header = squeezed(lines.lines[next].text);
      if (title.includes(header)) marks.add(l.index);
      else if (header.length >= 8) {
        const same = beforeHeader.get(header);
        if (same) same.push(l.index);
        else beforeHeader.set(header, [l.index]);
      }
    }
  }
  for (const numbers of beforeHeader.values()) if (numbers.length >= 2) for (const l of numbers) marks.add(l);
  for (const l of runningHeaders(lines, marks, kinds, title)) marks.add(l);
  return marks;
}

/**
 * A PDF copy prints the report's title (or another line) at the top of every page, so that it
 * stands in the middle of a sentence broken by the page: `…公务接待费0.62万元，公` / `— 1 —` /
 * `浏阳市档案馆2024年度…自评报告` / `务用车运行维护费…`. Such a line is the page's, not the report's,
 * when it stands right after a page's number and either is the draft's title or stands so after
 * two page numbers. Elsewhere a line like the title is left alone.
 */
function runningHeaders(lines: LineIndex, marks: Set<number>, kinds: Map<number, LineKind>, title: string[]): number[] {
  const after = new Map<string, number[]>();
  for (const index of marks) {
    const next = nextWritten(lines, index, 2);
    if (next === undefined || kinds.has(next) || marks.has(next) || lines.lines[next].text.length > 60) continue;
    const key = squeezed(lines.lines[next].text);
    const same = after.get(key);
    if (same) same.push(next);
    else after.set(key, [next]);
  }
  const out: number[] = [];
  for (const [key, at] of after) if (at.length >= 2 || title.includes(key)) appendAll(out, at);
  return out;
}

/** The next line with words after `from`, passing over at most `blanks` blank lines. */
function nextWritten(lines: LineIndex, from: number, blanks: number): number | undefined {
  for (let i = from + 1; i < lines.lines.length && i <= from + 1 + blanks; i++) if (lines.lines[i].text.trim() !== '') return i;
  return undefined;
}

/** The first written line, and it with the next one (a title set on two lines), squeezed. */
function titleLines(lines: LineIndex): string[] {
  const first = nextWritten(lines, -1, lines.lines.length);
  if (first === undefined) return [];
  const second = nextWritten(lines, first, 0);
  const one = squeezed(lines.lines[first].text);
  return second === undefined ? [one] : [one, one + squeezed(lines.lines[second].text)];
}

export function lineKind(layout: Layout, line: number): LineKind {
  return layout.kinds.get(line) ?? 'text';
}

/** A 目录 line or a page's number: words that are not the report's own, for the text rules to pass over. */
export function notReportWords(layout: Layout, line: number): boolean {
  const kind = layout.kinds.get(line);
  return kind === 'toc' || kind === 'page';
}
