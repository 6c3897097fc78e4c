import { Amount, amountsBetween } from './amounts';
import type { ReportDocument } from './report';

/**
 * Which budget a unit's figure is of, where a report speaks of more than the general one
 * (一般公共预算, 政府性基金, 国有资本经营, 社会保险基金): a figure of one budget restates no figure of
 * another, nor of several together.
 */

/** Money of another budget than the general one, named in a sentence. */
export const OTHER_FUND = /政府性基金|国有资本经营预算/;

/** The other budgets a figure may be of, said before it. */
const OTHER_FUND_SAID = /(政府性基金|国有资本经营|社会保险基金)(?!预算支出情况)[^。；]*$/;
/** `全年支出合计3.71亿元，其中一般公共预算支出1.23亿元、政府性基金预算支出2.47亿元`: a whole split by budget. */
const SPLIT_BY_BUDGET = /^[，,]?其中[^。；;]*(一般公共预算[^。；;]*(政府性基金|国有资本经营)|(政府性基金|国有资本经营)[^。；;]*一般公共预算)/;
/** A sentence about the general budget: `2024年一般公共预算支出711.62万元中，…`. */
const GENERAL_SUBJECT = /^[^，,。；;]{0,12}一般公共预算(?![^，,。；;]{0,6}(和|及|与|、))/;
/** `一般公共预算和政府性基金预算合计…`, `三本预算…`: several budgets together. */
const FUNDS_TOGETHER = /(一般公共|政府性基金|国有资本经营|社会保险基金)(预算)?(和|及|与|、|加)(一般公共|政府性基金|国有资本经营|社会保险基金)|[两三四]本预算/;

/**
 * The name of the quantity a figure states, with the budget it is of (`政府性基金支出`, `一般公共预算
 * 项目支出`), or undefined for money of several budgets together. `before` is the words just before it.
 */
export function budgetScopeName(doc: ReportDocument, a: Amount, name: string, before: string): string | undefined {
  // `政府性基金预算财政拨款收入…，支出25,916.42万元` (in its own part or said so): that budget's, not the
  // general budget's. Where there is such money, `一般公共预算支出` is the general budget's only.
  // (`一般公共预算和政府性基金预算合计…，全年支出…`, `全年支出合计3.71亿元，其中一般公共预算支出1.23亿元、政府性
  // 基金预算支出2.47亿元`: several budgets' money together, which no one budget's figure restates.)
  if (FUNDS_TOGETHER.test(before) || SPLIT_BY_BUDGET.test(doc.text.slice(a.end, a.end + 60))) return undefined;
  const fund = OTHER_FUND_SAID.exec(before)?.[1] ?? otherFundPartOf(doc, a);
  if (fund) return `${fund}${name}`;
  // (So is one said beside the other budgets': `按预算类别分：一般公共预算年初预算…；政府性基金预算…`, and
  // a figure of a sentence about the general budget on a line that goes on to the others: `一般公共预算
  // 支出711.62万元中，基本支出…；项目支出309.44万元。政府性基金预算支出…`.)
  const general = a.labelCore.startsWith('一般公共预算') ? otherFundParts(doc).length > 0 || namesOtherFund(doc, 'sentence', a.sentence)
    : GENERAL_SUBJECT.test(doc.sentences[a.sentence].text) && namesOtherFund(doc, 'line', a.line);
  if (general) return `一般公共预算${name}`;
  // (With no other budget's money in the report, the general budget's 财政拨款收入 is all of it.)
  if (name === '一般公共预算财政拨款收入' && !otherFundMoney(doc)) return '财政拨款收入';
  return name;
}

/** By report: whether a sentence or a line names another budget, read once each (a line may be megabytes of figures). */
const NAMES_OTHER_FUND = new WeakMap<ReportDocument, Map<string, boolean>>();

function namesOtherFund(doc: ReportDocument, of: 'sentence' | 'line', index: number): boolean {
  let said = NAMES_OTHER_FUND.get(doc);
  if (!said) NAMES_OTHER_FUND.set(doc, (said = new Map()));
  const key = `${of}${index}`;
  let names = said.get(key);
  if (names === undefined) said.set(key, (names = OTHER_FUND.test(of === 'line' ? doc.lines.lines[index].text : doc.sentences[index].text)));
  return names;
}

/** By report: the level-one parts about another budget than the general one, that hold figures. */
const OTHER_FUND_PARTS = new WeakMap<ReportDocument, Array<{ start: number; end: number; fund: string }>>();

function otherFundParts(doc: ReportDocument): Array<{ start: number; end: number; fund: string }> {
  let parts = OTHER_FUND_PARTS.get(doc);
  if (!parts) {
    parts = [];
    for (const h of doc.headings) {
      const m = h.level === 1 ? /(政府性基金|国有资本经营|社会保险基金)/.exec(h.title) : null;
      if (m && amountsBetween(doc.amounts, h.start, h.sectionEnd).some((a) => a.kind === 'money')) parts.push({ start: h.start, end: h.sectionEnd, fund: m[1] });
    }
    OTHER_FUND_PARTS.set(doc, parts);
  }
  return parts;
}

/** By report: whether it states money of another budget than the general one. */
const OTHER_FUND_MONEY = new WeakMap<ReportDocument, boolean>();
const OTHER_FUND_FIGURE = /(?:政府性基金|国有资本经营|社会保险基金)(?:预算)?[\u4e00-\u9fff]{0,10}[0-9０-９]/;

function otherFundMoney(doc: ReportDocument): boolean {
  let said = OTHER_FUND_MONEY.get(doc);
  if (said === undefined) OTHER_FUND_MONEY.set(doc, (said = otherFundParts(doc).length > 0 || OTHER_FUND_FIGURE.test(doc.text)));
  return said;
}

function otherFundPartOf(doc: ReportDocument, a: Amount): string | undefined {
  return otherFundParts(doc).find((p) => a.start > p.start && a.start < p.end)?.fund;
}
