import { Amount, firstAmountBetween } from './amounts';
import { completionClaims, failedCompletion } from './completion-rates';
import type { ReportDocument } from './report';
import { saidAsItself } from './quantities';
import { swapsOf } from './table-prose';
import type { SwappedRestatement } from './swapped-restatements';
import { ofTheYear } from './years';

/**
 * `居家养老上门服务 | ≥36000人次 | 38460人次 | 106.83%` in the targets' table, then `…提供居家养老上门
 * 服务38640人次` in the text: the row's done figure said again with two digits swapped. The table's
 * figure is the one its 完成率 vouches for; the text's is the odd one. Only a swap is read so: a
 * figure of the same name with other digits may be a part, a target or another year's.
 */

/** A row's name shorter than this names too little to say which figure it is (`培训`, `验收`). */
const MIN_NAME = 4;
/** How long a name the text's label is read back for. */
const MAX_NAME = 30;
/** Words that make the text's figure a target or a difference, not the one done. */
const NOT_DONE = /目标|计划|任务|要求|预期|较|比|增加|减少|增长|下降|超|多|少|累计/;

const CACHE = new WeakMap<ReportDocument, SwappedRestatement[]>();

export function completionRestatements(doc: ReportDocument): SwappedRestatement[] {
  const cached = CACHE.get(doc);
  if (cached) return cached;
  const out: SwappedRestatement[] = [];
  // Each row's done figure, by the row's name; a name two rows share says neither.
  const byName = new Map<string, Amount | null>();
  for (const c of completionClaims(doc)) {
    if (c.actualCell === undefined || !c.name || c.name.length < MIN_NAME || failedCompletion(c) !== undefined) continue;
    const cell = firstAmountBetween(doc.amounts, c.actualCell.start, c.actualCell.end);
    if (!cell || !cell.cell || cell.valueText.replace(/\D/g, '').length < 3) continue;
    byName.set(c.name, byName.has(c.name) ? null : cell);
  }
  if (byName.size > 0) {
    for (const a of doc.amounts) {
      if (a.cell || !saidAsItself(a)) continue;
      const cell = rowNamed(byName, a.labelCore);
      if (!cell || cell.unit !== a.unit || a.valueText === cell.valueText) continue;
      if (!swapsOf(cell.valueText).includes(a.valueText) || NOT_DONE.test(a.labelCore) || !ofTheYear(doc, a)) continue;
      out.push({ said: a, first: cell });
    }
  }
  CACHE.set(doc, out);
  return out;
}

/** The done figure of the row whose name the label ends with (`助浴等居家养老上门服务`). */
function rowNamed(byName: Map<string, Amount | null>, label: string): Amount | undefined {
  for (let k = MIN_NAME; k <= Math.min(label.length, MAX_NAME); k++) {
    const cell = byName.get(label.slice(label.length - k));
    if (cell) return cell;
  }
  return undefined;
}
