import { Amount, baseValue } from './amounts';
import { holds } from './arith';
import type { Relation } from './terms';
import { ColumnRole, EMPTY_CELL, Table } from './tables';
import { CellGetter, sumOfRows } from './table-totals';

/**
 * A 合计 column against the columns beside it, row by row: `财政拨款 | 456.78 | 320.45 | 136.33`
 * under `项目 | 合计 | 基本支出 | 项目支出`.
 *
 * Which columns a 合计 column adds up the header does not always say: a header on one line may
 * give a kind and its items both (`合计 | 基本支出 | 人员经费 | 公用经费 | 项目支出`). So the
 * columns are taken as the run of money columns right after the 合计 column (else right before
 * it), and the table's rows are only checked when they bear that reading out: two rows add up at
 * least, one of them with two parts or more that are not 0, and more rows add up than do not.
 */

/** Columns a 合计 column may add up: money of one kind or another, not a change or a rate. */
const PART_ROLES = new Set<ColumnRole>(['money', 'initial', 'adjust', 'full', 'spend', 'carry', 'received']);

/** `上年决算数`, `2023年支出` beside this year's parts: another year's figure, which ends the parts. */
const OTHER_YEAR = /^(上年|去年|上一年|(19|20)\d{2}年)/;

/** The 合计 column, if the header has one, and the runs of money columns right after and right before it. */
function columnsAcross(t: Table): { total: number; runs: number[][] } | undefined {
  const totals = t.columns.flatMap((role, i) => (role === 'rowTotal' ? [i] : []));
  if (totals.length !== 1) return undefined;
  const [total] = totals;
  const run = (step: 1 | -1) => {
    const out: number[] = [];
    for (let i = total + step; i >= 0 && i < t.columns.length && PART_ROLES.has(t.columns[i]) && !OTHER_YEAR.test(t.columnNames[i] ?? ''); i += step) out.push(i);
    return out;
  };
  const runs = [run(1), run(-1).reverse()].filter((r) => r.length >= 2);
  return runs.length ? { total, runs } : undefined;
}

/** A row's figures in the part columns; undefined when a cell there holds words, not a figure. */
function rowParts(t: Table, ti: number, ri: number, parts: number[], get: CellGetter): Amount[] | undefined {
  const out: Amount[] = [];
  for (const ci of parts) {
    const a = get(ti, ri, ci);
    if (a) out.push(a);
    else if (!EMPTY_CELL.test(t.rows[ri].cells[ci]?.text.trim() ?? '')) return undefined;
  }
  return out.length ? out : undefined;
}

/**
 * The rows' sums over one run of columns; how many hold and fail, and how many of those that hold
 * have two parts or more that are not 0 (`18.56 | 18.56 | 0.00` bears the reading out less).
 */
function sumsOver(t: Table, ti: number, total: number, parts: number[], get: CellGetter, subjectOf: (ri: number) => string | undefined) {
  const relations: Relation[] = [];
  let held = 0;
  let heldByParts = 0;
  let failed = 0;
  t.rows.forEach((row, ri) => {
    if (row.unaligned) return;
    const sum = get(ti, ri, total);
    const figures = sum && rowParts(t, ti, ri, parts, get);
    if (!sum || !figures || baseValue(sum).isZero()) return;
    const relation: Relation = { ...sumOfRows(sum, figures), subject: subjectOf(ri) };
    relations.push(relation);
    if (!holds(relation)) failed++;
    else {
      held++;
      if (figures.filter((a) => !baseValue(a).isZero()).length >= 2) heldByParts++;
    }
  });
  return { relations, held, failed, trusted: held >= 2 && heldByParts >= 1 && failed < held };
}

/**
 * Each row's 合计 cell against the sum of its part cells, read over the columns after the 合计
 * column or those before it, whichever the rows bear out (the better, if both).
 */
export function rowTotals(t: Table, ti: number, get: CellGetter, subjectOf: (ri: number) => string | undefined): Relation[] {
  const across = columnsAcross(t);
  if (!across) return [];
  let best: ReturnType<typeof sumsOver> | undefined;
  for (const parts of across.runs) {
    const sums = sumsOver(t, ti, across.total, parts, get, subjectOf);
    if (sums.trusted && (!best || sums.held - sums.failed > best.held - best.failed)) best = sums;
  }
  return best?.relations ?? [];
}

/**
 * One wrong cell fails a row's sum across and its column's sum down. Where a table has exactly one
 * of each failing, they are one mistake, said once: by the row's (it names the row), unless the
 * column's is anchored in that row — the 合计 row's own cells, where the column's says it better.
 */
export function oneFindingPerCell(down: Relation[], across: Relation[]): Relation[] {
  const downFailing = down.filter((r) => !holds(r));
  const acrossFailing = across.filter((r) => !holds(r));
  if (downFailing.length !== 1 || acrossFailing.length !== 1) return [...down, ...across];
  const [column] = downFailing;
  const [row] = acrossFailing;
  const byColumn = column.anchor === row.anchor || row.rhs.some((t) => t.amount === column.anchor);
  return [...down, ...across].filter((r) => r !== (byColumn ? row : column));
}
