import type { Amount } from './amounts';
import { holds } from './arith';
import type { Layout } from './layout';
import { CellGetter, columnParts, sumOfRows } from './table-totals';
import { rowName, Table } from './tables';
import type { Relation } from './terms';

/**
 * The 部门整体支出绩效自评表 as a copy gives it: the 年度预算执行情况 table (`年度资金总额 … 分值10 … 得分
 * 9.52`) and, below it, the 绩效指标 table whose `总分 … 100 98.82` counts that score too. Its 分值 and
 * 得分 are the indicator rows' plus the budget row's. Read only where that is so for one column at
 * least (the other then is checked): a form whose 总分 leaves the budget row out has neither add up so.
 */
const BUDGET_ROW = /^(年度)?资金总额$|^预算执行(情况|率)?$/;
const TOTAL_ROW = /^(总分|合计|总计)$/;
/** How far below the budget table the indicator table may begin, in lines (its captions and 目标 rows between). */
const FORM_REACH = 40;

export function formScores(layout: Layout, get: CellGetter, out: { relations: Relation[] }): void {
  const replaced = new Set<Amount>();
  const added: Relation[] = [];
  layout.tables.forEach((t, ti) => {
    const weight = t.columns.indexOf('weight');
    const score = t.columns.indexOf('score');
    const totalRow = t.rows.findIndex((r) => TOTAL_ROW.test(rowName(t, r) || r.cells[0]?.text.trim() || ''));
    if (weight < 0 || score < 0 || totalRow < 0) return;
    const budget = budgetRowAbove(layout, get, ti);
    const totalWeight = get(ti, totalRow, weight);
    const totalScore = get(ti, totalRow, score);
    if (!budget || !totalWeight || !totalScore) return;
    const rows = t.rows.map((_, ri) => ri).filter((ri) => ri !== totalRow && !t.rows[ri].total && !t.rows[ri].subtotal);
    const weights = columnParts(t, ti, weight, rows, get);
    const scores = columnParts(t, ti, score, rows, get);
    if (!weights || !scores || weights.length !== scores.length) return;
    const ofWeights = sumOfRows(totalWeight, [...weights, budget.weight]);
    const ofScores = sumOfRows(totalScore, [...scores, budget.score]);
    if (!holds(ofWeights) && !holds(ofScores)) return;
    replaced.add(totalWeight).add(totalScore);
    added.push(ofWeights, ofScores);
  });
  if (added.length === 0) return;
  // The columns' own 总分 (their rows only) are no reading of such a form: each would be said twice.
  // (Taken out in one pass: a text may hold many forms and many relations.)
  const kept = out.relations.filter((r) => !replaced.has(r.anchor));
  out.relations.length = 0;
  for (const r of kept) out.relations.push(r);
  for (const r of added) out.relations.push(r);
}

/** The 年度资金总额 row's 分值 and 得分 in a table above (the 年度总体目标 table may stand between), within reach. */
function budgetRowAbove(layout: Layout, get: CellGetter, ti: number): { weight: Amount; score: Amount } | undefined {
  const t = layout.tables[ti];
  for (let pi = ti - 1; pi >= 0 && pi >= ti - 3; pi--) {
    const p: Table = layout.tables[pi];
    if (t.lines[0] - p.lines[p.lines.length - 1] > FORM_REACH) return undefined;
    const weight = p.columns.indexOf('weight');
    const score = p.columns.indexOf('score');
    const ri = p.rows.findIndex((r) => BUDGET_ROW.test(rowName(p, r)));
    if (weight < 0 || score < 0 || ri < 0) continue;
    const w = get(pi, ri, weight);
    const s = get(pi, ri, score);
    return w && s ? { weight: w, score: s } : undefined;
  }
  return undefined;
}
