import type { Amount } from './amounts';
import type { FiguresBySentence, Relation, Term } from './terms';
import { fundRole, NO_TERMS, signOf, standsApart } from './terms';

/**
 * `年初预算586.30万元，年中追加48.70万元，调减12.00万元，全年预算数为633.00万元`: the opening budget and
 * its changes in the year, then the year's budget they make. Read only so: in one sentence, the
 * opening budget first, every figure between a change of it (追加, 调增, 调减, 上级转移支付, 上年结转),
 * and the year's budget right after them. Any other figure among them and the run is no such sum.
 */
// (`全院年初预算`, `本局年初预算`: the whole unit's, named.)
const OPENING = /^(?:[全本][\u4e00-\u9fff]|部门|单位)?(?:项目)?年初(?:预算|安排)(?:数|金额|资金)?(?:为)?$/;
const YEAR_BUDGET = /^(?:(?:全年)?调整后(?:的)?(?:全年)?预算(?:数|金额|总额)?|全年预算(?:数|金额|总额)?|年度预算(?:数|总额)?|预算调整为|全年可用资金)(?:为|是|达)?$/;
const CHANGE_ROLES = new Set(['transfer', 'adjust', 'prior']);

const usable = (a: Amount) => a.kind === 'money' && !a.approximate && a.insideOf === undefined && !a.cell && !standsApart(a);

export function adjustedBudgets(bySentence: FiguresBySentence, relations: Relation[]): void {
  for (const figures of bySentence) {
    if (!figures || figures.length < 3) continue;
    let run: Amount[] = [];
    for (const a of figures) {
      if (!usable(a)) {
        run = [];
        continue;
      }
      if (OPENING.test(a.labelCore)) run = [a];
      else if (run.length && (YEAR_BUDGET.test(a.label) || YEAR_BUDGET.test(a.labelCore))) {
        if (run.length >= 2 && run.every((r) => r.unit === a.unit)) relations.push(sourcesOf(a, run));
        run = [];
      } else if (run.length && CHANGE_ROLES.has(fundRole(a) ?? '') && signOf(a) !== 0) run.push(a);
      else run = [];
    }
  }
}

function sourcesOf(total: Amount, run: Amount[]): Relation {
  const rhs: Term[] = run.map((amount) => ({ amount, sign: signOf(amount) === -1 ? -1 : 1 }));
  return { kind: 'breakdown', anchor: total, lhs: [{ amount: total, sign: 1 }], rhs, optional: NO_TERMS, atLeast: false };
}
