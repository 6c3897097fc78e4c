import { Amount, amountsBetween } from './amounts';
import type { ReportDocument } from './report';
import type { RateMatch } from './rate-matches';
import { fundRole, listTotalOf, signOf, Term } from './terms';
import type { RateClaim } from './rates';
import { SOME_UNITS } from './item-figures';
import { previousLineOfWords } from './text';
import { RECEIVED } from './rate-words';

/** What a rate's own words say it is over: a division in brackets after it, or the budget its clause names. */

/** `执行率为97.16%（全年支出3412.87万元÷全年收入3586.42万元）`: the rate's own division, said after it. */
const DIVISION_AFTER = /^\s*[（(]([^（）()]{1,60})[）)]/;
const RATIO_OF = /之比$|的比值?$|相比$/;

export function dividedInBrackets(doc: ReportDocument, m: RateMatch): [Amount, Amount] | undefined {
  const bracket = DIVISION_AFTER.exec(doc.text.slice(m.end, m.end + 64));
  // (`（项目支出82.28万元与项目预算82.76万元之比）`: the ratio of the two, said in words.)
  const ratio = bracket && RATIO_OF.test(bracket[1]);
  if (!bracket || !(bracket[1].includes('÷') || ratio)) return undefined;
  const open = m.end + bracket[0].indexOf(bracket[1]);
  // (Figures in brackets are notes to others elsewhere: here they are the rate's own.)
  const figures = amountsBetween(doc.amounts, open, open + bracket[1].length).filter((a) => a.kind === 'money' && !a.approximate);
  if (figures.length !== 2) return undefined;
  const between = doc.text.slice(figures[0].end, figures[1].start);
  return between.includes('÷') || (ratio && /^[\s]*(?:与|和|同|比)/.test(between)) ? [figures[0], figures[1]] : undefined;
}

/** `97.39%（按年初预算计算）`: the budget named in brackets right after the rate. */
const NAMED_AFTER = /^\s*[（(](?:按|以|按照)(年初预算|年初计划|调整后预算|全年预算)(?:数)?(?:计算|计)?[）)]/;

/**
 * `按年初预算计算，…`, `以调整后预算计，…`, `…97.39%（按年初预算计算）`: the budget a rate's clause says it
 * is over (1: the opening one, 0: the year's).
 */
export function budgetNamedInClause(text: string, from: number, rate: { start: number; end: number }): 0 | 1 | undefined {
  const after = NAMED_AFTER.exec(text.slice(rate.end, rate.end + 16));
  if (after) return after[1].startsWith('年初') ? 1 : 0;
  const at = rate.start;
  const before = text.slice(Math.max(from, at - 40), at);
  const clause = before.slice(before.search(/[^；;。]*$/));
  // (`…，年初预算执行率为96.31%`: the rate's own name says it.)
  // (The last one said: `按调整后预算计算执行率为98.06%，按年初预算计算执行率为122.53%` names two, one each.)
  const m = [...clause.matchAll(/(?:按|以|按照)(年初预算|年初计划|调整后预算|全年预算)(?:数)?(?:计算|计)?/g)].pop() ?? /[，,]\s*(年初(?:预算)?|调整后(?:预算)?|全年(?:预算)?)$/.exec(clause);
  return m ? (m[1].startsWith('年初') ? 1 : 0) : undefined;
}

/** A budget said as the year's opening one (`年初预算`, `项目年初安排数`), and a reading that is that budget alone (1) or not (0). */
export const openingBudget = (a: Amount) => /^(项目)?年初/.test(a.labelCore) || /年初(预算|安排)(收入|数|金额)?$/.test(a.label);
export const openingOnly = (ts: Term[]) => (ts.length === 1 && openingBudget(ts[0].amount) ? 1 : 0);

/**
 * The readings over the budget a clause names (see budgetNamedInClause), all of them when it names none.
 * (`年初预算80.00万元，年中追加12.00万元，实际支出88.32万元，按年初预算计算执行率为…`: the opening budget among
 * the figures, where no reading is it alone.)
 */
export function overBudgetNamed(named: 0 | 1 | undefined, budgets: Term[][], figures: Amount[] = []): Term[][] {
  if (named === undefined) return budgets;
  const kept = budgets.filter((b) => openingOnly(b) === named);
  const opening = named === 1 && kept.length === 0 ? figures.filter(openingBudget).pop() : undefined;
  return opening ? [[{ amount: opening, sign: 1 }]] : kept;
}

