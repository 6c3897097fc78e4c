import { Amount, amountsBetween, baseValue, firstAmountBetween, isPriorYear, lastAmountBetween } from './amounts';
import { percentDigits, RateClaim } from './rates';
import type { ReportDocument } from './report';
import { fundRole, holdsCarry, isListTotal, listTotalOf, standsApart } from './terms';
import { ofTheYear } from './years';

/**
 * `基本支出268.15万元，占支出合计的71.80%`, `其中项目支出105.32万元，占28.20%`: a figure's share of a
 * total. The total is the one the words name (the nearest figure before, of that name), or, named
 * by none, the total of the list the figure is a part of. A share whose total is not found that
 * way is not checked.
 */
const SHARE = /占(?![地用有据领压])([\u4e00-\u9fff“”]{0,16}?)\s*([0-9０-９]{1,3}(?:[.．][0-9０-９]{1,4})?)\s*[%％]/g;
/**
 * Words between the share's figure and `占`: a comma, and nothing that makes it a guess; a note in
 * brackets on what the figure holds (`实际支出…元（不含结余结转），占…`) is the figure's own.
 */
const JUST_BEFORE = /^(?:[（(](?:不?含|包括|不包括)[^（()）0-9０-９]{1,12}[）)])?[\s，,、（(]*$/;
/**
 * Whether the share is the figure's: only a comma between them, or a comma and the figure's own
 * name said again (`结余结转37.67万元，结余结转占预算收入的2.84%`).
 */
function sharedRightAfter(between: string, part: Amount): boolean {
  // (`项目支出1063.27万元，占本年支出合计的57.60%，占支出总计的53.28%`: a second share of the figure, after its first.)
  if (JUST_BEFORE.test(between) || JUST_BEFORE.test(between.replace(SHARES_BEFORE, ''))) return true;
  const restated = between.replace(/^[\s，,]+/, '');
  return restated.length >= 2 && part.labelCore.endsWith(restated);
}
const SHARES_BEFORE = /^(?:[，,]\s*占[^，,。；;%％]{0,20}?[0-9０-９.．]+\s*[%％])+/;
/** How the share is said after its total's name: `的`, `比重为`, `比例达`. */
const SHARE_WORDS = /(的)?(比重|比例|比)?(为|达到|达|是)?$/;
/** Words that make the total's name no name of a figure: `约`, a rise of the share. */
const NOT_A_NAME = /约|近|超过|不足|以上|以下|提高|下降|增加|减少|个百分点/;
const TOTAL_WORDS = /合计|总额|总计|总|全年|全部|共|^(19|20)\d{2}年度?|^本年度?/;
/** How far back the named total is looked for. */
const NAMED_WINDOW = 3000;
/** How far back a share's clause is looked for its whole's name (`在编人员中…`). */
const CLAUSE_REACH = 40;

/** A total's name as the text may say it: `支出合计`, `总支出`, `2024年支出总额` are one, as are `共有在职人员` and `在职人员`. */
export function totalName(label: string): string {
  return label
    .replace(/^((19|20)\d{2}年度?|本年度?|全年|当年|年度)/, '')
    // `2023年全馆实际支出` is the 支出 a share of `支出总额` is of.
    .replace(/^(全(?:馆|局|院|站|所|校|队|委|办|会|社|中心|部门|单位|镇|乡|街道|系统)|本(?:馆|局|院|站|所|校|队|委|办|会|社|中心|部门|单位|镇|乡|街道|系统))/, '')
    .replace(/^实际(?=支出)/, '')
    .replace(/^(共有|共计|共|总共|合计|实有)/, '')
    .replace(/(合计|总额|总计|总数|总量|数|金额)$/, '')
    .replace(/^总/, '');
}

const usable = (a: Amount) => (a.kind === 'money' || a.kind === 'people') && !a.approximate && !a.cell && !standsApart(a) && !isPriorYear(a);

/** By report: the figures that are parts of a budget (`年初预算3,862.54万元，其中…项目支出2,625.74万元`). */
const BUDGET_PARTS = new WeakMap<ReportDocument, Set<number>>();

function budgetParts(doc: ReportDocument): Set<number> {
  let ids = BUDGET_PARTS.get(doc);
  if (!ids) {
    ids = new Set();
    for (const r of doc.relations) if (r.kind === 'breakdown' && /预算/.test(r.anchor.labelCore)) for (const t of r.rhs) ids.add(t.amount.id);
    BUDGET_PARTS.set(doc, ids);
  }
  return ids;
}

/**
 * The nearest figure before the part, of its kind, that is the total `name` names. A part of a
 * budget of that name is no total of spending (`…支出1,862.35万元，占项目支出的48.64%`).
 */
export function namedTotal(doc: ReportDocument, name: string, part: Amount, upTo = part.start): Amount | undefined {
  const found = nearestNamed(doc, name, part, upTo);
  // `占本年支出合计的27.00%` where a table has the row `本年支出合计 387.09` beside `支出总计 398.86`: the
  // figure of that very name is in the table, whose cells are not read as prose; a prose figure of a
  // looser name (`2022年支出398.86万元`, there with the balance) may be the other total.
  if (found && found.labelCore !== name && name.length >= 4 && figureWrittenAfter(doc, name)) return undefined;
  return found;
}

/**
 * By report: the names written as a table's row is, a figure after them past a tab, spaces, `|` or a new
 * line (in prose, `实有在编人员33人`, the figure is read with its label). Read once, in one pass.
 */
const ROW_NAMES = new WeakMap<ReportDocument, Set<string>>();
const ROW_NAME = /([\u4e00-\u9fff“”]{2,16})[\s|｜]+(?=[0-9０-９])/g;
function figureWrittenAfter(doc: ReportDocument, name: string): boolean {
  let names = ROW_NAMES.get(doc);
  if (!names) {
    names = new Set();
    for (const m of doc.text.matchAll(ROW_NAME)) names.add(m[1]);
    ROW_NAMES.set(doc, names);
  }
  return names.has(name);
}

function nearestNamed(doc: ReportDocument, name: string, part: Amount, upTo: number): Amount | undefined {
  const before = amountsBetween(doc.amounts, Math.max(0, upTo - NAMED_WINDOW), upTo);
  const wanted = totalName(name);
  const spending = !/预算/.test(part.label);
  // (`占本年收入合计的…`: the year's total, not the 收入总计 a 决算 table adds the balances to; and the reverse.)
  const yearTotal = /^本年.*合计$/.test(name);
  const grandTotal = /总计$/.test(name);
  const actual = ACTUAL.test(name);
  for (let i = before.length - 1; i >= 0; i--) {
    const a = before[i];
    // `（年初预算165.00万元，…）`: a figure in brackets is a part of the one before them, no total.
    if ((spending && budgetParts(doc).has(a.id)) || a.insideOf !== undefined || (yearTotal && a.labelCore.endsWith('总计')) || (grandTotal && /本年[\u4e00-\u9fff]*合计$/.test(a.label)) || (actual && holdsCarry(doc, a))) continue;
    // A total's label says it is one (`全年支出合计`), or is the name as written: a bare `支出` may be
    // the end of `基本支出` broken by a wrapped line.
    // (`占全局实际支出的12.24%` and `全局实际支出3692.65万元`: the name as written, its core shorter.)
    // (`占调整后预算612.80万元的93.67%`: the whole of an earlier share, named as this one's is.)
    const core = a.labelCore.startsWith('占') ? a.labelCore.slice(1) : a.labelCore;
    // (`2022年度学校收入总计5961.42万元` for `占收入总计的`: a total's name as written ends its label, whoever's.)
    const saidSo = grandTotal && a.label.endsWith(name);
    // (`2021年我镇项目支出为792.30万元`: another year's, passed over.)
    if (a.kind === part.kind && usable(a) && (saidSo || (totalName(core) === wanted && (core === name || a.label.endsWith(name) || TOTAL_WORDS.test(a.label)))) && (doc.year === undefined || ofTheYear(doc, a))) return a;
  }
  return undefined;
}

export function shareClaims(doc: ReportDocument, taken: ReadonlySet<number>): RateClaim[] {
  const out: RateClaim[] = [];
  let marks: Marks | undefined;
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si];
    if (!s.text.includes('占') || doc.layout.kinds.get(s.line) === 'table') continue;
    for (const m of s.text.matchAll(SHARE)) {
      const at = s.start + m.index!;
      const numberStart = at + m[0].lastIndexOf(m[2]);
      if (taken.has(numberStart)) continue;
      const words = m[1];
      if (NOT_A_NAME.test(words)) continue;
      const name = words.replace(SHARE_WORDS, '');
      if (doc.text.slice(at - 2, at) === '分别') {
        respectiveShares(doc, s, at, { digits: m[2], start: numberStart, end: at + m[0].length }, name, out);
        continue;
      }
      const figure = lastAmountBetween(doc.amounts, s.start, at);
      const part = figure && usable(figure) && ofTheYear(doc, figure) && sharedRightAfter(doc.text.slice(figure.end, at), figure) ? figure : name ? namedPart(doc, s.start, at) : undefined;
      if (!part) continue;
      const ofList = listTotalOf(doc, part);
      // Named, the total is the figure of that name; `占在职人员的40%` names its list's `共有在职人员30人` too.
      const listed = ofList ?? totalBeforeQizhong(doc, (marks ??= marksOf(doc.text)), s.start, part);
      // (`占全年支出的30.64%` after `基本支出402.36万元，其中…`: 基本支出 is no 支出 of the year.)
      // A part said earlier and named again here (`…实际支出180.00万元…，项目支出占实际支出的34.02%`): the
      // whole of that name in the share's own sentence, when there is one.
      // (Or on its line: `本局实际支出236.25万元（不含结余结转）…。基本支出占实际支出的83.15%`, not the 支出 with
      // the balance whose list holds 基本支出.)
      const here = part !== figure ? wholeInSentence(doc, doc.lines.lines[s.line].start, at, name, part) : undefined;
      // (A part said earlier by its name: the whole may be said between it and the share, `全年实际支出278.97万元`.)
      // (`该项目预算50.00万元，实际支出47.60万元，…物化补贴28.56万元，占该项目支出的60.00%`: the item's own figure, on its line.)
      const ofItem = THIS_ITEM.test(name);
      const total = ofItem ? itemWhole(doc, part, name) : here ?? (!name ? listed ?? wholeItsClauseNames(doc, part) : listed && namesTheList(doc, listed, name) ? listed : namedTotal(doc, name, part, part === figure ? part.start : at));
      // A share above the whole is some other comparison than the one read.
      if (!total || total === part || baseValue(part).gt(baseValue(total))) continue;
      // `…运转经费315.25万元，其中…，县级财政配套128.85万元，占项目支出的46.76%`: after a list's last part,
      // a share of another whole may be the list's total's.
      // (`…实际支出251.20万元，结余结转15.60万元，占全镇项目支出的28.66%`: a balance right before a share of
      // spending may stand after the figure whose share it is.)
      const spentBefore = part === figure && fundRole(part) === 'carry' && /支出$/.test(name) ? spendingBefore(doc, part) : undefined;
      const spend = [part, part === figure && ofList && ofList !== total && baseValue(ofList).lt(baseValue(total)) ? ofList : undefined, spentBefore].filter((a): a is Amount => a !== undefined);
      // (`所属单位支出1486.73万元，占12.50%，其中机关服务中心926.51万元，占7.79%`: a part's bare share may be of
      // the whole its list's total was a share of, as the shares before it.)
      // Where that whole is not read, nothing is: the part's share may be of it.
      const prev = out[out.length - 1];
      const over = !name && listed === total && prev?.line === s.line && prev.spend.includes(total) ? prev.budgets[0][0].amount : undefined;
      if (!name && listed === total && !over && /^[，,]\s*占[0-9０-９]/.test(doc.text.slice(total.end, total.end + 4))) continue;
      out.push({
        start: at, end: at + m[0].length, numberStart, numberEnd: numberStart + m[2].length, line: s.line,
        ...percentDigits(m[2]), spend, budgets: over && over !== total ? [[{ amount: total, sign: 1 }], [{ amount: over, sign: 1 }]] : [[{ amount: total, sign: 1 }]], word: '占比',
      });
    }
    if (/占[^。；%％]{0,16}[0-9０-９]/.test(s.text)) sharesOfAFigure(doc, s, taken, out);
  }
  return out;
}

