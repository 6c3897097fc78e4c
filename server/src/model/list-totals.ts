import { Amount, amountsBetween, baseValue } from './amounts';
import { Decimal } from './decimal';
import type { ReportDocument } from './report';
import { FiguresBySentence, NO_TERMS, Relation, signOf, standsApart, partsOf, Term } from './terms';
import { EACH_GIVEN, setAside } from './breakdown-parts';
import { partsToldOneBySentence } from './told-one-by-one';

/**
 * `…，三项合计216.25万元`, `…，合计…` right after a list (a comma between): the list's own total. A
 * total that names what it sums (`；在编和编外人员合计78人`) is another figure's.
 */
const LIST_TOTAL = /^(以上|上述)?([一二两三四五六七八九十0-9]{1,3}(项|个|类|笔)(项目|资金|经费)?)?(合计|共计|总计|小计)(为|金额为?)?$/;
// `三项合计216.25万元`, `上述4个项目共计…`: the total of the items just listed.
const TOTAL_WORD = /^(以上|上述)?([一二两三四五六七八九十0-9]{1,3}(项|个|类|笔)(项目|资金|经费)?)?(合计|共计|总计|小计|总额)|(合计|共计|总计|小计|总额)(为)?$/;

/**
 * `年初预算50.36万元，调整追减11.65万元，其他资金来源19.88万元，合计58.59万元`: the total after its
 * parts. The parts are the figures before it in the sentence that no other breakdown has taken.
 */
const POSTS = /编制|核定/;
/** `…10名、…5个、…8个，共计23个（名）`: a total of things counted by two measures, not read as one kind. */
const MIXED_MEASURE = /^[（(](?:名|人|个|项|家|次)[）)]/;
/** `另行统计`, `不计入`: what the words after a `；` count is kept apart from the figures before it. */
const COUNTED_APART = /另行统计|另计|单独统计|单独计算|不计入|未计入/;
// (Nor is spending a part of a budget: `…支出合计3,685.90万元，项目预算总额3,885.00万元`.)
const crossesSides = (part: string, total: string) => (/收入/.test(part) && /支出/.test(total) && !/收入/.test(total)) || (/支出/.test(part) && /收入|预算/.test(total) && !/支出/.test(total) && !/预算/.test(part));

