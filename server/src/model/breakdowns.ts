import { Amount, baseValue, isPriorYear } from './amounts';
import type { ReportDocument, Sentence } from './report';
import { FiguresBySentence, fundRole, partsOf, Relation, signOf, standsApart, Term, terms } from './terms';
import { markAllBrackets } from './brackets';
import { besideTheTotal, siblingKinds, SPENDING_KIND } from './spending-kinds';
import { afterAllOfThem, allOfSomething, anotherCountOfPeople, derivedAtRate, balanceOfNamed, pairedMeasure, drawnIn, plannedOfReceived, receivedInFull, wholeScopeAgain } from './breakdown-asides';
import { budgetAndSpending, carryOverAfterSpending, continuationFits, endsWhereItAddsUp, namesSomeOnly, withoutDetails, countsAnotherAct, setAside, leftOut, andSoOn, restatedParts, EACH_GIVEN, afterSomeUnits, balanceOfItem, levelOf, otherLevel, shareOfEarlierPart, shareOfTheParts, wholeSaidAgain, clauseAfterSemicolon, sameRoleTotal, notAWhole } from './breakdown-parts';
import { overlappingPeople, partsOfTheTotalsWord, retiredAfterServing, retiredBesideServing } from './breakdown-staff';
import { bracketBreakdowns } from './bracket-breakdowns';
import { previousLineOfWords } from './text';
import { LAST_YEAR } from './years';
import { lookahead, markersOf, Tok, WITHIN } from './breakdown-markers';
import { continuationsOf } from './wrapped';
import { figureTheyAddUpTo, totalsAfterParts } from './list-totals';

interface OpenBreakdown {
  total: Amount;
  parts: Amount[];
  parent?: OpenBreakdown;
  segmentSeen: boolean;
  /** The list separates its items by `；` (known at its first `；`). */
  semicolons?: boolean;
  itemsGoOnUnread?: boolean;
  /** Figures said inside an item, of it and not of the total (`…支出2655.80万元，执行率…，结余资金44.20万元；…`). */
  asides?: Amount[];
}

/** Words on what an item goes to, without figures, to the `；` that ends it. */
const WHAT_IT_GOES_TO = /[，,](?:主要)?(?:包括|用于|含)[^0-9０-９，,；;]*$/;

/** Whether an open list separates its items by `；`: decided at the first `；` after its first item. */
function itemsBySemicolon(open: OpenBreakdown, text: string, at: number): boolean {
  if (open.semicolons === undefined) {
    const first = open.parts[0];
    if (!first || open.parts.length > 1) open.semicolons = false;
    // `其中甲项目125.26万元，主要用于良种采收；乙项目…`: an aside without figures after the item is no item of a list that `，` separates.
    else {
      // (Its own rate and balance are words of the item too.)
      let aside = text.slice(first.end, at);
      for (const a of [...(open.asides ?? [])].reverse()) aside = aside.slice(0, a.start - first.end) + aside.slice(a.end - first.end);
      // (So is what it goes to: `人员经费538.27万元，包括基本工资、津贴补贴等；公用经费…`.)
      open.semicolons = !/[、0-9０-９]/.test(aside.replace(/（[^（）]*）|\([^()]*\)/g, '').replace(/[0-9０-９.．]+\s*[%％]/g, '').replace(WHAT_IT_GOES_TO, ''));
    }
  }
  return open.semicolons;
}

interface SentenceScan {
  doc: ReportDocument;
  s: Sentence;
  bySentence: FiguresBySentence;
  finished: Array<{ open: OpenBreakdown; sentence: Sentence }>;
}

/**
 * `…项目支出131.31元，主要用于…。其中老干部专项经费…`: a 其中 opening its sentence breaks down the
 * previous one's figure — its last of the kind, but not a carry-over when the first item is none
 * (`…执行数5,117.60万元，…结余结转320.24万元。其中基本支出执行1,441.19万元…`).
 */
