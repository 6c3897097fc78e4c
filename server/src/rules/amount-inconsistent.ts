import { Amount, baseValue } from '../model/amounts';
import { amountsOf, holds, sameValue } from '../model/arith';
import type { Decimal } from '../model/decimal';
import type { ReportDocument } from '../model/document';
import { quantities } from '../model/quantities';
import { completionRestatements } from '../model/completion-restatements';
import { staffRestatements } from '../model/staff-restatements';
import { agreesWithTable, ScoreStatement } from '../model/scores';
import { swappedRestatements } from '../model/swapped-restatements';
import { harmless, relationsByAmount, RelationsByAmount } from './amount-fixes';
import { FindingWithFixesLater } from './lazy-fixes';
import { Finding, Fix, msg, Rule } from './types';
import { amountText, halfDigits, lineNo } from './util';

/**
 * Make a mention agree with the first one, if that keeps the sums it stands in. When a sentence
 * restates several figures (`整体支出280万元，其中基本支出185.50万元，项目支出94.50万元`), changing
 * one alone would break its sum, so the fix changes every differing figure of that sum together.
 */
function agreeFix(
  doc: ReportDocument, a: Amount, first: Amount, line: number, differing: Map<number, Amount>, byAmount: RelationsByAmount,
): Fix[] {
  const overrides = new Map<number, Decimal>([[a.id, baseValue(first)]]);
  if (!harmless(doc, byAmount, overrides)) {
    for (const r of byAmount[a.id] ?? []) {
      for (const b of amountsOf(r)) {
        const f = differing.get(b.id);
        if (f) overrides.set(b.id, baseValue(f));
      }
    }
    if (!harmless(doc, byAmount, overrides)) return [];
  }
  // A table's cell takes the figure's digits in the cell's unit, and only where no rate is worked out of it
  // (its row's 执行率 came from the cell as typed: changing one would leave the other wrong).
  const cells = [...overrides.keys()].map((id) => doc.amounts[id]).filter((b) => b.cell);
  if (cells.some((b) => b.unit !== first.unit || doc.rates.some((c) => c.spend.includes(b) || c.budgets.some((t) => t.some((x) => x.amount === b))))) return [];
  const edits = [...overrides.keys()].map((id) => {
    const b = doc.amounts[id];
    const to = differing.get(id) ?? first;
    return { start: b.start, end: b.end, newText: b.cell ? halfDigits(to.raw) : amountText(to) };
  });
  const title = edits.length === 1
    ? msg(`改为${amountText(first)}（与第${line}行一致）`, `Change to ${amountText(first)} (as on line ${line})`)
    : msg(`将本句${edits.length}个数据改为与前文一致`, `Make this sentence's ${edits.length} figures agree with the earlier ones`);
  return [{ title, edits, preferred: true }];
}

/**
 * `基本支出618.94元` and `基本支出618.94万元`: the same digits in two money units are a unit written
 * wrong (amount.unit's finding), not two values; which mention is wrong is not this rule's to say.
 */
function unitSlip(a: Amount, b: Amount): boolean {
  return a.kind === 'money' && b.kind === 'money' && a.unit !== b.unit && a.valueText === b.valueText;
}