const BASE_SAID = /(?:^|[，,])(?:按|以|按照)[^，,；;。]{0,16}$/;
const BASE_SAID_END = /^\s*(?:计算|计)\s*[，,]?\s*$/;

/**
 * `“三公”经费预算24.00万元，决算支出16.92万元，为预算的70.50%`: the budget the words name, said
 * before in the sentence (whoever's: a kind's, a fund's), and the spending said with it.
 */
export function budgetOfItsSentence(doc: ReportDocument, s: { start: number }, m: RateMatch, usable: (a: Amount) => boolean, spend: (a: Amount) => boolean): [Amount, Amount] | undefined {
  const figures = amountsBetween(doc.amounts, Math.max(s.start, m.start - 200), m.start).filter((a) => usable(a) && a.kind === 'money');
  // `按计划总投资750.00万元计算，执行率为94.15%`: the clause before the rate says what it is over.
  const base = figures[figures.length - 1];
  if (base && BASE_SAID.test(base.label) && BASE_SAID_END.test(doc.text.slice(base.end, m.start))) {
    const spent = figures.filter((a) => a !== base && spend(a)).pop();
    return spent && [spent, base];
  }
  if (!/^为/.test(m.said)) return undefined;
  const budget = figures.filter((a) => /预算(数|总额|金额)?$/.test(a.labelCore)).pop();
  const spent = figures.filter((a) => a !== budget && spend(a)).pop();
  return budget && spent ? [spent, budget] : undefined;
}

/** Money an item was given (`安排资金`, `下达的专项资金`): what its own rate is over. */
const GIVEN = /下达|安排|专项资金|补助资金|到位/;

/** The money an item's line states before the rate's sentence, each a reading of the rate. */
export function itemMoneyBefore(doc: ReportDocument, s: { start: number; line: number }, base: (a: Amount) => boolean): Term[][] {
  const line = doc.lines.lines[s.line];
  return amountsBetween(doc.amounts, line.start, s.start)
    .filter((a) => a.kind === 'money' && !a.approximate && !a.perUnit && (base(a) || GIVEN.test(a.labelCore)))
    .map((a) => [{ amount: a, sign: 1 as const }]);
}

/** `该项目…`, `本项目…` opening a line: the project the line before names, with its fund line. */
const THIS_PROJECT = /^[\s\u3000]*(?:该|本|此)项目/;

/**
 * `1．项目“统计业务专项经费”年初预算金额24.00万元，…实际支出22.38万元…` / `该项目主要用于…，实际支出22.38万元，
 * 执行率93.25%`: the project's rate, over its sources as the fund line on the line before states them.
 */
export function projectFundLineBefore(doc: ReportDocument, line: number): Term[][] {
  if (!THIS_PROJECT.test(doc.lines.lines[line].text)) return [];
  const prev = previousLineOfWords(doc.lines.lines, line);
  return doc.relations.filter((r) => r.kind === 'fund' && r.anchor.line === prev).map((r) => r.lhs.map((t) => ({ ...t, sign: t.sign === 0 ? 1 : t.sign })));
}

/**
 * `调整后预算数1042.50万元，…。全年…财政拨款收入1036.58万元，…支出1036.58万元，…预算执行率99.43%`: the whole
 * budgets said in the sentences before on the rate's line (a paragraph), within a window.
 */
export function budgetsEarlierOnLine(doc: ReportDocument, s: { start: number; line: number }, isBudget: (a: Amount) => boolean): Term[][] {
  const from = Math.max(doc.lines.lines[s.line].start, s.start - EARLIER_REACH);
  return amountsBetween(doc.amounts, from, s.start).filter(isBudget).map((a) => [{ amount: a, sign: 1 as const }]);
}
const EARLIER_REACH = 1000;

/**
 * One source's budget: the last figure before under exactly its name; else, in the paragraph before,
 * the one figure under its name said with or without 财政 (`县级财政配套资金1260.00万元` … `县级配套资金到位
 * 913.50万元，到位率72.50%`). None, no reading.
 */