export function totalsAfterParts(doc: ReportDocument, bySentence: FiguresBySentence, relations: Relation[], inBreakdown: Set<number>): void {
  const taken = new Set<number>([...inBreakdown, ...relations.map((r) => r.anchor.id)]);
  // The lists by their last figure: `其中：A、B、C，三项合计T` totals the list just given.
  const listEndingAt = new Map<number, Relation>();
  for (const r of relations) if (r.kind === 'breakdown' && r.rhs.length >= 2 && r.optional.length === 0) listEndingAt.set(r.rhs[r.rhs.length - 1].amount.id, r);
  for (const amounts of bySentence) {
    // A total after two parts takes three figures: a table's cell has one.
    if (!amounts || amounts.length < 3) continue;
    const main = amounts.filter((a) => a.insideOf === undefined && !standsApart(a));
    for (let i = 2; i < main.length; i++) {
      // at least two figures before the total
      const total = main[i];
      if (!TOTAL_WORD.test(total.label) || taken.has(total.id) || MIXED_MEASURE.test(doc.text.slice(total.end, total.end + 4))) continue;
      const list = listEndingAt.get(main[i - 1].id);
      if (list && total.kind === main[i - 1].kind && LIST_TOTAL.test(total.label) && /^[\s，,]*$/.test(doc.text.slice(main[i - 1].end, total.labelStart))) {
        taken.add(total.id);
        relations.push({ kind: 'breakdown', anchor: total, lhs: [{ amount: total, sign: 1 }], rhs: list.rhs, optional: NO_TERMS, atLeast: false });
        continue;
      }
      // `…退休人员1,102人；在校学生共计31,870人`: a total that names its own thing sums nothing past a `；`.
      const ownName = !/^[\s，,]*(合计|共计|总计|小计|总额)/.test(total.label);
      const gathered = figuresBackFrom(doc, main, i, taken, ownName);
      let parts = gathered.parts;
      let cutShort = gathered.cutShort;
      const j = gathered.j;
      // `社有资产总额3.27亿元，…营业收入9.64亿元，利润总额2180万元`: a figure above the total is none of its
      // parts, nor is any before it (unless something is taken away: `年初预算100.00万元，调减40.00万元，合计60.00万元`).
      if (parts.every((p) => signOf(p) === 1)) parts.splice(0, lastAbove(parts, total) + 1);
      // (`采购预算分别为52.00万元、…，中标金额分别为49.80万元、…，三项采购预算合计108.00万元`: two measures of the
      // same items, each its own list; the total sums the one it names.)
      // (Assigned, not spliced in: a spread of a megabyte line's figures overflows the call stack.)
      const measured = runOfMeasure(parts, total);
      if (measured === undefined) continue;
      parts = measured;
      if (parts.length < 2) continue;
      addingUpFrom(parts, total);
      // `…调整后预算1468.35万元。加上年结转…和其他收入…，全年可用资金合计…`: added to a figure said before,
      // the sentence before's total where they add up to it exactly (`本年收入合计742.76万元，其中…。另使用
      // 事业基金弥补收支差额12.40万元，年初结转和结余46.93万元，收入总计802.09万元`).
      // (Or where they follow a list of another total: `本年收入合计…，其中…其他收入4.57万元；用事业基金弥补
      // 收支差额15.00万元，年初结转和结余52.88万元，收入总计1211.39万元`.)
      const s = doc.sentences[parts[0].sentence];
      const adds = s && ADDS_TO.test(doc.text.slice(s.start, parts[0].start));
      const afterList = j >= 0 && main[j + 1] === parts[0] && taken.has(main[j].id);
      // (With no word to say so, where they fall short of the total by exactly that figure: `本年收入合计2586.84万元，
      // 其中…。使用非财政拨款结余35.00万元，年初结转和结余318.92万元，收入总计2940.76万元`.)
      const earlier = s ? totalAddedTo(doc, bySentence, s, total, parts, adds || afterList) : undefined;
      if (earlier) parts.unshift(earlier);
      // (`动用非财政拨款结余…，年初结转和结余…，收入总计…`: the year's own total, said in a table above, is its first part.)
      else if (adds || (GRAND_TOTAL.test(total.labelCore) && !yearTotalOnLine(doc, total, parts))) cutShort = true;
      // `年初预算安排县级资金320.20万元。年内先后收到中央…802.00万元、省级…264.00万元，全年资金总额1386.20万元`:
      // a total that names its own thing may sum what the sentence before on its line said too.
      if (s && ownName && saidBeforeOnLine(doc, bySentence, s, total, taken)) cutShort = true;
      for (const p of parts) {
        inBreakdown.add(p.id);
        taken.add(p.id);
      }
      taken.add(total.id);
      // (`…排名前三的乡镇各奖励0.50万元，合计拨付221.26万元`: a part given to each of several is less than their sum.)
      const each = parts.some((p) => EACH_GIVEN.test(p.label));
      relations.push({ kind: 'breakdown', anchor: total, lhs: [{ amount: total, sign: 1 }], rhs: partsOf(total, parts), optional: NO_TERMS, atLeast: cutShort || each });
    }
  }
  partsToldOneBySentence(doc, bySentence, relations, taken);
}

/**
 * The parts of the measure the total names, where they are two lists said `分别` (undefined where it
 * names neither); the parts as they are where there is one list or none.
 */
function runOfMeasure(parts: Amount[], total: Amount): Amount[] | undefined {
  const starts = parts.flatMap((p, k) => (p.labelCore.endsWith('分别') ? [k] : []));
  if (starts.length < 2) return parts;
  for (let r = 0; r < starts.length; r++) {
    const measure = parts[starts[r]].labelCore.slice(0, -2);
    if (measure.length >= 2 && total.labelCore.includes(measure)) return parts.slice(starts[r], starts[r + 1]);
  }
  return undefined;
}

