import { Amount, amountsBetween, firstAmountBetween } from './amounts';
import type { ReportDocument, Sentence } from './report';
import { percentDigits, RateClaim } from './rates';
import { fundRole, listTotalOf, Term, terms } from './terms';
import { paragraphStart, wrappedOpening } from './wrapped';
import { MAY_STATE_RATE, RateMatch, rateMatches } from './rate-matches';
import { allotted, saidOverOf, spentInFullUnsaid, budgetNamedInClause, kindSpentOnLine, READING_WINDOW, openingBudget, openingOnly, overBudgetNamed, isAllotted, ownClause, spendingOfRate, budgetsEarlierOnLine, itemMoneyBefore, ofItsScope, ofSource, ownSubjectClause, partStartBefore, projectFundLineBefore } from './rate-bases';
import { entryOnLine, headingOfPart } from './sections';
import { previousLineOfWords } from './text';
import { itemOfItsLine } from './item-figures';
import { fundSpentFrom } from './funds';
import { OPENING_NAMED, SOURCE_RECEIVED, UNIT_FIGURE, WHOLE_BUDGET, YEAR_BUDGET_END } from './rate-words';
import { FigureKinds } from './figure-kinds';
import { LAST_YEAR, yearBefore } from './years';

/**
 * `项目年初预算20万元，实际支出19.04万元，预算执行率95.2%`: a rate in the text, with the spending and
 * budget figures of its own sentence (or, for a sentence that states only the rate, the sentences
 * before it in the same paragraph). Every budget the sentence gives is a reading; the rate is
 * wrong only if no reading gives it.
 */

const KIND_SUBJECT = /^(项目|基本)支出$/;


/** How far back a rate's words are read for the year it is of. */
const YEAR_REACH = 40;
const ofAnotherYear = (doc: ReportDocument, words: string) => yearBefore(doc, words) !== doc.year || LAST_YEAR.test(words);

function figuresBefore(doc: ReportDocument, kinds: FigureKinds, s: Sentence, end: number, rateEnd: number): Amount[] {
  // A sentence a PDF's hard wrap carried over lines is one sentence (`…实际支出172.35万元，` / `执行率94.62%。`).
  const from = wrappedOpening(doc, s);
  const reach = Math.max(from, end - READING_WINDOW);
  // (`…预算执行率98.17%；2023年预算数1336.08万元，执行率97.51%`, `2021年…执行率为94.16%`: the rate of
  // another year its clause names, over that clause's figures only.)
  // (Looked for within the reach: a sentence may be megabytes without a `；`.)
  const words = doc.text.slice(reach, end);
  const clause = reach + Math.max(words.lastIndexOf('；'), words.lastIndexOf(';')) + 1;
  const otherYear = ofAnotherYear(doc, doc.text.slice(Math.max(clause, end - YEAR_REACH), end));
  const own = amountsBetween(doc.amounts, otherYear ? clause : reach, end).filter(kinds.usable);
  // (`上级下达资金250.00万元，已支出243.18万元，执行率97.72%`: a fund and what was spent of it.)
  if (own.some(kinds.spend) && (own.some(kinds.budget) || own.some(kinds.carry) || fundSpentFrom(doc, own[own.length - 1]))) return own;
  // `项目实际支出238.71万元，预算执行率96.49%，结余结转11.27万元`: the balance stated right after the
  // rate is the rest of the same budget.
  const next = own.some(kinds.spend) ? firstAmountBetween(doc.amounts, rateEnd, s.end) : undefined;
  if (next && kinds.usable(next) && kinds.carry(next)) return [...own, next];
  // The rate alone in its sentence: the unit's rate, of the spending and budget the paragraph
  // states before it. Any other figure there (a project's, a subtotal) is no reading of it.
  // (`项目"…"年初预算金额38万元，…追加0万元，实际支出36.72万元…。项目实施及绩效情况如下：该项目执行率
  // 96.63%`: with no figure in the rate's own sentence, a project's fund line before it counts too.)
  const alone = own.length === 0;
  if (otherYear) return [];
  return amountsBetween(doc.amounts, Math.max(paragraphStart(doc, s.line), end - READING_WINDOW), end)
    .filter((a) => kinds.usable(a) && (UNIT_FIGURE.test(a.labelCore) || (alone && SOURCE_ROLES.has(fundRole(a) ?? ''))));
}

/**
 * The fund lines, by the id of their first source. Several sources together are the budget of the
 * year; so is one total (`可用资金合计56.11万元；实际支出49.63万元，结余结转6.48万元`).
 */