export function ofSource(doc: ReportDocument, figures: Amount[], source: string, line: number): Term[][] {
  const own = figures.filter((a) => a.labelCore === source);
  if (own.length) return [[{ amount: own[own.length - 1], sign: 1 }]];
  const before = doc.lines.lines[previousLineOfWords(doc.lines.lines, line)];
  if (!before) return [];
  const name = looseSource(source);
  const named = amountsBetween(doc.amounts, before.start, before.end).filter((a) => a.kind === 'money' && !a.perUnit && looseSource(a.labelCore) === name);
  return named.length === 1 ? [[{ amount: named[0], sign: 1 }]] : [];
}
const looseSource = (name: string) => name.replace(/^其中/, '').replace(/财政/g, '').replace(/资金$/, '');

/**
 * `分局机关本级调整后预算9560.20万元，执行率95.80%`: the rate of some of the units, said in their own
 * sentence, is of their spending — not of the whole's said before, under no such name.
 */
export function ofItsScope(doc: ReportDocument, claim: RateClaim): boolean {
  // (A clause's reach back: a line without stops can run for megabytes.)
  const lineStart = Math.max(doc.lines.lines[claim.line].start, claim.start - 200);
  const head = doc.text.slice(lineStart, claim.start);
  const from = lineStart + Math.max(head.lastIndexOf('。'), head.lastIndexOf('；')) + 1;
  if (!SOME_UNITS.test(doc.text.slice(from, claim.start))) return true;
  return claim.spend.every((a) => a.start >= from || SOME_UNITS.test(a.label));
}

/** Where the part `at` is in begins, if within `reach` before it (no level-one heading between); else `at − reach`. */
export function partStartBefore(doc: ReportDocument, at: number, reach: number): number {
  let from = Math.max(0, at - reach);
  for (const h of doc.headings) if (h.level <= 1 && h.start > from && h.start < at) from = h.start;
  return from;
}

/** Words before a figure's name that name nobody: the sentence's own subject goes on. */
const NO_SUBJECT_WORDS = /^(?:其中|另外|同时|全年|本年度?|年度|[0-9]{4}年度?|全局|部门|单位|本单位|本部门|本局|我局|项目|该项目|的|\s)*$/;
/** What the spending is called, after whose it is (`枫林县第一中学实际支出`). */
const SPENDING_WORDS = /(?:全年|本年|年度)?(?:实际)?(?:支出|执行数|决算数?)(?:合计|总额)?$/;
/** A unit's name (`枫林县第一中学`, `3所初级中学`, `局本级`), not a kind of spending's (`培训授课及教材印制`). */
const UNIT_NAMED = /[\u4e00-\u9fff](?:局|学校|中学|小学|幼儿园|医院|卫生院|中心|站|所|院|馆|处|队|委|会|场|本级|单位|公司|社区|街道)$/;
const CLAUSE_OPENS = /(?:[；;]|[，,]其中)\s*$/;

/**
 * `局本级调整后预算2915.72万元，…；枫林县第一中学实际支出6497.63万元，执行率99.49%`: spending said after a
 * `；` (or `，其中`) under a subject of its own is that subject's, and a budget said before the clause is
 * another's. Where that clause begins, or undefined when the spending names no subject of its own.
 */
export function ownSubjectClause(doc: ReportDocument, sentenceStart: number, spent: Amount): number | undefined {
  const subject = spent.label.replace(SPENDING_WORDS, '');
  if (subject === spent.label || NO_SUBJECT_WORDS.test(subject) || !UNIT_NAMED.test(subject)) return undefined;
  const before = doc.text.slice(Math.max(sentenceStart, spent.labelStart - 8), spent.labelStart);
  return CLAUSE_OPENS.test(before) || subject.startsWith('其中') ? spent.labelStart : undefined;
}

/**
 * `一般公共预算年初预算286.50万元，…实际支出332.36万元，执行率97.60%；政府性基金预算…实际支出112.40万元，
 * 执行率93.67%；国有资本经营预算年初预算500.00万元，调整追加40.00万元，实际支出540.00万元，执行率100%`:
 * parallel clauses, each with its spending and its budget or a change to it. The rate's own clause
 * holds its figures, and its opening budget with the changes said beside it is a reading. Undefined
 * where the rate's clause does not hold both (its budget said before the `；`).
 */
