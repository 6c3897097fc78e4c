import { Amount, writtenValue } from './amounts';
import type { GrowthClaim } from './growth';
import { percentDigits } from './rates';
import { changeRelation, Relation } from './terms';
import type { CellGetter } from './table-totals';
import { holds } from './arith';
import type { ChangeColumn } from './change-columns';
import { rowName, Table } from './tables';
import { appendAll } from './arrays';

/**
 * What a table's change columns state (see `change-columns.ts`): each row's 增减 is its later figure
 * less the earlier one, and its 增减率 that change over the earlier figure.
 */

const RATE_CELL = /^([+＋]|[-－−])?\s*([0-9０-９]+(?:[.．][0-9０-９]+)?)\s*[%％]?$/;

/** A table row's 增减率 cell as the rise or fall it states, of `now` over `before`. */
function rateClaim(t: Table, ri: number, col: number, before: Amount, now: Amount): GrowthClaim | undefined {
  const cell = t.rows[ri].cells[col];
  const m = cell && RATE_CELL.exec(cell.text);
  if (!cell || !m) return undefined;
  const sign = m[1] ? m[1].length : 0;
  const numberStart = cell.start + cell.text.indexOf(m[2], sign);
  return {
    start: cell.start, end: cell.end, numberStart, numberEnd: numberStart + m[2].length, line: cell.line, ...percentDigits(m[2]),
    now, otherNows: [], before, falls: /[-－−]/.test(m[1] ?? ''), signStart: cell.start,
  };
}

/** A row's two figures and its name, where both are read and neither is a total reported wrong. */
interface ComparedRow {
  ri: number;
  before: Amount;
  now: Amount;
  subject?: string;
}

function comparedRows(t: Table, ti: number, get: CellGetter, ch: ChangeColumn, wrongTotals: Set<Amount>): ComparedRow[] {
  const out: ComparedRow[] = [];
  t.rows.forEach((row, ri) => {
    if (row.unaligned) return;
    const before = get(ti, ri, ch.before);
    const now = get(ti, ri, ch.now);
    if (!before || !now || wrongTotals.has(before) || wrongTotals.has(now)) return;
    out.push({ ri, before, now, subject: row.total ? undefined : rowName(t, row) || undefined });
  });
  return out;
}

/**
 * Each row's 增减: the later figure less the earlier, or — when more rows say so — the earlier less
 * the later (`预算数 | 决算数 | 差额` where 差额 is what was left unspent).
 */
function changeRelations(rows: ComparedRow[], changes: Array<Amount | undefined>): Relation[] {
  const forward: Relation[] = [];
  const reverse: Relation[] = [];
  rows.forEach((r, k) => {
    const change = changes[k];
    if (!change) return;
    forward.push(changeRelation(change, r.now, r.before, r.subject));
    reverse.push(changeRelation(change, r.before, r.now, r.subject));
  });
  const count = (list: Relation[]) => list.filter((r) => holds(r)).length;
  return count(reverse) > count(forward) ? reverse : forward;
}

/** Each row's 增减 against its two figures, and its 增减率 (where the earlier figure is not nought). */
export function changeFacts(
  t: Table, ti: number, get: CellGetter, wrongTotals: Set<Amount>, out: { relations: Relation[]; growth: GrowthClaim[] },
): void {
  for (const ch of t.changes ?? []) {
    const rows = comparedRows(t, ti, get, ch, wrongTotals);
    if (!ch.rate) {
      appendAll(out.relations, changeRelations(rows, rows.map((r) => get(ti, r.ri, ch.column))));
      continue;
    }
    for (const { ri, before, now, subject } of rows) {
      // Over nought no rate is stated (`—`); one that is would be no change we can compute.
      if (writtenValue(before).isZero()) continue;
      const claim = rateClaim(t, ri, ch.column, before, now);
      if (claim) out.growth.push({ ...claim, subject });
    }
  }
}
