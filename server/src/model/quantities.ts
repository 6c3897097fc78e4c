import { Amount, amountsBetween, baseValue } from './amounts';
import { canonicalLabel } from './quantity-names';
import { headingOfPart } from './sections';
import { itemOfItsLine, itemTitleOfLine, namesProject, ofSomeUnits, underItemHeading } from './item-figures';
import type { ReportDocument } from './report';
import { fundRole, holdsCarry, standsApart } from './relations';
import { SPENDING_KIND } from './spending-kinds';
import { previousLineOfWords, wrapsInto, wrapWidth } from './text';
import { wordsStart, yearBefore } from './years';
import { budgetScopeName } from './budget-scopes';
import { tableAndProse } from './table-prose';
import { fundSpentFrom } from './funds';

// Unit-level quantities that a report states more than once (基本支出 in part 二 and again in
// part 三): the same label, year and kind must carry one value. Project figures are left out:
// every project has its own 项目支出.

export { canonicalLabel, DROP } from './quantity-names';

/** A second item on the line: `二是`, `（二）`. */
const LATER_ITEM = /[二三四五六七八九十]是|[（(][二三四五六七八九十][)）]/;
/** By report and line: where the line's first second item ends (Infinity for none), read once per line. */
const LATER_ITEM_END = new WeakMap<ReportDocument, Map<number, number>>();

function laterItemEnd(doc: ReportDocument, line: number): number {
  let ends = LATER_ITEM_END.get(doc);
  if (!ends) LATER_ITEM_END.set(doc, (ends = new Map()));
  let end = ends.get(line);
  if (end === undefined) {
    // (After the line's own number: `（四）内部管理持续加强。…` opens with an item, not a second one.)
    const text = doc.lines.lines[line].text;
    const from = text.length - text.trimStart().length + 1;
    const m = LATER_ITEM.exec(text.slice(from));
    ends.set(line, (end = m ? from + m.index + m[0].length : Infinity));
  }
  return end;
}
/** A title saying how the work went (`服务能力明显提升`), what went wrong (`一是项目支出进度不均衡`) or the budget's handling (`（一）预算编制与执行`): no project's name. */
const HOW_IT_WENT = /(方面|有力|有效|有序|明显|显著|提升|提高|加强|增强|推进|落实|完善|规范|良好|较好|稳步|平稳|稳定|扎实|到位|成效|合理|及时|充分|高效|优化|改善|可控|压减|不均衡|不够精准|不精准|不足|不够|偏低|偏高|偏慢|滞后|不到位|较慢|较低|有待提高|有待加强)$|^(预算|资金|财务)(编制|执行|管理|使用)(与|和|及)(执行|管理|使用|监督)$/;
/** Projects said together, not the unit: `其他项目`, `上述项目`, `四个项目` (not `项目支出`). */
const SOME_PROJECTS = /(其他|其余|剩余|以上|上述|其它|(?<![0-9０-９])(?:[一二两三四五六七八九十]|[0-9０-９]{1,2})个)项目(?!支出|经费)|(?:项目|专项资金)共(?:有|计)?[0-9０-９一二三四五六七八九十]{1,3}(?:个|项)[，,]/;
/**
 * A budget figure, or money added to it, followed by `中，`: what comes after splits that budget
 * (`年初预算158.30万元中，…`, `调整追加的10.34万元中，基本支出3.66万元…`).
 */
const BUDGET_SPLIT = /(?:预算|追加|调整|调增|调减|转移支付|补助|结转|结余)(?:数|资金)?的?[0-9０-９.,，]+\s*(?:万元|元|亿元)中[，,：:]/;

const OPENING_INCOME = /年初预算收入$/;
const YEAR_TOTAL_SAID = /本年(?:收入|支出)合计$/;

export interface QuantityKey {
  name: string;
  year?: number;
  kind: string;
}

/** A figure said as itself: not approximate, no note in brackets to another, no cell, no comparison. */
export const saidAsItself = (a: Amount) => !(a.approximate || a.insideOf !== undefined || a.cell || standsApart(a));

/**
 * The quantity a figure of the unit states, by the name `nameOf` gives its label (the canonical
 * names by default); none for a project's, an item's, some units' or a part's figure.
 */
