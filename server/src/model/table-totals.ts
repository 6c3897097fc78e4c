import { Amount } from './amounts';
import { holds } from './arith';
import { appendAll } from './arrays';
import { classCodes } from './class-codes';
import { impliedParents } from './implied-nesting';
import { indentedRuns, UNDER, UnderRun } from './indented-rows';
import { hasMergedCells, markedLevels, onceEachMergedRun } from './table-levels';
import { parseNumberPrefix } from './numbering';
import { NO_TERMS, type Relation, type Term } from './terms';
import { ColumnRole, EMPTY_CELL, FIGURE_CELL_ROLES, isYearTotal, rowName, SCORE_ROLES, Table, TableRow } from './tables';

/**
 * A table's totals against their rows: each 合计 row against the rows above it, and each 小计 row
 * against the rows of its group, when the table closes every group with its 小计.
 */
/**
 * Columns a total row sums. Not a 增减: the 合计 row's change is checked against its own two
 * figures, which are checked against the rows; summing the changes as well would report one wrong
 * row twice.
 */
export const SUMMED_ROLES = new Set<ColumnRole>([...FIGURE_CELL_ROLES].filter((r) => r !== 'change'));

export type CellGetter = (ti: number, ri: number, ci: number) => Amount | undefined;

export function term(a: Amount, sign: 1 | -1 = 1): Term {
  return { amount: a, sign };
}

/** Rows to sum, read two ways (see `levelRows`), and the `其中` runs that make a third. */
interface SummedRows {
  flat: number[];
  nested: number[];
  /** Each `其中：…` row under its parent, and the rows after it that may be under it too. */
  runs: UnderRun[];
}

/**
 * The rows from `from` to before `to` that a total over them sums: the rows of the top level
 * (`flat`). A table may give a level's sum and its items both — `一、基本支出` then `人员经费`,
 * `公用经费`; `其中：…` or an indented name under its row — and `nested` then leaves out the rows
 * under another (the same list when there are none). 合计 and 小计 rows are never items.
 */
function levelRows(t: Table, from: number, to: number): SummedRows {
  // (Only the range is read: a table of many 小计 asks for each one's rows.)
  const before: Array<{ r: TableRow; i: number }> = [];
  for (let i = from; i < to; i++) if (!t.rows[i].total && !t.rows[i].subtotal) before.push({ r: t.rows[i], i });
  // (A row of fewer cells, `四、其他收入    412.85` in one, is named by its first.)
  const nameOf = (r: TableRow) => (r.cells[Math.max(0, t.columns.indexOf('name'))] ?? r.cells[0])?.text ?? '';
  const levels = classCodes(before.map(({ r }) => r))?.levels ?? markedLevels(before.map(({ r }) => r)) ?? before.map(({ r }) => parseNumberPrefix(nameOf(r))?.level ?? 0);
  const numbered = levels.filter((l) => l > 0);
  const top = numbered.length ? numbered.reduce((m, l) => Math.min(m, l), Infinity) : 0;
  const flatAt = before.map((_, k) => levels[k] === 0 || levels[k] === top || numbered.length === 0);
  let underNumbered = false;
  const nestedAt = before.map(({ r }, k) => {
    if (top > 0 && levels[k] === top) return (underNumbered = true);
    return flatAt[k] && !r.indented && !UNDER.test(nameOf(r)) && !(underNumbered && levels[k] === 0);
  });
  const runs: UnderRun[] = [];
  before.forEach(({ r, i }, k) => {
    if (!UNDER.test(nameOf(r)) || k === 0 || !nestedAt[k - 1]) return;
    const after: number[] = [];
    // (A row indented under the 其中 row, `　公务用车运行维护费`, is one of them too; so is a plain row under
    // a numbered parent, `2.公务用车…` / `其中：购置费` / `运行维护费` / `3.公务接待费`.)
    let j = k + 1;
    for (; j < before.length && levels[j] === 0 && !UNDER.test(nameOf(before[j].r)) && before[j].i === i + after.length + 1; j++) after.push(before[j].i);
    runs.push({ parent: before[k - 1].i, first: i, after, closed: top > 0 && (j === before.length || levels[j] > 0) });
  });
  appendAll(runs, indentedRuns(before, nameOf).map((run) => ({ ...run, indent: true })));
  return { flat: before.filter((_, k) => flatAt[k]).map(({ i }) => i), nested: before.filter((_, k) => nestedAt[k]).map(({ i }) => i), runs };
}