type FundLines = Map<number, Term[][]>;

function fundLinesOf(doc: ReportDocument): FundLines {
  const byFirst: FundLines = new Map();
  for (const r of doc.relations) {
    if (r.kind !== 'fund') continue;
    const first = r.lhs[0].amount.id;
    const lines = byFirst.get(first);
    if (lines) lines.push(r.lhs);
    else byFirst.set(first, [r.lhs]);
  }
  return byFirst;
}

/** `年初预算收入431.55万元，全年追加64.72万元，合计496.27万元`: the opening budget said as income. */
const OPENING_INCOME = /年初预算收入$/;

/** What a budget is made of: 年初预算, 上年结转, 转移支付, 调整. */
const SOURCE_ROLES = new Set(['budget', 'prior', 'transfer', 'adjust']);

/**
 * `年初安排110.00万元，上级转移支付32.00万元，合计142.00万元`: a total whose parts are all sources of
 * the budget (年初, 上年结转, 转移支付, 调整) is the budget. By the total's id, made once a report.
 */
function sourceTotalsOf(doc: ReportDocument): Set<number> {
  const out = new Set<number>();
  for (const r of doc.relations) {
    if (r.kind === 'breakdown' && r.rhs.length >= 2 && r.rhs.every((t) => SOURCE_ROLES.has(fundRole(t.amount) ?? '') || OPENING_INCOME.test(t.amount.label))) out.add(r.anchor.id);
  }
  return out;
}

function budgetReadings(fundLines: FundLines, sourceTotals: Set<number>, kinds: FigureKinds, figures: Amount[]): Term[][] {
  const readings: Term[][] = figures.filter((a) => kinds.budget(a) || sourceTotals.has(a.id)).map((a) => [{ amount: a, sign: 1 as const }]);
  // A fund line in these sentences: its sources together are the budget of the year.
  const ids = new Set(figures.map((a) => a.id));
  for (const a of figures) {
    for (const lhs of fundLines.get(a.id) ?? []) {
      if (lhs.length === 1 && kinds.budget(lhs[0].amount)) continue;
      if (lhs.every((t) => ids.has(t.amount.id))) readings.push(lhs.map((t) => ({ ...t, sign: t.sign === 0 ? 1 : t.sign })));
    }
  }
  // `年初预算586.30万元，年中追加48.70万元，全年预算数635.00万元`: the year's budget, not the opening
  // one, is the reading a failing rate is shown (and fixed) by.
  return readings.sort((a, b) => openingOnly(a) - openingOnly(b));
}

/**
 * `年初预算`, `项目年初预算`: the opening budget, before the year's changes; read in its words too
 * (`2024年年初预算收入`, whose core drops the 年初; `本局一般公共预算年初预算`, whoever's).
 */