export function quantityKey(
  doc: ReportDocument, a: Amount, projects?: { start: number; end: number }, nameOf: (labelCore: string) => string | undefined = canonicalLabel,
): QuantityKey | undefined {
  if (!saidAsItself(a)) return undefined;
  if (projects && a.start >= projects.start && a.end <= projects.end) return undefined;
  const read = nameOf(a.labelCore);
  if (!read) return undefined;
  // (`年初预算收入902.30万元`, whose label reads as 预算收入, is the opening figure: beside the year's
  // 预算收入 after its changes it is another, compared only with itself said again.)
  // (So is `本年支出合计`, a 决算 table's spending without the balance, beside a 支出 that has it.)
  const name = read === '预算收入' && OPENING_INCOME.test(a.label) ? '年初预算收入' : YEAR_TOTAL_SAID.test(a.label) ? `本年${read}合计` : read;
  // The words just before a figure say whose it is and of which year; a window keeps a long
  // sentence from being read again for each of its figures.
  const from = wordsStart(doc, a);
  const before = doc.text.slice(from, a.start);
  // `（1）业务工作经费：年初预算8万元`, `项目“X”年初预算`: one project's figure, not the unit's.
  if (namesProject(doc.text, from, a.labelStart)) return undefined;
  // `其他项目共5个，分别为…，年初预算75.74万元`: the figures of those projects together.
  // (`本部门2022年专项资金共3个，年初预算66.20万元`: the projects' budget.)
  if ((before.includes('项目') || before.includes('专项')) && SOME_PROJECTS.test(before)) return undefined;
  // `三是全民阅读推广活动。预算18.50万元，支出17.92万元`: the item the line is about.
  // (The 三公 money is the unit's under any item: `（六）厉行节约成效明显。全年“三公”经费2.78万元`.)
  // (`1.基本运转保障有力。2023年基本支出…`: an item that says how the unit did speaks of the unit's money;
  // `2.“三公”经费执行情况。…与年初预算3.50万元相比…`: the 三公 money's, not the unit's 年初预算.)
  const line = doc.lines.lines[a.line];
  const title = itemTitleOfLine(line.text);
  const item = title?.name;
  if (name !== '三公经费' && item !== undefined && /三公/.test(item)) return undefined;
  // (Nor on a line that opens with the 三公 money: `“三公”经费支出2.36万元，…。与年初预算数2.90万元相比…`.)
  if (name !== '三公经费' && /^[\s\u3000]*[“"]?三公/.test(line.text)) return undefined;
  // (`2.实验室检测能力提升。预算240.00万元，支出215.00万元`: a bare 支出 after such a title is the item's.)
  // (Only in that item's own text: `一是预算编制精准度不够。…二是个别项目执行进度偏慢。“…经费”…结余结转1.40万元` is a project's.)
  // (`2.农村饮水安全巩固提升。项目年初预算400万元，…结余结转37.40万元`: a project, its text says, whatever its title.)
  const howItWent = item !== undefined && HOW_IT_WENT.test(item) && !(name === '支出' && a.labelCore === '支出') && a.start - line.start < laterItemEnd(doc, a.line)
    && !/^[\s\u3000]*(?:该|本)?项目(?!支出)/.test(line.text.slice(title!.end, title!.end + 8));
  if (name !== '三公经费' && ((itemOfItsLine(doc, a) && !howItWent) || underItemHeading(doc, a, BUDGET_WORDS.test(name)))) return undefined;
  // (`6．项目“光荣牌悬挂及走访慰问经费”年初预算…` / `项目支出4.50万元，其中…`: the item's line after its fund line.)
  if (a.labelCore === '项目支出' && underProjectItem(doc, a.line)) return undefined;
  // `局机关本级基本支出612.38万元`, `其余8个所属单位…`: a part of a department's units, not the whole.
  if (ofSomeUnits(doc, a, before)) return undefined;
  // `生活垃圾转运处置按68200吨、合同单价98元/吨结算，支出668.36万元`: a bare 支出 after a price or a
  // standard in its sentence is what the count cost at it, not the unit's spending (nor `按每株0.80元销售，
  // 收入9.60万元` the unit's income). Nor is a bare 支出 in a reason given (`主要是…更新购置公务用车1辆，支出18.50万元`),
  // nor one after a class and its code (`特殊学校教育（2050701）支出284.36万元`).
  if ((a.labelCore === '支出' || a.labelCore === '收入') && (pricedBefore(doc, a, from, before) || (a.label === a.labelCore && (REASON.test(before) || CODED.test(doc.text.slice(Math.max(0, a.labelStart - 12), a.labelStart)))))) return undefined;
  // `年初预算158.30万元中，基本支出125.30万元，项目支出33.00万元`: a budget's split, not the spending.
  if (BUDGET_SPLIT.test(before)) return undefined;
  // `剔除车辆购置因素后，“三公”经费为4.40万元`: the figure with something taken out, not the whole.
  if (NET_OF.test(before)) return undefined;
  const year = yearBefore(doc, before);
  const scoped = budgetScopeName(doc, a, name, before);
  return scoped === undefined ? undefined : { name: scoped, year, kind: a.kind };
}

/** Names made of a budget's own words, that any item's money has (`年初预算`, `实际支出`, `结余结转`). */
const BUDGET_WORDS = /^(?:年初预算|全年预算|调整后预算|预算|实际支出|支出|结余结转|结余|结转|上年结转)$/;

/** The spending of the budget's grants, and words that say a unit has income of its own besides. */
const FROM_GRANTS = /财政拨款支出$/;
const OWN_INCOME = /事业收入|经营收入/;

/** Spending of one source of money (`财政拨款安排的基本支出`, `事业收入安排的支出`). */
const OF_ONE_SOURCE = /(财政拨款|一般公共预算|政府性基金|国有资本|社会保险基金|事业收入|经营收入|其他收入|自有资金|上级|中央|专项)[\u4e00-\u9fff]*安排的?(基本支出|项目支出|支出)$/;

/** `按每株0.80元销售，收入9.60万元`: a price or a standard before a bare figure in its sentence. */
const pricedBefore = (doc: ReportDocument, a: Amount, from: number, before: string) => /[/／]|单价|每/.test(before) && amountsBetween(doc.amounts, from, a.start).some((b) => b.perUnit);
/** A class of the budget and its code in brackets, right before a figure's label. */
const CODED = /[（(][0-9０-９]{3,7}[）)]$/;

/** A line that opens with `项目…` right under a numbered project's line (`6．项目“…”…`): that project's words. */
function underProjectItem(doc: ReportDocument, line: number): boolean {
  if (!/^[\s\u3000]*项目/.test(doc.lines.lines[line].text)) return false;
  const above = previousLineOfWords(doc.lines.lines, line);
  return above >= 0 && NUMBERED_PROJECT.test(doc.lines.lines[above].text);
}
const NUMBERED_PROJECT = /^[\s\u3000]*(?:[0-9０-９]{1,2}[．.、]|[（(][0-9０-９一二三四五六七八九十]{1,2}[)）])\s*项目[“"「]/;

/** Words that give a reason: what follows in their clause (to a `；`) is why, not the unit's figure. */
const REASON = /(?:主要(?:是|原因|用于)|原因是)[^；;]*$/;

/** Words that take something out of a figure said after them in the sentence. */
const NET_OF = /(剔除|扣除|除去|不考虑)[^。；;]{0,24}(后|外|因素)[^。；;]*$/;

/** Kept beside the report, not on it: a property added to some reports gave them another shape. */
const QUANTITIES = new WeakMap<ReportDocument, Map<string, Amount[]>>();

/**
 * `…其中基本` / `支出1128.46万元`: a label that starts its line when the line before ends in
 * mid-sentence (a PDF copied to text) may be the end of a longer one. What the figure is is not known.
 */
function labelCutByWrap(doc: ReportDocument, a: Amount, wrapped: () => boolean): boolean {
  const lines = doc.lines.lines;
  if (a.cell || a.line === 0 || a.labelStart !== lines[a.line].start || !wrapped()) return false;
  const before = previousLineOfWords(lines, a.line);
  return wrapsInto(lines, before) === a.line;
}

/** Occurrences of each quantity, in reading order. */
export function quantities(doc: ReportDocument): Map<string, Amount[]> {
  const cached = QUANTITIES.get(doc);
  if (cached) return cached;
  const projectsHeading = headingOfPart(doc, doc.outline?.projectsPart);
  const projects = projectsHeading && { start: projectsHeading.start, end: projectsHeading.sectionEnd };
  const out = new Map<string, Amount[]>();
  // Figures of a project's fund line are that project's, wherever the project is described.
  const projectFigures = new Uint8Array(doc.amounts.length);
  let ownIncome: boolean | undefined;
  for (const r of doc.relations) {
    // `其中：低产茶园改造…支出432.00万元；采购有机肥…支出144.00万元`: parts named alike are items',
    // each its own 支出, not the unit's said again.
    if (r.kind === 'breakdown' && new Set(r.rhs.map((t) => t.amount.labelCore)).size < r.rhs.length) {
      for (const t of r.rhs) projectFigures[t.amount.id] = 1;
    }
    // `年初预算486.35万元，其中基本支出321.35万元，项目支出165.00万元`: the budget of each kind, not
    // the 基本支出 spent (as `预算…中，` says: BUDGET_SPLIT), and so the carry-over of each (`结转结余15.45万元，其中基本支出10.00万元`).
    if (r.kind === 'breakdown' && ((/预算/.test(r.anchor.labelCore) && !/支出$/.test(r.anchor.labelCore)) || fundRole(r.anchor) === 'carry') && r.rhs.every((t) => SPENDING_KIND.test(t.amount.labelCore))) {
      for (const t of r.rhs) projectFigures[t.amount.id] = 1;
    }
    // `一般公共预算财政拨款安排的基本支出1,636.20万元，其中人员经费1,512.48万元`: the kinds of one
    // source's spending, not the unit's.
    // (So, in a unit with income of its own, are those of `一般公共预算财政拨款支出…，其中基本支出…`.)
    if (r.kind === 'breakdown' && (OF_ONE_SOURCE.test(r.anchor.labelCore) || (FROM_GRANTS.test(r.anchor.labelCore) && (ownIncome ??= OWN_INCOME.test(doc.text))))) for (const t of r.rhs) projectFigures[t.amount.id] = 1;
    if (r.kind !== 'fund' && r.kind !== 'children') continue;
    for (const t of r.lhs) projectFigures[t.amount.id] = 1;
    for (const t of r.rhs) projectFigures[t.amount.id] = 1;
  }
  // Looked at only when a figure's label starts its line: most drafts are never scanned for it.
  let wrapped: boolean | undefined;
  const isWrapped = () => (wrapped ??= wrapWidth(doc.lines.lines) > 0);
  // `…，支出180.00万元；…，支出48.00万元；…`: one sentence naming the same quantity twice lists items,
  // each its own (a list whose total the sentence does not say, so no breakdown marks them).
  let sentence = -1;
  let inSentence = new Map<string, Amount[]>();
  const listed = new Set<Amount>();
  const endSentence = () => {
    for (const group of inSentence.values()) if (group.length > 1) for (const a of group) listed.add(a);
    inSentence = new Map();
  };
  const keyed: Array<[Amount, string]> = [];
  for (const a of doc.amounts) {
    if (projectFigures[a.id] === 1 || labelCutByWrap(doc, a, isWrapped) || fundSpentFrom(doc, a)) continue;
    const k = quantityKey(doc, a, projects);
    if (!k) continue;
    const key = `${k.name}${holdsCarry(doc, a) ? '（含结余结转）' : ''}|${k.year ?? ''}|${k.kind}`;
    if (a.sentence !== sentence) {
      endSentence();
      sentence = a.sentence;
    }
    const same = inSentence.get(key);
    if (same) same.push(a);
    else inSentence.set(key, [a]);
    keyed.push([a, key]);
  }
  endSentence();
  for (const [a, key] of keyed) {
    if (listed.has(a)) continue;
    const list = out.get(key);
    if (list) list.push(a);
    else out.set(key, [a]);
  }
  for (const [key, list] of tableAndProse(doc)) out.set(key, list);
  QUANTITIES.set(doc, out);
  return out;
}

/** Each figure's quantity, by the figure's id (ids are 0…n−1: an array, not a map). */
const LIST_OF = new WeakMap<ReportDocument, Array<Amount[] | undefined>>();

function listOf(doc: ReportDocument, a: Amount): Amount[] | undefined {
  let index = LIST_OF.get(doc);
  if (!index) {
    const built: Array<Amount[] | undefined> = new Array(doc.amounts.length);
    for (const list of quantities(doc).values()) for (const b of list) built[b.id] = list;
    LIST_OF.set(doc, (index = built));
  }
  return index[a.id];
}

/** The other occurrences of the quantity a figure states. */
export function sameQuantity(doc: ReportDocument, a: Amount): Amount[] {
  return (listOf(doc, a) ?? []).filter((b) => b !== a);
}

const VALUES_OF = new WeakMap<Amount[], Map<string, { first: Amount; count: number }>>();

/**
 * The values a quantity is stated with, each with its first mention and how often: what a fix may
 * propose, and whether a figure agrees with another mention, without walking every mention.
 */
export function quantityValues(doc: ReportDocument, a: Amount): Map<string, { first: Amount; count: number }> {
  const list = listOf(doc, a);
  if (!list) return new Map();
  let values = VALUES_OF.get(list);
  if (!values) {
    values = new Map();
    for (const b of list) {
      const key = baseValue(b).toString();
      const v = values.get(key);
      if (v) v.count++;
      else values.set(key, { first: b, count: 1 });
    }
    VALUES_OF.set(list, values);
  }
  return values;
}