export function ownClause(doc: ReportDocument, figures: Amount[], rateAt: number, spend: (a: Amount) => boolean): { figures: Amount[]; reading?: Term[] } | undefined {
  if (figures.length === 0) return undefined;
  const text = doc.text.slice(figures[0].start, rateAt);
  const semi = figures[0].start + Math.max(text.lastIndexOf('；'), text.lastIndexOf(';'));
  if (semi < figures[0].start) return undefined;
  const own = figures.filter((a) => a.start > semi);
  const roles = own.map(fundRole);
  if (!own.some(spend) || !roles.some((r) => r === 'budget' || r === 'adjust')) return undefined;
  const opening = own.filter((_, i) => roles[i] === 'budget');
  const changes = own.filter((_, i) => roles[i] === 'adjust');
  const reading = opening.length === 1 && changes.length > 0 ? [{ amount: opening[0], sign: 1 as const }, ...changes.map((a) => ({ amount: a, sign: signOf(a) }))] : undefined;
  return { figures: own, reading };
}

/**
 * The spending a rate after these is of: the nearest two (the nearest is the one it speaks of),
 * or the total of the list the nearest ends (`实际支出304.70万元，其中工程维修类支出204.28万元，运行管护类
 * 支出100.42万元；预算执行率95.82%`: the rate after a list is its total's).
 */
/**
 * How far before a rate its figures are looked for. A paragraph that states its spending and budget
 * and then the rate does so within a few sentences; a window keeps a line of a megabyte without
 * full stops from making every rate read every figure before it.
 */
export const READING_WINDOW = 1000;

/** The last figure of the kind's spending (`2023年项目支出424.65万元`) said on the rate's line before it, within a paragraph's reach. */
export function kindSpentOnLine(doc: ReportDocument, line: number, at: number, kind: string, spend: (a: Amount) => boolean): Amount | undefined {
  return amountsBetween(doc.amounts, Math.max(doc.lines.lines[line].start, at - READING_WINDOW), at).filter((a) => a.labelCore === kind && spend(a)).pop();
}

export function spendingOfRate(doc: ReportDocument, spends: Amount[], ofKind?: Amount): Amount[] {
  const listTotal = spends.length > 1 ? listTotalOf(doc, spends[spends.length - 1]) : undefined;
  if (listTotal && spends.includes(listTotal)) return [listTotal];
  // (A rate that names its kind, `…3个项目预算合计441.50万元，项目支出整体执行率96.18%`: the kind's spending said on its line is a reading too.)
  const last = spends.slice(-2);
  return ofKind && !last.includes(ofKind) ? [ofKind, ...last] : last;
}

/** `上级下达我局转移支付资金251.58万元`, `下达补助资金…`: money allotted from above, what its 到位率 is of. */
const ALLOTTED = /下达|转移支付|上级补助/;
// (Not `追加下达…资金60.00万元`: money added to a budget, not what was allotted in all.)
export const isAllotted = (a: Amount) => ALLOTTED.test(a.labelCore) && !RECEIVED.test(a.labelCore) && !/追加|追拨|新增|增拨|补充下达/.test(a.labelCore);

/**
 * `上级下达转移支付资金251.58万元，实际到位240.36万元，到位率95.54%`: with no budget said, the money
 * allotted right before the money received is what the rate is of — the figure next before it only.
 */
export function allotted(figures: Amount[], received: Amount): Term[][] {
  const before = figures.filter((a) => a.end <= received.start);
  const prev = before[before.length - 1];
  return prev && isAllotted(prev) ? [[{ amount: prev, sign: 1 }]] : [];
}

/** `全部支出`, `已全额拨付`: the whole of it said spent, with no figure. */
const SPENT_IN_FULL = /全部(?:支出|使用|拨付|兑付|执行)|全额(?:支出|使用|拨付|兑付)/;

/**
 * `12315投诉举报平台运行经费预算36.80万元，全部支出，执行率100%`: a rate whose clause says its budget was
 * all spent, no spending figure in it — nothing to read over (a spending said before the `；` is another's).
 */
export function spentInFullUnsaid(doc: ReportDocument, sentenceStart: number, rateStart: number, spend: (a: Amount) => boolean): boolean {
  const window = doc.text.slice(Math.max(sentenceStart, rateStart - READING_WINDOW), rateStart);
  const from = rateStart - window.length + window.search(/[^；;]*$/);
  return SPENT_IN_FULL.test(doc.text.slice(from, rateStart)) && !amountsBetween(doc.amounts, from, rateStart).some(spend);
}