/**
 * Whether each group of rows ends with its 小计 (`人员经费`, `公用经费`, `小计`, `培训`, `设备`,
 * `小计`, `合计`): the row before every 合计, or the last row, is a 小计, and the first row is not.
 * A table that opens a group with its 小计 has its items after it, not before.
 */
function subtotalsCloseGroups(t: Table): boolean {
  if (!t.rows.some((r) => r.subtotal) || t.rows[0]?.subtotal) return false;
  const ends = t.rows.flatMap((r, i) => (r.total || (i > 0 && opensGroup(r)) ? [i - 1] : []));
  const last = t.rows.length - 1;
  if (!t.rows[last].total) {
    // A table cut short (an opening) may stop inside its last group, before that group's 小计.
    if (t.rows[last].subtotal || !ends.some((i) => t.rows[i]?.subtotal)) ends.push(last);
  }
  return ends.every((i) => t.rows[i]?.subtotal);
}

/** `一、基本支出` with nothing in its other cells: a row that names the group below it. */
function opensGroup(r: TableRow): boolean {
  const name = r.cells[0]?.text ?? '';
  return parseNumberPrefix(name) !== undefined && r.cells.slice(1).every((c) => !c.text);
}

/** Whether the 分值 of the given rows add up to the total row's. */
function weightsAddUp(t: Table, ti: number, ri: number, rows: number[], get: CellGetter): boolean {
  const ci = t.columns.indexOf('weight');
  const total = ci >= 0 ? get(ti, ri, ci) : undefined;
  const parts = total ? columnParts(t, ti, ci, rows, get) : undefined;
  return total !== undefined && parts !== undefined && holds(sumOfRows(total, parts));
}

/**
 * The figures of a column in the given rows; undefined if a cell there holds words, not a figure,
 * or fewer than `least` hold one.
 */
export function columnParts(t: Table, ti: number, ci: number, rows: number[], get: CellGetter, least = 2): Amount[] | undefined {
  const parts: Amount[] = [];
  for (const r of rows) {
    // A row whose cells have no columns: what it holds under this one is not known.
    if (t.rows[r].unaligned) return undefined;
    // (Nor a row of fewer cells with a figure in them, `四、其他收入    412.85` in one: where it goes is not known.)
    if (t.rows[r].cells[ci] === undefined && holdsFigure(t.rows[r])) return undefined;
    const text = t.rows[r].cells[ci]?.text ?? '';
    const a = get(ti, r, ci);
    if (a) parts.push(a);
    else if (!EMPTY_CELL.test(text)) return undefined;
  }
  return parts.length >= least ? parts : undefined;
}

/** Whether a row's cells hold a digit: asked of a short row for each column past its end, read once. */
const HOLDS_FIGURE = new WeakMap<TableRow, boolean>();
function holdsFigure(row: TableRow): boolean {
  let holds = HOLDS_FIGURE.get(row);
  if (holds === undefined) HOLDS_FIGURE.set(row, (holds = row.cells.some((c) => /[0-9０-９]/.test(c.text))));
  return holds;
}

/** `total = Σ parts`: a total row's (or a 小计's) relation to the figures it sums. */
export const sumOfRows = (total: Amount, parts: Amount[]): Relation => ({ kind: 'breakdown', anchor: total, lhs: [term(total)], rhs: parts.map((a) => term(a)), optional: NO_TERMS, atLeast: false });