/** Words before 执行率 that name no subject of their own: the figures before it are its figures. */
const LEADING_WORDS = /^(其中|另外|而|同时|全年|年度|本年度?|\d{4}年度?|的|为|，|,|\s)+/;
const NO_SUBJECT = /^(该|本|其)?(项目|部门|单位)?(整体|总体|综合|平均)?(预算|资金)?的?$/;
const CLAUSE_END = /[，,；;。：:（(、]/;

/**
 * `其中基本支出执行率98.50%`: a rate that names what it is of. Its figures are those whose label
 * says the same (`基本支出预算数…`); the unit's spending and budget before it are another thing's.
 * Undefined for a rate that names nothing (`执行率`, `预算执行率`, `该项目执行率`).
 */
function rateSubject(text: string, rateAt: number, after: number): string | undefined {
  let from = rateAt;
  while (from > after && !CLAUSE_END.test(text[from - 1])) from--;
  const subject = text.slice(from, rateAt).replace(LEADING_WORDS, '');
  return NO_SUBJECT.test(subject) ? undefined : subject;
}

/**
 * `实际支出178.64万元…年末结余7.36万元，预算执行率96.04%`: no budget is written, but the spending
 * and the balance are this year's budget. A reading for each spending figure, with the one balance.
 */
function spentAndCarried(kinds: FigureKinds, figures: Amount[], spend: Amount[]): Term[][] {
  const carry = figures.filter(kinds.carry);
  if (carry.length !== 1) return [];
  return spend.map((a) => [{ amount: a, sign: 1 as const }, { amount: carry[0], sign: 1 as const }]);
}

/**
 * `项目预算资金260.00万元…` / `（二）资金使用情况` / `全年实际支出246.50万元，预算执行率94.81%，结余资金
 * 5.50万元`: the budget said earlier in the same part (no level-one heading between), within the
 * window — the balance after the rate may be of the money received, not of the budget. The nearest two
 * (of those whose words are `named`, when given: the whole budget, not a kind's).
 */
function earlierBudgets(doc: ReportDocument, kinds: FigureKinds, at: number, named?: RegExp): Term[][] {
  return amountsBetween(doc.amounts, partStartBefore(doc, at, READING_WINDOW), at)
    .filter((a) => kinds.usable(a) && kinds.budget(a) && (!named || named.test(a.labelCore))).slice(-2).map((a) => [{ amount: a, sign: 1 as const }]);
}

/** The one figure before the rate in its sentence, when it is spending said plainly (`全年实际支出…`). */
function onlySpending(doc: ReportDocument, kinds: FigureKinds, s: Sentence, at: number): Amount | undefined {
  const own = amountsBetween(doc.amounts, Math.max(s.start, at - READING_WINDOW), at).filter((a) => a.kind === 'money');
  return own.length === 1 && kinds.usable(own[0]) && kinds.spend(own[0]) && UNIT_FIGURE.test(own[0].labelCore) ? own[0] : undefined;
}

/** The money received (`到位`) or allotted (`下达`) a rate's words name as its base, said earlier in its part. */
function baseNamed(doc: ReportDocument, kinds: FigureKinds, subject: string, at: number): Term[][] {
  const received = /^(?:按)?(?:实际)?到位(?:资金)?(?:计算)?$/.test(subject);
  const allotted = /^(?:按)?(?:上级)?下达(?:资金)?(?:计算)?$/.test(subject);
  if (!received && !allotted) return [];
  const figures = amountsBetween(doc.amounts, partStartBefore(doc, at, 3 * READING_WINDOW), at).filter((a) => kinds.usable(a) && (received ? kinds.received(a) : isAllotted(a)));
  // Each is a reading (the project's total and each source's): the rate is wrong only if none gives it;
  // the nearest first, the one a failing rate is shown by.
  return figures.reverse().map((a) => [{ amount: a, sign: 1 as const }]);
}

/** The budgets the summary part (二) states, when it stands before `at`: `预算收入…`, `年初预算…`, `可用资金…`. */
function unitBudgets(doc: ReportDocument, kinds: FigureKinds, at: number): Term[][] {
  const summary = headingOfPart(doc, doc.outline?.summaryPart);
  if (!summary || summary.sectionEnd > at) return [];
  return amountsBetween(doc.amounts, summary.start, summary.sectionEnd)
    .filter((a) => kinds.usable(a) && (kinds.budget(a) || /收入(合计|总计)?$/.test(a.labelCore)))
    .map((a) => [{ amount: a, sign: 1 as const }]);
}

/** The budgets of a project's money received: those written, and its sources together. */
function wholeBudgets(kinds: FigureKinds, figures: Amount[], fundLines: FundLines, sourceTotals: Set<number>): Term[][] {
  return [...budgetReadings(fundLines, sourceTotals, kinds, figures), ...sourcesTogether(figures)];
}

/** `年初预算186.00万元，上年结转12.48万元，…`: two sources or more together (`全年预算…` is their total, no source). */
function sourcesTogether(figures: Amount[]): Term[][] {
  const sources = figures.filter((a) => {
    const role = fundRole(a);
    return SOURCE_ROLES.has(role ?? '') && (role !== 'budget' || openingBudget(a));
  });
  return sources.length >= 2 ? [terms(sources)] : [];
}

/**
 * `全年预算610.00万元…截至年底实际到位606.60万元，资金到位率99.64%`: the money received over the
 * budget, read from the figures before the rate in its paragraph.
 */
function receivedRate(doc: ReportDocument, kinds: FigureKinds, s: Sentence, m: RateMatch, fundLines: FundLines, sourceTotals: Set<number>): RateClaim | undefined {
  // A sentence a PDF's hard wrap carried over lines is one sentence (`…转移支付资金251.58万元，实` / `际到位…`).
  const from = Math.min(wrappedOpening(doc, s), doc.lines.lines[s.line].start);
  const figures = amountsBetween(doc.amounts, Math.max(from, m.start - READING_WINDOW), m.start).filter(kinds.usable);
  const received = figures.filter(kinds.received);
  const last = received[received.length - 1];
  // `其中县级配套资金到位32.00万元，到位率80.00%`: one source's money received, over that source's
  // budget — the figure said before under exactly that name, or no reading.
  // (`资金到位率` names the whole project's money: the source's figure before it is a part, no subject.)
  const source = m.said.startsWith('到位率') ? SOURCE_RECEIVED.exec(last?.labelCore ?? '')?.[1] : undefined;
  const spend = source ? [last] : received.slice(-2);
  // (`到位合计188.00万元，其中…，县级财政预算安排60.00万元`: a part of the money received is no budget of it.)
  const own = source ? figures : figures.filter((a) => { const of = listTotalOf(doc, a); return of === undefined || !spend.includes(of); });
  let budgets = source ? ofSource(doc, figures, source, s.line) : wholeBudgets(kinds, own, fundLines, sourceTotals);
  if (!source && budgets.length === 0 && last) budgets = allotted(figures, last);
  // (`按年初计划计算到位率102.79%`: over the opening budget, not the year's.)
  budgets = overBudgetNamed(budgetNamedInClause(doc.text, s.start, m), budgets);
  if (spend.length === 0 || budgets.length === 0) return undefined;
  return claimOf(m, s.line, spend, budgets, '到位率');
}

export function proseRates(doc: ReportDocument): RateClaim[] {
  const out: RateClaim[] = [];
  let fundLines: FundLines | undefined;
  let sourceTotals: Set<number> | undefined;
  const kinds = new FigureKinds(doc.amounts.length);
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si];
    if (!MAY_STATE_RATE.test(s.text) || doc.layout.kinds.get(s.line) === 'table') continue;
    for (const m of rateMatches(doc, s)) {
      const { start, said, digits } = m;
      const saidOver = saidOverOf(doc, s, m, kinds.usable, kinds.spend);
      if (saidOver === 'unread') continue;
      if (saidOver) {
        out.push(claimOf(m, s.line, [saidOver[0]], [[{ amount: saidOver[1], sign: 1 }]]));
        continue;
      }
      if (said.includes('到位率')) {
        const claim = receivedRate(doc, kinds, s, m, (fundLines ??= fundLinesOf(doc)), (sourceTotals ??= sourceTotalsOf(doc)));
        if (claim) out.push(claim);
        continue;
      }
      // `项目支出年度预算290.00万元，执行率92.57%`: the rate of that kind of spending, over its budget.
      // (The figure nearest before it, looked for in a clause's reach: a sentence may be megabytes.)
      const kind = ofSpendingKind(amountsBetween(doc.amounts, Math.max(s.start, start - KIND_REACH), start).filter(kinds.usable));
      if (kind) {
        const claim = kindRate(doc, kinds, kind, m, s.line);
        if (claim) out.push(claim);
        continue;
      }
      if (spentInFullUnsaid(doc, s.start, start, kinds.spend)) continue;
      let figures = figuresBefore(doc, kinds, s, start, m.end);
      const parallel = ownClause(doc, figures, start, kinds.spend);
      if (parallel) figures = parallel.figures;
      // (`调整后预算23` / `.60万元`: a budget a wrap split is read as no figure; the rate may be over it.)
      if (amountsBetween(doc.amounts, Math.max(wrappedOpening(doc, s), start - READING_WINDOW), start).some((a) => a.approximate && kinds.budget(a))) continue;
      // `…预算数2163.58万元的97.35%` names its budget, not a subject.
      // (The figures may hold the balance said after the rate: the words are read back to the last one before.)
      const lastBefore = figures.filter((a) => a.end <= start).pop();
      const subject = m.afterBudget ? undefined : rateSubject(doc.text, start, lastBefore ? lastBefore.end : s.start);
      // (`…项目年初预算…，全年实际支出…，项目支出执行率92.45%`: the kind's figures named by its head, 项目.)
      // (`年初预算执行率`: a budget the clause names, read below.)
      if (subject && !OPENING_NAMED.test(subject) && !figures.some((a) => a.label.includes(subject) || (KIND_SUBJECT.test(subject) && a.label.includes(subject.slice(0, 2))))) {
        const claim = overBaseNamed(doc, kinds, s, m, figures, subject);
        if (claim) out.push(claim);
        continue;
      }
      let spend = spendingOfRate(doc, figures.filter(kinds.spend), subject !== undefined && KIND_SUBJECT.test(subject) ? kindSpentOnLine(doc, s.line, start, subject, kinds.spend) : undefined);
      const written = budgetReadings((fundLines ??= fundLinesOf(doc)), (sourceTotals ??= sourceTotalsOf(doc)), kinds, figures);
      // (`年初预算9.00万元，上年结转0.66万元，实际支出8.50万元，执行率87.99%`: over the sources together too.)
      if (written.length) written.push(...sourcesTogether(figures));
      if (parallel?.reading) written.unshift(parallel.reading);
      // No budget in the sentence: the spending and its balance; then a budget said earlier in the
      // part is a reading too (the balance may be of the money received, not of the budget).
      const carried = written.length ? [] : spentAndCarried(kinds, figures, spend);
      // (A budget said earlier in the paragraph is a reading beside the income its own sentence says.)
      const wholeBudget = (a: Amount) => kinds.usable(a) && (WHOLE_BUDGET.test(a.labelCore) || YEAR_BUDGET_END.test(a.labelCore));
      let budgets = written.length ? [...written, ...(parallel ? [] : budgetsEarlierOnLine(doc, s, wholeBudget))] : carried.length ? [...carried, ...earlierBudgets(doc, kinds, s.start)] : carried;
      const plain = budgets.length === 0 ? onlySpending(doc, kinds, s, start) : undefined;
      if (plain) budgets = budgetsOfPlainSpending(doc, kinds, s, m, plain);
      [spend, budgets] = withFundSpentFrom(doc, spend, budgets);
      // `年初预算8.00万元，…全年预算10.50万元，实际支出9.87万元，执行率123.38%`: above 100% only over the
      // opening budget, the year's being said — the rate was divided by the wrong budget.
      // `按年初预算计算，支出进度为113.85%`: the clause names which budget the rate is over.
      const named = budgetNamedInClause(doc.text, s.start, m);
      const stated = percentDigits(digits);
      // (A clause naming a budget the readings do not hold is read over none: not over another.)
      if (named !== undefined) budgets = overBudgetNamed(named, budgets, figures.filter(kinds.usable));
      else if (Number(stated.valueText) > 100 && budgets.some((b) => !openingOnly(b))) budgets = budgets.filter((b) => !openingOnly(b));
      if (spend.length === 0 || budgets.length === 0) continue;
      // (`…；枫林县第一中学实际支出6497.63万元，执行率99.49%`: that school's, of no budget said before it.)
      const clause = ownSubjectClause(doc, s.start, spend[spend.length - 1]);
      if (clause !== undefined) budgets = budgets.filter((b) => b.some((t) => t.amount.start >= clause));
      if (budgets.length === 0) continue;
      // The spending nearest the rate is the one it speaks of; earlier ones are readings too.
      out.push(claimOf(m, s.line, clause === undefined ? spend : spend.filter((a) => a.start >= clause), budgets));
    }
  }
  return out.filter((c) => ofItsScope(doc, c));
}