/** `以本年支出合计与收入总计相比，全年预算执行率为98.51%`: the rate's two figures named, said before it in its sentence. */
const COMPARED_BY_NAME = /(?:以|用|按)?([\u4e00-\u9fff]{2,10}?)(?:与|和|同)([\u4e00-\u9fff]{2,10}?)(?:相比|对比|之比|比较)[，,]?[^，,。；;]{0,14}$/;
/** How far back the figures a rate names are looked for. */
const NAMED_REACH = 3000;

/**
 * The figures a rate's sentence names as its two (`以本年支出合计与收入总计相比`): each the nearest
 * before the rate said by that name (`本年支出合计` or `本年支出`; `收入总计`). `unread` where the
 * sentence names them and one is not found — the rate is then read over nothing else.
 */
export function comparedByName(doc: ReportDocument, sentenceStart: number, rateStart: number): [Amount, Amount] | 'unread' | undefined {
  const m = COMPARED_BY_NAME.exec(doc.text.slice(Math.max(sentenceStart, rateStart - 40), rateStart));
  if (!m) return undefined;
  const before = amountsBetween(doc.amounts, Math.max(0, rateStart - NAMED_REACH), rateStart).filter((a) => a.kind === 'money' && !a.cell && !a.approximate);
  const named = (name: string) => {
    for (let i = before.length - 1; i >= 0; i--) {
      const { label, labelCore } = before[i];
      if (labelCore === name || label.endsWith(name) || (name.endsWith('合计') && name.length >= 6 && label.endsWith(name.slice(0, -2)))) return before[i];
    }
    return undefined;
  };
  const spent = named(m[1]);
  const over = named(m[2]);
  return spent && over ? [spent, over] : 'unread';
}

/**
 * The two figures a rate is said over, by its words: `以…与…相比` (comparedByName), `执行率为97.16%（全年支出…÷
 * 全年收入…）`, `…预算24.00万元，决算支出16.92万元，为预算的70.50%`.
 */
export function saidOverOf(doc: ReportDocument, s: { start: number; line: number }, m: RateMatch, usable: (a: Amount) => boolean, spend: (a: Amount) => boolean): [Amount, Amount] | 'unread' | undefined {
  return comparedByName(doc, s.start, m.start) ?? dividedInBrackets(doc, m) ?? baseInBrackets(doc, s, m, usable, spend) ?? budgetOfItsSentence(doc, s, m, usable, spend);
}

/** `（本年下达136.49万元）`, `（全年可用资金1214.50万元）`: a budget alone in brackets right after the rate. */
const USED = /(?:^|已|实际)使用(?:资金|金额)?$/;
const BASE_AFTER = /^\s*[（(]\s*(?:以|按)?(?:本年|全年|当年|年度)?(?:下达|可用|调整后|预算|到位)[\u4e00-\u9fff]{0,6}?(?:为)?\s*[0-9０-９][0-9０-９.,，]*\s*(?:万元|元|亿元)(?:为基数|计算)?\s*[）)]/;

/**
 * `项目执行率96.16%（本年下达136.49万元）`: the budget the rate is over, named in brackets after it;
 * the spending the nearest said before the rate on its line.
 */
function baseInBrackets(doc: ReportDocument, s: { line: number }, m: RateMatch, usable: (a: Amount) => boolean, spend: (a: Amount) => boolean): [Amount, Amount] | 'unread' | undefined {
  const bracket = BASE_AFTER.exec(doc.text.slice(m.end, m.end + 40));
  if (!bracket) return undefined;
  const base = amountsBetween(doc.amounts, m.end, m.end + bracket[0].length).find((a) => a.kind === 'money');
  // (`…实际支出131.25万元，结余结转14.44万元。…项目执行率96.16%（本年下达136.49万元）`: said before, on its line.)
  // (`已使用资金221.16万元，资金使用率97.00%（可用资金228.00万元）`: what was used, for a 使用率.)
  // (`已使用12.30万元，已支出11.40万元。…资金使用率98.40%（…）`: a 使用率 over what was used, when said.)
  const before = amountsBetween(doc.amounts, Math.max(doc.lines.lines[s.line].start, m.start - READING_WINDOW), m.start).filter((a) => usable(a) && (spend(a) || USED.test(a.labelCore)));
  const spent = (m.said.includes('使用率') ? before.filter((a) => USED.test(a.labelCore)).pop() : undefined) ?? before.pop();
  return base && spent && base.unit === spent.unit ? [spent, base] : 'unread';
}
