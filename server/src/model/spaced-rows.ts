import type { TableCell } from './tables';

/**
 * Tables whose cells are lined up with spaces, as a PDF copied to text or a table retyped in a
 * plain editor gives them: `基本支出    9,894,142.56    9,862,417.35    99.68%`. Nothing marks the
 * cells but the width of the gaps, so only a gap of two spaces or more separates them, a row needs
 * three cells, and a run of such lines is a table only when it reads as one (`spacedTable` in line-tables.ts).
 * An empty cell is a wider gap: `合计        3,950,000.00` has one under 项目名称 when the table's
 * gaps are four spaces. A row whose gaps cannot be lined up with its header has no column.
 */

// (`1  　绩效目标合理性  5`: full-width spaces after a gap indent the next cell, and are the gap too.)
const GAP = / {2,}\u3000*|(?: ?\u3000 ?){2,}/g;
/** Sentence ends: a line with one is prose whatever its spaces. */
const SENTENCE_END = /[。；;！？]/;
const MAX_SPACED_CELL = 40;
const MIN_CELLS = 3;

export interface SpacedRow {
  cells: TableCell[];
  /** The width of the gap before each cell (the first: the line's leading spaces). */
  gaps: number[];
}

/** The cells of a line lined up with spaces, or undefined when it is no such row. */
export function spacedRow(text: string, lineStart: number, line: number, least = MIN_CELLS): SpacedRow | undefined {
  if (text.length > 1000 || SENTENCE_END.test(text)) return undefined;
  const cells: TableCell[] = [];
  const gaps: number[] = [];
  const lead = /^[ \u3000]*/.exec(text)![0].length;
  let from = lead;
  // Full-width spaces before the first cell indent a row's name (`　　公用经费`); ASCII ones may be
  // the gap of an empty first cell.
  let gap = text.slice(0, lead).includes('\u3000') ? 0 : lead;
  const push = (to: number) => {
    const t = text.slice(from, to);
    if (t.trim() !== t) return false;
    cells.push({ line, start: lineStart + from, end: lineStart + to, text: t, index: -1 });
    gaps.push(gap);
    return t.length <= MAX_SPACED_CELL;
  };
  GAP.lastIndex = lead;
  let m: RegExpExecArray | null;
  while ((m = GAP.exec(text)) !== null) {
    if (m.index + m[0].length === text.length) break;
    if (!push(m.index)) return undefined;
    from = m.index + m[0].length;
    gap = m[0].length;
  }
  if (!push(text.trimEnd().length)) return undefined;
  const row = spacedOutWords({ cells, gaps });
  return row.cells.length < least ? undefined : row;
}

const FIGURE = '-?[0-9][0-9,]*(?:\\.[0-9]+)?%?';
/** `其他收入 48.75 56.23`: a name, then figures only, one space apart. */
const WORDS = '[^\\s0-9，。；：,;:]{0,19}[\\u4e00-\\u9fff][^\\s，。；：,;:]{0,19}';
/** `1 公共机构节能改造 45.00 43.62 含上年结转五万元`: a row's number, its name, figures, and a note in words. */
const SINGLE_SPACED = new RegExp(`^(?:[0-9]{1,2} )?((?:其中[：:])?${WORDS})((?: (?:${FIGURE}|[—－/／-])){2,12})(?: ${WORDS})?$`);
/** `1 098.70`: digits grouped by a space read as cells would be two figures, not one. */
const SPACE_GROUPED = / [0-9]{1,3} [0-9]{3}(?=[.,%\s]|$)/;

/**
 * A row of a table some PDF copies flatten with one space between cells (`其他收入 48.75 56.23`):
 * a name and two figures or more, nothing else. A line of words one space apart is no row: prose
 * has them too.
 */
export function singleSpacedRow(text: string, lineStart: number, line: number): SpacedRow | undefined {
  if (text.length > 300 || text.includes('  ')) return undefined;
  const m = SINGLE_SPACED.exec(text);
  if (!m || SPACE_GROUPED.test(m[2])) return undefined;
  return oneSpaceApart(text, lineStart, line);
}

