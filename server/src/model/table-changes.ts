import { Amount, writtenValue } from './amounts';
import { GrowthClaim, growthReading } from './growth';
import { percentDigits } from './rates';
import { changeRelation, Relation } from './terms';
import type { CellGetter } from './table-totals';
import { holds } from './arith';
import type { ChangeColumn } from './change-columns';
import { rowName, Table } from './tables';
import { appendAll } from './arrays';
import { accountingNegative } from './accounting-signs';

/**
 * What a table's change columns state (see `change-columns.ts`): each row's 增减 is its later figure
 * less the earlier one, and its 增减率 that change over the earlier figure.
 */

const RATE_CELL = /^([+＋]|[-－−])?\s*([0-9０-９]+(?:[.．][0-9０-９]+)?)\s*[%％]?$/;

/** A table row's 增减率 cell as the rise or fall it states, of `now` over `before` (`（5.58%）` a fall). */
function rateClaim(t: Table, ri: number, col: number, before: Amount, now: Amount, triangle: boolean, falls: boolean): GrowthClaim | undefined {
  const cell = t.rows[ri].cells[col];
  if (!cell) return undefined;
  const m = RATE_CELL.exec(cell.text);
  const negative = m ? undefined : accountingNegative(cell.text, triangle);
  // (A rate's digits are never grouped: `（1,234.5%）` is no rate read.)
  const digits = m ? m[2] : negative && !/[^0-9０-９]/.test(negative.int) ? negative.int + (negative.dec ? `.${negative.dec}` : '') : undefined;
  if (!digits) return undefined;
  const numberStart = cell.start + (m ? cell.text.indexOf(m[2], m[1] ? m[1].length : 0) : negative!.offset);
  return {
    start: cell.start, end: cell.end, numberStart, numberEnd: numberStart + digits.length, line: cell.line, ...percentDigits(digits),
    now, otherNows: [], before, falls: falls || negative !== undefined || /[-－−]/.test(m?.[1] ?? ''), signStart: cell.start,
    accountingSign: negative !== undefined || undefined,
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
function changeRelations(rows: ComparedRow[], changes: Array<Amount | undefined>, falls: boolean): Relation[] {
  const forward: Relation[] = [];
  const reverse: Relation[] = [];
  rows.forEach((r, k) => {
    const change = changes[k];
    if (!change) return;
    forward.push(changeRelation(change, r.now, r.before, r.subject));
    reverse.push(changeRelation(change, r.before, r.now, r.subject));
  });
  const count = (list: Relation[]) => list.filter((r) => holds(r)).length;
  return falls || count(reverse) > count(forward) ? reverse : forward;
}

/** Each row's 增减 against its two figures, and its 增减率 (where the earlier figure is not nought). */
export function changeFacts(
  t: Table, ti: number, get: CellGetter, wrongTotals: Set<Amount>, triangle: boolean, out: { relations: Relation[]; growth: GrowthClaim[] },
): void {
  for (const ch of t.changes ?? []) {
    const rows = comparedRows(t, ti, get, ch, wrongTotals);
    if (!ch.rate) {
      appendAll(out.relations, changeRelations(rows, rows.map((r) => get(ti, r.ri, ch.column)), ch.falls === true));
      continue;
    }
    // A 节约率 beside its 节约资金 follows from that cell: where the saving is wrong, it is the slip.
    const saving = ch.falls ? t.changes!.find((c) => !c.rate && c.falls && c.before === ch.before && c.now === ch.now) : undefined;
    for (const { ri, before, now, subject } of rows) {
      // Over nought no rate is stated (`—`); one that is would be no change we can compute.
      if (writtenValue(before).isZero()) continue;
      const claim = rateClaim(t, ri, ch.column, before, now, triangle, ch.falls === true);
      if (!claim) continue;
      const saved = saving && get(ti, ri, saving.column);
      if (saved && !holds(changeRelation(saved, before, now)) && growthReading({ ...claim, now: undefined, change: saved }).holds) continue;
      out.growth.push({ ...claim, subject, ...(ch.falls ? { word: t.columnNames[ch.column], signStart: undefined } : {}) });
    }
  }
}
