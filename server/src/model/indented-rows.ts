import { parseNumberPrefix } from './numbering';
import type { TableRow } from './tables';

/** `其中：人员经费`: a row under the one above it. */
export const UNDER = /^其中/;

/** `公务用车购置及运行费` then `其中：购置费`, `运行费`: a 其中 row and the plain rows after it. */
export interface UnderRun {
  parent: number;
  first: number;
  /** The rows after the 其中 row, up to the next 其中 or numbered row, that may continue it. */
  after: number[];
  /** A numbered row (`3.公务接待费`) or the end comes after them: they are all of the parent's rows. */
  closed: boolean;
  /** The rows are the parent's by their indent: checked against it in every table (`indentedParts`). */
  indent?: boolean;
}

/** How many rows under one a table may have (each row's are looked through: a cap keeps it linear). */
const MAX_UNDER = 200;

/**
 * `基本支出` / `　人员经费` / `　　工资福利支出` / `　　　基本工资` …: each row whose next rows start further in,
 * and the rows one step in below it up to the next row no further in than it: its parts (the rows
 * further in still are its parts' parts). Not where a part opens with `其中`, which names some only.
 */
export function indentedRuns(before: Array<{ r: TableRow; i: number }>, nameOf: (r: TableRow) => string): UnderRun[] {
  const runs: UnderRun[] = [];
  const least = before.reduce((m, { r }) => Math.min(m, r.depth), Infinity);
  const depth = (k: number) => before[k].r.depth - least;
  // (A row whose first cell is empty is not in: lined up with spaces, its start is an empty cell's
  // merged down from the row above, not an indent.)
  const named = (k: number) => Boolean(before[k].r.cells[0]?.text);
  for (let k = 0; k + 1 < before.length; k++) {
    const step = depth(k + 1);
    // (`其中：基本工资` / `      津贴补贴`: the rows lined up after a 其中 are its list's, not its parts.)
    if (step <= depth(k) || before[k + 1].i !== before[k].i + 1 || !named(k) || UNDER.test(nameOf(before[k].r))) continue;
    const parts: number[] = [];
    let j = k + 1;
    for (; j < before.length && j - k <= MAX_UNDER && depth(j) > depth(k) && named(j) && before[j].i === before[j - 1].i + 1; j++) if (depth(j) === step) parts.push(before[j].i);
    if (j < before.length && depth(j) > depth(k)) continue;
    // (A part less far in than the first is of no step the table keeps: the levels are not read.)
    // (Nor a numbered row: its number says its level, `三、经营收入` under `二、事业收入` none.)
    if (before.slice(k + 1, j).some(({ r }) => r.depth - least < step || UNDER.test(nameOf(r)) || parseNumberPrefix(nameOf(r)) !== undefined)) continue;
    if (parts.length >= 2) runs.push({ parent: before[k].i, first: parts[0], after: parts.slice(1), closed: true });
  }
  return runs;
}