/**
 * The figures before the total at `main[i]` it may sum, back to one taken, of another kind, set aside,
 * of posts, or of the other side; `cutShort` where a `；` (with words that keep a count apart, or a total
 * that names its own thing) stopped them. `j` is where the walk stopped.
 */
function figuresBackFrom(doc: ReportDocument, main: Amount[], i: number, taken: Set<number>, ownName: boolean): { parts: Amount[]; cutShort: boolean; j: number } {
  const total = main[i];
  const parts: Amount[] = [];
  // Cut at a `；` with figures before it, the total may sum them too (`…；另有上年结转…，…全年预算总额`).
  let cutShort = false;
  let j = i - 1;
  // The words between a figure and the total, read a figure's stretch at a time back from the total
  // (each figure's whole stretch sliced again was square on a line of thousands of figures).
  let readFrom = total.labelStart;
  let stopBetween = false;
  let apartBetween = false;
  for (; j >= 0 && !taken.has(main[j].id) && main[j].kind === total.kind && !setAside(doc.text, main[j]); j--) {
    const stretch = doc.text.slice(main[j].end, readFrom);
    readFrom = Math.min(readFrom, main[j].end);
    stopBetween ||= /[；;]/.test(stretch);
    apartBetween ||= COUNTED_APART.test(stretch);
    // (`…48场；各乡镇文化站自行组织的群众文艺活动另行统计，共计213场`: a count kept apart from them.)
    if ((ownName || apartBetween) && stopBetween) {
      cutShort = true;
      break;
    }
    // `核定编制38名，…在编在岗人员36人，另有编外聘用人员9人，在职职工合计45人`: posts are no people.
    if (POSTS.test(main[j].label) && !POSTS.test(total.label)) break;
    // `…本年收入合计586.40万元，本年支出合计579.20万元`: income is no part of spending, nor the reverse.
    if (crossesSides(main[j].labelCore, total.labelCore)) break;
    // (Pushed, then turned round: unshifting each was square on a line of thousands of figures.)
    parts.push(main[j]);
  }
  return { parts: parts.reverse(), cutShort, j };
}

/** A 决算 table's grand total (`收入总计`, `支出总计`): the year's total and the balances together. */
const GRAND_TOTAL = /(?:收入|支出)总计$/;

const YEAR_TOTAL_REACH = 600;

/** Whether the year's own total (`本年收入合计`) is said among the parts or before them on their line. */
function yearTotalOnLine(doc: ReportDocument, total: Amount, parts: Amount[]): boolean {
  // (Within a paragraph's reach: a line of a megabyte holds thousands of such totals.)
  const from = Math.max(doc.lines.lines[total.line].start, parts[0].start - YEAR_TOTAL_REACH);
  return parts.some((p) => /本年(?:收入|支出)/.test(p.label)) || amountsBetween(doc.amounts, from, parts[0].start).some((a) => /本年(?:收入|支出)合计/.test(a.label));
}

/** A sentence that adds to what was said before it (`加上…`, `另使用…`, `本年收入合计加上…`, its figure said before). */
const ADDS_TO = /^[，,\s]*(?:加|加上|另加|再加|连同|另|此外)|^[，,\s]*[\u4e00-\u9fff]{0,8}(?:合计|总额|总计|收入|支出)(?:加上|另加|再加|连同)/;

/**
 * The total said before the parts (`本年收入合计`), in their sentence or the one before on its line,
 * that they are added to: the one that with them makes the total exactly.
 */
function totalAddedTo(doc: ReportDocument, bySentence: FiguresBySentence, s: { index: number; line: number }, total: Amount, parts: Amount[], said: boolean): Amount | undefined {
  const rest = baseValue(total).minus(parts.reduce((sum, p) => sum.plus(baseValue(p).times(signOf(p))), new Decimal(0)));
  if (!said && (rest.isZero() || !/总计$/.test(total.label))) return undefined;
  const closes = (index: number) => sumsSaid(bySentence, index).get(rest.toString())?.find((a) => a.kind === total.kind && a.start < parts[0].start);
  const prev = doc.sentences[s.index - 1];
  return closes(s.index) ?? (prev?.line === s.line ? closes(prev.index) : undefined);
}