function previousSentenceTotal(scan: SentenceScan, first: Amount): Amount | undefined {
  const { doc, s } = scan;
  const prev = doc.sentences[s.index - 1];
  const prevAmounts = prev && prev.line === s.line ? (scan.bySentence[prev.index] ?? []).filter((a) => a.insideOf === undefined) : [];
  const carry = (a: Amount) => fundRole(a) === 'carry';
  // (`…，商品和服务支出38.62万元。其中人员经费257.91万元…`: a figure below the list's first part is not its whole.)
  // (Nor last year's: `“三公”经费上年为13.90万元…。其中：…公务用车运行维护费9.86万元` lists this year's.)
  const candidates = prevAmounts.filter((a) => a.kind === first.kind && !standsApart(a) && (carry(first) || !carry(a)) && !baseValue(a).lt(baseValue(first)) && !(LAST_YEAR.test(a.label) && !LAST_YEAR.test(first.label)));
  // `调整后预算1312.60万元，实际支出1286.45万元…。其中基本支出调整后预算720.60万元…`: budgets break down the budget.
  const role = fundRole(first);
  const sameRole = role === undefined ? undefined : candidates.filter((a) => fundRole(a) === role).pop();
  return sameRole ?? candidates.pop();
}

/**
 * `…其中基本支出298.38万元，项目支出73.56万元。基本支出中，人员经费…`: the last figure of that name in
 * the sentences before, on the same line (a paragraph).
 */
function namedBefore(scan: SentenceScan, name: string, first: Amount): Amount | undefined {
  const { doc, s } = scan;
  // `在编人员中，具有相关专业背景的5人，持证的3人`: people are counted by what they have, not split.
  if (first.kind !== 'money') return undefined;
  // The paragraph before counts too (`…其中基本支出362.18万元…。` / `基本支出中人员经费…`), a few sentences back.
  // (The line before may be a blank line's width away: a copy that puts one after every line.)
  const from = previousLineOfWords(doc.lines.lines, s.line);
  for (let i = s.index - 1; i >= 0 && i >= s.index - 6 && doc.sentences[i].line >= from; i--) {
    const named = (scan.bySentence[i] ?? []).filter((a) => a.kind === first.kind && a.insideOf === undefined && !standsApart(a) && a.labelCore === name);
    if (named.length) return named[named.length - 1];
  }
  return undefined;
}

/**
 * `全年预算168.50万元，其中年初预算120.00万元、年中追加48.50万元，实际支出163.27万元，结余5.23万元`:
 * a budget's sources end where the spending of it begins.
 */
function sourcesEnd(open: OpenBreakdown, a: Amount): boolean {
  // `年初预算3,862.54万元，其中基本支出1,236.80万元，项目支出2,625.74万元`: kinds of spending a budget is split into.
  if (fundRole(open.total) !== 'budget' || open.parts.length === 0 || SPENDING_KIND.test(open.parts[0].labelCore)) return false;
  const role = fundRole(a);
  return role === 'spend' || role === 'carry';
}

/**
 * `“三公”经费支出1.96万元，其中公务接待费0.48万元，…，上年为2.33万元`: last year's figure ends a list of
 * this year's parts (not one of `本年…、上年…`).
 */
function priorYearAfter(open: OpenBreakdown, a: Amount): boolean {
  return isPriorYear(a) && open.parts.length > 0 && !open.parts.some((p) => THIS_YEAR.test(p.labelCore));
}

const THIS_YEAR = /^(本年|今年|当年|本年度)/;
/**
 * `累计持证残疾人8,642人，其中重度残疾人3,105人；完成…数据动态更新8,530人`: after a `；`, a clause
 * that opens with what was done (or for whom: `；为1032名残疾人适配…`) is another statement, not the list's next item.
 */
const ANOTHER_ACT = /^(完成|开展|组织|实现|举办|办理|发放|新增|新办|换发|更新|培训|接待|落实|推进|整顿|整改|查处|排查|累计完成|为$)/;
/** `其中县级配套资金到位32.00万元，…，未到位的8.00万元…`: what did not happen is no part of what did. */
const NOT_OF = /未(到位|拨付|下达|执行|支出|使用|兑付)/;

/**
 * At a `；`: it ends a list whose items `，` or `、` separate (`编制45人，其中行政编制20人，事业编制25人；
 * 年末实有人数43人`), and separates the items of a list that uses it (`其中：A27万元；B18万元`).
 */