/** `该项目支出`, `本项目资金`: the item the line is about, not a figure of that name elsewhere. */
const THIS_ITEM = /^(?:该|本|此)项目/;
/** How far back on its line an item's own figure is looked for: a line may be megabytes. */
const ITEM_REACH = 1000;

/** The item's spending (or budget, as the name says) said before the part on its line. */
function itemWhole(doc: ReportDocument, part: Amount, name: string): Amount | undefined {
  const role = /支出$/.test(name) ? 'spend' : /预算|资金$/.test(name) ? 'budget' : undefined;
  if (!role) return undefined;
  const before = amountsBetween(doc.amounts, Math.max(doc.lines.lines[part.line].start, part.start - ITEM_REACH), part.start);
  for (let i = before.length - 1; i >= 0; i--) if (before[i].kind === part.kind && usable(before[i]) && fundRole(before[i]) === role) return before[i];
  return undefined;
}

/** The spending said right before a figure in its sentence (the one figure between them at most). */
function spendingBefore(doc: ReportDocument, a: Amount): Amount | undefined {
  const before = lastAmountBetween(doc.amounts, doc.sentences[a.sentence].start, a.start);
  return before && usable(before) && before.unit === a.unit && fundRole(before) === 'spend' ? before : undefined;
}

/** A percentage said, where its digits are. */
interface Percent {
  digits: string;
  start: number;
  end: number;
}

