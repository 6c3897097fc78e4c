import type { Amount } from './amounts';
import type { GrowthClaim } from './growth';
import { percentDigits } from './rates';
import type { Relation } from './terms';
import { NO_TERMS } from './terms';
import type { CellGetter } from './table-totals';
import { term } from './table-totals';
import { rowName, Table } from './tables';

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

/** Each row's 增减 against its two figures, and its 增减率 (where the earlier figure is not nought). */
export function changeFacts(
  t: Table, ti: number, get: CellGetter, wrongTotals: Set<Amount>, out: { relations: Relation[]; growth: GrowthClaim[] },
): void {
  const { relations, growth } = out;
  for (const ch of t.changes ?? []) {
    t.rows.forEach((row, ri) => {
      if (row.unaligned) return;
      const before = get(ti, ri, ch.before);
      const now = get(ti, ri, ch.now);
      if (!before || !now || wrongTotals.has(before) || wrongTotals.has(now)) return;
      const subject = row.total ? undefined : rowName(t, row) || undefined;
      if (!ch.rate) {
        const change = get(ti, ri, ch.column);
        if (change) relations.push({ kind: 'change', anchor: change, lhs: [term(change)], rhs: [term(now), term(before, -1)], optional: NO_TERMS, atLeast: false, subject });
        return;
      }
      // Over nought no rate is stated (`—`); one that is would be no change we can compute.
      if (/^[-－−]?0*[.．]?0*$/.test(before.valueText)) return;
      const claim = rateClaim(t, ri, ch.column, before, now);
      if (claim) growth.push({ ...claim, subject });
    });
  }
}