export const amountInconsistent: Rule = {
  id: 'amount.inconsistent',
  defaultSeverity: 'error',
  tags: ['arithmetic'],
  fixSafety: 'judgement',
  description: msg('同一数据在报告中前后不一致', 'The same figure has two values in one draft'),
  check(doc) {
    const findings: Finding[] = [];
    // Made for the first mention whose fixes are asked for: most drafts have none.
    let byAmount: RelationsByAmount | undefined;
    // Each later mention that differs, and the value its first mention gives; which mentions
    // differ is worked out once, for both passes.
    const differing = new Map<number, Amount>();
    const lists = [...quantities(doc).values()];
    const confirmed = (a: Amount) => ((byAmount ??= relationsByAmount(doc))[a.id] ?? []).some((r) => holds(r));
    const references = lists.map((list) => referenceOf(list, confirmed));
    const differs = lists.map((list, k) => list.map((a) => a !== references[k] && !sameValue(a, references[k]) && !unitSlip(a, references[k])));
    lists.forEach((list, k) => list.forEach((a, i) => differs[k][i] && differing.set(a.id, references[k])));
    // Said again under a looser name with two digits swapped (`公用经费5.17万元` … `日常公用经费支出5.71万元`).
    // (The text copies a table, so its mention is the odd one, unless a sum of the text vouches for it:
    // `其中：…数字方志馆建设经费20.86万元` adds up, the row's 20.68 does not come into it.)
    const swapped = [...swappedRestatements(doc), ...completionRestatements(doc), ...staffRestatements(doc)].map((r) => (r.first.cell && !r.said.cell && confirmed(r.said) ? { said: r.first, first: r.said } : r))
      .filter((r) => !differing.has(r.said.id) && !unitSlip(r.said, r.first));
    for (const r of swapped) differing.set(r.said.id, r.first);
    // Made when first read (a quick fix asked for): the first mention is found again in `differing`.
    const fixesOf = (a: Amount): Fix[] => {
      const first = differing.get(a.id)!;
      return agreeFix(doc, a, first, lineNo(doc, first.start), differing, (byAmount ??= relationsByAmount(doc)));
    };
    const report = (a: Amount, first: Amount) => {
      const line = lineNo(doc, first.start);
      const message = msg(
        `${a.labelCore}${amountText(a)}与第${line}行的${first.labelCore}${amountText(first)}不一致`,
        `${a.labelCore} ${amountText(a)} differs from ${first.labelCore} ${amountText(first)} on line ${line}`,
      );
      const related = [{ start: first.start, end: first.end, message: msg(`第${line}行：${amountText(first)}`, `line ${line}: ${amountText(first)}`) }];
      findings.push(new FindingWithFixesLater(this.id, a.start, a.end, message, related, a, fixesOf));
    };
    lists.forEach((list, k) => list.forEach((a, i) => differs[k][i] && report(a, references[k])));
    for (const r of swapped) report(r.said, r.first);
    for (const said of doc.scores) if (!agreesWithTable(said)) findings.push(scoreFinding(this.id, doc, said));
    return findings;
  },
};

/**
 * The mention the others are read against: the first, unless no other says its value, no sum it
 * stands in holds, and the next two or more agree on another (`224,800.00元` in part 二, then
 * `22.84万元` twice: the odd one is the first), or the only other is vouched for by a sum that holds. Read in one pass: a quantity may be said thousands of times.
 */
function referenceOf(list: Amount[], confirmed: (a: Amount) => boolean): Amount {
  if (list.length < 2) return list[0];
  for (let i = 1; i < list.length; i++) if (sameValue(list[i], list[0])) return list[0];
  if (confirmed(list[0])) return list[0];
  // Said twice, the second in a sum that holds (`其中基本支出301.45万元，项目支出111.31万元` of 412.76):
  // the sum vouches for it, and the first is the odd one. Not a table's cell: a spreadsheet works its
  // 合计 and 执行率 out of the cell as typed, wrong or not.
  if (list.length === 2) return !list[1].cell && confirmed(list[1]) ? list[1] : list[0];
  for (let i = 2; i < list.length; i++) if (sameValue(list[i], list[1])) return list[1];
  return list[0];
}

/** `自评得分为92.45分` where the score table's 合计, which adds up, is 92.54. */
function scoreFinding(ruleId: string, doc: ReportDocument, said: ScoreStatement): Finding {
  const total = said.tableTotal;
  const line = lineNo(doc, total.start);
  const value = halfDigits(total.raw);
  return {
    ruleId, start: said.start, end: said.end,
    message: said.rowName
      ? msg(`${said.rowName}得分${said.valueText}分与第${line}行评分表的${said.rowName}得分${value}分不一致`, `A score of ${said.valueText} for ${said.rowName} differs from the score table's, ${value}, on line ${line}`)
      : msg(`得分${said.valueText}分与第${line}行评分表的合计得分${value}分不一致`, `A score of ${said.valueText} differs from the score table's total, ${value}, on line ${line}`),
    related: [{ start: total.start, end: total.end, message: msg(`第${line}行：${said.rowName ?? '合计'}得分${value}`, `line ${line}: score ${value}`) }],
    fixes: [{
      title: msg(`改为${value}分（与评分表一致）`, `Change to ${value} (as the score table has it)`),
      edits: [{ start: said.numberStart, end: said.numberEnd, newText: value }],
      preferred: true,
    }],
  };
}