/** How far before its share a figure of a 分别为 list may stand, per figure (a figure and its separator, with room to spare). */
const LIST_REACH = 60;

/** One more share of a list after the first: `、19.16%`. */
const NEXT_PERCENT = /\s*[、，,和及]\s*([0-9０-９]{1,3}(?:[.．][0-9０-９]{1,4})?)\s*[%％]/y;

/**
 * `森林防火、林业有害生物防治、国土绿化分别为85.20万元、42.60万元、120.40万元，分别占项目支出的34.33%、
 * 19.16%、48.51%`: as many shares as the 分别为 list before has figures, each of its figure, over the
 * whole named. Nothing where the counts differ or the figures are no such list.
 */
function respectiveShares(doc: ReportDocument, s: { start: number; line: number }, at: number, first: Percent, name: string, out: RateClaim[]): void {
  const percents: Percent[] = [first];
  NEXT_PERCENT.lastIndex = first.end;
  for (let m = NEXT_PERCENT.exec(doc.text); m && percents.length < 12; m = NEXT_PERCENT.exec(doc.text)) {
    percents.push({ digits: m[1], start: m.index + m[0].indexOf(m[1]), end: NEXT_PERCENT.lastIndex });
  }
  // (Looked for within a list's reach of the shares: a sentence may be megabytes of such lists.)
  const before = amountsBetween(doc.amounts, Math.max(s.start, at - LIST_REACH * percents.length), at);
  const parts = before.slice(-percents.length);
  if (percents.length < 2 || parts.length !== percents.length || !parts.every(usable)) return;
  // (The figures one list: separators only between them, `分别为` before the first.)
  const together = parts.every((p, i) => i === 0 || /^[\s、，,和及与]*$/.test(doc.text.slice(parts[i - 1].end, p.start)));
  if (!together || !/分别(?:为|是)[：:]?\s*$/.test(doc.text.slice(Math.max(s.start, parts[0].start - 6), parts[0].start))) return;
  const whole = (name ? namedTotal(doc, name, parts[0]) : undefined) ?? listTotalOf(doc, parts[0]);
  if (!whole || parts.includes(whole) || parts.some((p) => p.kind !== whole.kind || baseValue(p).gt(baseValue(whole)))) return;
  percents.forEach((p, i) => {
    out.push({
      start: i === 0 ? at : p.start, end: p.end, numberStart: p.start, numberEnd: p.start + p.digits.length, line: s.line,
      ...percentDigits(p.digits), spend: [parts[i]], budgets: [[{ amount: whole, sign: 1 }]], word: '占比',
    });
  });
}

