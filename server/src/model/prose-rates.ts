import { Amount, amountsBetween } from './amounts';
import type { ReportDocument, Sentence } from './report';
import { RateClaim } from './rates';
import { fundRole, standsApart, Term } from './terms';
import { toHalfWidthDigits } from './text';

/**
 * `项目年初预算20万元，实际支出19.04万元，预算执行率95.2%`: a rate in the text, with the spending and
 * budget figures of its own sentence (or, for a sentence that states only the rate, the sentences
 * before it in the same paragraph). Every budget the sentence gives is a reading; the rate is
 * wrong only if no reading gives it.
 */
const RATE = /(?:预算|资金|项目|整体)?执行率(?:为|达到?|是|约为?|仅为?|：|:)?\s*([0-9０-９]{1,3}(?:[.．][0-9０-９]{1,4})?)\s*[%％]/g;

function usable(a: Amount): boolean {
  return a.kind === 'money' && !a.cell && !a.approximate && a.insideOf === undefined && !standsApart(a);
}

function isBudget(a: Amount): boolean {
  return fundRole(a) === 'budget' || /^(预算收入|全年预算|调整后预算)/.test(a.labelCore);
}

/** The unit's own spending and budget (`2023年支出101.09万元` … `预算收入101.09万元`), as part 二 states them. */
const UNIT_FIGURE = /^(支出|总支出|实际支出|预算收入|全年预算|预算总额)(总额|合计)?$/;

function figuresBefore(doc: ReportDocument, s: Sentence, end: number): Amount[] {
  const own = amountsBetween(doc.amounts, s.start, end).filter(usable);
  if (own.some((a) => fundRole(a) === 'spend') && own.some(isBudget)) return own;
  // The rate alone in its sentence: the unit's rate, of the spending and budget the paragraph
  // states before it. Any other figure there (a project's, a subtotal) is no reading of it.
  const line = doc.lines.lines[s.line];
  return amountsBetween(doc.amounts, line.start, end).filter((a) => usable(a) && UNIT_FIGURE.test(a.labelCore));
}

function budgetReadings(doc: ReportDocument, figures: Amount[]): Term[][] {
  const readings: Term[][] = figures.filter(isBudget).map((a) => [{ amount: a, sign: 1 as const }]);
  // A fund line in these sentences: its sources together are the budget of the year.
  const ids = new Set(figures.map((a) => a.id));
  for (const r of doc.relations) {
    if (r.kind === 'fund' && r.lhs.length > 1 && r.lhs.every((t) => ids.has(t.amount.id))) readings.push(r.lhs.map((t) => ({ ...t, sign: t.sign === 0 ? 1 : t.sign })));
  }
  return readings;
}

export function proseRates(doc: ReportDocument): RateClaim[] {
  const out: RateClaim[] = [];
  for (const s of doc.sentences) {
    if (!s.text.includes('执行率')) continue;
    if (doc.layout.kinds.get(s.line) === 'table') continue;
    for (const m of s.text.matchAll(RATE)) {
      const start = s.start + m.index!;
      const figures = figuresBefore(doc, s, start);
      const spend = figures.filter((a) => fundRole(a) === 'spend');
      const budgets = budgetReadings(doc, figures);
      if (spend.length === 0 || budgets.length === 0) continue;
      const valueText = toHalfWidthDigits(m[1]);
      out.push({
        start, end: start + m[0].length, line: s.line, valueText,
        numberStart: start + m[0].indexOf(m[1]), numberEnd: start + m[0].indexOf(m[1]) + m[1].length,
        decimals: valueText.includes('.') ? valueText.split('.')[1].length : 0,
        // The spending nearest the rate is the one it speaks of; earlier ones are readings too.
        spend: spend.slice(-2), budgets,
      });
    }
  }
  return out;
}