/**
 * By report (its figures by sentence): a sentence's figures said as a `…合计` of their own, by value,
 * in reading order — made once per sentence, not read again for each total after it.
 */
const SUMS_SAID = new WeakMap<FiguresBySentence, Map<number, Map<string, Amount[]>>>();

function sumsSaid(bySentence: FiguresBySentence, index: number): Map<string, Amount[]> {
  let bySentenceIndex = SUMS_SAID.get(bySentence);
  if (!bySentenceIndex) SUMS_SAID.set(bySentence, (bySentenceIndex = new Map()));
  let sums = bySentenceIndex.get(index);
  if (!sums) {
    sums = new Map();
    for (const a of bySentence[index] ?? []) {
      if (a.insideOf !== undefined || standsApart(a) || !/合计$/.test(a.label)) continue;
      const key = baseValue(a).toString();
      const list = sums.get(key);
      if (list) list.push(a);
      else sums.set(key, [a]);
    }
    bySentenceIndex.set(index, sums);
  }
  return sums;
}

function saidBeforeOnLine(doc: ReportDocument, bySentence: FiguresBySentence, s: { index: number; line: number }, total: Amount, taken: Set<number>): boolean {
  const prev = doc.sentences[s.index - 1];
  return prev !== undefined && prev.line === s.line && (bySentence[prev.index] ?? []).some((a) => a.kind === total.kind && a.insideOf === undefined && !taken.has(a.id) && !standsApart(a));
}

/**
 * `结算审定金额1602.40万元，已支付首付款329.60万元、进度款1192.68万元，合计1522.28万元`: where the figures
 * back to the sentence's start do not add up to the total and its last ones (two or more) do, those
 * are its parts; the others are said before the list. Cut in place.
 */
function addingUpFrom(parts: Amount[], total: Amount): void {
  const want = baseValue(total);
  let sum = new Decimal(0);
  for (let k = parts.length - 1; k >= 0; k--) {
    sum = sum.plus(baseValue(parts[k]));
    if (sum.eq(want)) {
      if (k > 0 && parts.length - k >= 2) parts.splice(0, k);
      return;
    }
  }
}

/** The index of the last figure above the total (−1 for none). */
function lastAbove(parts: Amount[], total: Amount): number {
  for (let k = parts.length - 1; k >= 0; k--) if (baseValue(parts[k]).gt(baseValue(total))) return k;
  return -1;
}

/** How far before a list's total an earlier figure of its sentence may be the one the list adds up to. */
const EARLIER_TOTAL_REACH = 80;

/**
 * `一般公共预算项目支出1116.64万元，项目可用资金1193.55万元（含…），执行率93.56%，共5个项目，其中…`: the
 * parts add up, to the cent, to a figure said a clause or two before the one read as their total —
 * that figure is their total. Undefined when they add up to the one read, or to none.
 */
export function figureTheyAddUpTo(doc: ReportDocument, total: Amount, parts: Term[]): Amount | undefined {
  if (parts.length < 2 || parts.some((t) => t.amount.kind !== total.kind)) return undefined;
  // (Looked for in a window before the total, of its sentence: a sentence may hold thousands of figures;
  // the parts are summed only when there is such a figure.)
  const from = Math.max(doc.sentences[total.sentence]?.start ?? 0, total.start - EARLIER_TOTAL_REACH);
  const earlier = amountsBetween(doc.amounts, from, total.start).filter((a) => a !== total && a.kind === total.kind && a.insideOf === undefined && !standsApart(a));
  if (earlier.length === 0) return undefined;
  const sum = parts.reduce((acc, t) => acc.plus(baseValue(t.amount).times(t.sign === -1 ? -1 : 1)), baseValue(total).times(0));
  return sum.eq(baseValue(total)) ? undefined : earlier.find((a) => baseValue(a).eq(sum));
}