/** `占本年支出372.46万元的比重为38.35%`: the whole's figure said in the share's own words. */
const SHARE_OF_FIGURE = /占[\u4e00-\u9fff“”]{0,12}?([0-9０-９][0-9０-９,，.．]*\s*(?:万元|元|亿元|人|名))的?(?:比重|比例)?(?:为|达到?|是)?\s*([0-9０-９]{1,3}(?:[.．][0-9０-９]{1,4})?)\s*[%％]/g;

function sharesOfAFigure(doc: ReportDocument, s: { start: number; text: string; line: number }, taken: ReadonlySet<number>, out: RateClaim[]): void {
  for (const m of s.text.matchAll(SHARE_OF_FIGURE)) {
    const at = s.start + m.index!;
    const numberStart = at + m[0].lastIndexOf(m[2]);
    if (taken.has(numberStart)) continue;
    const whole = firstAmountBetween(doc.amounts, at, numberStart);
    const before = lastAmountBetween(doc.amounts, s.start, at);
    // (`项目支出182.57万元，…。项目支出占财政拨款支出621.47万元的31.38%`: a part named, its figure said before.)
    const figure = before ? (sharedRightAfter(doc.text.slice(before.end, at), before) ? before : undefined) : namedPart(doc, s.start, at);
    if (!whole || !figure || !usable(whole) || !usable(figure) || figure.kind !== whole.kind || baseValue(figure).gt(baseValue(whole))) continue;
    // `基本支出1019.39万元，其中…公用经费116.27万元，占调整后基本支出预算1036.92万元的98.31%`: the last part
    // of a list may stand for its total; each is a reading.
    const list = listTotalOf(doc, figure);
    out.push({
      start: at, end: at + m[0].length, numberStart, numberEnd: numberStart + m[2].length, line: s.line,
      ...percentDigits(m[2]), spend: list && list.kind === whole.kind ? [list, figure] : [figure], budgets: [[{ amount: whole, sign: 1 }]], word: '占比',
    });
  }
}