function atSegment(open: OpenBreakdown | undefined, text: string, pos: number, next: Amount | undefined): { open: OpenBreakdown | undefined; ends: boolean } {
  // `人员经费538.27万元，包括基本工资、津贴补贴等；公用经费…`: a part's words with no figure opened nothing.
  if (open?.parent && open.parts.length === 0) open = open.parent;
  if (open && !itemsBySemicolon(open, text, pos)) {
    // `其中中央…、省级…均已到位；县级配套资金应到位…，实际到位…`: the list goes on, in words not read.
    const last = open.parts[open.parts.length - 1];
    if (next && last && ((open.parts.every((p) => levelOf(p)) && levelOf(next)) || receivedInFull(text, last, pos))) open.itemsGoOnUnread = true;
    return { open, ends: true };
  }
  if (open) for (let o: OpenBreakdown | undefined = open; o; o = o.parent) o.segmentSeen = true;
  return { open, ends: false };
}

/** The breakdowns one sentence opens and closes, token by token (figures and markers). */
function scanSentence(scan: SentenceScan, toks: Tok[]): void {
  const { doc, s, finished } = scan;
  const text = doc.text;
  let open: OpenBreakdown | undefined;
  let last: Tok | undefined;
  const close = () => {
    for (let o = open; o; o = o.parent) finished.push({ open: o, sentence: s });
    open = undefined;
  };
  const { nextAmount, qizhongInSegment } = lookahead(toks);
  const seen: Amount[] = [];
  const lastOfKind = new Map<string, Amount>();
  let restated = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.marker?.type === 'stop') close();
    else if (t.marker?.type === 'segment') {
      // `总编制2人，其中：行政编制2人；年末实有人数1人，其中在职1人`: a segment with its own 其中
      // starts a new breakdown, so the one before ends here.
      if (qizhongInSegment[i]) close();
      const after = atSegment(open, text, t.pos, nextAmount[i]);
      open = after.open;
      if (after.ends) close();
    } else if (t.marker?.type === 'qizhong') {
      const next = nextAmount[i];
      if (!next) continue;
      if (open && !open.segmentSeen && last?.amount && open.parts[open.parts.length - 1] === last.amount && last.amount.kind === next.kind) {
        open = { total: last.amount, parts: [], parent: open, segmentSeen: false };
      } else {
        close();
        let total = t.marker.named === undefined ? lastOfKind.get(next.kind) : namedBefore(scan, t.marker.named, next);
        const opensSentence = t.pos - s.start < 8 && text.slice(s.start, t.pos).trim().replace(/^[，,。]/, '') === '';
        if (!total && !t.marker.sameSentenceOnly && t.marker.named === undefined && opensSentence) total = previousSentenceTotal(scan, next);
        // `除防疫员补助52.80万元外，其余资金用于…，其中…`: the list is of the rest, which has no figure.
        if (total && THE_REST.test(text.slice(total.end, t.pos))) total = undefined;
        if (total && (notAWhole(text, total, next) || subjectOfItsOwn(text, total, t.pos))) total = undefined;
        if (total) total = sameRoleTotal(total, next, seen);
        if (total) open = { total, parts: [], segmentSeen: false };
      }
    } else if (t.amount && open) {
      // `…36.80万元，检测样品1,240批次；…`: in a list whose items `；` separates, a count in an
      // item's aside is the item's, not the end of the list.
      if (t.amount.kind !== open.total.kind && ((open.semicolons && open.segmentSeen) || pairedMeasure(text, open.total, open.parts, t.amount))) continue;
      // What is left of an item is no part of the spending, nor the list's end (see balanceOfItem).
      // (So is money a part drew in: `…注入资本金1500.00万元，撬动银行贷款1.2亿元`.)
      // (`实际支出1367.06万元。其中人员经费1225.31万元，…，年中调增42.60万元为落实…`: the part's budget changed, no part of the spending.)
      if (balanceOfItem(text, open.total, open.parts, t.amount) || balanceOfNamed(open.parts, t.amount) || drawnIn(open.total, t.amount) || plannedOfReceived(open.total, t.amount) || changeOfSpentPart(open, t.amount)) {
        (open.asides ??= []).push(t.amount);
        continue;
      }
      if (t.amount.kind !== open.total.kind || sourcesEnd(open, t.amount) || otherLevel(open.total, t.amount) || wholeSaidAgain(text, open.parts, t.amount) || shareOfEarlierPart(text, open.parts, t.amount) || afterSomeUnits(open.parts, t.amount) || priorYearAfter(open, t.amount) || NOT_OF.test(t.amount.label) || leftOut(text, t.amount) || afterAllOfThem(text, open.parts, t.amount) || allOfSomething(text, open.parts, t.amount) || derivedAtRate(t.amount)
        || (open.segmentSeen && (ANOTHER_ACT.test(t.amount.labelCore || t.amount.label) || wholeScopeAgain(open.total, t.amount))) || countsAnotherAct(open.parts[0], t.amount) || anotherCountOfPeople(text, open.total, open.parts[0], t.amount, open.segmentSeen)
        || (open.segmentSeen && (retiredAfterServing(open.total, t.amount) || baseValue(t.amount).gt(baseValue(open.total))))
        // (`…医技科室7个，其中中医特色科室11个`: more things than the figure counts are of a larger whole.)
        || (t.amount.kind !== 'money' && baseValue(t.amount).gt(baseValue(open.total)))
        || (!open.parent && open.parts.length > 0 && besideTheTotal(open.total, t.amount))) close();
      else if ((restated = restatedParts(text, open.parts, t.amount, signOf)) !== 0) {
        // A net change said after the changes it nets stands for them; a part said again adds nothing.
        if (restated > 0) open.parts.splice(open.parts.length - restated, restated, t.amount);
      }
      else if (open.parent && siblingKinds(open.total, t.amount)) {
        // `其中：基本支出…，其中人员经费…、公用经费…，项目支出…`: the outer list's next part.
        finished.push({ open, sentence: s });
        open = open.parent;
        open.parts.push(t.amount);
      } else {
        open.parts.push(t.amount);
        // `其中中文纸质图书38.20万元、报刊6.85万元等，结余3.54万元`: `等` ends the (partial) list.
        if (andSoOn(text, t.amount)) close();
      }
    }
    // `除…52.80万元外`: a figure set aside is no total of what follows.
    if (t.amount && !setAside(text, t.amount)) lastOfKind.set(t.amount.kind, t.amount);
    if (t.amount) seen.push(t.amount);
    last = t;
  }
  close();
}