/**
 * The rows of `nested` less the plain rows after each 其中 row that continue it: as many as make
 * the 其中 rows add up to their parent in this column (the first count that does). Undefined when
 * no 其中 run takes a row more.
 */
function withRuns(t: Table, ti: number, ci: number, rows: SummedRows, get: CellGetter): number[] | undefined {
  const under = new Set<number>();
  for (const run of rows.runs) {
    const parent = get(ti, run.parent, ci);
    if (!parent) continue;
    for (let n = 1; n <= run.after.length; n++) {
      // (One figure may be all of them: `其中：购置费` left empty, `运行维护费3.38` under `3.38`.)
      const parts = columnParts(t, ti, ci, [run.first, ...run.after.slice(0, n)], get, 1);
      if (!parts || !holds(sumOfRows(parent, parts))) continue;
      for (const r of run.after.slice(0, n)) under.add(r);
      break;
    }
  }
  return under.size ? rows.nested.filter((r) => !under.has(r)) : undefined;
}

/** A total's relation to some rows of its column, read as the level's rows or as all of them. */
function sumOver(t: Table, ti: number, ci: number, total: Amount, rows: SummedRows, get: CellGetter): Relation | undefined {
  const sumOf = (parts: Amount[]) => sumOfRows(total, parts);
  const flat = columnParts(t, ti, ci, rows.flat, get);
  const runRows = rows.runs.some((r) => r.after.length) ? withRuns(t, ti, ci, rows, get) : undefined;
  const inRuns = runRows && columnParts(t, ti, ci, runRows, get);
  if (inRuns && holds(sumOf(inRuns))) return sumOf(inRuns);
  const nested = rows.nested.length === rows.flat.length ? undefined : columnParts(t, ti, ci, rows.nested, get);
  // Rows under others read either way: the level's rows are the sum, unless only all rows add up.
  if (nested && (holds(sumOf(nested)) || !flat || !holds(sumOf(flat)))) {
    // None adds up: the 其中 rows the arithmetic put under their parent are under it still.
    return inRuns && !holds(sumOf(nested)) ? sumOf(inRuns) : sumOf(nested);
  }
  if (!flat) return undefined;
  const read = sumOf(flat);
  if (holds(read)) return read;
  // (Not adding up as read: rows under a row the arithmetic finds, or a level's figure repeated on each of its rows.)
  for (const readAgain of [() => impliedParents(flat, sumOfRows), () => onceEachMergedRun(t.rows, rows.flat, ci, flat)]) {
    const other = readAgain();
    if (other && holds(sumOf(other))) return sumOf(other);
  }
  return read;
}

/**
 * The rows a total row sums: its group's for a 小计; for a 合计 the 小计 rows, or else the rows
 * above. Where only some groups have a 小计 naming them, a 合计 sums those and the rows of no group.
 */
function rowsOfTotal(t: Table, ri: number, groupStart: number, named: ReadonlyMap<number, number>): { rows: SummedRows; items?: SummedRows } {
  if (t.rows[ri].subtotal) return { rows: levelRows(t, groupStart, ri) };
  const items = levelRows(t, 0, ri);
  if (named.size) {
    const grouped = new Set<number>();
    for (const [sub, start] of named) for (let r = start; r < sub && sub < ri; r++) grouped.add(r);
    const rows = [...named.keys()].filter((sub) => sub < ri).concat(items.flat.filter((r) => !grouped.has(r))).sort((a, b) => a - b);
    return { rows: { flat: rows, nested: rows, runs: [] }, items };
  }
  const sub = t.rows.flatMap((r, i) => (i < ri && r.subtotal ? [i] : []));
  return sub.length ? { rows: { flat: sub, nested: sub, runs: [] }, items } : { rows: items };
}

/**
 * `产出指标小计` under rows whose first cell is `产出指标`: the group its name gives, where the table
 * does not close every group with a 小计 (`满意度指标` after the last one has none). Its first row,
 * or undefined when fewer than `least` rows above it bear the name.
 */
