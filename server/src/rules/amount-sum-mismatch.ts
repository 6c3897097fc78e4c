import { baseValue } from '../model/amounts';
import { evaluate, holds, Reading } from '../model/arith';
import type { ReportDocument } from '../model/document';
import type { Relation } from '../model/relations';
import { relationsByAmount, sumFixes, unitSlip } from './amount-fixes';
import { FindingWithFixesLater } from './lazy-fixes';
import { Finding, Message, msg, Rule } from './types';
import { amountText, displayUnit, inUnit, termsText, widestDecimals } from './util';

function describe(r: Relation, reading: Reading): Message {
  const all = [...reading.lhsTerms, ...reading.rhsTerms];
  const unit = displayUnit(all.map((t) => t.amount));
  const dec = widestDecimals(all);
  const show = (v: typeof reading.lhs) => inUnit(v, unit, dec) + unit;
  const diff = show(reading.diff.abs());
  // A single figure needs no breakdown after it: `资金来源132.00万元`, not `132.00万元（132.00）`.
  const lhsText = termsText(reading.lhsTerms, unit);
  const rhsText = termsText(reading.rhsTerms, unit);
  const lhsParts = reading.lhsTerms.length > 1 ? `（${lhsText}）` : '';
  const lhsPartsEn = reading.lhsTerms.length > 1 ? ` (${lhsText})` : '';
  const total = r.anchor;
  const label = total.labelCore || '合计';
  const subject = r.subject ? `项目“${r.subject}”` : '';
  const subjectEn = r.subject ? `Project "${r.subject}": ` : '';
  switch (r.kind) {
    case 'breakdown':
      if (r.atLeast) {
        return msg(
          `${label}${amountText(total)}只列了其中一部分，但所列各项之和${show(reading.rhs)}（${rhsText}）已超过它，多出${diff}`,
          `${label} ${amountText(total)} lists only some of its parts, yet they add up to more: ${show(reading.rhs)} (${rhsText}), ${diff} over`,
        );
      }
      // A table row's sum (its 全年预算, its 合计 across) says which row.
      return msg(
        `${r.subject ? `“${r.subject}”` : ''}${label}${amountText(total)}与其组成之和${show(reading.rhs)}（${rhsText}）不符，相差${diff}`,
        `${r.subject ? `"${r.subject}": ` : ''}${label} ${amountText(total)} does not equal the sum of its parts, ${show(reading.rhs)} (${rhsText}); the difference is ${diff}`,
      );
    case 'fund':
      return r.atLeast
        ? msg(
          `${subject}实际支出及结余${show(reading.rhs)}（${rhsText}）超过了资金来源${show(reading.lhs)}${lhsParts}，多出${diff}`,
          `${subjectEn}spending and carry-over ${show(reading.rhs)} (${rhsText}) exceed the funds ${show(reading.lhs)}${lhsPartsEn} by ${diff}`,
        )
        : msg(
          `${subject}资金来源${show(reading.lhs)}${lhsParts}与实际支出及结余结转${show(reading.rhs)}（${rhsText}）不符，相差${diff}`,
          `${subjectEn}funds ${show(reading.lhs)}${lhsPartsEn} do not equal spending plus carry-over ${show(reading.rhs)} (${rhsText}); the difference is ${diff}`,
        );
    case 'change': {
      // The later figure less the earlier: `2.87−3.46＝−0.59万元`.
      const [now, before] = reading.rhsTerms;
      const subjectText = r.subject ? `“${r.subject}”` : '';
      const difference = `${inUnit(baseValue(now.amount), unit, dec)}−${inUnit(baseValue(before.amount), unit, dec)}＝${show(reading.rhs)}`;
      // `较上年增加8.86万元`, `增减额`, `净值`, `节约资金`: the words the difference is said with, where they say one.
      const word = /增|减|差额|变动|净值|节约|节省/.test(total.labelCore) ? total.labelCore : '增减';
      return msg(
        `${subjectText}${word}${amountText(total)}与${difference}不符`,
        `${r.subject ? `"${r.subject}": ` : ''}a change of ${amountText(total)} does not equal ${difference}`,
      );
    }
    case 'children':
      return msg(
        `${subject}实际支出${amountText(total)}与下列各子项目支出之和${show(reading.rhs)}（${rhsText}）不符，相差${diff}`,
        `${subjectEn}spending ${amountText(total)} does not equal the sum of its sub-items, ${show(reading.rhs)} (${rhsText}); the difference is ${diff}`,
      );
    default:
      return msg(
        `项目支出${amountText(total)}与所列各项目支出之和${show(reading.rhs)}（${rhsText}）不符，相差${diff}`,
        `Project spending ${amountText(total)} does not equal the sum of the projects listed, ${show(reading.rhs)} (${rhsText}); the difference is ${diff}`,
      );
  }
}

export const amountSumMismatch: Rule = {
  id: 'amount.sum-mismatch',
  defaultSeverity: 'error',
  tags: ['arithmetic'],
  fixSafety: 'judgement',
  description: msg('合计数与其组成部分之和不符（按书写精度允许舍入误差）', 'A total does not equal the sum of its parts (allowing for rounding to the digits written)'),
  check(doc: ReportDocument) {
    const findings: Finding[] = [];
    // Made for the first sum whose fixes are asked for: most drafts have none.
    let byAmount: ReturnType<typeof relationsByAmount> | undefined;
    const fixesOf = (r: Relation) => sumFixes(doc, r, (byAmount ??= relationsByAmount(doc)));
    for (const r of doc.relations) {
      // Whether it holds is kept for every relation; the reading is made again only for one that fails.
      if (holds(r) || unitSlip(r)) continue;
      const related = [...r.rhs, ...r.optional]
        .filter((t) => t.amount.line !== r.anchor.line)
        .slice(0, 12)
        .map((t) => ({ start: t.amount.start, end: t.amount.end, message: msg(`组成部分：${amountText(t.amount)}`, `part: ${amountText(t.amount)}`) }));
      // The reading is made again if the fixes are asked for, instead of being kept with each finding.
      findings.push(new FindingWithFixesLater(this.id, r.anchor.start, r.anchor.end, describe(r, evaluate(r).shown), related, r, fixesOf));
    }
    return findings;
  },
};