/**
 * `到位资金执行率为98.28%`, `按下达资金计算，执行率为91.90%`: over the money received, or allotted, said
 * earlier in the part; of the spending said in the rate's own sentence, whatever its words
 * (`项目累计支出936.90万元，按下达资金计算…`).
 */
function overBaseNamed(doc: ReportDocument, kinds: FigureKinds, s: Sentence, m: RateMatch, figures: Amount[], subject: string): RateClaim | undefined {
  const over = baseNamed(doc, kinds, subject, m.start);
  const spent = (figures.length ? figures : amountsBetween(doc.amounts, s.start, m.start).filter(kinds.usable)).filter((a) => kinds.spend(a) && a.end <= m.start).slice(-1);
  return over.length && spent.length ? claimOf(m, s.line, spent, over) : undefined;
}

/**
 * `全年实际支出1515.99万元，预算执行率95.57%` in part 三, that spending the sentence's one figure (no
 * `剔除结余结转后…` beside it): the unit's spending, over the budget its summary part (二) states —
 * each budget said there is a reading. In a report without a summary part (a project's own), the
 * whole budget said in the paragraph before (`2022年项目预算990.50万元，…` / `…项目实际支出982.36万元，
 * 预算执行率99.81%`) — not one further back, which may be of more than the spending is
 * (`2.项目支出。…实际支出41.08万元`), nor where a bracket after the rate names its base
 * (`97.65%（以调整后预算948.20万元计算）`). An item's spending (`3.科普示范基地创建补助资金。…下达的专项
 * 资金14.15万元…。实际支出12.20万元，执行率…`) is over the money its own line said before.
 */