/** `项目 2022年 2023年` over such rows: their header, as many short words as they have cells. */
export function singleSpacedHeader(text: string, lineStart: number, line: number, width: number): SpacedRow | undefined {
  if (text.length > 120 || text.includes('  ') || /[，。；：,;:]/.test(text)) return undefined;
  const words = text.trim().split(' ');
  if (words.length !== width || words.some((w) => w.length > 12 || /^[0-9.,%-]+$/.test(w))) return undefined;
  return oneSpaceApart(text, lineStart, line);
}

function oneSpaceApart(text: string, lineStart: number, line: number): SpacedRow {
  const cells: TableCell[] = [];
  const gaps: number[] = [];
  const lead = text.length - text.trimStart().length;
  let from = lead;
  for (const word of text.trim().split(' ')) {
    cells.push({ line, start: lineStart + from, end: lineStart + from + word.length, text: word, index: -1 });
    gaps.push(cells.length === 1 ? 0 : 1);
    from += word.length + 1;
  }
  return { cells, gaps };
}

const ONE_HAN = /^[\u4e00-\u9fff]$/;

/**
 * `项  目`, `小  计`, `项  目  名  称`: a short word spaced out to fill its column, each character
 * read as a cell. A run of one-character cells is the word.
 */
function spacedOutWords(row: SpacedRow): SpacedRow {
  const { cells, gaps } = row;
  if (!cells.some((c, i) => ONE_HAN.test(c.text) && ONE_HAN.test(cells[i + 1]?.text ?? ''))) return row;
  const out: SpacedRow = { cells: [], gaps: [] };
  for (let i = 0; i < cells.length; i++) {
    let j = i;
    while (ONE_HAN.test(cells[i].text) && j + 1 < cells.length && ONE_HAN.test(cells[j + 1].text)) j++;
    const c = cells[i];
    out.cells.push(j === i ? c : { ...c, end: cells[j].end, text: cells.slice(i, j + 1).map((x) => x.text).join('') });
    out.gaps.push(gaps[i]);
    i = j;
  }
  return out;
}

/** The most common gap between cells: what one column step is in this table. */
export function usualGap(rows: readonly SpacedRow[]): number {
  const counts = new Map<number, number>();
  for (const r of rows) for (const g of r.gaps.slice(1)) counts.set(g, (counts.get(g) ?? 0) + 1);
  let best = 2;
  let most = 0;
  for (const [g, n] of counts) if (n > most || (n === most && g < best)) [best, most] = [g, n];
  return best;
}

/**
 * A row's cells in their columns. A row as wide as the header is taken as it is. A narrower one
 * whose gaps are all one column step (give or take a space) lacks its last cells. Otherwise each
 * gap must be a whole number of steps to the space: a gap of k steps has k − 1 empty cells in it,
 * leading spaces of k steps k empty cells. Undefined when the gaps say nothing for sure, or the
 * row comes out wider than the header: a figure put in the wrong column would be checked there.
 */
export function spacedToHeader(row: SpacedRow, width: number, step: number): TableCell[] | undefined {
  const { cells, gaps } = row;
  if (cells.length > width) return undefined;
  if (cells.length === width && gaps[0] < step - 1) return cells;
  const oneStep = (g: number) => g >= step - 1 && g <= step + 1 && g < 2 * step - 1;
  if (gaps[0] < step - 1 && gaps.slice(1).every(oneStep)) return cells;
  const out: TableCell[] = [];
  for (let i = 0; i < cells.length; i++) {
    const g = gaps[i];
    if (i > 0 && !oneStep(g) && g % step !== 0) return undefined;
    if (i === 0 && g >= step - 1 && g % step !== 0) return undefined;
    const empties = i === 0 ? Math.floor(g / step) : oneStep(g) ? 0 : g / step - 1;
    for (let k = 0; k < empties; k++) out.push({ line: cells[i].line, start: cells[i].start, end: cells[i].start, text: '', index: -1 });
    out.push(cells[i]);
  }
  return out.length <= width ? out : undefined;
}

/** East Asian wide characters: two columns on the screen or page a table was lined up on. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** Where each cell begins and ends on the screen: characters counted, wide ones twice. */
export function screenSpans(cells: readonly TableCell[], line: { start: number; text: string }): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let col = 0;
  let at = 0;
  const advance = (to: number) => {
    for (; at < to; at++) col += WIDE.test(line.text[at]) ? 2 : 1;
    return col;
  };
  for (const c of cells) spans.push([advance(c.start - line.start), advance(c.end - line.start)]);
  return spans;
}