/** A clause's subject of money, said first: `省级资金按…标准安排，其中…`. */
const MONEY_SUBJECT = /^[\u4e00-\u9fff]{0,8}?(资金|经费|支出|收入|预算)/;

/**
 * `…公共管护支出每亩0.25元，计4.62万元；省级资金按…每亩17元的标准安排，其中损失性补偿…`: after a `；`,
 * a clause that names money of its own (with no figure) before 其中 splits that money, not the figure before.
 */
function subjectOfItsOwn(text: string, total: Amount, at: number): boolean {
  const between = text.slice(total.end, at);
  const k = Math.max(between.lastIndexOf('；'), between.lastIndexOf(';'));
  const subject = k < 0 ? undefined : MONEY_SUBJECT.exec(between.slice(k + 1))?.[0];
  return subject !== undefined && !total.labelCore.includes(subject) && !subject.startsWith('其中');
}

/**
 * Words that say a list names only some of its total's parts: `其中主要包括水电费38.62万元、…`,
 * `其中金额较大的有两项：…`,
 * `…办公费19.35万元等`, `…，其余为差旅费、维修费等日常支出`. Such a list may add up to less than
 * its total, never to more.
 */
// (`包括基本支出和项目支出两部分`: so many parts is the whole, not some of it.)
// (`其中支出金额在100万元以上的项目5个：…`: those above a bound.)
const MAINLY = /主要|较大|较多|重点|(?<![两二三四五六七八九十几])部分|以上的|以下的/;
const MAINLY_OPENING = /^(?:其中)?[：:]?(?:主要|重点)(?:包括|有|为|是|用于)/;
const THE_REST = /其余|剩余|余下|其他(?:为|是|用于)/;
const REST_WINDOW = 40;