function budgetsOfPlainSpending(doc: ReportDocument, kinds: FigureKinds, s: Sentence, m: RateMatch, plain: Amount): Term[][] {
  if (itemOfItsLine(doc, plain)) return itemMoneyBefore(doc, s, (a) => kinds.usable(a) && (kinds.budget(a) || kinds.received(a)));
  const project = projectFundLineBefore(doc, s.line);
  if (project.length) return project;
  const budgets = unitBudgets(doc, kinds, s.start);
  const baseAfter = /^\s*[（(]/.test(doc.text.slice(m.end, m.end + 2));
  return budgets.length === 0 && !baseAfter && !headingOfPart(doc, doc.outline?.summaryPart) ? wholeBudgetJustBefore(doc, kinds, s) : budgets;
}

/**
 * The whole budget said in the paragraph before a sentence (past one sub-heading between them:
 * `…调整后预算4784.65万元。` / `（二）支出情况` / `…执行率96.87%`). An opening budget alone may not be what
 * the year's spending is of (`全年预算总额…` unread): then none.
 */
function wholeBudgetJustBefore(doc: ReportDocument, kinds: FigureKinds, s: Sentence): Term[][] {
  let near = previousLineOfWords(doc.lines.lines, s.line);
  const between = entryOnLine(doc, near);
  if (between?.isHeading && between.level >= 2) near = previousLineOfWords(doc.lines.lines, near);
  const budgets = earlierBudgets(doc, kinds, s.start, WHOLE_BUDGET).filter((b) => b[0].amount.line >= near);
  return budgets.every(openingOnly) ? [] : budgets;
}

/**
 * `上级补助资金535.60万元，当年支出497.82万元，执行率92.95%`: a rate of a fund's spending may be over that
 * fund, beside the readings there are (none of its own: a fund listed as a part is no base said).
 */
function withFundSpentFrom(doc: ReportDocument, spend: Amount[], budgets: Term[][]): [Amount[], Term[][]] {
  const last = spend.slice(-1);
  const fund = last.length ? fundSpentFrom(doc, last[0]) : undefined;
  // (Over the fund alone, the rate is of what was spent of it: `…，已支出96.38万元，执行率84.09%`.)
  return fund ? [budgets.length ? spend : last, [...budgets, [{ amount: fund, sign: 1 }]]] : [spend, budgets];
}

function claimOf(m: RateMatch, line: number, spend: Amount[], budgets: Term[][], word?: string): RateClaim {
  const claim: RateClaim = { start: m.start, end: m.end, line, ...percentDigits(m.digits), numberStart: m.numberStart, numberEnd: m.numberStart + m.digits.length, spend, budgets };
  if (word) claim.word = word;
  return claim;
}

/** How far before a rate the budget of its kind may stand (`项目支出调整后预算1975.30万元，执行率`). */
const KIND_REACH = 40;
/** A budget of one kind of spending (`项目支出年度预算`, `其中基本支出预算`, `人员经费全年预算数`). */
const KIND_BUDGET = /^(基本支出|项目支出|人员经费|公用经费)(的)?(全年|年度|调整后|年初)?预算(数|金额|资金)?$/;
/** What follows the kind's name in a label of its spending: `项目支出`, `项目支出实际支出`, `基本支出执行数`. */
const SPENT_OF_KIND = /^(实际)?(支出|执行|执行数|决算数)?(数|金额)?$/;

/**
 * A kind's rate over its budget, of the kind's spending said in the paragraph before it
 * (`项目支出268.44万元`, `项目支出实际支出…`); none said, no claim: the unit's spending is not its.
 */
function kindRate(doc: ReportDocument, kinds: FigureKinds, kind: { name: string; budget: Amount }, m: RateMatch, line: number): RateClaim | undefined {
  const from = Math.max(doc.lines.lines[line].start, m.start - READING_WINDOW);
  const spent = amountsBetween(doc.amounts, from, kind.budget.start).filter((a) => kinds.usable(a) && a.labelCore.startsWith(kind.name) && SPENT_OF_KIND.test(a.labelCore.slice(kind.name.length)));
  return spent.length ? claimOf(m, line, spent.slice(-1), [[{ amount: kind.budget, sign: 1 }]]) : undefined;
}

/** The budget right before a rate, when it is one kind's: the rate is of that kind. */
function ofSpendingKind(figures: Amount[]): { name: string; budget: Amount } | undefined {
  const last = figures[figures.length - 1];
  const m = last && KIND_BUDGET.exec(last.labelCore);
  return m ? { name: m[1], budget: last } : undefined;
}