function namedGroupStart(t: Table, ri: number, least: number): number | undefined {
  const name = /^(.+?)\s*小\s*计$/.exec(t.rows[ri].cells[0]?.text ?? '')?.[1];
  if (!name) return undefined;
  let start = ri;
  while (start > 0 && t.rows[start - 1].cells[0]?.text === name && !t.rows[start - 1].unaligned) start--;
  return ri - start >= least ? start : undefined;
}

/**
 * How many rows above a 小计 are tried as its group: a group is a few rows, and each try sums them
 * (the square of the group's rows, per failing 小计). Not tried in a table of more rows than a report's.
 */
const MAX_GROUP = 30;
const MAX_TABLE_ROWS = 1000;

/**
 * `局机关` / `县水利工程管理站` / `县河道管理所` / `县水土保持站` / `二级单位小计`: a 小计 of the last rows above
 * it, not of all since the group began — where some last rows (two or more) make it hold in more of
 * the columns it fills than the rows from `from` do: in all of them, or all but one. The first row of
 * those (`from` when all the rows since the group began hold in every column), or undefined.
 */
function lastRowsGroupStart(t: Table, ti: number, ri: number, from: number, get: CellGetter): number | undefined {
  const cols = t.columns.flatMap((role, ci) => (SUMMED_ROLES.has(role) && get(ti, ri, ci) ? [ci] : []));
  if (cols.length === 0 || ri - from > MAX_GROUP || t.rows.length > MAX_TABLE_ROWS) return undefined;
  const holding = (start: number) => cols.filter((ci) => {
    const parts = columnParts(t, ti, ci, rowsBetween(t, start, ri), get);
    return parts !== undefined && holds(sumOfRows(get(ti, ri, ci)!, parts));
  }).length;
  // (All the rows since the group began, holding in every column, are its own.)
  let most = holding(from);
  if (most === cols.length) return from;
  if (ri - from < 3) return undefined;
  // The rows that make the most columns hold; all of them, or all but one (the 小计 may be wrong
  // in one column, and is reported there against the rows that are its own).
  let best = from;
  for (let start = from + 1; start <= ri - 2 && most < cols.length; start++) {
    const n = holding(start);
    if (n > most) [best, most] = [start, n];
  }
  return best !== from && most >= Math.max(cols.length - 1, cols.length === 1 ? 1 : 2) ? best : undefined;
}

const rowsBetween = (t: Table, from: number, to: number): number[] => {
  const out: number[] = [];
  for (let r = from; r < to; r++) if (!t.rows[r].total && !t.rows[r].subtotal) out.push(r);
  return out;
};

const GRAND_TOTAL_ROW = /^(收入|支出)总计$/;

