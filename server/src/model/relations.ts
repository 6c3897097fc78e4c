import { itemTotals } from './item-totals';
import type { ReportDocument } from './report';
import { breakdownsOf } from './breakdowns';
import { adjustedBudgets, carriedOver } from './budget-totals';
import { childrenRelations, fundLinesByLine, fundLinesOf, projectsRelation } from './funds';
import type { FiguresBySentence, Relation, Term } from './terms';

export type { CountClaim, FundRole, Relation, RelationKind, Term } from './terms';
export { fundRole, standsApart, signOf } from './terms';
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
  adjustedBudgets(bySentence, relations);
  carriedOver(bySentence, relations, inBreakdown);
  const fundLines = fundLinesOf(doc, bySentence, inBreakdown);
  for (const f of fundLines) relations.push(f.relation);
  const byLine = fundLinesByLine(fundLines);
  childrenRelations(doc, byLine, inBreakdown, relations);
  projectsRelation(doc, fundLines, byLine, relations, inBreakdown);
  const approximate = (t: Term) => t.amount.approximate;
  return relations.filter((r) => !(r.lhs.some(approximate) || r.rhs.some(approximate) || r.optional.some(approximate)));
}

