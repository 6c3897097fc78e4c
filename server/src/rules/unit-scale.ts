import { Amount, baseValue, writtenValue } from '../model/amounts';
import { Decimal } from '../model/decimal';
import { headingOfPart, ReportDocument } from '../model/document';
import { amountsOf, holds } from '../model/arith';
import { Finding, Message, msg } from './types';
import { amountText, halfDigits } from './util';

/** amount.unit's readings of a figure against the unit's own scale, and the finding a unit slip makes. */

/**
 * The unit's own scale, in 万元, and how many times it a figure must be to be read as 元: the largest
 * figure of the summary part (预算收入, 支出), a hundred times; with no summary part known (a
 * project's report, an outline not shipped), its largest budget said in prose, a thousand times, in prose only
 * (a table's cells may be of more than the budget said).
 */
interface UnitScale {
  scale: Decimal;
  times: number;
  /** Whether a table's cells are read too: against the summary part's figures only. */
  cells: boolean;
}

function unitScale(doc: ReportDocument): UnitScale | undefined {
  const summary = headingOfPart(doc, doc.outline?.summaryPart);
  const inScope = summary
    ? doc.amounts.filter((a) => a.kind === 'money' && a.start >= summary.start && a.end <= summary.sectionEnd)
    : doc.amounts.filter((a) => a.kind === 'money' && !a.cell && !a.perUnit && !a.approximate && BUDGET.test(a.labelCore));
  let max: Decimal | undefined;
  for (const a of inScope) if (!max || baseValue(a).gt(max)) max = baseValue(a);
  return max && { scale: max, times: summary ? 100 : 1000, cells: summary !== undefined };
}
/** `调整后预算1,045.30万元`, `项目总投资…`: what a project had to spend. */
const BUDGET = /预算(数|总额|金额|资金)?$|可用资金$|总投资$/;

export function unitFix(a: Amount, unit: string) {
  return [{ title: msg(`将单位改为“${unit}”`, `Change the unit to "${unit}"`), edits: [{ start: a.unitStart, end: a.unitEnd, newText: unit }], preferred: true }];
}

/** A figure whose unit is wrong, with the fix to the right one. */
export function slipFinding(a: Amount, unit: string, message: Message): Finding {
  return { ruleId: 'amount.unit', start: a.start, end: a.end, message, fixes: unitFix(a, unit) };
}

/** Figures beyond the unit's scale: totals far beyond it, and standards per thing above it (the scale worked out once). */
export function beyondTheUnitsScale(doc: ReportDocument, flagged: Set<number>): Finding[] {
  const unit = unitScale(doc);
  return unit && unit.scale.gt(0) ? [...farBeyondBudget(doc, flagged, unit), ...perThingBeyondBudget(doc, flagged, unit)] : [];
}

/** A 万元 figure far beyond everything the unit has (`募集善款87663.43万元` in a 101万元 budget): 元 meant. */
function farBeyondBudget(doc: ReportDocument, flagged: Set<number>, { scale, times, cells }: UnitScale): Finding[] {
  const findings: Finding[] = [];
  // (Fewer integer digits than the least such figure has: not one, told without a Decimal made.)
  const digits = scale.times(times).toFixed(0).length;
  const candidates = doc.amounts.filter((a) => a.unit === '万元' && (cells || !a.cell) && !flagged.has(a.id) && integerDigits(a.valueText) >= digits);
  // (A figure of a sum that holds is right in its unit; the sums are checked only when there is a candidate.)
  const inHolding = new Set<number>();
  // (And the largest such figure of each sentence: `资产总额486237.52万元，其中…；负债总额62418.09万元，净资产
  // 423819.43万元` — a figure said beside sums of its size that hold is of their scale, not 元 meant.)
  const largestHolding = new Map<number, Decimal>();
  if (candidates.length) {
    for (const r of doc.relations) {
      if (!holds(r)) continue;
      for (const a of amountsOf(r)) {
        inHolding.add(a.id);
        const was = largestHolding.get(a.sentence);
        if (a.unit === '万元' && (!was || writtenValue(a).gt(was))) largestHolding.set(a.sentence, writtenValue(a));
      }
    }
  }
  // (A draft that speaks of money in 亿元 — the county's, the sector's — speaks of sums that size:
  // `全县纳入直达资金监控的资金9.28亿元` beside `监控中央财政直达资金68412.36万元`.)
  const largestSaid = candidates.length ? largestInYi(doc) : undefined;
  for (const a of candidates) {
    const value = writtenValue(a);
    if (inHolding.has(a.id) || largestHolding.get(a.sentence)?.times(10).gte(value)) continue;
    if (largestSaid && value.lte(largestSaid.times(2))) continue;
    if (!(a.decimals > 0 || value.gte(10000)) || value.lt(scale.times(times))) continue;
    flagged.add(a.id);
    findings.push(slipFinding(a, '元', msg(
      `${amountText(a)}（约${value.div(10000).toFixed(2)}亿元）是本单位全部预算${halfDigits(scale.toString())}万元的${value.div(scale).toFixed(0)}倍，单位很可能应为“元”`,
      `${amountText(a)} (about ${value.div(10000).toFixed(2)}亿元) is ${value.div(scale).toFixed(0)} times the unit's whole budget of ${scale.toString()}万元; the unit is very likely 元`,
    )));
  }
  return findings;
}

/** The largest figure said in 亿元, in 万元; undefined when none is. */
function largestInYi(doc: ReportDocument): Decimal | undefined {
  let largest: Decimal | undefined;
  for (const a of doc.amounts) {
    if (a.unit !== '亿元' || a.kind !== 'money') continue;
    const wan = writtenValue(a).times(10000);
    if (!largest || wan.gt(largest)) largest = wan;
  }
  return largest;
}

/**
 * `按每人次600万元标准向培训机构支付培训费用` in a unit whose whole budget is 286.40万元 (or `人均补助558.33万元`):
 * a standard per thing above everything the unit has, 元 meant. Only against the summary part's scale, in prose.
 */
/** `每人次`, `人均`, `户均`, `亩均`: a standard or an average per thing. */
const PER_THING = /每|[人户亩生床]均/;

function perThingBeyondBudget(doc: ReportDocument, flagged: Set<number>, { scale, cells }: UnitScale): Finding[] {
  if (!cells) return [];
  const digits = scale.toFixed(0).length;
  const findings: Finding[] = [];
  for (const a of doc.amounts) {
    if (!a.perUnit || a.unit !== '万元' || a.cell || flagged.has(a.id) || integerDigits(a.valueText) < digits || !PER_THING.test(a.label)) continue;
    if (writtenValue(a).lte(scale)) continue;
    flagged.add(a.id);
    findings.push(slipFinding(a, '元', msg(
      `每单位标准${amountText(a)}超过了本单位全部预算${halfDigits(scale.toString())}万元，单位很可能应为“元”`,
      `A standard of ${amountText(a)} per thing is more than the unit's whole budget of ${scale.toString()}万元; the unit is very likely 元`,
    )));
  }
  return findings;
}

/** How many digits a figure has before its point (`0.52` has one), by position: no string is made. */
function integerDigits(valueText: string): number {
  const dot = valueText.indexOf('.');
  return (dot < 0 ? valueText.length : dot) - (valueText.charCodeAt(0) === 45 ? 1 : 0);
}