export function columnTotals(t: Table, ti: number, get: CellGetter, out: Relation[]): void {
  const groups = subtotalsCloseGroups(t);
  // Each 小计 that names its group (by its first row). Where every group is closed by one, only if
  // every 小计 names its own: then a row above the first group (`预算执行率`) is of none.
  const named = new Map<number, number>();
  let from = 0;
  t.rows.forEach((row, ri) => {
    const start = row.subtotal ? namedGroupStart(t, ri, groups ? 1 : 2) ?? (isYearTotal(row) ? from : lastRowsGroupStart(t, ti, ri, from, get)) : undefined;
    if (start !== undefined) named.set(ri, start);
    // (`收入总计` below `本年收入合计`: the income's end, where a one-column 决算 table's spending rows begin.)
    if (row.total || row.subtotal || GRAND_TOTAL_ROW.test(row.cells[0]?.text.replace(/\s/g, '') ?? '')) from = ri + 1;
  });
  if (groups && t.rows.some((row, ri) => row.subtotal && !named.has(ri))) named.clear();
  let groupStart = 0;
  const top = totalOnTop(t);
  t.rows.forEach((row, ri) => {
    if (!row.total && !(row.subtotal && groups) && !named.has(ri)) return;
    const { rows, items } = ri === top ? { rows: levelRows(t, ri + 1, t.rows.length), items: undefined } : rowsOfTotal(t, ri, named.get(ri) ?? groupStart, named);
    groupStart = ri + 1;
    let itemsOnly: boolean | undefined;
    t.columns.forEach((role, ci) => {
      if (!SUMMED_ROLES.has(role)) return;
      // An indicator table with merged cells (一级/二级指标 left empty below their first row) may
      // give a level's score and its items' scores both: which rows add up is not ours to guess,
      // unless its 分值 add up to their total (a level's row would count its points twice).
      const merged = SCORE_ROLES.has(role) && hasMergedCells(t, rows.flat);
      if (merged && !(itemsOnly ??= weightsAddUp(t, ti, ri, rows.flat, get))) return;
      const total = get(ti, ri, ci);
      if (!total) return;
      // Merged cells leave the rows under a level's first without their first cell: every row counts.
      const everyRow = merged ? columnParts(t, ti, ci, rows.flat, get) : undefined;
      let relation = everyRow ? sumOfRows(total, everyRow) : sumOver(t, ti, ci, total, rows, get);
      // A 合计 that is the sum of the items but not of the 小计 rows is right: a 小计 is wrong, and
      // is reported on its own row.
      if (relation && items && !holds(relation)) {
        const ofItems = sumOver(t, ti, ci, total, items, get);
        if (ofItems && holds(ofItems)) relation = ofItems;
      }
      // `公务用车购置及运行维护费15.00` over `其中：购置费13.00`, `运行维护费15.00`: the 合计 adds up
      // with the 其中 rows in place of their parent, so the parent is the wrong figure.
      if (relation && !holds(relation)) relation = outsideThreePublic(t, ti, ci, relation, get) ?? relation;
      const fault = relation && !holds(relation) ? parentAtFault(t, ti, ci, total, rows, get) : undefined;
      if (fault) out.push(...fault);
      else if (relation) out.push(relation);
      for (const r of closedRuns(t, ti, ci, rows, get)) if (!fault?.some((f) => f.anchor === r.anchor)) out.push(r);
    });
  });
  indentedParts(t, ti, get, out);
}

/**
 * `合计 | 48.00` over `因公出国（境）费`, `公务用车…`, `公务接待费`, `会议费`, `培训费`: the 合计 of a 三公 table
 * may be the 三公 money's alone, 会议费 and 培训费 shown beside it. Those rows' figures are then parts
 * it may or may not hold (undefined where there are none, or no 三公 row).
 */
function outsideThreePublic(t: Table, ti: number, ci: number, relation: Relation, get: CellGetter): Relation | undefined {
  const names = t.rows.map((row) => rowName(t, row).replace(/[\s\u3000]/g, ''));
  if (!names.some((n) => THREE_PUBLIC_ROW.test(n))) return undefined;
  const outside = new Set(names.flatMap((n, ri) => (BESIDE_THREE_PUBLIC.test(n) ? [get(ti, ri, ci)] : [])));
  const optional = relation.rhs.filter((x) => outside.has(x.amount));
  return optional.length ? { ...relation, rhs: relation.rhs.filter((x) => !outside.has(x.amount)), optional } : undefined;
}
const THREE_PUBLIC_ROW = /公务接待|公务用车|因公出国/;
const BESIDE_THREE_PUBLIC = /^(会议费|培训费)$/;

/**
 * Each row against the rows indented one step under it (`indentedRuns`), in a table with a 合计 or
 * none: a parent the total's check has already put against them (`parentAtFault`) is not again.
 */
function indentedParts(t: Table, ti: number, get: CellGetter, out: Relation[]): void {
  const rows = rowsBetween(t, 0, t.rows.length).filter((i) => !t.rows[i].unaligned).map((i) => ({ r: t.rows[i], i }));
  // (`201 一般公共服务支出` / `  20101 人大事务`: budget codes say the nesting, and their column is no money.)
  if (classCodes(rows.map(({ r }) => r))) return;
  const runs = indentedRuns(rows, (r) => r.cells[0]?.text ?? '');
  if (runs.length === 0) return;
  const said = new Set(out.map((r) => r.anchor));
  for (const run of runs) {
    t.columns.forEach((role, ci) => {
      const parent = SUMMED_ROLES.has(role) ? get(ti, run.parent, ci) : undefined;
      const parts = parent && !said.has(parent) ? columnParts(t, ti, ci, [run.first, ...run.after], get) : undefined;
      if (parent && parts) out.push(sumOfRows(parent, parts));
    });
  }
}