function listIsPartial(text: string, open: OpenBreakdown, sentence: Sentence): boolean {
  const first = open.parts[0];
  const last = open.parts[open.parts.length - 1];
  // Between the total and the first item's own words: `，其中主要包括`; or opening those words, where
  // nothing stops them (`…6061.45万元，主要包括基本公共卫生服务补助资金1865.20万元、…`).
  // (`项目支出2,660.69万元，主要用于…等方面，其中上级…`: what the money went to, said before 其中, is no part of the list.)
  const between = text.slice(open.total.end, Math.max(open.total.end, first.labelStart));
  if (MAINLY.test(between.slice(Math.max(0, between.lastIndexOf('其中')))) || MAINLY_OPENING.test(first.label)) return true;
  // The clause after the last item says `其余为…`: looked for in a bounded window, since a sentence
  // without stops can run for megabytes and hold thousands of lists.
  // (Or the next sentence opens with it: `…138.60万元。其余9个项目主要为…`.)
  return andSoOn(text, last) || THE_REST.test(text.slice(last.end, Math.min(sentence.end, last.end + REST_WINDOW))) || /^\s*(?:其余|剩余|余下)/.test(text.slice(sentence.end, sentence.end + 8)) || shareOfTheParts(text, open.total, open.parts, last.end, Math.min(sentence.end, last.end + REST_WINDOW));
}

const changeOfSpentPart = (open: OpenBreakdown, a: Amount) => open.parts.length > 0 && fundRole(open.total) === 'spend' && (fundRole(a) === 'adjust' || BUDGET_CHANGED.test(a.labelCore));
/** `年中因绩效工资调整增加预算16.54万元`: the budget changed, said with its cause between. */
const BUDGET_CHANGED = /(?:增加|减少|调增|调减|追加|追减)预算$/;

const PLACEHOLDER_FIGURE = /[×XxＸｘ]{1,4}\s*(?:万元|元|亿元|人|个)/;
/**
 * `实际支出93.50万元，结余结转0万元，其中河道保洁…支出分别为61.80万元和31.70万元`: nothing is made of parts
 * that are something; a 0 before `其中` is the figure next to the list's total, not its total.
 */
function zeroOfParts(open: OpenBreakdown): boolean {
  return baseValue(open.total).isZero() && open.parts.some((p) => !baseValue(p).isZero());
}

/** A finished list as a relation; income or spending may go on into the next sentence. */
function breakdownRelation(doc: ReportDocument, bySentence: FiguresBySentence, open: OpenBreakdown, sentence: Sentence): Relation {
  let optional: Amount[] = open.parent || open.semicolons ? [] : clauseAfterSemicolon(doc.text, doc.amounts, open.total, open.parts, sentence.end);
  if (!open.parent) {
    const next = doc.sentences[sentence.index + 1];
    if (next && next.line === sentence.line && !/其中/.test(next.text)) {
      const nextAmounts = (bySentence[next.index] ?? []).filter((a) => a.insideOf === undefined);
      if (nextAmounts.length > 0 && nextAmounts.every((a) => a.kind === open.total.kind && continuationFits(open.total, a))) optional = nextAmounts;
    }
  }
  // `甲、乙、丙各1个`: a part that counts each of several things once is less than their sum.
  // `其中中央补助资金××万元，县级配套资金8.00万元`: a part left as a placeholder (reported as one)
  // is a figure not written; the ones written add up to less than the total.
  // Looked for up to a clause past the last part: a sentence without stops can run for megabytes.
  const listEnd = Math.min(sentence.end, open.parts[open.parts.length - 1].end + REST_WINDOW);
  const placeholderPart = PLACEHOLDER_FIGURE.test(doc.text.slice(open.total.end, listEnd));
  const staff = partsOfTheTotalsWord(open.total, open.parts);
  const atLeast = listIsPartial(doc.text, open, sentence) || open.parts.some((p) => EACH_GIVEN.test(p.label)) || placeholderPart
    || namesSomeOnly(open.total, open.parts) || staff.some || open.itemsGoOnUnread === true;
  const said = endsWhereItAddsUp(doc.text, open.total, staff.parts);
  const { parts: allParts, carried } = carryOverAfterSpending(open.total, withoutDetails(open.total, said));
  const { parts, retired } = retiredBesideServing(open.total, allParts);
  const rhs = partTerms(open.total, parts);
  // (Only where clauses or a full stop stand between the total read and its list: `…执行率93.56%，共5个项目，其中…`, `…净值1676.75万元。其中…`.)
  const apart = open.parts[0].labelStart - open.total.end > CLAUSES_APART || doc.text.slice(open.total.end, open.parts[0].labelStart).includes('。');
  const total = (apart && !carried.length && !retired.length && !optional.length ? figureTheyAddUpTo(doc, open.total, rhs) : undefined) ?? open.total;
  return { kind: 'breakdown', anchor: total, lhs: [{ amount: total, sign: 1 }], rhs, optional: terms([...carried, ...retired, ...optional]), atLeast };
}

