import { Amount, firstAmountBetween } from './amounts';
import { holds } from './arith';
import type { ReportDocument } from './report';
import { previousLineOfWords } from './text';
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

/**
 * `年初结转结余12.30万元，本年收入586.40万元，本年支出579.20万元，年末结转结余19.50万元`: what is carried
 * into the year, plus its income, less its spending, is what is carried out. Read only when the four
 * are the sentence's figures in that order, one after another.
 */
// (`本局年初结转和结余56.72万元，本年收入…，本年支出…，年末结转和结余…`: the 决算 table's names, the unit's own words before them.)
const OWN = '(?:本(?:局|馆|院|所|站|校|委|会|单位|部门|中心))?';
const CARRIED_IN = new RegExp(`^(?:(?:19|20)\\d{2}年)?${OWN}(?:(?:19|20)\\d{2}年)?(?:年初|上年)(?:结转和结余|结转结余|结余结转|结转)(?:资金)?(?:为)?$`);
const INCOME = /^(?:本年|全年|当年)(?:收入|收入合计)(?:为)?$/;
const SPENT = /^(?:本年|全年|当年)(?:支出|支出合计)(?:为)?$/;
const CARRIED_OUT = /^年末(?:结转和结余|结转结余|结余结转|结转|结余)(?:资金)?(?:为)?$/;
const CARRY_STEPS = [CARRIED_IN, INCOME, SPENT, CARRIED_OUT];

export function carriedOver(bySentence: FiguresBySentence, relations: Relation[], inBreakdown: Set<number>): void {
  for (const figures of bySentence) {
    if (!figures || figures.length < 4) continue;
    const money = figures.filter(usable);
    for (let i = 0; i + 4 <= money.length; i++) {
      const four = money.slice(i, i + 4);
      if (!four.every((a, k) => CARRY_STEPS[k].test(a.label.trim()) && a.unit === four[0].unit)) continue;
      const [carriedIn, income, spent, carriedOut] = four;
      // Its figures are no fund line's (`上年结转资金…` read as a source that spending and balance make up).
      for (const a of four) inBreakdown.add(a.id);
      relations.push({
        kind: 'breakdown', anchor: carriedOut, lhs: [{ amount: carriedOut, sign: 1 }],
        rhs: [{ amount: carriedIn, sign: 1 }, { amount: income, sign: 1 }, { amount: spent, sign: -1 }], optional: NO_TERMS, atLeast: false,
      });
    }
  }
}

function sourcesOf(total: Amount, run: Amount[]): Relation {
  const rhs: Term[] = run.map((amount) => ({ amount, sign: signOf(amount) === -1 ? -1 : 1 }));
  return { kind: 'breakdown', anchor: total, lhs: [{ amount: total, sign: 1 }], rhs, optional: NO_TERMS, atLeast: false };
}

/**
 * `2023年中心预算资金382.64万元，其中年初预算326.47万元，上年结转12.50万元，…。全年实际支出368.76万元，
 * 其中基本支出218.47万元，项目支出150.29万元；年末结转结余12.88万元。`: the money of the year, what was spent
 * of it, and the balance said on its own after the spending's list — the balance is what is left.
 * Read only where both lists add up, the spending comes on the income's line or the next, and the
 * balance stands apart from the spending's list (after a `；` or a full stop): a balance inside it
 * (`支出…，其中基本支出…，项目支出…，结余结转…`) makes the spending the whole, and a 预算收入 may differ from
 * money spent and kept when what was budgeted did not all come in.
 */
const MONEY_OF_YEAR = /^(?:(?:19|20)\d{2}年度?)?(?:[本全][\u4e00-\u9fff]|部门|单位|中心)?(?:预算收入|预算资金|收入合计|可用资金)(?:总额|合计)?$/;
const SPENT_OF_YEAR = /^(?:(?:19|20)\d{2}年度?)?(?:全年)?(?:实际)?支出(?:合计|总额)?$/;
const BALANCE = /^(?:年末|年终)?(?:结余结转|结转结余|结转和结余)(?:资金)?$/;

export function balanceAfterSpending(doc: ReportDocument, relations: Relation[]): void {
  const lists = relations.filter((r) => r.kind === 'breakdown' && !r.anchor.cell && r.rhs.length >= 2);
  for (let i = 0; i + 1 < lists.length; i++) {
    const [income, spent] = [lists[i], lists[i + 1]];
    const [available, spending] = [income.anchor, spent.anchor];
    if (!MONEY_OF_YEAR.test(available.labelCore) || !SPENT_OF_YEAR.test(spending.labelCore) || available.unit !== spending.unit) continue;
    if (spending.line !== available.line && previousLineOfWords(doc.lines.lines, spending.line) !== available.line) continue;
    const last = spent.rhs[spent.rhs.length - 1].amount;
    const balance = firstAmountBetween(doc.amounts, last.end, doc.lines.lines[last.line].end);
    if (!balance || !BALANCE.test(balance.labelCore) || balance.unit !== available.unit || !usable(balance)) continue;
    if (!/[；;。]/.test(doc.text.slice(last.end, balance.labelStart)) || !holds(income) || !holds(spent)) continue;
    // (`结余结转11.82万元，另有其他资金来源结转3.50万元未使用`: the balance said in parts, this one of them.)
    if (firstAmountBetween(doc.amounts, balance.end, doc.sentences[balance.sentence].end)) continue;
    relations.push({
      kind: 'breakdown', anchor: balance, lhs: [{ amount: balance, sign: 1 }],
      rhs: [{ amount: available, sign: 1 }, { amount: spending, sign: -1 }], optional: NO_TERMS, atLeast: false,
    });
  }
}
