import { itemTotals } from './item-totals';
import type { ReportDocument } from './report';
import { breakdownsOf } from './breakdowns';
import { adjustedBudgets, balanceAfterSpending, carriedOver } from './budget-totals';
import { childrenRelations, fundLinesByLine, fundLinesOf, projectsRelation } from './funds';
import type { FiguresBySentence, Relation, Term } from './terms';

export type { CountClaim, FundRole, Relation, RelationKind, Term } from './terms';
export { fundRole, holdsCarry, standsApart, signOf } from './terms';
export { buildCounts } from './counts';

export function buildRelations(doc: ReportDocument): Relation[] {
  const bySentence: FiguresBySentence = new Array(doc.sentences.length);
  for (const a of doc.amounts) {
    const list = bySentence[a.sentence];
    if (list) list.push(a);
    else bySentence[a.sentence] = [a];
  }
  const relations: Relation[] = [];
  const inBreakdown = new Set<number>();
  breakdownsOf(doc, bySentence, relations, inBreakdown);
  itemTotals(doc, inBreakdown, relations);
  balanceAfterSpending(doc, relations);
  adjustedBudgets(bySentence, relations);
  carriedOver(bySentence, relations, inBreakdown);
  const fundLines = fundLinesOf(doc, bySentence, inBreakdown);
  for (const f of fundLines) relations.push(f.relation);
  const byLine = fundLinesByLine(fundLines);
  childrenRelations(doc, byLine, inBreakdown, relations);
  projectsRelation(doc, fundLines, byLine, relations, inBreakdown);
  const approximate = (t: Term) => t.amount.approximate;
  return relations.filter((r) => !(r.lhs.some(approximate) || r.rhs.some(approximate) || r.optional.some(approximate) || (r.kind === 'breakdown' && mixesStages(r.rhs))));
}

/**
 * A measure said unit by unit, by its name's end: a budget's stage (the opening budget, the year's
 * after changes, what was spent), the posts and the people in them, or money planned and received.
 */
function stageOf(core: string): number {
  if (/年初预算(数|金额)?$/.test(core)) return 1;
  if (/(调整后|全年)预算(数|金额)?$|调整后$/.test(core)) return 2;
  if (/实际支出$|支出数$|决算数$/.test(core)) return 3;
  if (/编制(数)?$/.test(core)) return 4;
  if (/实有(人数|人员)?$/.test(core)) return 5;
  // `2024年计划到位2910.00万元，实际到位2640.00万元`: what was to come and what came.
  if (/计划(?:到位|下达|拨付)(?:资金|数|金额)?$/.test(core)) return 6;
  return /(?:实际)?(?:到位|下达|拨付)(?:资金|数|金额)?$/.test(core) ? 7 : 0;
}

/**
 * `其中局本级年初预算1126.40万元、调整后预算1468.92万元；…`, `其中局本级编制96名、实有91人；…`: parts of
 * two measures are each unit's figures of both, never parts of one sum.
 */
function mixesStages(parts: Term[]): boolean {
  let seen = 0;
  for (const t of parts) {
    const stage = stageOf(t.amount.labelCore);
    if (stage === 0) continue;
    if (seen !== 0 && stage !== seen) return true;
    seen = stage;
  }
  return false;
}