const overlap = (a: [number, number], b: [number, number]) => Math.min(a[1], b[1]) - Math.max(a[0], b[0]);

/**
 * A row's cells put in the columns of the header above them by where they stand on the screen:
 * each under the header cell it overlaps most, the columns in order (`合计` then, far to the right,
 * `100   98.5` under 分值 and 得分). A cell over k columns that is k words one space apart is those
 * k cells (`满意度指标 服务对象满意度 群众满意度`, typed with single spaces). Undefined when a cell
 * is not half under one header cell, or does not `fit` the column it is under.
 */
export function alignedByScreen(
  cells: readonly TableCell[], spans: Array<[number, number]>, header: Array<[number, number]>, fits: (cell: TableCell, column: number) => boolean,
): TableCell[] | undefined {
  const out: TableCell[] = [];
  for (let i = 0; i < cells.length; i++) {
    // `        公务用车运行维护费` indented under `项目`, ending before the next column begins: the name.
    if (i === 0 && header.length > 1 && spans[0][1] <= header[1][0] && fits(cells[0], 0)) {
      place(out, cells[0], 0);
      continue;
    }
    const under: number[] = [];
    for (let j = out.length; j < header.length; j++) if (overlap(spans[i], header[j]) > 0) under.push(j);
    if (under.length === 0) return undefined;
    // `全国科普日及科技活动周` begun under `项目名称` and running on into the gap before `资金来源`:
    // a long cell that starts under its column and stops before the next one is that column's.
    const first = under[0];
    if (under.length === 1 && spans[i][0] >= header[first][0] && (first + 1 >= header.length || spans[i][1] <= header[first + 1][0]) && fits(cells[i], first)) {
      place(out, cells[i], first);
      continue;
    }
    const words = under.length > 1 ? wordsOf(cells[i]) : [];
    if (words.length === under.length) {
      words.forEach((w, k) => place(out, w, under[k]));
      continue;
    }
    const at = under.reduce((best, j) => (overlap(spans[i], header[j]) > overlap(spans[i], header[best]) ? j : best));
    // Half the cell at least under its column, and a cell that fits there: a figure lined up by
    // eye half under 项目名称 is no row to check.
    if (2 * overlap(spans[i], header[at]) < spans[i][1] - spans[i][0] || !fits(cells[i], at)) return undefined;
    place(out, cells[i], at);
  }
  return out;
}

/** A cell put in column `at`, the columns skipped before it left empty. */
function place(out: TableCell[], cell: TableCell, at: number): void {
  while (out.length < at) out.push({ line: cell.line, start: cell.start, end: cell.start, text: '', index: -1 });
  out.push(cell);
}

/** A cell's words one space apart, each a cell of its own. */
function wordsOf(cell: TableCell): TableCell[] {
  const words: TableCell[] = [];
  let from = 0;
  for (const w of cell.text.split(' ')) {
    words.push({ line: cell.line, start: cell.start + from, end: cell.start + from + w.length, text: w, index: -1 });
    from += w.length + 1;
  }
  return words;
}

const HAN = /[\u4e00-\u9fff]/;

/**
 * A line holding the rest of some cells of the row above, wrapped within their columns
 * (`                    工程数量` under `…  维修养护集中供水  ≥45处 …`): indented, fewer cells than the
 * row, each of words beginning where a cell of the row begins. It belongs to that row, not below
 * the table.
 */
export function isWrappedCellLine(line: { start: number; text: string; index: number }, above: SpacedRow, aboveLine: { start: number; text: string }): boolean {
  if (!/^ +\S/.test(line.text) || line.text.length > 200 || SENTENCE_END.test(line.text.replace(/[。；;]$/, ''))) return false;
  const chunks: TableCell[] = [];
  const re = /\S+(?: \S+)*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line.text)) !== null) chunks.push({ line: line.index, start: line.start + m.index, end: line.start + m.index + m[0].length, text: m[0], index: -1 });
  if (chunks.length === 0 || chunks.length >= above.cells.length || !chunks.every((c) => HAN.test(c.text))) return false;
  // Give or take a wide character: a clerk lines a wrapped cell up by eye.
  const starts = screenSpans(above.cells, aboveLine).map(([s]) => s);
  return screenSpans(chunks, line).every(([s]) => starts.some((a) => Math.abs(a - s) <= 2));
}
