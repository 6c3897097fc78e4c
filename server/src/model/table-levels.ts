import type { Amount } from './amounts';
import { FIGURE_COLUMNS, type Table, type TableRow } from './tables';

/**
 * Score tables that say each row's level in a cell of its own, not by its name's number: a column of
 * `一级` / `二级` / `三级`, or a 序号 column numbering the levels `一`, `二` and their items `1`, `2`.
 * A total sums the top level's rows; its items under it are the level's own sum.
 */

const LEVEL_WORD = /^([一二三四五])级(?:指标)?$/;
const LEVEL_VALUE: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5 };
const GROUP_NUMERAL = /^[一二三四五六七八九十]{1,3}$/;
const ITEM_NUMERAL = /^[0-9０-９]{1,3}$/;

/** Each row's level where a cell says it (1 the top), else undefined. */
export function markedLevels(rows: TableRow[]): number[] | undefined {
  if (rows.length < 3) return undefined;
  const first = rows[0].cells.findIndex((c) => LEVEL_WORD.test(c.text.trim()));
  if (first >= 0 && rows.every((r) => LEVEL_WORD.test(r.cells[first]?.text.trim() ?? ''))) {
    return rows.map((r) => LEVEL_VALUE[LEVEL_WORD.exec(r.cells[first].text.trim())![1]]);
  }
  const numbers = rows.map((r) => r.cells[0]?.text.trim() ?? '');
  const groups = numbers.filter((n) => GROUP_NUMERAL.test(n)).length;
  const items = numbers.filter((n) => ITEM_NUMERAL.test(n)).length;
  if (groups >= 2 && items >= groups && groups + items === rows.length) return numbers.map((n) => (GROUP_NUMERAL.test(n) ? 1 : 2));
  return undefined;
}

/**
 * `决策  20  项目立项  6` / `决策  20  绩效目标  7`: a level's name and figure repeated on each of its rows,
 * cells merged across them in the document and flattened in the copy. The figure counts once per run
 * of rows that repeat both; undefined where no row repeats one.
 */
export function onceEachMergedRun(rows: TableRow[], rowIndexes: number[], ci: number, parts: Amount[]): Amount[] | undefined {
  if (ci === 0 || parts.length !== rowIndexes.length) return undefined;
  const key = (r: number) => `${rows[r].cells[0]?.text.trim() ?? ''}|${rows[r].cells[ci]?.text.trim() ?? ''}`;
  const kept = parts.filter((_, k) => k === 0 || key(rowIndexes[k]) !== key(rowIndexes[k - 1]) || !rows[rowIndexes[k]].cells[0]?.text.trim());
  return kept.length < parts.length ? kept : undefined;
}

/**
 * Rows with an empty cell in a text column before the figures: cells merged down from a row above
 * (`一级指标`, `二级指标`). A note column after them (`偏差原因`, `备注`) is left empty where there is
 * nothing to say.
 */
export function hasMergedCells(t: Table, rows: number[]): boolean {
  const firstFigure = t.columns.findIndex((role) => FIGURE_COLUMNS.has(role));
  const before = firstFigure < 0 ? t.columns.length : firstFigure;
  // A 小计 row's empty cells before its figures are its own: nothing merged down into them.
  return rows.some((r) => !t.rows[r].subtotal && t.rows[r].cells.some((c, ci) => ci < before && !c.text && !FIGURE_COLUMNS.has(t.columns[ci] ?? 'other')));
}