/**
 * `2.公务用车购置及运行维护费 1.98` / `其中：公务用车购置费 0.00` / `公务用车运行维护费 1.89` / `3.公务接待费`:
 * in a numbered table the 其中 rows up to the next number are all of their parent's, which they sum.
 */
function closedRuns(t: Table, ti: number, ci: number, rows: SummedRows, get: CellGetter): Relation[] {
  const out: Relation[] = [];
  for (const run of rows.runs) {
    const parent = run.closed && run.after.length > 0 && !run.indent ? get(ti, run.parent, ci) : undefined;
    const parts = parent && columnParts(t, ti, ci, [run.first, ...run.after], get);
    if (parent && parts) out.push(sumOfRows(parent, parts));
  }
  return out;
}

/**
 * `“三公”经费合计` as the first row, the items below it (as the 三公 table is laid out): the row,
 * when it is the table's only total and no row below is a 小计, nor a budget code unless every row
 * has one (`201 一般公共服务` / `20101 人大事务`, whose codes say the nesting). Undefined otherwise.
 */
function totalOnTop(t: Table): number | undefined {
  const first = t.rows.findIndex((r) => !opensGroup(r));
  if (first < 0 || !t.rows[first].total || t.rows.length - first < 3) return undefined;
  // An opening cut inside the table may not have all the rows the total sums.
  if (t.endsText) return undefined;
  const below = t.rows.slice(first + 1);
  if (below.some((r) => r.total || r.subtotal)) return undefined;
  // (Coded rows are summed by their top level only where the codes say the nesting.)
  if (below.some((r) => /^[0-9０-９]{3,}/.test(r.cells[0]?.text ?? '')) && !classCodes(below)) return undefined;
  return first;
}

/**
 * A 其中 run whose rows do not add up to their parent, where the total adds up with them in the
 * parent's place: the total's relation so read, and the parent's to its 其中 rows (which fails).
 * Tried for the runs' first two rows and more; undefined when no count makes the total hold.
 */
function parentAtFault(t: Table, ti: number, ci: number, total: Amount, rows: SummedRows, get: CellGetter): Relation[] | undefined {
  for (const run of rows.runs) {
    const parent = get(ti, run.parent, ci);
    if (!parent || !rows.nested.includes(run.parent)) continue;
    for (let n = 1; n <= run.after.length; n++) {
      const children = [run.first, ...run.after.slice(0, n)];
      // The total with the children in the parent's place; or with the parent, the children under it
      // (`基本支出612.45` / `其中：人员经费528.17` / `公用经费94.28` / `项目支出…` / `合计`: 合计 holds
      // with 基本支出, and 基本支出 is not its two rows).
      const inPlace = columnParts(t, ti, ci, rows.nested.filter((r) => r !== run.parent && !children.includes(r)).concat(children).sort((a, b) => a - b), get);
      const under = columnParts(t, ti, ci, rows.nested.filter((r) => !children.includes(r)), get);
      const items = [inPlace, under].find((parts) => parts && holds(sumOfRows(total, parts)));
      if (!items) continue;
      // The first count that makes the total hold says which rows are the parent's; one figure
      // among them (`其中：购置费` left empty, `运行维护费3.38`) is compared with the parent too.
      const own = columnParts(t, ti, ci, children, get, 1);
      if (!own) continue;
      const parentRelation = sumOfRows(parent, own);
      return holds(parentRelation) ? undefined : [sumOfRows(total, items), parentRelation];
    }
  }
  return undefined;
}