/** More characters than `，其中：` between a total and its first part: other clauses stand between. */
const CLAUSES_APART = 12;

/** A whole of money to be had, not spent: an income, a budget, the money available. */
const INCOME_OR_BUDGET = /收入|预算|可用资金|资金来源/;

/** `部门收入98.64万元，其中年初预算86.20万元，年中追加14.44万元，财政收回2.00万元`: money taken back is less of an income. */
function partTerms(total: Amount, parts: Amount[]): Term[] {
  const out = partsOf(total, parts);
  if (!INCOME_OR_BUDGET.test(total.labelCore) || /支出/.test(total.labelCore)) return out;
  return out.map((t) => (t.sign === 1 && t.amount.labelCore.includes('收回') && fundRole(t.amount) === 'recall' ? { ...t, sign: -1 } : t));
}

/** Words that open a breakdown: a sentence without them has none. */
const BREAKS_DOWN = /其中|包括|明细|具体为|分别[为是]|构成|组成|元中[，,：:]/;

export function breakdownsOf(doc: ReportDocument, bySentence: FiguresBySentence, relations: Relation[], inBreakdown: Set<number>): void {
  const bracketsBySentence = markAllBrackets(doc, bySentence);
  const finished: SentenceScan['finished'] = [];
  const tokensOf = (s: Sentence): Tok[] => {
    const main = (bySentence[s.index] ?? []).filter((a) => a.insideOf === undefined && !standsApart(a));
    const markers = markersOf(s, doc.text, bracketsBySentence.get(s.index) ?? []);
    return [...main.map((a) => ({ pos: a.start, amount: a })), ...markers.map((m) => ({ pos: m.pos, marker: m }))].sort((x, y) => x.pos - y.pos);
  };
  let continued = -1;
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si];
    if (s.index <= continued) continue;
    // A line cut in mid-sentence (a PDF copied to text): the list goes on at the next lines' start,
    // and its 其中 may be there (`项目支出2,660.69万元，主要用于…` / `…等方面，其中上级专项转移支付资金` / `1,872.40万元…`).
    const more = continuationsOf(doc, s);
    if (![s, ...more].some((x) => BREAKS_DOWN.test(x.text) || WITHIN.test(x.text))) continue;
    const toks = tokensOf(s);
    for (const next of more) {
      toks.push(...tokensOf(next));
      continued = next.index;
    }
    scanSentence({ doc, s, bySentence, finished }, toks);
  }
  for (const { open, sentence } of finished) {
    // One figure after 其中 is a partial breakdown (`支出648.31万元，其中基本支出353.86万元`).
    if (open.parts.length < 2 || overlappingPeople(doc.text, open) || budgetAndSpending(open.parts) || zeroOfParts(open)) continue;
    for (const p of open.parts) inBreakdown.add(p.id);
    const relation = breakdownRelation(doc, bySentence, open, sentence);
    // (One part left with its details taken out is some of the total, no list of it.)
    if (relation.rhs.length + relation.optional.length >= 2) relations.push(relation);
  }
  totalsAfterParts(doc, bySentence, relations, inBreakdown);
  bracketBreakdowns(doc, relations, inBreakdown);
}