/**
 * Whether a share's whole, by name, is the total of its part's list: the same name, or the whole
 * said generally (`占全局总支出的88.56%` of `…和政府性基金预算支出合计48,402.17万元，其中…`).
 */
function namesTheList(doc: ReportDocument, listed: Amount, name: string): boolean {
  // (`占实际支出的73.35%` is not of `支出286.14万元，其中…，结余结转7.17万元`: spent, not with the balance.)
  if (ACTUAL.test(name) && holdsCarry(doc, listed)) return false;
  // (Nor `占支出总计的` of `本年支出合计2417.06万元` or `本年收入590.75万元`, nor the reverse: the 决算 table's two totals.)
  if ((/总计$/.test(name) && /本年[\u4e00-\u9fff]*$/.test(listed.label)) || (/^本年/.test(name) && listed.labelCore.endsWith('总计'))) return false;
  const wanted = totalName(name);
  const own = totalName(listed.labelCore);
  // (A kind of spending is no whole said generally: `人员经费占总支出的66.01%` is not of 基本支出; nor is one
  // source's income, `一般公共预算财政拨款收入1028.64万元，其中…，占本年收入的95.53%`, a total of it.)
  // (`项目实际支出3941.28万元，其中…，占实际支出的40.00%`: the name as written ends the total's label.)
  return own === wanted || (name.length >= 4 && listed.label.endsWith(name)) || (GENERAL_WHOLE.test(wanted) && own.endsWith(wanted) && !SPENDING_KINDS.test(own) && SAID_AS_TOTAL.test(listed.label));
}
const SPENDING_KINDS = /^(基本支出|项目支出|人员经费|公用经费|人员支出|公用支出)$/;
const GENERAL_WHOLE = /^(支出|收入|资金|预算)$/;
/** (Not `共` anywhere, as TOTAL_WORDS: `一般公共预算` has it.) */
const SAID_AS_TOTAL = /合计|总计|总额|总(?:支出|收入)/;
const ACTUAL = /实际|当年支出|本年支出/;

/** The last figure of the part's kind before the share, in its sentence, whose words end in the whole's name. */
function wholeInSentence(doc: ReportDocument, sentenceStart: number, at: number, name: string, part: Amount): Amount | undefined {
  if (name.length < 2) return undefined;
  const before = amountsBetween(doc.amounts, Math.max(sentenceStart, at - NAMED_WINDOW), at);
  for (let i = before.length - 1; i >= 0; i--) {
    const a = before[i];
    // (`当年实际支出828.25万元`, whose core drops the year: the name as written ends its label.)
    if (a.kind === part.kind && a !== part && usable(a) && a.insideOf === undefined && (a.labelCore.endsWith(name) || a.label.endsWith(name))) return a;
  }
  return undefined;
}

