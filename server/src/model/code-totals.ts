import { holds, Overrides, signedSum } from './arith';
import { baseValue } from './amounts';
import type { Relation } from './terms';
import { classCodes } from './class-codes';
import type { Table } from './tables';
import { CellGetter, columnParts, SUMMED_ROLES, sumOfRows } from './table-totals';

/**
 * A table by the budget classification (`204 公共安全支出` / `20406 司法` / `2040601 行政运行`, or the 类,
 * 款 and 项 codes in columns of their own): each 类 is the sum of its 款, each 款 of its 项, as the codes
 * say which rows are whose. Read only where every row but the totals has a code and each code begins
 * with its parent's; a table that says it lists the main 项 only (`列示主要项目`) sums to at most its 款.
 */

/**
 * Each coded row's children: the rows one level down right after it, before the next row of its level
 * or above; and the rows still open at the table's end (the last row's parents).
 */
function childrenOf(levels: number[], codes: string[]): { children: Map<number, number[]>; open: number[] } | undefined {
  const out = new Map<number, number[]>();
  const open: number[] = [];
  for (let k = 0; k < levels.length; k++) {
    while (open.length && levels[open[open.length - 1]] >= levels[k]) open.pop();
    const parent = open[open.length - 1];
    if (parent !== undefined) {
      // A level skipped, or a code that does not begin with its parent's: the codes do not say the nesting.
      if (levels[parent] !== levels[k] - 1 || !codes[k].startsWith(codes[parent])) return undefined;
      const list = out.get(parent);
      if (list) list.push(k);
      else out.set(parent, [k]);
    }
    open.push(k);
  }
  return { children: out, open };
}

/** The 类 = Σ 款 and 款 = Σ 项 relations of a coded table, each column apart; none where a level is not read. */
export function codeTotals(t: Table, ti: number, get: CellGetter, out: Relation[]): void {
  const rows: number[] = [];
  t.rows.forEach((r, i) => !r.total && !r.subtotal && rows.push(i));
  const read = classCodes(rows.map((i) => t.rows[i]));
  const nesting = read && childrenOf(read.levels, read.codes);
  if (!nesting) return;
  // (An opening cut inside the table may stop among the last rows' children: those rows are not summed.
  // A table whose 合计 row is its last is whole.)
  const cut = new Set(t.endsText && !t.rows[t.rows.length - 1]?.total ? nesting.open : []);
  t.columns.forEach((role, ci) => {
    // (Not the codes: a table's unit may make its code column look like one of money.)
    if (!SUMMED_ROLES.has(role) || ci < read.width) return;
    for (const [parent, kids] of nesting.children) {
      if (cut.has(parent)) continue;
      const total = get(ti, rows[parent], ci);
      const parts = total && columnParts(t, ti, ci, kids.map((k) => rows[k]), get, 1);
      if (total && parts) out.push({ ...sumOfRows(total, parts), atLeast: t.someRowsOnly === true });
    }
  });
}

/** The totals that fail, and what each would be read as its parts' sum: worked out once per table. */
export function failingTotals(relations: Relation[]): { failing: Relation[]; asSummed: Overrides } {
  const failing = relations.filter((r) => !holds(r));
  return { failing, asSummed: new Map(failing.map((r) => [r.anchor.id, signedSum(r.rhs, baseValue)])) };
}

/**
 * Of the failing totals, the ones that hold when a failing part of theirs is read as its own parts'
 * sum: that part is the wrong figure, reported on its own row, not again on its parent's.
 */
export function blamedOnAPart({ failing, asSummed }: { failing: Relation[]; asSummed: Overrides }): Set<Relation> {
  const out = new Set<Relation>();
  for (const r of failing) {
    const wrongParts: Overrides = new Map(r.rhs.flatMap((x) => (asSummed.has(x.amount.id) ? [[x.amount.id, asSummed.get(x.amount.id)!] as const] : [])));
    if (wrongParts.size && holds(r, wrongParts)) out.add(r);
  }
  return out;
}