/** The words a clause opens with before `占`, with nothing else: the part's name. */
const PART_NAME = /(?:^|[，,；;。])\s*(?:其中|而|，)?([\u4e00-\u9fff“”]{2,20})$/;

/**
 * `…其中优抚对象抚恤补助资金1,486.20万元、…。优抚对象抚恤补助资金占项目支出的78.36%`: a share said
 * of a part by its name, the part's figure said before. Both are named: the part is the nearest
 * figure before of exactly that name (the whole must be named too, or said as a figure).
 */
function namedPart(doc: ReportDocument, sentenceStart: number, at: number): Amount | undefined {
  const clause = PART_NAME.exec(doc.text.slice(Math.max(sentenceStart, at - 24), at));
  if (!clause || (clause.index === 0 && at - 24 > sentenceStart)) return undefined;
  const name = clause[1];
  const before = amountsBetween(doc.amounts, Math.max(0, at - NAMED_WINDOW), at);
  for (let i = before.length - 1; i >= 0; i--) {
    const a = before[i];
    if (a.labelCore !== name) continue;
    // (`2022年基本支出286.52万元…；2021年基本支出271.40万元。基本支出占…`: last year's is no part of this year's whole.)
    if (isPriorYear(a) || !ofTheYear(doc, a)) continue;
    return usable(a) ? a : undefined;
  }
  return undefined;
}

/**
 * `支出合计2486.30万元，其中基本支出1548.72万元，占62.29%；项目支出937.58万元，占比37.71%`: the
 * figure before the sentence's `其中`, for a part the lists do not hold (a share between two parts
 * ends a list at its `；`).
 */
function totalBeforeQizhong(doc: ReportDocument, marks: Marks, sentenceStart: number, part: Amount): Amount | undefined {
  const q = lastAtOrBefore(marks.qizhong, part.start);
  if (q < sentenceStart) return undefined;
  // `；卫生技术人员中具有高级职称的118人，占17.30%`: a clause that names its own whole.
  const clause = doc.text.slice(Math.max(q + 2, lastAtOrBefore(marks.semicolons, part.start) + 1), part.start);
  if (/中/.test(clause)) return undefined;
  const total = lastAmountBetween(doc.amounts, sentenceStart, q);
  // (`事业收入18642.75万元，…，其中医疗收入…，科教收入…；经营收入186.30万元，占0.84%`: a figure past the end of
  // that 其中's list, as the breakdown read it, is its sibling, not one of its parts.)
  if (total && listTotalOf(doc, part) !== total && isListTotal(doc, total)) return undefined;
  return total && total.kind === part.kind && usable(total) ? total : undefined;
}

/**
 * Where the text says `其中` and `；`, found once a report when a share asks: looking back from each
 * share with `lastIndexOf` read a long line without them again for each (square in its length).
 */
interface Marks {
  qizhong: number[];
  semicolons: number[];
}

function marksOf(text: string): Marks {
  const at = (word: string) => {
    const out: number[] = [];
    for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) out.push(i);
    return out;
  };
  return { qizhong: at('其中'), semicolons: at('；') };
}

/** The last position at or before `at` (as `lastIndexOf` gives it), or -1. */
function lastAtOrBefore(positions: number[], at: number): number {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (positions[mid] <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? positions[lo - 1] : -1;
}

/**
 * `在编人员中党员19人，党员占比76.00%`: a part whose words name its whole before `中` is a share of
 * the figure of that name said before (`2024年末实有在编人员25人`).
 */
function wholeItsClauseNames(doc: ReportDocument, part: Amount): Amount | undefined {
  // The clause's words, not the figure's label: a label stops at a bracket (`村（社区）干部中…`).
  // Looked for in the 40 characters before the figure only, so a long line is not read again.
  const reach = part.start - CLAUSE_REACH;
  const offset = Math.max(0, reach);
  const near = doc.text.slice(offset, part.start);
  const from = Math.max(...['，', ',', '；', ';', '。'].map((c) => (near.includes(c) ? offset + near.lastIndexOf(c) : -1)), reach);
  const m = /^([\u4e00-\u9fff（）()“”]{2,12}?)中/.exec(doc.text.slice(from + 1, part.start));
  return m ? namedTotal(doc, m[1], part) : undefined;
}

